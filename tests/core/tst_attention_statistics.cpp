// Per (layer, head) statistics on a hand-built map; every expected value is worked out below.
#include "attention_test_traces.h"
#include "core/attention_statistics.h"

#include <QtTest>

#include <cmath>

using namespace vlmwb;
using namespace vlmwb::core;
using inference::AttentionComponent;
using inference::SpanKind;
using test::Rows;

namespace {

// Visual 0-1, newline 2 (a sink, visual side), BOS 3, generated 4; prefix mask.
const std::vector<inference::TokenSpan> spans = {
    {SpanKind::Visual, 0, 2}, {SpanKind::Newline, 2, 3}, {SpanKind::Bos, 3, 4}, {SpanKind::Generated, 4, 5}};
const Rows mask = {{1, 1, 1, 0, 0}, {1, 1, 1, 0, 0}, {1, 1, 1, 0, 0}, {1, 1, 1, 1, 0}, {1, 1, 1, 1, 1}};
const Rows head0 = {{.5f, .3f, .2f, 0, 0}, {.1f, .8f, .1f, 0, 0}, {.2f, .2f, .6f, 0, 0}, {.1f, .2f, .3f, .4f, 0},
                    {.01f, .19f, .1f, .2f, .5f}};
// Uniform over the allowed keys.
const Rows head1 = {{1 / 3.f, 1 / 3.f, 1 / 3.f, 0, 0}, {1 / 3.f, 1 / 3.f, 1 / 3.f, 0, 0},
                    {1 / 3.f, 1 / 3.f, 1 / 3.f, 0, 0}, {.25f, .25f, .25f, .25f, 0}, {.2f, .2f, .2f, .2f, .2f}};

inference::AttentionMap handMap()
{
    return test::handMap(AttentionComponent::DecoderSelf, 0, {head0, head1}, mask, spans, spans);
}

// -sum p ln p of a row, written term by term in the tests.
double plnp(double p)
{
    return p * std::log(p);
}

constexpr double tolerance = 1e-6;

} // namespace

class AttentionStatisticsTest : public QObject
{
    Q_OBJECT

private slots:
    void allQueries()
    {
        const HeadStatistics statistics = headStatistics(handMap(), 0, {});
        QCOMPARE(statistics.rows, 5);
        // visual->visual: rows 0-2 each sum to 1; visual->text masked; text rows 3-4 split .6/.4 and .3/.7.
        QVERIFY(std::abs(statistics.blockMass[0] - 1.0) < tolerance);
        QVERIFY(std::isnan(statistics.blockMass[1]));
        QVERIFY(std::abs(statistics.blockMass[2] - (.6 + .3) / 2) < tolerance);
        QVERIFY(std::abs(statistics.blockMass[3] - (.4 + .7) / 2) < tolerance);
        const double entropy = -(plnp(.5) + plnp(.3) + plnp(.2)) - (plnp(.1) + plnp(.8) + plnp(.1))
                               - (plnp(.2) + plnp(.2) + plnp(.6)) - (plnp(.1) + plnp(.2) + plnp(.3) + plnp(.4))
                               - (plnp(.01) + plnp(.19) + plnp(.1) + plnp(.2) + plnp(.5));
        QVERIFY(std::abs(statistics.entropy - entropy / 5) < tolerance);
        // Only .01 in row 4 is under a tenth of its uniform weight (0.1 / 5 = .02).
        QVERIFY(std::abs(statistics.sparsity - (1.0 / 5) / 5) < tolerance);
        QVERIFY(std::abs(statistics.firstKeyMass - (.5 + .1 + .2 + .1 + .01) / 5) < tolerance);
        QVERIFY(std::abs(statistics.structureMass - (.2 + .1 + .6 + .3 + .1) / 5) < tolerance);
        QVERIFY(std::abs(statistics.sinkMass - (.91 + 1.3) / 5) < tolerance);
        QVERIFY(std::abs(statistics.visualShare - (1 + 1 + 1 + .6 + .3) / 5) < tolerance);
    }

    void textQueries()
    {
        const HeadStatistics statistics = headStatistics(handMap(), 0, {false, QueryScope::TextQueries});
        QCOMPARE(statistics.rows, 2);
        QVERIFY(std::abs(statistics.firstKeyMass - (.1 + .01) / 2) < tolerance);
        QVERIFY(std::abs(statistics.structureMass - (.3 + .1) / 2) < tolerance);
        QVERIFY(std::abs(statistics.visualShare - (.6 + .3) / 2) < tolerance);
        QVERIFY(std::abs(statistics.sparsity - (0 + .2) / 2) < tolerance);
        // Block masses do not depend on the scope.
        QVERIFY(std::abs(statistics.blockMass[0] - 1.0) < tolerance);
    }

    void uniformHeadHasMaximalEntropyAndNoSparsity()
    {
        const HeadStatistics statistics = headStatistics(handMap(), 1, {});
        const double entropy = (3 * std::log(3.0) + std::log(4.0) + std::log(5.0)) / 5;
        QVERIFY(std::abs(statistics.entropy - entropy) < 1e-6);
        QCOMPARE(statistics.sparsity, 0.0);
    }

    void droppingSinksRenormalisesRows()
    {
        const inference::AttentionMap map = handMap();
        QCOMPARE(sinkKeys(map), (std::vector<int>{0, 2}));
        const inference::AttentionMap dropped = withoutSinkKeys(map);
        // Row 4 keeps keys 1, 3, 4: .19, .2, .5 over .89.
        QVERIFY(std::abs(dropped.at(0, 4, 1) - .19 / .89) < tolerance);
        QVERIFY(std::abs(dropped.at(0, 4, 4) - .5 / .89) < tolerance);
        QCOMPARE(dropped.at(0, 4, 0), 0.0f);
        QVERIFY(!dropped.isAllowed(4, 2));

        const HeadStatistics statistics = headStatistics(map, 0, {true, QueryScope::TextQueries});
        QCOMPARE(statistics.rows, 2);
        QCOMPARE(statistics.sinkMass, 0.0);
        // Row 3 keeps keys 1, 3: .2, .4 -> 1/3, 2/3.
        QVERIFY(std::abs(statistics.visualShare - (1.0 / 3 + .19 / .89) / 2) < tolerance);
        const double entropy3 = -(plnp(1.0 / 3) + plnp(2.0 / 3));
        const double entropy4 = -(plnp(.19 / .89) + plnp(.2 / .89) + plnp(.5 / .89));
        QVERIFY(std::abs(statistics.entropy - (entropy3 + entropy4) / 2) < tolerance);
        QVERIFY(std::abs(statistics.blockMass[3] - (2.0 / 3 + .7 / .89) / 2) < tolerance);
        // Visual rows keep only key 1, which then takes all their mass.
        QVERIFY(std::abs(statistics.blockMass[0] - 1.0) < tolerance);
    }

    void gridCoversEveryLayerAndHead()
    {
        inference::AttentionTrace trace;
        trace.pattern = "early_fusion";
        trace.maps.push_back(test::handMap(AttentionComponent::DecoderSelf, 1, {head1, head0}, mask, spans, spans));
        trace.maps.push_back(handMap());
        const std::vector<HeadStatistics> grid = statisticsGrid(trace, AttentionComponent::DecoderSelf, {});
        QCOMPARE(grid.size(), std::size_t(4));
        QCOMPARE(grid[0].layer, 0);
        QCOMPARE(grid[1].head, 1);
        QCOMPARE(grid[3].layer, 1);
        QCOMPARE(grid[3].head, 1);
        // Layer 1 head 1 is the hand map's head 0: same sparsity.
        QVERIFY(std::abs(grid[3].sparsity - 0.04) < tolerance);
        QCOMPARE(grid[2].sparsity, 0.0);
        QVERIFY(statisticsGrid(trace, AttentionComponent::GatedCross, {}).empty());
    }

    void randomModels_data() { test::addPatternRows(); }

    // Every row is a distribution, so the block masses of a side add up to 1.
    void randomModels()
    {
        QFETCH(QString, pattern);
        QTemporaryDir dir;
        const auto trace = test::randomModelTrace(dir, pattern.toStdString());
        const std::vector<HeadStatistics> grid = statisticsGrid(*trace, AttentionComponent::DecoderSelf, {});
        QCOMPARE(grid.size(), std::size_t(2)); // one layer of two heads
        for (const HeadStatistics &head : grid) {
            QVERIFY(std::abs(head.blockMass[2] + head.blockMass[3] - 1.0) < 1e-4 || pattern == "cross_attention");
            QVERIFY(head.entropy > 0);
            QVERIFY(head.visualShare >= 0 && head.visualShare <= 1.0 + 1e-5);
            if (pattern == "cross_attention") {
                QVERIFY(std::isnan(head.blockMass[0]) && std::isnan(head.blockMass[2]));
                QVERIFY(std::abs(head.blockMass[3] - 1.0) < 1e-4);
                QCOMPARE(head.visualShare, 0.0);
            } else {
                QVERIFY(std::abs(head.blockMass[0] - 1.0) < 1e-4);
                QVERIFY(std::isnan(head.blockMass[1]));
            }
        }
        if (pattern == "cross_attention")
            for (const HeadStatistics &head : statisticsGrid(*trace, AttentionComponent::GatedCross, {})) {
                QVERIFY(std::abs(head.blockMass[2] - 1.0) < 1e-4);
                QVERIFY(std::abs(head.visualShare - 1.0) < 1e-4);
            }
    }
};

QTEST_GUILESS_MAIN(AttentionStatisticsTest)
#include "tst_attention_statistics.moc"
