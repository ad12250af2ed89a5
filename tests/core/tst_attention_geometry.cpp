// Token -> image: visual cells mapped back to line-image and document coordinates, worked by hand.
#include "attention_test_traces.h"
#include "core/attention_geometry.h"
#include "core/line_crop.h"
#include "vlmwb/tokenizer.h"

#include <QtTest>

#include <cmath>

using namespace vlmwb;
using namespace vlmwb::core;
using inference::AttentionComponent;
using inference::SpanKind;
using test::Rows;

namespace {

using test::compareRect;
using test::paddedGrid;
using test::projectionTrace;

} // namespace

class AttentionGeometryTest : public QObject
{
    Q_OBJECT

private slots:
    void paddingHasNoRectangleInsideTheImage()
    {
        // Scaled cells x [0,8) [8,16) [16,20) (clipped) and, for a batch padded to 4 columns, [24,32)
        // lies wholly in the padding. Divided by the scale 0.5: x [0,16) [16,32) [32,40).
        const std::vector<QRectF> rects = visualCellRects(paddedGrid(), 4);
        QCOMPARE(rects.size(), std::size_t(8));
        compareRect(rects[0], QRectF(0, 0, 16, 16));
        compareRect(rects[1], QRectF(16, 0, 16, 16));
        compareRect(rects[2], QRectF(32, 0, 8, 16));
        QVERIFY(rects[3].isNull());
        compareRect(rects[6], QRectF(32, 16, 8, 16));
        QVERIFY(rects[7].isNull());
        for (const QRectF &rect : rects)
            QVERIFY(rect.isNull() || QRectF(0, 0, 40, 32).contains(rect));
    }

    void pooledCells()
    {
        inference::PatchGrid grid = paddedGrid();
        grid.poolRows = 2;
        grid.poolColumns = 2;
        QCOMPARE(visualCellRows(grid), 1);
        QCOMPARE(visualCellColumns(grid), 2);
        // Cells of 16 x 16 scaled pixels: x [0,16) and [16,20) clipped, y [0,16).
        const std::vector<QRectF> rects = visualCellRects(grid, 2);
        compareRect(rects[0], QRectF(0, 0, 32, 32));
        compareRect(rects[1], QRectF(32, 0, 8, 32));
    }

    void characterInAPage()
    {
        // The line image is a crop of the page at scale 0.5 whose corner lies at (100, 200):
        // page = crop / 0.5 + (100, 200), and crop = scaled / 0.5.
        LineCrop crop;
        crop.scale = 0.5;
        crop.offset = QPointF(100, 200);
        const CharacterAttentionResult result = characterAttention(projectionTrace(), crop.toSource(), {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.characters.size(), std::size_t(2));
        const CharacterAttention &a = result.characters[0];
        QCOMPARE(a.text, QString("A"));
        QCOMPARE(a.cells.size(), std::size_t(6));
        // 'A' is predicted by query 6: cell (0,0) .5 and cell (1,2) .1.
        QVERIFY(std::abs(a.cells[0].weight - .5) < 1e-7);
        QVERIFY(std::abs(a.cells[5].weight - .1) < 1e-7);
        QVERIFY(std::abs(a.visualMass - .6) < 1e-7);
        // Cell (0,0): crop [0,16) x [0,16) -> page [100,132) x [200,232).
        compareRect(a.cells[0].rect, QRectF(100, 200, 32, 32));
        // Cell (1,2): scaled x [16,20), y [8,16) -> crop x [32,40), y [16,32) -> page x [164,180), y [232,264).
        compareRect(a.cells[5].rect, QRectF(164, 232, 16, 32));
        QCOMPARE(a.cells[5].row, 1);
        QCOMPARE(a.cells[5].column, 2);

        // 'é' is two bytes, predicted by queries 7 and 8: cell 1 (.2 + .4) / 2, cell 3 .2 / 2.
        const CharacterAttention &e = result.characters[1];
        QCOMPARE(e.text, QString::fromUtf8("é"));
        QCOMPARE(e.firstToken, 1);
        QCOMPARE(e.tokenCount, 2);
        QVERIFY(std::abs(e.cells[1].weight - .3) < 1e-7);
        QVERIFY(std::abs(e.cells[3].weight - .1) < 1e-7);
        QVERIFY(std::abs(e.visualMass - .4) < 1e-7);
        compareRect(e.cells[1].rect, QRectF(132, 200, 32, 32));
        compareRect(e.cells[3].rect, QRectF(100, 232, 32, 32));
    }

    void ownPositionInsteadOfPredictingQuery()
    {
        CharacterAttentionOptions options;
        options.predictingQuery = false;
        const CharacterAttentionResult result = characterAttention(projectionTrace(), QTransform(), options);
        // 'A' at position 7: cell 1 .2; 'é' at 8 and 9: cell 1 .2, cell 3 .1, cell 2 .3.
        QVERIFY(std::abs(result.characters[0].cells[1].weight - .2) < 1e-7);
        QVERIFY(std::abs(result.characters[1].cells[2].weight - .3) < 1e-7);
        QVERIFY(std::abs(result.characters[1].cells[3].weight - .1) < 1e-7);
        // Identity placement: line-image pixels.
        compareRect(result.characters[0].cells[1].rect, QRectF(16, 0, 16, 16));
    }

    void rolloutInsteadOfRawAttention()
    {
        // Visual 0-1 (one row of two 8 px cells), BOS 2, generated 3 = 'A'; two equal layers A:
        //   q0 (.5 .5 0 0), q1 (.5 .5 0 0), q2 (.6 .2 .2 0), q3 (.1 .1 .4 .4).
        // A' = A / 2 + I / 2 (rows already sum to 1): q0 (.75 .25 0 0), q1 (.25 .75 0 0),
        // q2 (.3 .1 .6 0). Rollout row 2 = .3 A'[0] + .1 A'[1] + .6 A'[2] = (.43 .21 .36 0), so 'A'
        // (predicted by query 2) puts .43 and .21 on the two cells, against raw .6 and .2.
        const std::vector<inference::TokenSpan> spans = {
            {SpanKind::Visual, 0, 2}, {SpanKind::Bos, 2, 3}, {SpanKind::Generated, 3, 4}};
        const Rows layer = {{.5f, .5f, 0, 0}, {.5f, .5f, 0, 0}, {.6f, .2f, .2f, 0}, {.1f, .1f, .4f, .4f}};
        inference::AttentionTrace trace;
        trace.pattern = "early_fusion";
        trace.grid.rows = 1;
        trace.grid.columns = 2;
        trace.grid.paddedColumns = 2;
        trace.grid.patchSize = 8;
        trace.grid.scaledWidth = 16;
        trace.grid.scaledHeight = 8;
        trace.tokens = {-1, -1, 256, 65};
        trace.maps.push_back(test::handMap(AttentionComponent::DecoderSelf, 0, {layer}, {}, spans, spans));
        trace.maps.push_back(test::handMap(AttentionComponent::DecoderSelf, 1, {layer}, {}, spans, spans));
        CharacterAttentionOptions options;
        options.rollout = true;
        const CharacterAttentionResult rolled = characterAttention(trace, QTransform(), options);
        QVERIFY2(rolled.ok(), qPrintable(rolled.error));
        QCOMPARE(rolled.characters.size(), std::size_t(1));
        QVERIFY(std::abs(rolled.characters[0].cells[0].weight - .43) < 1e-6);
        QVERIFY(std::abs(rolled.characters[0].cells[1].weight - .21) < 1e-6);
        QVERIFY(std::abs(rolled.characters[0].visualMass - .64) < 1e-6);
        options.rollout = false;
        const CharacterAttentionResult raw = characterAttention(trace, QTransform(), options);
        QVERIFY(std::abs(raw.characters[0].cells[0].weight - .6) < 1e-6);
        // Cross-Attention: no rollout onto the image, said in a sentence.
        trace.pattern = "cross_attention";
        options.rollout = true;
        QVERIFY(characterAttention(trace, QTransform(), options).error.contains("rollout"));
    }

    void crossAttentionPaddedBatch()
    {
        // The resampler attended a batch of 4 columns: 2 x 4 = 8 patches, column 3 is padding.
        const std::vector<inference::TokenSpan> text = {{SpanKind::Bos, 0, 1}, {SpanKind::Generated, 1, 2}};
        const std::vector<inference::TokenSpan> latents = {{SpanKind::Latent, 0, 1}};
        const std::vector<inference::TokenSpan> patches = {{SpanKind::Visual, 0, 8}};
        inference::AttentionTrace trace;
        trace.pattern = "cross_attention";
        trace.grid = paddedGrid();
        trace.grid.paddedColumns = 4;
        trace.tokens = {256, 66};
        trace.maps.push_back(test::handMap(AttentionComponent::GatedCross, 0, {{{1}, {1}}}, {}, text, latents));
        trace.maps.push_back(test::handMap(AttentionComponent::ResamplerCross, 0,
                                           {{{.25f, .25f, .25f, 0, .125f, .125f, 0, 0}}}, {}, latents, patches));
        const CharacterAttentionResult result = characterAttention(trace, QTransform(), {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.characters.size(), std::size_t(1));
        const CharacterAttention &b = result.characters[0];
        QCOMPARE(b.cells.size(), std::size_t(8));
        QVERIFY(b.cells[3].rect.isNull());
        QVERIFY(std::abs(b.cells[2].weight - .25) < 1e-7);
        compareRect(b.cells[5].rect, QRectF(16, 16, 16, 16));
        QVERIFY(std::abs(b.visualMass - 1.0) < 1e-6);
    }

    void randomModels_data() { test::addPatternRows(); }

    void randomModels()
    {
        QFETCH(QString, pattern);
        QTemporaryDir dir;
        // 44 px at height 16: 6 columns of patch 8, the last with 4 px of padding.
        const auto trace = test::randomModelTrace(dir, pattern.toStdString(), 44);
        QCOMPARE(trace->grid.paddingRight, 4);
        LineCrop crop;
        crop.scale = 0.25;
        crop.offset = QPointF(10, 20);
        const CharacterAttentionResult result = characterAttention(*trace, crop.toSource(), {});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.characters.size(),
                 inference::ByteTokenizer::characters(generatedIds(*trace)).size());
        // Page extent of the line image: 44 x 16 crop pixels at scale .25 from (10, 20).
        const QRectF page(10, 20, 44 / 0.25, 16 / 0.25);
        for (const CharacterAttention &character : result.characters) {
            QCOMPARE(character.cells.size(), std::size_t(12));
            compareRect(character.cells[5].rect, QRectF(10 + 40 / 0.25, 20, 4 / 0.25, 8 / 0.25));
            for (const AttentionCell &cell : character.cells)
                QVERIFY(page.contains(cell.rect));
            QVERIFY(character.visualMass >= 0 && character.visualMass <= 1.0 + 1e-5);
            // Cross-Attention: rows of text->latent and latent->patch both sum to 1.
            if (pattern == "cross_attention")
                QVERIFY(std::abs(character.visualMass - 1.0) < 1e-4);
        }
    }
};

QTEST_GUILESS_MAIN(AttentionGeometryTest)
#include "tst_attention_geometry.moc"
