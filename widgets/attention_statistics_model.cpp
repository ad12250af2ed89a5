#include "widgets/attention_statistics_model.h"

#include <cmath>
#include <limits>

namespace vlmwb::widgets {

using core::AttentionBlock;

AttentionStatisticsModel::AttentionStatisticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AttentionStatisticsModel::setGrid(std::vector<core::HeadStatistics> grid)
{
    beginResetModel();
    m_grid = std::move(grid);
    endResetModel();
}

int AttentionStatisticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_grid.size());
}

int AttentionStatisticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double AttentionStatisticsModel::value(const core::HeadStatistics &statistics, int column) const
{
    auto mass = [&](AttentionBlock block) { return statistics.blockMass[static_cast<std::size_t>(block)]; };
    switch (column) {
    case LayerColumn:
        return statistics.layer;
    case HeadColumn:
        return statistics.head;
    case VisualToVisualColumn:
        return mass(AttentionBlock::VisualToVisual);
    case VisualToTextColumn:
        return mass(AttentionBlock::VisualToText);
    case TextToVisualColumn:
        return mass(AttentionBlock::TextToVisual);
    case TextToTextColumn:
        return mass(AttentionBlock::TextToText);
    case EntropyColumn:
        return statistics.entropy;
    case SparsityColumn:
        return statistics.sparsity;
    case SinkMassColumn:
        return statistics.sinkMass;
    case VisualShareColumn:
        return statistics.visualShare;
    default:
        return 0;
    }
}

QVariant AttentionStatisticsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const double number = value(m_grid[static_cast<std::size_t>(index.row())], index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (std::isnan(number))
            return tr("—"); // a block the map has no queries or keys for
        if (index.column() == LayerColumn || index.column() == HeadColumn)
            return static_cast<int>(number);
        return QString::number(number, 'f', 3);
    case SortRole:
        // NaN compares false both ways, which leaves a sort order undefined: it sorts below everything.
        return std::isnan(number) ? -std::numeric_limits<double>::infinity() : number;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant AttentionStatisticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case EntropyColumn:
            return tr("Mean entropy of a query's attention, in nats");
        case SparsityColumn:
            return tr("Share of a query's keys with under a tenth of the uniform weight");
        case SinkMassColumn:
            return tr("Mass on key 0 and on newline / image-end tokens");
        case VisualShareColumn:
            return tr("Mass on visual-side keys");
        case LayerColumn:
        case HeadColumn:
            return {};
        default:
            return tr("Mean attention mass of the block's queries on its keys");
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LayerColumn:
        return tr("Layer");
    case HeadColumn:
        return tr("Head");
    case VisualToVisualColumn:
        return core::attentionBlockTitle(AttentionBlock::VisualToVisual);
    case VisualToTextColumn:
        return core::attentionBlockTitle(AttentionBlock::VisualToText);
    case TextToVisualColumn:
        return core::attentionBlockTitle(AttentionBlock::TextToVisual);
    case TextToTextColumn:
        return core::attentionBlockTitle(AttentionBlock::TextToText);
    case EntropyColumn:
        return tr("Entropy");
    case SparsityColumn:
        return tr("Sparsity");
    case SinkMassColumn:
        return tr("Sink mass");
    case VisualShareColumn:
        return tr("Visual share");
    default:
        return {};
    }
}

} // namespace vlmwb::widgets
