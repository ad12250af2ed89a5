// The statistics grid (core/attention_statistics.h) as a table: one row per (layer, head). The
// display role shows rounded figures; SortRole holds the exact number so a QSortFilterProxyModel
// sorts numerically.
#pragma once

#include "core/attention_statistics.h"

#include <QAbstractTableModel>

#include <vector>

namespace vlmwb::widgets {

class AttentionStatisticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LayerColumn,
        HeadColumn,
        VisualToVisualColumn,
        VisualToTextColumn,
        TextToVisualColumn,
        TextToTextColumn,
        EntropyColumn,
        SparsityColumn,
        SinkMassColumn,
        VisualShareColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit AttentionStatisticsModel(QObject *parent = nullptr);

    void setGrid(std::vector<core::HeadStatistics> grid);
    const std::vector<core::HeadStatistics> &grid() const { return m_grid; }
    const core::HeadStatistics &statistics(int row) const { return m_grid[static_cast<std::size_t>(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    double value(const core::HeadStatistics &statistics, int column) const;

    std::vector<core::HeadStatistics> m_grid;
};

} // namespace vlmwb::widgets
