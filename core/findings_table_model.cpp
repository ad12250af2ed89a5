#include "core/findings_table_model.h"

#include "core/review_commands.h"

#include <QUndoStack>

namespace vlmwb::core {

namespace {

// The candidate ranked second, as "NAME (SCORE)"; empty when there is none.
QString runnerUp(const FindingRecord &finding)
{
    for (const QJsonValue &value : finding.candidates) {
        const QJsonObject candidate = value.toObject();
        if (candidate.value("rank").toInt() == 2)
            return QStringLiteral("%1 (%2)").arg(candidate.value("name").toString(),
                                                  QString::number(candidate.value("score").toDouble(), 'f', 2));
    }
    return {};
}

QString warningText(const FindingRecord &finding)
{
    QStringList sentences;
    for (const QJsonValue &value : finding.warnings)
        sentences.append(value.toObject().value("message").toString());
    return sentences.join(QLatin1String(" "));
}

} // namespace

FindingsTableModel::FindingsTableModel(ReviewDatabase *database, QObject *parent)
    : QAbstractTableModel(parent), m_database(database)
{
    connect(database, &ReviewDatabase::decisionsRecorded, this, &FindingsTableModel::refresh);
}

void FindingsTableModel::setUndoStack(QUndoStack *undoStack, const QString &reviewer)
{
    m_undoStack = undoStack;
    m_reviewer = reviewer;
}

void FindingsTableModel::showRun(qint64 runId)
{
    beginResetModel();
    m_runId = runId;
    m_findings = m_database ? m_database->findings(runId) : QList<FindingRecord>();
    endResetModel();
}

int FindingsTableModel::rowOfFinding(qint64 findingId) const
{
    for (int row = 0; row < m_findings.size(); ++row) {
        if (m_findings.at(row).id == findingId)
            return row;
    }
    return -1;
}

void FindingsTableModel::refresh(const QList<qint64> &findingIds)
{
    for (qint64 findingId : findingIds) {
        const int row = rowOfFinding(findingId);
        if (row < 0)
            continue;
        if (const auto updated = m_database->finding(findingId)) {
            m_findings[row] = *updated;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

int FindingsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int FindingsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingsTableModel::displayText(const FindingRecord &finding, int column) const
{
    switch (column) {
    case AsReadColumn: return finding.text;
    case BestMatchColumn:
        return finding.status == FindingStatus::Corrected ? finding.correctedValue : finding.drug;
    case ScoreColumn: return QString::number(finding.score, 'f', 2);
    case RunnerUpColumn: return runnerUp(finding);
    case DoseColumn:
        if (!finding.doseText.isEmpty())
            return finding.doseText;
        return finding.doseAmount ? QString::number(*finding.doseAmount) + QLatin1Char(' ') + finding.doseUnit
                                  : QString();
    case WarningsColumn: return warningText(finding);
    case StatusColumn:
        switch (finding.status) {
        case FindingStatus::Unreviewed: return tr("Unreviewed");
        case FindingStatus::Accepted: return tr("Accepted");
        case FindingStatus::Corrected: return tr("Corrected");
        case FindingStatus::Rejected: return tr("Rejected");
        }
        break;
    default: break;
    }
    return {};
}

QVariant FindingsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const FindingRecord &finding = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // A finding without a drug (a dose after words that match nothing) says so, rather than
        // leave the cell blank; the editor still opens empty for the name read from the image.
        if (index.column() == BestMatchColumn && finding.drug.isEmpty() && finding.status != FindingStatus::Corrected)
            return tr("(no match)");
        return displayText(finding, index.column());
    case Qt::EditRole: return displayText(finding, index.column());
    case Qt::ToolTipRole: return index.column() == WarningsColumn ? warningText(finding) : QVariant();
    case FindingIdRole: return finding.id;
    case NeedsReviewRole: return finding.status == FindingStatus::Unreviewed;
    case LineIndexRole: return finding.lineIndex;
    case SpanStartRole: return finding.spanStart;
    case SpanLengthRole: return finding.spanLength;
    default: return {};
    }
}

QVariant FindingsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AsReadColumn: return tr("As read");
    case BestMatchColumn: return tr("Best match");
    case ScoreColumn: return tr("Score");
    case RunnerUpColumn: return tr("Runner-up");
    case DoseColumn: return tr("Dose");
    case WarningsColumn: return tr("Warnings");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

Qt::ItemFlags FindingsTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == BestMatchColumn && m_undoStack)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool FindingsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != BestMatchColumn || !m_undoStack || !m_database)
        return false;
    const QString corrected = value.toString().trimmed();
    const FindingRecord &finding = m_findings.at(index.row());
    if (corrected.isEmpty() || corrected == displayText(finding, BestMatchColumn))
        return false;
    // refresh() updates the rows once the decisions are recorded.
    if (m_correctIdentical)
        m_undoStack->push(new CorrectAllIdenticalCommand(*m_database, finding.id, corrected, m_reviewer));
    else
        m_undoStack->push(new CorrectFindingCommand(*m_database, finding.id, corrected, m_reviewer));
    return true;
}

} // namespace vlmwb::core
