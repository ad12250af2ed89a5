// Reviewer actions as undo commands (Okular's documentcommands idea): each redo() and each undo()
// is one transaction in the review database. Undo never edits a decision: it records a
// compensating decision that restores each finding's earlier state (the earlier decision again,
// or a reopen when there was none), with its audit row.
#pragma once

#include "core/review_database.h"

#include <QUndoCommand>

namespace vlmwb::core {

class ReviewDecisionCommand : public QUndoCommand
{
public:
    ReviewDecisionCommand(ReviewDatabase &database, const QList<qint64> &findingIds, DecisionAction action,
                          const QString &correctedValue, const QString &reviewer, const QString &text);

    void redo() override;
    void undo() override;

    const QList<qint64> &findingIds() const { return m_findingIds; }
    // False when the last redo() or undo() could not be saved (the database reported why).
    bool succeeded() const { return m_succeeded; }

private:
    ReviewDatabase &m_database;
    QList<qint64> m_findingIds;
    DecisionAction m_action;
    QString m_correctedValue;
    QString m_reviewer;
    QList<DecisionInput> m_restore; // one per finding, captured before the first redo
    bool m_succeeded = false;
    bool m_done = false; // redo() ran at least once
};

class AcceptFindingCommand : public ReviewDecisionCommand
{
public:
    AcceptFindingCommand(ReviewDatabase &database, qint64 findingId, const QString &reviewer);
};

class CorrectFindingCommand : public ReviewDecisionCommand
{
public:
    CorrectFindingCommand(ReviewDatabase &database, qint64 findingId, const QString &correctedValue,
                          const QString &reviewer);
};

class RejectFindingCommand : public ReviewDecisionCommand
{
public:
    RejectFindingCommand(ReviewDatabase &database, qint64 findingId, const QString &reviewer);
};

// Corrects every finding of the same run that was read as the same text, in one transaction.
class CorrectAllIdenticalCommand : public ReviewDecisionCommand
{
public:
    CorrectAllIdenticalCommand(ReviewDatabase &database, qint64 findingId, const QString &correctedValue,
                               const QString &reviewer);
    static QList<qint64> identicalFindings(const ReviewDatabase &database, qint64 findingId);
};

} // namespace vlmwb::core
