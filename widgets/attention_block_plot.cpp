#include "widgets/attention_block_plot.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace vlmwb::widgets {

using core::AttentionBlock;

namespace {

constexpr AttentionBlock blockOrder[core::AttentionBlockCount] = {
    AttentionBlock::VisualToVisual, AttentionBlock::VisualToText, AttentionBlock::TextToVisual,
    AttentionBlock::TextToText};

// Log colour scales start this far below the largest value: probabilities under a millionth of the
// peak are indistinguishable from zero on screen anyway.
constexpr double logDynamicRange = 1e-6;

struct ValueRange {
    double lower = std::numeric_limits<double>::infinity();
    double upper = -std::numeric_limits<double>::infinity();
    double lowestPositive = std::numeric_limits<double>::infinity();
    bool valid() const { return upper >= lower; }
    void add(const ValueRange &other)
    {
        lower = std::min(lower, other.lower);
        upper = std::max(upper, other.upper);
        lowestPositive = std::min(lowestPositive, other.lowestPositive);
    }
};

// Over the allowed entries of the whole block, so zooming does not change the colours.
ValueRange blockRange(const core::BlockMatrix &block)
{
    ValueRange range;
    for (std::size_t entry = 0; entry < block.values.size(); ++entry) {
        if (!block.allowed.empty() && block.allowed[entry] == 0)
            continue;
        const double value = block.values[entry];
        range.lower = std::min(range.lower, value);
        range.upper = std::max(range.upper, value);
        if (value > 0)
            range.lowestPositive = std::min(range.lowestPositive, value);
    }
    return range;
}

QCPRange colourRange(const ValueRange &range, bool logScale)
{
    if (!range.valid())
        return QCPRange(0, 1);
    if (logScale) {
        const double upper = range.upper > 0 ? range.upper : 1.0;
        const double lower = std::max(std::isfinite(range.lowestPositive) ? range.lowestPositive : upper,
                                      upper * logDynamicRange);
        return QCPRange(lower, lower < upper ? upper : lower * 10);
    }
    return QCPRange(range.lower, range.upper > range.lower ? range.upper : range.lower + 1e-9);
}

// QCPItemText does not wrap: break the sentence into lines of about `width` characters.
QString wrapped(const QString &text, int width = 38)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

AttentionBlockPlot::AttentionBlockPlot(QWidget *parent)
    : QCustomPlot(parent)
{
    setMinimumSize(420, 360);
    plotLayout()->clear();
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    QCPColorGradient gradient(QCPColorGradient::gpThermal);
    gradient.setNanHandling(QCPColorGradient::nhTransparent); // masked entries
    for (int cellIndex = 0; cellIndex < core::AttentionBlockCount; ++cellIndex) {
        Cell &cell = m_cells[cellIndex];
        cell.matrix.block = blockOrder[cellIndex];
        cell.matrix.presence = core::BlockPresence::NotCaptured; // until setBlocks
        auto *grid = new QCPLayoutGrid;
        plotLayout()->addElement(cellIndex / 2, cellIndex % 2, grid);
        cell.title = new QCPTextElement(this, core::attentionBlockTitle(cell.matrix.block),
                                        QFont(font().family(), 9, QFont::Bold));
        cell.rect = new QCPAxisRect(this);
        cell.scale = new QCPColorScale(this);
        cell.scale->setBarWidth(8);
        grid->addElement(0, 0, cell.title);
        grid->addElement(1, 0, cell.rect);
        grid->addElement(1, 1, cell.scale);
        grid->setColumnStretchFactor(1, 0.01);
        grid->setRowStretchFactor(0, 0.01);
        QCPAxis *keys = cell.rect->axis(QCPAxis::atBottom);
        QCPAxis *queries = cell.rect->axis(QCPAxis::atLeft);
        queries->setRangeReversed(true); // matrix convention: query 0 on top
        keys->setLabel(tr("key"));
        queries->setLabel(tr("query"));
        cell.map = new QCPColorMap(keys, queries);
        cell.map->setInterpolate(false);
        cell.map->setColorScale(cell.scale);
        cell.map->setGradient(gradient);
        cell.absence = new QCPItemText(this);
        cell.absence->position->setType(QCPItemPosition::ptAxisRectRatio);
        cell.absence->position->setAxisRect(cell.rect);
        cell.absence->position->setCoords(0.5, 0.5);
        cell.absence->setClipAxisRect(cell.rect);
        cell.absence->setTextAlignment(Qt::AlignCenter);
        cell.absence->setPositionAlignment(Qt::AlignCenter);
        for (QCPAxis *axis : {keys, queries})
            connect(axis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this, cellIndex] {
                if (!m_settingRanges)
                    redraw(cellIndex);
            });
    }
    connect(this, &QCustomPlot::mousePress, this,
            [this](QMouseEvent *event) { m_pressPosition = event->position().toPoint(); });
    connect(this, &QCustomPlot::mouseRelease, this, &AttentionBlockPlot::handleRelease);
    for (Cell &cell : m_cells)
        redraw(index(cell.matrix.block));
}

void AttentionBlockPlot::setBlocks(const std::array<core::BlockMatrix, core::AttentionBlockCount> &blocks)
{
    for (const core::BlockMatrix &matrix : blocks) {
        Cell &cell = m_cells[index(matrix.block)];
        cell.matrix = matrix;
        QString title = core::attentionBlockTitle(matrix.block);
        if (matrix.isPresent())
            title = tr("%1 (%2 × %3)").arg(title).arg(matrix.rows).arg(matrix.columns);
        // The gate says how much of the cross-attention output reaches the text at all.
        if (matrix.isPresent() && matrix.component == inference::AttentionComponent::GatedCross)
            title = tr("%1, gate tanh(g) = %2").arg(title).arg(matrix.gate, 0, 'f', 3);
        cell.title->setText(title);
        m_settingRanges = true;
        cell.rect->axis(QCPAxis::atBottom)->setRange(-0.5, std::max(1, matrix.columns) - 0.5);
        cell.rect->axis(QCPAxis::atLeft)->setRange(-0.5, std::max(1, matrix.rows) - 0.5);
        m_settingRanges = false;
        redraw(index(matrix.block));
    }
    applyColourRanges();
    replot();
}

void AttentionBlockPlot::setOptions(const BlockPlotOptions &options)
{
    m_options = options;
    for (int cell = 0; cell < core::AttentionBlockCount; ++cell)
        redraw(cell);
    applyColourRanges();
    replot();
}

bool AttentionBlockPlot::hasMap(AttentionBlock block) const
{
    const Cell &cell = m_cells[index(block)];
    return cell.map->visible() && cell.grid.drawnRows > 0 && cell.grid.drawnColumns > 0;
}

QString AttentionBlockPlot::label(AttentionBlock block) const
{
    const Cell &cell = m_cells[index(block)];
    return cell.absence->visible() ? cell.absence->text() : QString();
}

QString AttentionBlockPlot::title(AttentionBlock block) const
{
    return m_cells[index(block)].title->text();
}

void AttentionBlockPlot::showRange(AttentionBlock block, IndexSpan rows, IndexSpan columns)
{
    Cell &cell = m_cells[index(block)];
    m_settingRanges = true;
    cell.rect->axis(QCPAxis::atBottom)->setRange(columns.first - 0.5, columns.first + columns.count - 0.5);
    cell.rect->axis(QCPAxis::atLeft)->setRange(rows.first - 0.5, rows.first + rows.count - 0.5);
    m_settingRanges = false;
    redraw(index(block));
    replot();
}

void AttentionBlockPlot::redraw(int cellIndex)
{
    Cell &cell = m_cells[cellIndex];
    const bool present = cell.matrix.isPresent() && cell.matrix.rows > 0 && cell.matrix.columns > 0;
    QCPAxis *keys = cell.rect->axis(QCPAxis::atBottom);
    QCPAxis *queries = cell.rect->axis(QCPAxis::atLeft);
    cell.map->setVisible(present);
    cell.scale->setVisible(present);
    cell.absence->setVisible(!present);
    for (QCPAxis *axis : {keys, queries}) {
        axis->setTicks(present);
        axis->setTickLabels(present);
    }
    if (!present) {
        cell.grid = DrawnGrid();
        cell.map->data()->clear();
        cell.absence->setText(wrapped(cell.matrix.reason.isEmpty() ? tr("No attention loaded.") : cell.matrix.reason));
        return;
    }
    cell.grid = drawnGrid(cell.matrix, visibleSpan(queries->range().lower, queries->range().upper, cell.matrix.rows),
                          visibleSpan(keys->range().lower, keys->range().upper, cell.matrix.columns));
    const DrawnGrid &grid = cell.grid;
    QCPColorMapData *data = cell.map->data();
    if (grid.drawnRows == 0 || grid.drawnColumns == 0) { // panned away from the block
        data->clear();
        return;
    }
    // QCPColorMap draws a one-cell axis with zero width: such an axis gets two equal cells a half
    // cell apart, which together cover exactly the one entry.
    const int keyCells = std::max(2, grid.drawnColumns);
    const int valueCells = std::max(2, grid.drawnRows);
    auto axisRange = [](const IndexSpan &span, int step, int drawn) {
        if (drawn == 1) {
            const double centre = DrawnGrid::centre(span, step, 0);
            return QCPRange(centre - 0.25 * step, centre + 0.25 * step);
        }
        return QCPRange(DrawnGrid::centre(span, step, 0), DrawnGrid::centre(span, step, drawn - 1));
    };
    data->setSize(keyCells, valueCells);
    data->setRange(axisRange(grid.columns, grid.columnStep, grid.drawnColumns),
                   axisRange(grid.rows, grid.rowStep, grid.drawnRows));
    const double floor = m_options.logScale ? cell.map->dataRange().lower : -std::numeric_limits<double>::infinity();
    for (int row = 0; row < valueCells; ++row)
        for (int column = 0; column < keyCells; ++column) {
            double value = grid.at(std::min(row, grid.drawnRows - 1), std::min(column, grid.drawnColumns - 1));
            if (!std::isnan(value) && value < floor)
                value = floor; // log scales cannot show zero
            data->setCell(column, row, value);
        }
}

void AttentionBlockPlot::applyColourRanges()
{
    ValueRange shared;
    for (const Cell &cell : m_cells)
        if (cell.matrix.isPresent())
            shared.add(blockRange(cell.matrix));
    bool floorChanged = false;
    for (Cell &cell : m_cells) {
        if (!cell.matrix.isPresent())
            continue;
        const QCPRange range =
            colourRange(m_options.sharedNormalisation ? shared : blockRange(cell.matrix), m_options.logScale);
        const QCPAxis::ScaleType type = m_options.logScale ? QCPAxis::stLogarithmic : QCPAxis::stLinear;
        floorChanged = floorChanged || (m_options.logScale && cell.map->dataRange() != range);
        cell.map->setDataScaleType(type);
        cell.map->setDataRange(range);
        if (m_options.logScale)
            cell.scale->axis()->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
        else
            cell.scale->axis()->setTicker(QSharedPointer<QCPAxisTicker>::create());
    }
    if (floorChanged) // the log floor depends on the range just set
        for (int cell = 0; cell < core::AttentionBlockCount; ++cell)
            redraw(cell);
}

void AttentionBlockPlot::handleRelease(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    if ((position - m_pressPosition).manhattanLength() >= 4 || event->button() != Qt::LeftButton)
        return; // the end of a drag
    for (const Cell &cell : m_cells) {
        if (!cell.matrix.isPresent() || !cell.rect->rect().contains(position))
            continue;
        const int column = qRound(cell.rect->axis(QCPAxis::atBottom)->pixelToCoord(position.x()));
        const int row = qRound(cell.rect->axis(QCPAxis::atLeft)->pixelToCoord(position.y()));
        if (row >= 0 && row < cell.matrix.rows && column >= 0 && column < cell.matrix.columns)
            emit cellClicked(cell.matrix.block, cell.matrix.queryPositions[static_cast<std::size_t>(row)],
                             cell.matrix.keyPositions[static_cast<std::size_t>(column)]);
    }
}

} // namespace vlmwb::widgets
