// The attention panel offscreen: an absent block shows core's sentence (not a map) for each
// pattern, head / layer choices plot the values worked out by hand, big blocks are drawn
// downsampled and at full resolution when zoomed, the statistics table sorts and selects, and the
// panel exports PNG, SVG, CSV and JSON.
#include "tests/core/attention_test_traces.h"
#include "widgets/attention_block_plot.h"
#include "widgets/attention_panel.h"
#include "widgets/attention_statistics_model.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace vlmwb;
using core::AttentionBlock;
using core::HeadAggregation;
using inference::AttentionComponent;
using inference::SpanKind;
using test::Rows;
using widgets::AttentionBlockPlot;
using widgets::AttentionPanel;
using widgets::AttentionStatisticsModel;

namespace {

constexpr double tolerance = 1e-6;

// Visual 0-1, generated 2-3; visual queries see the visual keys only (prefix mask).
const std::vector<inference::TokenSpan> smallSpans = {{SpanKind::Visual, 0, 2}, {SpanKind::Generated, 2, 4}};
const Rows prefixMask = {{1, 1, 0, 0}, {1, 1, 0, 0}, {1, 1, 1, 0}, {1, 1, 1, 1}};
const Rows head0 = {{.5f, .5f, 0, 0}, {.5f, .5f, 0, 0}, {.2f, .3f, .5f, 0}, {.1f, .2f, .3f, .4f}};
const Rows head1 = {{.9f, .1f, 0, 0}, {.3f, .7f, 0, 0}, {.6f, .1f, .3f, 0}, {.4f, .4f, .1f, .1f}};
// Layer 1: one uniform head repeated, to tell layers apart.
const Rows layer1 = {{.5f, .5f, 0, 0}, {.5f, .5f, 0, 0}, {1 / 3.f, 1 / 3.f, 1 / 3.f, 0}, {.25f, .25f, .25f, .25f}};

std::shared_ptr<core::AttentionBundle> bundleOf(inference::AttentionTrace trace)
{
    auto bundle = std::make_shared<core::AttentionBundle>();
    bundle->trace = std::move(trace);
    return bundle;
}

std::shared_ptr<core::AttentionBundle> smallBundle()
{
    inference::AttentionTrace trace;
    trace.pattern = "projection";
    trace.maps.push_back(test::handMap(AttentionComponent::DecoderSelf, 0, {head0, head1}, prefixMask, smallSpans,
                                       smallSpans));
    trace.maps.push_back(test::handMap(AttentionComponent::DecoderSelf, 1, {layer1, layer1}, prefixMask, smallSpans,
                                       smallSpans));
    return bundleOf(std::move(trace));
}

// The plotted text->visual block (queries 2-3 x keys 0-1), read back from the colour map.
Rows plottedTextToVisual(const AttentionBlockPlot &plot)
{
    QCPColorMapData *data = plot.colorMap(AttentionBlock::TextToVisual)->data(); // cell() is not const in QCustomPlot 2.1
    Rows rows(2, std::vector<float>(2));
    for (int row = 0; row < 2; ++row)
        for (int column = 0; column < 2; ++column)
            rows[row][column] = static_cast<float>(data->cell(column, row));
    return rows;
}

void compareRows(const Rows &actual, const Rows &expected)
{
    for (std::size_t row = 0; row < expected.size(); ++row)
        for (std::size_t column = 0; column < expected[row].size(); ++column)
            QVERIFY2(std::abs(actual[row][column] - expected[row][column]) < tolerance,
                     qPrintable(QString("row %1, column %2: %3, expected %4")
                                    .arg(row).arg(column).arg(actual[row][column]).arg(expected[row][column])));
}

} // namespace

class AttentionPanelTest : public QObject
{
    Q_OBJECT

private slots:
    void absentBlockShowsItsReasonNotAMap_data() { test::addPatternRows(); }
    void absentBlockShowsItsReasonNotAMap()
    {
        QFETCH(QString, pattern);
        QTemporaryDir dir;
        auto bundle = bundleOf(*test::randomModelTrace(dir, pattern.toStdString()));
        AttentionPanel panel;
        panel.setBundle(bundle);
        const AttentionBlockPlot &plot = *panel.plot();
        // Under every pattern no visual token attends to text (prefix mask, or no text in the
        // visual stream at all), so core reports the block absent with a sentence.
        const core::BlockMatrix absent = core::attentionBlock(bundle->trace, AttentionBlock::VisualToText,
                                                              panel.selection());
        QCOMPARE(absent.presence, core::BlockPresence::StructurallyAbsent);
        QVERIFY(!plot.hasMap(AttentionBlock::VisualToText));
        QVERIFY(!plot.colorMap(AttentionBlock::VisualToText)->visible());
        QCOMPARE(plot.label(AttentionBlock::VisualToText).replace('\n', ' '), absent.reason);
        for (AttentionBlock block : {AttentionBlock::VisualToVisual, AttentionBlock::TextToVisual,
                                     AttentionBlock::TextToText}) {
            QVERIFY2(plot.hasMap(block), core::attentionBlockName(block));
            QVERIFY(plot.label(block).isEmpty());
        }
        if (pattern == "cross_attention") {
            // The mean of tanh(g) over the captured gated layers, as the engine recorded it.
            double gate = 0;
            int layers = 0;
            for (const inference::AttentionMap &map : bundle->trace.maps)
                if (map.component == AttentionComponent::GatedCross) {
                    gate += map.gate;
                    ++layers;
                }
            QVERIFY(layers > 0);
            const QString title = plot.title(AttentionBlock::TextToVisual);
            QVERIFY2(title.contains(QString::number(gate / layers, 'f', 3)), qPrintable(title));
            QVERIFY(title.contains("tanh(g)"));
        } else {
            QVERIFY(!plot.title(AttentionBlock::TextToVisual).contains("tanh(g)"));
        }
    }

    void headsAndLayersChangeThePlottedValues()
    {
        AttentionPanel panel;
        panel.setBundle(smallBundle());
        auto *heads = panel.findChild<QComboBox *>("attentionHeads");
        auto *head = panel.findChild<QSpinBox *>("attentionHead");
        auto *layer = panel.findChild<QComboBox *>("attentionLayer");
        QVERIFY(heads && head && layer);
        layer->setCurrentIndex(layer->findData(0));
        heads->setCurrentIndex(heads->findData(int(HeadAggregation::Single)));
        head->setValue(1);
        compareRows(plottedTextToVisual(*panel.plot()), {{.6f, .1f}, {.4f, .4f}});
        head->setValue(0);
        compareRows(plottedTextToVisual(*panel.plot()), {{.2f, .3f}, {.1f, .2f}});
        heads->setCurrentIndex(heads->findData(int(HeadAggregation::Max)));
        compareRows(plottedTextToVisual(*panel.plot()), {{.6f, .3f}, {.4f, .4f}});
        heads->setCurrentIndex(heads->findData(int(HeadAggregation::Min)));
        compareRows(plottedTextToVisual(*panel.plot()), {{.2f, .1f}, {.1f, .2f}});
        heads->setCurrentIndex(heads->findData(int(HeadAggregation::Mean)));
        compareRows(plottedTextToVisual(*panel.plot()), {{.4f, .2f}, {.25f, .3f}});
        // Mean of layers 0 and 1 (each a mean of heads).
        layer->setCurrentIndex(layer->findData(-1));
        compareRows(plottedTextToVisual(*panel.plot()),
                    {{(.4f + 1 / 3.f) / 2, (.2f + 1 / 3.f) / 2}, {(.25f + .25f) / 2, (.3f + .25f) / 2}});
        // And core agrees with the plot for the selection the panel reports.
        const core::BlockMatrix block = core::attentionBlock(panel.bundle()->trace, AttentionBlock::TextToVisual,
                                                             panel.selection());
        compareRows(plottedTextToVisual(*panel.plot()),
                    {{block.at(0, 0), block.at(0, 1)}, {block.at(1, 0), block.at(1, 1)}});
    }

    void sharedNormalisationAndLogScale()
    {
        AttentionPanel panel;
        panel.setBundle(smallBundle());
        AttentionBlockPlot &plot = *panel.plot();
        // Mean of heads, mean of layers: text->text is queries 2-3 x keys 2-3 with the lower
        // triangle masked, so its allowed entries are (.4+1/3)/2, (.2+.25)/2, (.25+.25)/2.
        const QCPRange own = plot.colorMap(AttentionBlock::TextToText)->dataRange();
        QVERIFY(std::abs(own.lower - (.2 + .25) / 2) < tolerance);
        QVERIFY(std::abs(own.upper - (.4 + 1 / 3.) / 2) < tolerance);
        panel.setSharedNormalisation(true);
        // Shared: every present block spans the smallest to the largest allowed entry of all three.
        double largest = 0;
        double smallest = 1;
        for (AttentionBlock block : {AttentionBlock::VisualToVisual, AttentionBlock::TextToVisual,
                                     AttentionBlock::TextToText}) {
            const core::BlockMatrix &matrix = plot.block(block);
            for (std::size_t entry = 0; entry < matrix.values.size(); ++entry)
                if (matrix.allowed[entry]) {
                    largest = std::max(largest, double(matrix.values[entry]));
                    smallest = std::min(smallest, double(matrix.values[entry]));
                }
        }
        for (AttentionBlock block : {AttentionBlock::VisualToVisual, AttentionBlock::TextToVisual,
                                     AttentionBlock::TextToText}) {
            QVERIFY(std::abs(plot.colorMap(block)->dataRange().upper - largest) < tolerance);
            QVERIFY(std::abs(plot.colorMap(block)->dataRange().lower - smallest) < tolerance);
        }
        panel.setScale(true);
        QCOMPARE(plot.colorMap(AttentionBlock::TextToText)->dataScaleType(), QCPAxis::stLogarithmic);
        QVERIFY(plot.colorMap(AttentionBlock::TextToText)->dataRange().lower > 0);
    }

    void bigBlocksAreDownsampledAndFullOnZoom()
    {
        // 1,500 visual tokens and 2 generated: visual->visual is 1,500 x 1,500.
        const int visual = 1500;
        const int tokens = visual + 2;
        const std::vector<inference::TokenSpan> spans = {{SpanKind::Visual, 0, visual},
                                                         {SpanKind::Generated, visual, tokens}};
        // Every key k holds 0.001 except a spike of 0.5 on every key k = 7 m + 3.
        std::vector<float> row(tokens);
        for (int key = 0; key < tokens; ++key)
            row[key] = key % 7 == 3 ? .5f : .001f;
        const Rows head(tokens, row);
        inference::AttentionTrace trace;
        trace.pattern = "projection";
        trace.maps.push_back(test::handMap(AttentionComponent::DecoderSelf, 0, {head}, {}, spans, spans));
        AttentionPanel panel;
        panel.setBundle(bundleOf(std::move(trace)));
        AttentionBlockPlot &plot = *panel.plot();
        const widgets::DrawnGrid &whole = plot.drawn(AttentionBlock::VisualToVisual);
        // ceil(1500 / 600) = 3 entries per drawn cell: 500 x 500 cells.
        QCOMPARE(whole.columnStep, 3);
        QCOMPARE(whole.drawnColumns, 500);
        QCOMPARE(whole.drawnRows, 500);
        QVERIFY(plot.colorMap(AttentionBlock::VisualToVisual)->data()->keySize() <= widgets::maximumDrawnCells);
        // A drawn cell holds the largest entry of its bin: keys 0-2 hold no spike, keys 3-5 do.
        QCOMPARE(whole.at(0, 0), double(.001f));
        QCOMPARE(whole.at(0, 1), double(.5f));
        // Zoomed to keys 100-199 of queries 0-49: one cell per entry, the exact values.
        plot.showRange(AttentionBlock::VisualToVisual, {0, 50}, {100, 100});
        const widgets::DrawnGrid &zoomed = plot.drawn(AttentionBlock::VisualToVisual);
        QCOMPARE(zoomed.columnStep, 1);
        QCOMPARE(zoomed.drawnColumns, 100);
        QCOMPARE(zoomed.drawnRows, 50);
        QCPColorMapData *data = plot.colorMap(AttentionBlock::VisualToVisual)->data();
        for (int key = 100; key < 200; ++key)
            QCOMPARE(data->cell(key - 100, 7), double(key % 7 == 3 ? .5f : .001f));
        // The colour map's cells sit on the block's own indices: cell 0 is centred on key 100.
        QCOMPARE(data->keyRange().lower, 100.0);
        QCOMPARE(data->keyRange().upper, 199.0);
    }

    void statisticsSortAndClickSelectsTheHead()
    {
        // One layer, three heads, every key allowed, the same row for every query:
        //   head 0 uniform over 4 keys (entropy ln 4), head 1 one-hot on key 2 (0),
        //   head 2 half on keys 0 and 3 (ln 2).
        const Rows uniform(4, {.25f, .25f, .25f, .25f});
        const Rows oneHot(4, {0, 0, 1, 0});
        const Rows half(4, {.5f, 0, 0, .5f});
        inference::AttentionTrace trace;
        trace.pattern = "projection";
        trace.maps.push_back(test::handMap(AttentionComponent::DecoderSelf, 0, {uniform, oneHot, half}, {},
                                           smallSpans, smallSpans));
        AttentionPanel panel;
        panel.resize(1200, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setBundle(bundleOf(std::move(trace)));
        QSortFilterProxyModel *proxy = panel.statisticsProxy();
        QCOMPARE(proxy->rowCount(), 3);
        auto headAt = [proxy](int row) {
            return proxy->data(proxy->index(row, AttentionStatisticsModel::HeadColumn)).toInt();
        };
        panel.statisticsView()->sortByColumn(AttentionStatisticsModel::EntropyColumn, Qt::AscendingOrder);
        QCOMPARE((QList<int>{headAt(0), headAt(1), headAt(2)}), (QList<int>{1, 2, 0}));
        panel.statisticsView()->sortByColumn(AttentionStatisticsModel::EntropyColumn, Qt::DescendingOrder);
        QCOMPARE((QList<int>{headAt(0), headAt(1), headAt(2)}), (QList<int>{0, 2, 1}));
        const double entropy0 = proxy->data(proxy->index(0, AttentionStatisticsModel::EntropyColumn),
                                            AttentionStatisticsModel::SortRole).toDouble();
        QVERIFY(std::abs(entropy0 - std::log(4.0)) < tolerance);

        // A click on the last row (head 1) shows that head alone in the panel.
        QTableView *view = panel.statisticsView();
        const QRect cell = view->visualRect(proxy->index(2, AttentionStatisticsModel::HeadColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        const core::AttentionSelection selection = panel.selection();
        QCOMPARE(selection.heads, HeadAggregation::Single);
        QCOMPARE(selection.head, 1);
        QCOMPARE(selection.layer, 0);
        // Head 1 puts everything on key 2: text->visual is all zero, text->text row 0 is (1, 0).
        compareRows(plottedTextToVisual(*panel.plot()), {{0, 0}, {0, 0}});
        QCOMPARE(panel.plot()->colorMap(AttentionBlock::TextToText)->data()->cell(0, 0), 1.0);

        // Without the sink (key 0) head 0 is uniform over 3 keys and head 2 one-hot on key 3.
        panel.setDropSinks(true);
        const AttentionStatisticsModel *model = panel.statisticsModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            const core::HeadStatistics &statistics = model->statistics(row);
            const double expected = statistics.head == 0 ? std::log(3.0) : 0.0;
            QVERIFY2(std::abs(statistics.entropy - expected) < tolerance, qPrintable(QString::number(statistics.head)));
            QCOMPARE(statistics.sinkMass, 0.0);
        }
    }

    void exportsPictureAndData()
    {
        QTemporaryDir dir;
        AttentionPanel panel;
        panel.setBundle(smallBundle());
        const QString png = dir.filePath("blocks.png");
        const QString svg = dir.filePath("blocks.svg");
        const QString blockCsv = dir.filePath("text-visual.csv");
        const QString statisticsCsv = dir.filePath("statistics.csv");
        const QString statisticsJson = dir.filePath("statistics.json");
        QCOMPARE(panel.exportPng(png), QString());
        QCOMPARE(panel.exportSvg(svg), QString());
        QCOMPARE(panel.exportBlock(AttentionBlock::TextToVisual, blockCsv), QString());
        QCOMPARE(panel.exportStatistics(statisticsCsv), QString());
        QCOMPARE(panel.exportStatistics(statisticsJson), QString());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 900 && image.height() >= 700);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("<svg"));
        // Block CSV: a header and one row per text query (2).
        QFile csv(blockCsv);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith("query,kind,"));
        // Statistics: 2 layers x 2 heads.
        QFile statistics(statisticsCsv);
        QVERIFY(statistics.open(QIODevice::ReadOnly));
        QCOMPARE(statistics.readAll().trimmed().split('\n').size(), 5);
        QVERIFY(QFileInfo(statisticsJson).size() > 0);
        // An unwritable path is reported with its name.
        const QString bad = dir.filePath("missing/folder/blocks.csv");
        QVERIFY(panel.exportStatistics(bad).contains("blocks.csv"));
    }
};

QTEST_MAIN(AttentionPanelTest)
#include "tst_attention_panel.moc"
