// Token -> image offscreen: a generated character's attention lands on the document view at the
// page rectangles of its patch cells for a line crop inside a page (worked out by hand below), the
// scrubber steps through the characters, a click on a text query picks the character it predicted,
// and rollout replaces raw attention with the rollout's weights.
#include "tests/core/attention_test_traces.h"
#include "core/line_crop.h"
#include "widgets/attention_overlay_item.h"
#include "widgets/character_attention_view.h"
#include "widgets/document_view.h"

#include <QSlider>
#include <qcustomplot.h>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>

using namespace vlmwb;
using test::compareRect;
using widgets::AttentionOverlayItem;
using widgets::CharacterAttentionView;
using widgets::DocumentView;

namespace {

// test::projectionTrace() (a 40 x 32 line crop scaled by 0.5 to 20 x 16 for the model: 2 x 3 patches
// of 8 scaled pixels, the last column 4 px of image and 4 of padding; 'A' then 'é'), its crop lying
// in the page at (100, 200) and cut at half the page's resolution: page = crop / 0.5 + (100, 200).
std::shared_ptr<core::AttentionBundle> pageLineBundle()
{
    auto bundle = std::make_shared<core::AttentionBundle>();
    bundle->trace = test::projectionTrace();
    core::LineCrop crop;
    crop.scale = 0.5;
    crop.offset = QPointF(100, 200);
    bundle->lineToDocument = crop.toSource();
    return bundle;
}

struct Explorer {
    DocumentView view;
    CharacterAttentionView characters;
    Explorer()
    {
        QImage page(400, 400, QImage::Format_Grayscale8);
        page.fill(255);
        view.setImage(page);
        QObject::connect(&characters, &CharacterAttentionView::cellsChanged, &view, &DocumentView::setAttentionCells);
        characters.setBundle(pageLineBundle());
    }
    const AttentionOverlayItem &overlay() const { return *view.attentionOverlay(); }
};

} // namespace

class AttentionOverlayTest : public QObject
{
    Q_OBJECT

private slots:
    void firstCharacterLiesOnItsPatchesInThePage()
    {
        Explorer explorer;
        QCOMPARE(explorer.characters.characterCount(), 2);
        QCOMPARE(explorer.characters.currentCharacter(), 0);
        const AttentionOverlayItem &overlay = explorer.overlay();
        QCOMPARE(overlay.cells().size(), std::size_t(6));
        // 'A' (query 6): cell (0,0) .5, cell (1,2) .1.
        // Cell (0,0): scaled [0,8) x [0,8) -> crop [0,16) x [0,16) -> page [100,132) x [200,232).
        const core::AttentionCell *first = overlay.cell(0, 0);
        QVERIFY(first);
        compareRect(first->rect, QRectF(100, 200, 32, 32));
        QVERIFY(std::abs(first->weight - .5) < 1e-7);
        // Cell (1,2): scaled x [16,20) (clipped at the image's edge), y [8,16) -> crop x [32,40),
        // y [16,32) -> page x [164,180), y [232,264).
        const core::AttentionCell *last = overlay.cell(1, 2);
        compareRect(last->rect, QRectF(164, 232, 16, 32));
        QVERIFY(std::abs(last->weight - .1) < 1e-7);
        // Opacity relative to the strongest cell (.5): 200 and 200 * .1 / .5 = 40; none elsewhere.
        QCOMPARE(overlay.alpha(*first), 200);
        QCOMPARE(overlay.alpha(*last), 40);
        QCOMPARE(overlay.alpha(*overlay.cell(0, 1)), 0);
        // The item covers the crop's cells in scene (page) coordinates: x [100,180), y [200,264).
        compareRect(overlay.mapRectToScene(overlay.boundingRect()), QRectF(100, 200, 80, 64));
    }

    void scrubberAndTextQueryChooseTheCharacter()
    {
        Explorer explorer;
        QSignalSpy changed(&explorer.characters, &CharacterAttentionView::cellsChanged);
        explorer.characters.scrubber()->setValue(1);
        QCOMPARE(changed.count(), 1);
        // 'é' is two bytes predicted by queries 7 and 8: cell (0,1) (.2 + .4) / 2 = .3, cell (1,0) .1.
        const AttentionOverlayItem &overlay = explorer.overlay();
        compareRect(overlay.cell(0, 1)->rect, QRectF(132, 200, 32, 32));
        QVERIFY(std::abs(overlay.cell(0, 1)->weight - .3) < 1e-7);
        QVERIFY(std::abs(overlay.cell(1, 0)->weight - .1) < 1e-7);
        // Query 6 predicted byte 0 ('A'); query 8 the second byte of 'é'.
        explorer.characters.selectQueryPosition(6);
        QCOMPARE(explorer.characters.currentCharacter(), 0);
        explorer.characters.selectQueryPosition(8);
        QCOMPARE(explorer.characters.currentCharacter(), 1);
        // The chart holds one visual share per step: .6 for 'A', (.2 + .6) / 2 = .4 for 'é'.
        const QCPGraph *raw = explorer.characters.shareChart()->graph(0);
        QCOMPARE(raw->dataCount(), 2);
        QVERIFY(std::abs(raw->data()->at(0)->value - .6) < 1e-7);
        QVERIFY(std::abs(raw->data()->at(1)->value - .4) < 1e-7);
    }

    void rolloutReplacesRawAttention()
    {
        Explorer explorer;
        explorer.characters.setWeights(CharacterAttentionView::Weights::Rollout);
        // One layer: rollout = A / 2 + I / 2, rows renormalised (row 6 already sums to 1), so query 6
        // gives cell (0,0) .25 and cell (1,2) .05.
        const AttentionOverlayItem &overlay = explorer.overlay();
        QVERIFY(std::abs(overlay.cell(0, 0)->weight - .25) < 1e-6);
        QVERIFY(std::abs(overlay.cell(1, 2)->weight - .05) < 1e-6);
        compareRect(overlay.cell(0, 0)->rect, QRectF(100, 200, 32, 32));
        QCOMPARE(explorer.characters.shareChart()->graph(1)->dataCount(), 2);
        explorer.characters.setWeights(CharacterAttentionView::Weights::Raw);
        QVERIFY(std::abs(overlay.cell(0, 0)->weight - .5) < 1e-7);
    }
};

QTEST_MAIN(AttentionOverlayTest)
#include "tst_attention_overlay.moc"
