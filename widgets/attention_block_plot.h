// The four attention blocks (visual→visual, visual→text, text→visual, text→text) as colour maps in
// one QCustomPlot (2 x 2), so one plot exports as one picture. A block that is absent (structurally,
// or not captured) shows core's sentence saying why instead of an empty map. Rows are queries (top
// to bottom), columns keys; big blocks are drawn downsampled and redrawn at full resolution as the
// user zooms in (attention_drawn_grid.h).
#pragma once

#include "core/attention_blocks.h"
#include "widgets/attention_drawn_grid.h"

#include <qcustomplot.h>

#include <array>

namespace vlmwb::widgets {

struct BlockPlotOptions {
    bool logScale = false;
    bool sharedNormalisation = false; // one colour range over the four blocks instead of one each
};

class AttentionBlockPlot : public QCustomPlot
{
    Q_OBJECT
public:
    explicit AttentionBlockPlot(QWidget *parent = nullptr);

    void setBlocks(const std::array<core::BlockMatrix, core::AttentionBlockCount> &blocks);
    void setOptions(const BlockPlotOptions &options);
    BlockPlotOptions options() const { return m_options; }

    const core::BlockMatrix &block(core::AttentionBlock block) const { return m_cells[index(block)].matrix; }
    bool hasMap(core::AttentionBlock block) const;
    QString label(core::AttentionBlock block) const; // the absence sentence shown; empty when a map is
    QString title(core::AttentionBlock block) const;
    QCPColorMap *colorMap(core::AttentionBlock block) const { return m_cells[index(block)].map; }
    QCPAxisRect *axisRect(core::AttentionBlock block) const { return m_cells[index(block)].rect; }
    const DrawnGrid &drawn(core::AttentionBlock block) const { return m_cells[index(block)].grid; }
    // Shows block rows / columns [first, first + count) (a zoom); the map is redrawn for that part.
    void showRange(core::AttentionBlock block, IndexSpan rows, IndexSpan columns);

signals:
    // A click on a block's cell: its query and key positions in the source map.
    void cellClicked(vlmwb::core::AttentionBlock block, int queryPosition, int keyPosition);

private:
    struct Cell {
        core::BlockMatrix matrix;
        QCPTextElement *title = nullptr;
        QCPAxisRect *rect = nullptr;
        QCPColorScale *scale = nullptr;
        QCPColorMap *map = nullptr;
        QCPItemText *absence = nullptr;
        DrawnGrid grid;
    };
    static int index(core::AttentionBlock block) { return static_cast<int>(block); }
    void redraw(int cell);
    void applyColourRanges();
    void handleRelease(QMouseEvent *event);

    std::array<Cell, core::AttentionBlockCount> m_cells;
    BlockPlotOptions m_options;
    QPoint m_pressPosition;
    bool m_settingRanges = false; // axis ranges set by the plot itself: no redraw per axis
};

} // namespace vlmwb::widgets
