// The block split of attention maps: hand-built maps with values worked out below, and traces of
// tiny random models of all three patterns.
#include "attention_test_traces.h"
#include "core/attention_blocks.h"

#include <QtTest>

#include <cmath>

using namespace vlmwb;
using namespace vlmwb::core;
using inference::AttentionComponent;
using inference::SpanKind;
using test::Rows;

namespace {

// Projection-like sequence: visual 0-1, BOS 2, generated 3-4, prefix mask.
const std::vector<inference::TokenSpan> prefixSpans = {
    {SpanKind::Visual, 0, 2}, {SpanKind::Bos, 2, 3}, {SpanKind::Generated, 3, 5}};
const Rows prefixMask = {{1, 1, 0, 0, 0}, {1, 1, 0, 0, 0}, {1, 1, 1, 0, 0}, {1, 1, 1, 1, 0}, {1, 1, 1, 1, 1}};
const Rows layer0Head0 = {{.6f, .4f, 0, 0, 0}, {.3f, .7f, 0, 0, 0}, {.2f, .3f, .5f, 0, 0}, {.1f, .1f, .4f, .4f, 0},
                          {.1f, .2f, .3f, .2f, .2f}};
const Rows layer0Head1 = {{.2f, .8f, 0, 0, 0}, {.5f, .5f, 0, 0, 0}, {.4f, .4f, .2f, 0, 0}, {.3f, .3f, .2f, .2f, 0},
                          {0, .4f, .2f, .2f, .2f}};
// Layer 1: every row uniform over its allowed keys, both heads.
const Rows layer1 = {{.5f, .5f, 0, 0, 0}, {.5f, .5f, 0, 0, 0}, {1 / 3.f, 1 / 3.f, 1 / 3.f, 0, 0},
                     {.25f, .25f, .25f, .25f, 0}, {.2f, .2f, .2f, .2f, .2f}};

inference::AttentionTrace prefixTrace()
{
    inference::AttentionTrace trace;
    trace.pattern = "projection";
    trace.tokens = {-1, -1, 256, 65, 66};
    trace.maps.push_back(test::handMap(AttentionComponent::DecoderSelf, 0, {layer0Head0, layer0Head1}, prefixMask,
                                       prefixSpans, prefixSpans));
    trace.maps.push_back(
        test::handMap(AttentionComponent::DecoderSelf, 1, {layer1, layer1}, prefixMask, prefixSpans, prefixSpans));
    return trace;
}

void compareMatrix(const BlockMatrix &block, const Rows &expected)
{
    QCOMPARE(block.rows, static_cast<int>(expected.size()));
    QCOMPARE(block.columns, static_cast<int>(expected.front().size()));
    for (int row = 0; row < block.rows; ++row)
        for (int column = 0; column < block.columns; ++column)
            QVERIFY2(std::abs(block.at(row, column) - expected[row][column]) < 1e-6,
                     qPrintable(QString("(%1,%2): %3 vs %4")
                                    .arg(row)
                                    .arg(column)
                                    .arg(block.at(row, column))
                                    .arg(expected[row][column])));
}

// Sum of row `row` of the block over its allowed entries.
double rowSum(const BlockMatrix &block, int row)
{
    double sum = 0;
    for (int column = 0; column < block.columns; ++column)
        if (block.allowed[static_cast<std::size_t>(row) * block.columns + column])
            sum += block.at(row, column);
    return sum;
}

} // namespace

class AttentionBlocksTest : public QObject
{
    Q_OBJECT

private slots:
    void visualToVisualPerHeadAndAggregated()
    {
        const inference::AttentionTrace trace = prefixTrace();
        BlockMatrix head0 = attentionBlock(trace, AttentionBlock::VisualToVisual, {HeadAggregation::Single, 0, 0});
        QVERIFY(head0.isPresent());
        compareMatrix(head0, {{.6f, .4f}, {.3f, .7f}});
        QCOMPARE(head0.queryPositions, (std::vector<int>{0, 1}));
        compareMatrix(attentionBlock(trace, AttentionBlock::VisualToVisual, {HeadAggregation::Mean, 0, 0}),
                      {{.4f, .6f}, {.4f, .6f}});
        compareMatrix(attentionBlock(trace, AttentionBlock::VisualToVisual, {HeadAggregation::Max, 0, 0}),
                      {{.6f, .8f}, {.5f, .7f}});
        compareMatrix(attentionBlock(trace, AttentionBlock::VisualToVisual, {HeadAggregation::Min, 0, 0}),
                      {{.2f, .4f}, {.3f, .5f}});
        // Mean over both layers of the head mean: ((.4, .6) + (.5, .5)) / 2.
        compareMatrix(attentionBlock(trace, AttentionBlock::VisualToVisual, {HeadAggregation::Mean, 0, -1}),
                      {{.45f, .55f}, {.45f, .55f}});
    }

    void textBlocksKeepTheirMask()
    {
        const inference::AttentionTrace trace = prefixTrace();
        const BlockMatrix textToVisual = attentionBlock(trace, AttentionBlock::TextToVisual, {HeadAggregation::Mean, 0, 0});
        compareMatrix(textToVisual, {{.3f, .35f}, {.2f, .2f}, {.05f, .3f}});
        QCOMPARE(textToVisual.rowKinds, (std::vector<SpanKind>{SpanKind::Bos, SpanKind::Generated, SpanKind::Generated}));
        const BlockMatrix textToText = attentionBlock(trace, AttentionBlock::TextToText, {HeadAggregation::Single, 0, 0});
        compareMatrix(textToText, {{.5f, 0, 0}, {.4f, .4f, 0}, {.3f, .2f, .2f}});
        QCOMPARE(textToText.allowed, (std::vector<unsigned char>{1, 0, 0, 1, 1, 0, 1, 1, 1}));
        QCOMPARE(textToText.keyPositions, (std::vector<int>{2, 3, 4}));
    }

    void prefixMaskMakesVisualToTextAbsent()
    {
        const BlockMatrix block =
            attentionBlock(prefixTrace(), AttentionBlock::VisualToText, {HeadAggregation::Mean, 0, -1});
        QCOMPARE(block.presence, BlockPresence::StructurallyAbsent);
        QVERIFY(!block.reason.isEmpty());
        QVERIFY(block.values.empty());
    }

    void missingLayerOrHeadIsNotCaptured()
    {
        const inference::AttentionTrace trace = prefixTrace();
        const BlockMatrix layer = attentionBlock(trace, AttentionBlock::TextToText, {HeadAggregation::Mean, 0, 7});
        QCOMPARE(layer.presence, BlockPresence::NotCaptured);
        QVERIFY(layer.reason.contains("7"));
        const BlockMatrix head = attentionBlock(trace, AttentionBlock::TextToText, {HeadAggregation::Single, 2, 0});
        QCOMPARE(head.presence, BlockPresence::NotCaptured);
        QVERIFY(!head.reason.isEmpty());
    }

    void newlineAndImageEndAreVisualSide()
    {
        // Early Fusion: patch, newline, patch, newline, image_end, BOS; prefix mask.
        const std::vector<inference::TokenSpan> spans = {{SpanKind::Visual, 0, 1},  {SpanKind::Newline, 1, 2},
                                                         {SpanKind::Visual, 2, 3},  {SpanKind::Newline, 3, 4},
                                                         {SpanKind::ImageEnd, 4, 5}, {SpanKind::Bos, 5, 6}};
        Rows mask(6, std::vector<float>(6, 0));
        Rows values(6, std::vector<float>(6, 0));
        for (int query = 0; query < 6; ++query)
            for (int key = 0; key < (query < 5 ? 5 : 6); ++key) {
                mask[query][key] = 1;
                values[query][key] = 1.0f / (query < 5 ? 5 : 6);
            }
        inference::AttentionTrace trace;
        trace.pattern = "early_fusion";
        trace.maps.push_back(test::handMap(AttentionComponent::DecoderSelf, 0, {values}, mask, spans, spans));
        const BlockMatrix visual = attentionBlock(trace, AttentionBlock::VisualToVisual, {});
        QCOMPARE(visual.rows, 5);
        QCOMPARE(visual.columnKinds, (std::vector<SpanKind>{SpanKind::Visual, SpanKind::Newline, SpanKind::Visual,
                                                            SpanKind::Newline, SpanKind::ImageEnd}));
        const BlockMatrix text = attentionBlock(trace, AttentionBlock::TextToText, {});
        QCOMPARE(text.rows, 1);
        QCOMPARE(text.columns, 1);
        QVERIFY(std::abs(text.at(0, 0) - 1.0f / 6) < 1e-7);
        QCOMPARE(attentionBlock(trace, AttentionBlock::VisualToText, {}).presence, BlockPresence::StructurallyAbsent);
    }

    void crossAttentionBlocksComeFromTheirComponents()
    {
        // Two patches, two latents, text BOS + two generated (decoder positions 0-2).
        const std::vector<inference::TokenSpan> patches = {{SpanKind::Visual, 0, 2}};
        const std::vector<inference::TokenSpan> latents = {{SpanKind::Latent, 0, 2}};
        const std::vector<inference::TokenSpan> text = {{SpanKind::Bos, 0, 1}, {SpanKind::Generated, 1, 3}};
        const Rows causal = {{1, 0, 0}, {1, 1, 0}, {1, 1, 1}};
        inference::AttentionTrace trace;
        trace.pattern = "cross_attention";
        trace.maps.push_back(test::handMap(AttentionComponent::VisionSelf, 0, {{{.9f, .1f}, {.2f, .8f}}}, {}, patches,
                                           patches));
        const float gate = static_cast<float>(std::tanh(0.3));
        trace.maps.push_back(test::handMap(AttentionComponent::GatedCross, 0, {{{.7f, .3f}, {.6f, .4f}, {.5f, .5f}}}, {},
                                           text, latents, gate));
        trace.maps.push_back(test::handMap(AttentionComponent::DecoderSelf, 0,
                                           {{{1, 0, 0}, {.5f, .5f, 0}, {.2f, .3f, .5f}}}, causal, text, text));
        const BlockMatrix visual = attentionBlock(trace, AttentionBlock::VisualToVisual, {});
        QCOMPARE(visual.component, AttentionComponent::VisionSelf);
        compareMatrix(visual, {{.9f, .1f}, {.2f, .8f}});
        const BlockMatrix absent = attentionBlock(trace, AttentionBlock::VisualToText, {});
        QCOMPARE(absent.presence, BlockPresence::StructurallyAbsent);
        QVERIFY(!absent.reason.isEmpty());
        const BlockMatrix textToLatent = attentionBlock(trace, AttentionBlock::TextToVisual, {});
        QCOMPARE(textToLatent.component, AttentionComponent::GatedCross);
        QCOMPARE(textToLatent.gate, gate);
        compareMatrix(textToLatent, {{.7f, .3f}, {.6f, .4f}, {.5f, .5f}});
        QCOMPARE(textToLatent.columnKinds, (std::vector<SpanKind>{SpanKind::Latent, SpanKind::Latent}));
        compareMatrix(attentionBlock(trace, AttentionBlock::TextToText, {}), {{1, 0, 0}, {.5f, .5f, 0}, {.2f, .3f, .5f}});
        // The decoder self-attention alone holds no visual token at all.
        const inference::AttentionMap &decoder = trace.maps.back();
        QCOMPARE(blockOfMatrix(decoder, decoder.probabilities, AttentionBlock::VisualToVisual).presence,
                 BlockPresence::StructurallyAbsent);
    }

    void randomModels_data() { test::addPatternRows(); }

    void randomModels()
    {
        QFETCH(QString, pattern);
        QTemporaryDir dir;
        const auto trace = test::randomModelTrace(dir, pattern.toStdString());
        QVERIFY(trace);
        const bool cross = pattern == "cross_attention";
        const BlockMatrix visual = attentionBlock(*trace, AttentionBlock::VisualToVisual, {});
        const BlockMatrix visualToText = attentionBlock(*trace, AttentionBlock::VisualToText, {});
        const BlockMatrix textToVisual = attentionBlock(*trace, AttentionBlock::TextToVisual, {});
        const BlockMatrix text = attentionBlock(*trace, AttentionBlock::TextToText, {});
        QVERIFY(visual.isPresent());
        QCOMPARE(visualToText.presence, BlockPresence::StructurallyAbsent);
        QVERIFY(!visualToText.reason.isEmpty());
        QVERIFY(textToVisual.isPresent());
        QVERIFY(text.isPresent());
        // 40 x 16 pixels at input height 16, patch 8: 2 rows x 5 columns of patches.
        const int patches = 10;
        QCOMPARE(visual.rows, pattern == "early_fusion" ? patches + 2 + 1 : patches);
        // Visual queries see only visual keys: each visual->visual row is a whole distribution.
        for (int row = 0; row < visual.rows; ++row)
            QVERIFY(std::abs(rowSum(visual, row) - 1.0) < 1e-4);
        if (cross) {
            QCOMPARE(textToVisual.component, AttentionComponent::GatedCross);
            QCOMPARE(textToVisual.columns, 4); // the random model's latents
            QVERIFY(std::abs(textToVisual.gate) < 1.0f);
            for (int row = 0; row < textToVisual.rows; ++row)
                QVERIFY(std::abs(rowSum(textToVisual, row) - 1.0) < 1e-4);
            for (int row = 0; row < text.rows; ++row)
                QVERIFY(std::abs(rowSum(text, row) - 1.0) < 1e-4);
        } else {
            QCOMPARE(textToVisual.rows, text.rows);
            // A text query's distribution is split between the visual keys and the text keys.
            for (int row = 0; row < text.rows; ++row)
                QVERIFY(std::abs(rowSum(textToVisual, row) + rowSum(text, row) - 1.0) < 1e-4);
        }
    }
};

QTEST_GUILESS_MAIN(AttentionBlocksTest)
#include "tst_attention_blocks.moc"
