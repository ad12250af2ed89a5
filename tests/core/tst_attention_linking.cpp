// OCR linking: the share of a character's visual attention inside its own line box, by hand.
#include "core/attention_linking.h"

#include <QtTest>

#include <cmath>

using namespace vlmwb::core;

namespace {

AttentionCell cell(const QRectF &rect, double weight)
{
    AttentionCell result;
    result.rect = rect;
    result.weight = weight;
    return result;
}

// The crop covers page [100,180) x [200,264); the line box has a margin of 4 px left and right and
// 8 px above and below: [104,176) x [208,256).
const QRectF lineBox(104, 208, 72, 48);

CharacterAttention character(const QString &text, std::vector<AttentionCell> cells)
{
    CharacterAttention result;
    result.text = text;
    result.cells = std::move(cells);
    for (const AttentionCell &each : result.cells)
        result.visualMass += each.weight;
    return result;
}

} // namespace

class AttentionLinkingTest : public QObject
{
    Q_OBJECT

private slots:
    void marginsOfTheCropLieOutsideTheBox()
    {
        // Cell [100,132) x [200,232), weight .5: inside x [104,132) = 28, y [208,232) = 24 -> 672 / 1024.
        // Cell [164,180) x [232,264), weight .1: inside 12 x 24 = 288 of 512.
        // A cell in the padding (null rect) carries weight but no area and is left out.
        const CharacterAttention a = character(
            "A", {cell(QRectF(100, 200, 32, 32), .5), cell(QRectF(164, 232, 16, 32), .1), cell(QRectF(), .2)});
        const double aShare = (.5 * 672.0 / 1024 + .1 * 288.0 / 512) / .6;
        QVERIFY(std::abs(inBoxShare(a.cells, lineBox) - aShare) < 1e-12);
        QVERIFY(std::abs(aShare - 0.640625) < 1e-12); // the arithmetic above, done once more by hand

        // Cell [132,164) x [200,232), weight .3: 32 x 24 of 1024; cell [100,132) x [232,264), .1: 28 x 24.
        const CharacterAttention e =
            character("e", {cell(QRectF(132, 200, 32, 32), .3), cell(QRectF(100, 232, 32, 32), .1)});
        const double eShare = (.3 * 768.0 / 1024 + .1 * 672.0 / 1024) / .4;

        const LineLink line = linkLine({a, e}, lineBox);
        QCOMPARE(line.characters.size(), std::size_t(2));
        QVERIFY(line.characters[0].defined);
        QVERIFY(std::abs(line.characters[0].inBoxShare - aShare) < 1e-12);
        QVERIFY(std::abs(line.characters[0].outBoxShare - (1 - aShare)) < 1e-12);
        QVERIFY(std::abs(line.characters[0].visualMass - .8) < 1e-12);
        QVERIFY(std::abs(line.characters[1].inBoxShare - eShare) < 1e-12);
        QCOMPARE(line.definedCharacters, 2);
        QVERIFY(std::abs(line.meanInBoxShare - (aShare + eShare) / 2) < 1e-12);

        // A second line whose one character looks only inside its box; the run mean weights
        // characters, not lines: (a + e + 1) / 3.
        const LineLink inside = linkLine({character("x", {cell(QRectF(110, 210, 10, 10), 1)})}, lineBox);
        QCOMPARE(inside.meanInBoxShare, 1.0);
        QVERIFY(std::abs(runMeanInBoxShare({line, inside}) - (aShare + eShare + 1) / 3) < 1e-12);
    }

    void characterWithoutVisualWeightIsUndefined()
    {
        const LineLink line = linkLine({character("?", {cell(QRectF(0, 0, 8, 8), 0), cell(QRectF(), .5)})}, lineBox);
        QVERIFY(!line.characters[0].defined);
        QCOMPARE(line.definedCharacters, 0);
        QCOMPARE(line.meanInBoxShare, 0.0);
        QCOMPARE(inBoxShare({}, lineBox), -1.0);
        QCOMPARE(runMeanInBoxShare({line}), 0.0);
    }
};

QTEST_GUILESS_MAIN(AttentionLinkingTest)
#include "tst_attention_linking.moc"
