// The verification panel: the findings of one run in a table, reviewed from the keyboard.
// Enter accepts and moves on, F2 or C corrects the best match in place (Shift+F2 or Shift+C: every
// finding of the run read as the same text), R or Delete rejects and
// moves on, Up/Down move, N jumps to the next unresolved finding, Ctrl+Z / Ctrl+Shift+Z undo and
// redo. Every action is a core review command on the shared QUndoStack; the panel draws and
// forwards intent, the database work happens in core.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace vlmwb::core {
enum class DecisionAction;
class FindingsTableModel;
class ReviewDatabase;
} // namespace vlmwb::core

namespace vlmwb::widgets {

class VerificationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit VerificationPanel(QWidget *parent = nullptr);

    // The panel does not own the database or the stack; both must outlive it.
    void setReviewDatabase(core::ReviewDatabase *database, QUndoStack *undoStack, const QString &reviewer);
    void showRun(qint64 runId);

    QTableView *tableView() const { return m_table; }
    core::FindingsTableModel *findingsModel() const { return m_model; }
    bool needsReviewOnly() const;
    qint64 currentFindingId() const;

public slots:
    void setNeedsReviewOnly(bool enabled);
    void acceptCurrent();
    void rejectCurrent();
    void correctCurrent(); // opens the best-match cell for editing
    void correctCurrentEverywhere(); // the same, and the correction applies to identical findings
    void correctAllIdentical(const QString &correctedValue);
    void selectNextUnresolved();

signals:
    // The current finding: its line (0-based index on the page) and its span in that line's text.
    void findingSelected(int lineIndex, int spanStart, int spanLength);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void decideCurrentAndMoveOn(core::DecisionAction action); // Accept or Reject
    void selectFinding(qint64 findingId);
    qint64 findingAfterCurrent() const;
    void updateSummary();
    void reportCurrent();

    core::ReviewDatabase *m_database = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QString m_reviewer;
    core::FindingsTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_needsReviewOnly = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace vlmwb::widgets
