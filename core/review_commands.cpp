#include "core/review_commands.h"

#include <QCoreApplication>

namespace vlmwb::core {

namespace {

// Holds this file's tr(): lupdate files its strings under the context named here, the one
// QCoreApplication::translate() looks them up in at run time.
class ReviewCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(vlmwb::core::ReviewCommands)
};

QString findingLabel(const ReviewDatabase &database, qint64 findingId)
{
    const auto finding = database.finding(findingId);
    return finding ? finding->text : QString::number(findingId);
}

} // namespace

ReviewDecisionCommand::ReviewDecisionCommand(ReviewDatabase &database, const QList<qint64> &findingIds,
                                             DecisionAction action, const QString &correctedValue,
                                             const QString &reviewer, const QString &text)
    : QUndoCommand(text),
      m_database(database),
      m_findingIds(findingIds),
      m_action(action),
      m_correctedValue(correctedValue),
      m_reviewer(reviewer)
{
}

void ReviewDecisionCommand::redo()
{
    if (!m_done) {
        m_restore.clear();
        for (qint64 findingId : std::as_const(m_findingIds)) {
            const QList<DecisionRecord> earlier = m_database.decisions(findingId);
            DecisionInput restore{findingId, DecisionAction::Reopen, {}, m_reviewer,
                                  ReviewCommandsText::tr("undo of: %1").arg(text())};
            if (!earlier.isEmpty()) {
                restore.action = earlier.last().action;
                restore.correctedValue = earlier.last().correctedValue;
            }
            m_restore.append(restore);
        }
    }
    QList<DecisionInput> decisions;
    for (qint64 findingId : std::as_const(m_findingIds))
        decisions.append({findingId, m_action, m_correctedValue, m_reviewer,
                          m_done ? ReviewCommandsText::tr("redo") : QString()});
    m_succeeded = !m_database.recordDecisions(decisions).isEmpty();
    // A first redo that could not be saved leaves nothing to undo: QUndoStack drops the command.
    if (!m_succeeded && !m_done)
        setObsolete(true);
    m_done = m_done || m_succeeded;
}

void ReviewDecisionCommand::undo()
{
    m_succeeded = !m_database.recordDecisions(m_restore).isEmpty();
}

AcceptFindingCommand::AcceptFindingCommand(ReviewDatabase &database, qint64 findingId, const QString &reviewer)
    : ReviewDecisionCommand(database, {findingId}, DecisionAction::Accept, {}, reviewer,
                            ReviewCommandsText::tr("Accept %1").arg(findingLabel(database, findingId)))
{
}

CorrectFindingCommand::CorrectFindingCommand(ReviewDatabase &database, qint64 findingId,
                                             const QString &correctedValue, const QString &reviewer)
    : ReviewDecisionCommand(database, {findingId}, DecisionAction::Correct, correctedValue, reviewer,
                            ReviewCommandsText::tr("Correct %1 to %2")
                                .arg(findingLabel(database, findingId), correctedValue))
{
}

RejectFindingCommand::RejectFindingCommand(ReviewDatabase &database, qint64 findingId, const QString &reviewer)
    : ReviewDecisionCommand(database, {findingId}, DecisionAction::Reject, {}, reviewer,
                            ReviewCommandsText::tr("Reject %1").arg(findingLabel(database, findingId)))
{
}

CorrectAllIdenticalCommand::CorrectAllIdenticalCommand(ReviewDatabase &database, qint64 findingId,
                                                       const QString &correctedValue, const QString &reviewer)
    : ReviewDecisionCommand(database, identicalFindings(database, findingId), DecisionAction::Correct,
                            correctedValue, reviewer,
                            ReviewCommandsText::tr("Correct every %1 to %2")
                                .arg(findingLabel(database, findingId), correctedValue))
{
}

QList<qint64> CorrectAllIdenticalCommand::identicalFindings(const ReviewDatabase &database, qint64 findingId)
{
    const auto finding = database.finding(findingId);
    if (!finding)
        return {};
    QList<qint64> ids;
    for (const FindingRecord &other : database.findings(finding->runId)) {
        if (other.text == finding->text)
            ids.append(other.id);
    }
    return ids;
}

} // namespace vlmwb::core
