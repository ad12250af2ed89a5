// The findings of one run as a table for the verification panel: one row per finding, columns as
// read, best match, score, runner-up, dose, warnings, status. Editing the best-match cell is a
// correction pushed to the undo stack; the rows refresh whenever the database records decisions.
#pragma once

#include "core/review_database.h"

#include <QAbstractTableModel>
#include <QPointer>

class QUndoStack;

namespace vlmwb::core {

class FindingsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AsReadColumn, BestMatchColumn, ScoreColumn, RunnerUpColumn, DoseColumn, WarningsColumn,
                  StatusColumn, ColumnCount };
    enum Role {
        FindingIdRole = Qt::UserRole + 1, // qint64
        NeedsReviewRole,                  // bool: no decision yet (or reopened)
        LineIndexRole,                    // int
        SpanStartRole,                    // int, UTF-16 units into the line text
        SpanLengthRole,                   // int
    };

    explicit FindingsTableModel(ReviewDatabase *database, QObject *parent = nullptr);

    void setUndoStack(QUndoStack *undoStack, const QString &reviewer);
    // Whether the next edit of a best-match cell corrects every finding of the run read as the
    // same text (CorrectAllIdenticalCommand) or only that one. Set before each edit.
    void setCorrectionAppliesToIdentical(bool enabled) { m_correctIdentical = enabled; }
    void showRun(qint64 runId);
    qint64 runId() const { return m_runId; }
    int rowOfFinding(qint64 findingId) const;
    const FindingRecord &findingAt(int row) const { return m_findings.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void refresh(const QList<qint64> &findingIds);
    QString displayText(const FindingRecord &finding, int column) const;

    QPointer<ReviewDatabase> m_database;
    QPointer<QUndoStack> m_undoStack;
    QString m_reviewer;
    bool m_correctIdentical = false;
    qint64 m_runId = 0;
    QList<FindingRecord> m_findings;
};

} // namespace vlmwb::core
