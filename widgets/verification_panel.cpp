#include "widgets/verification_panel.h"

#include "core/findings_table_model.h"
#include "core/review_commands.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace vlmwb::widgets {

using core::FindingsTableModel;

namespace {

// A QTableView that tells whether a cell editor is open: Return typed into the editor reaches the
// view after the editor (the delegate commits later), and must not also accept the finding.
class FindingsTableView : public QTableView
{
public:
    using QTableView::QTableView;
    bool isEditing() const { return state() == EditingState; }
};

} // namespace

VerificationPanel::VerificationPanel(QWidget *parent) : QWidget(parent)
{
    m_table = new FindingsTableView(this);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Editing starts only from F2 or C (handled below), so typing never changes a cell by accident.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->installEventFilter(this);

    m_filter = new QSortFilterProxyModel(this);
    m_filter->setFilterRole(FindingsTableModel::NeedsReviewRole);
    m_filter->setFilterKeyColumn(FindingsTableModel::StatusColumn);
    m_table->setModel(m_filter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VerificationPanel::reportCurrent);

    m_needsReviewOnly = new QCheckBox(tr("Needs review only"), this);
    connect(m_needsReviewOnly, &QCheckBox::toggled, this, &VerificationPanel::setNeedsReviewOnly);
    m_summary = new QLabel(this);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_needsReviewOnly);
    toolbar->addStretch();
    toolbar->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_table);
}

void VerificationPanel::setReviewDatabase(core::ReviewDatabase *database, QUndoStack *undoStack,
                                          const QString &reviewer)
{
    m_database = database;
    m_undoStack = undoStack;
    m_reviewer = reviewer;
    FindingsTableModel *previous = m_model;
    m_model = new FindingsTableModel(database, this);
    m_model->setUndoStack(undoStack, reviewer);
    m_filter->setSourceModel(m_model);
    delete previous;
    connect(m_model, &QAbstractItemModel::dataChanged, this, &VerificationPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &VerificationPanel::updateSummary);
}

void VerificationPanel::showRun(qint64 runId)
{
    if (!m_model)
        return;
    m_model->showRun(runId);
    m_table->resizeColumnsToContents();
    if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, FindingsTableModel::AsReadColumn));
}

bool VerificationPanel::needsReviewOnly() const
{
    return m_needsReviewOnly->isChecked();
}

void VerificationPanel::setNeedsReviewOnly(bool enabled)
{
    const qint64 current = currentFindingId();
    m_needsReviewOnly->setChecked(enabled);
    m_filter->setFilterFixedString(enabled ? QStringLiteral("true") : QString());
    selectFinding(current);
}

qint64 VerificationPanel::currentFindingId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(FindingsTableModel::FindingIdRole).toLongLong() : 0;
}

void VerificationPanel::selectFinding(qint64 findingId)
{
    if (!m_model)
        return;
    const int row = m_model->rowOfFinding(findingId);
    QModelIndex index = row >= 0 ? m_filter->mapFromSource(m_model->index(row, FindingsTableModel::AsReadColumn))
                                 : QModelIndex();
    if (!index.isValid() && m_filter->rowCount() > 0)
        index = m_filter->index(qMin(m_table->currentIndex().row(), m_filter->rowCount() - 1), 0);
    if (index.isValid())
        m_table->setCurrentIndex(index);
}

// The finding shown below the current one (before an action may filter the current one away).
qint64 VerificationPanel::findingAfterCurrent() const
{
    const int row = m_table->currentIndex().row();
    const QModelIndex next = m_filter->index(row + 1, 0);
    return next.isValid() ? next.data(FindingsTableModel::FindingIdRole).toLongLong() : currentFindingId();
}

void VerificationPanel::acceptCurrent()
{
    decideCurrentAndMoveOn(core::DecisionAction::Accept);
}

void VerificationPanel::rejectCurrent()
{
    decideCurrentAndMoveOn(core::DecisionAction::Reject);
}

void VerificationPanel::decideCurrentAndMoveOn(core::DecisionAction action)
{
    const qint64 current = currentFindingId();
    if (current == 0 || !m_undoStack)
        return;
    const qint64 next = findingAfterCurrent();
    if (action == core::DecisionAction::Accept)
        m_undoStack->push(new core::AcceptFindingCommand(*m_database, current, m_reviewer));
    else
        m_undoStack->push(new core::RejectFindingCommand(*m_database, current, m_reviewer));
    selectFinding(next);
}

void VerificationPanel::correctCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_model)
        return;
    m_model->setCorrectionAppliesToIdentical(false);
    m_table->edit(current.siblingAtColumn(FindingsTableModel::BestMatchColumn));
}

void VerificationPanel::correctCurrentEverywhere()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_model)
        return;
    m_model->setCorrectionAppliesToIdentical(true);
    m_table->edit(current.siblingAtColumn(FindingsTableModel::BestMatchColumn));
}

void VerificationPanel::correctAllIdentical(const QString &correctedValue)
{
    const qint64 current = currentFindingId();
    if (current == 0 || !m_undoStack || correctedValue.trimmed().isEmpty())
        return;
    m_undoStack->push(new core::CorrectAllIdenticalCommand(*m_database, current, correctedValue.trimmed(),
                                                           m_reviewer));
    selectFinding(current);
}

void VerificationPanel::selectNextUnresolved()
{
    const int rows = m_filter->rowCount();
    const int start = m_table->currentIndex().row();
    for (int step = 1; step <= rows; ++step) {
        const QModelIndex candidate = m_filter->index((start + step + rows) % rows, 0);
        if (candidate.data(FindingsTableModel::NeedsReviewRole).toBool()) {
            m_table->setCurrentIndex(candidate);
            return;
        }
    }
}

bool VerificationPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_table || event->type() != QEvent::KeyPress
        || static_cast<FindingsTableView *>(m_table)->isEditing())
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->matches(QKeySequence::Undo) && m_undoStack) {
        m_undoStack->undo();
        return true;
    }
    if (key->matches(QKeySequence::Redo) && m_undoStack) {
        m_undoStack->redo();
        return true;
    }
    if (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
        return QWidget::eventFilter(watched, event);
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: acceptCurrent(); return true;
    case Qt::Key_F2:
    case Qt::Key_C:
        if (key->modifiers() & Qt::ShiftModifier)
            correctCurrentEverywhere();
        else
            correctCurrent();
        return true;
    case Qt::Key_R:
    case Qt::Key_Delete: rejectCurrent(); return true;
    case Qt::Key_N: selectNextUnresolved(); return true;
    default: return QWidget::eventFilter(watched, event);
    }
}

void VerificationPanel::updateSummary()
{
    int open = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        open += m_model->index(row, 0).data(FindingsTableModel::NeedsReviewRole).toBool();
    m_summary->setText(tr("%1 of %n finding(s) need review", nullptr, m_model->rowCount()).arg(open));
}

void VerificationPanel::reportCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    emit findingSelected(current.data(FindingsTableModel::LineIndexRole).toInt(),
                         current.data(FindingsTableModel::SpanStartRole).toInt(),
                         current.data(FindingsTableModel::SpanLengthRole).toInt());
}

} // namespace vlmwb::widgets
