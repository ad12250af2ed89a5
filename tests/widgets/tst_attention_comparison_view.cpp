// One line through two models: random-weight readings (projection, at two widths) read the
// same line; the comparison view names each side, and a change of generation step, colour scale,
// normalisation or sink toggle on either side is mirrored on the other.
#include "widgets/attention_comparison_view.h"

#include "core/attention_geometry.h"
#include "tests/core/attention_test_traces.h"
#include "widgets/attention_panel.h"
#include "widgets/character_attention_view.h"

#include <QComboBox>
#include <QSlider>
#include <QTemporaryDir>
#include <QtTest>

using namespace vlmwb;
using widgets::AttentionComparisonView;

namespace {

std::shared_ptr<const core::AttentionBundle> bundleOf(const QTemporaryDir &dir, const std::string &pattern,
                                                     int width = 40)
{
    auto bundle = std::make_shared<core::AttentionBundle>();
    bundle->trace = *test::randomModelTrace(dir, pattern, width);
    bundle->generatedIds = core::generatedIds(bundle->trace);
    bundle->config = QJsonObject{{"pattern", QString::fromStdString(pattern)}};
    bundle->modelId = QString::fromStdString(pattern) + "-random";
    bundle->text = QStringLiteral("read by ") + QString::fromStdString(pattern);
    return bundle;
}

} // namespace

class TestAttentionComparisonView : public QObject
{
    Q_OBJECT
private slots:
    void sidesAreNamedAndKeptInStep()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AttentionComparisonView view;
        view.resize(1200, 700);
        view.show();
        // Random weights write random bytes, which decode to enough characters for a projection
        // model (4 new tokens); the right side reads a wider image of the line, so the readings differ.
        const auto right = bundleOf(dir, "projection", 56);
        view.setBundles(bundleOf(dir, "projection"), right);
        QVERIFY2(view.title(0).contains("projection") && view.title(0).contains("read by projection"),
                 qPrintable(view.title(0)));
        QVERIFY(view.title(1).contains("projection-random"));
        auto *left = view.left()->characterView();
        auto *rightView = view.right()->characterView();
        QVERIFY(left->characterCount() > 1);
        QVERIFY2(rightView->characterCount() >= 2, qPrintable(rightView->shown().error));

        // The generation step, from either side; a step past the shorter reading's end stops at
        // its last character.
        left->scrubber()->setValue(1);
        QCOMPARE(rightView->currentCharacter(), std::min(1, rightView->characterCount() - 1));
        rightView->scrubber()->setValue(0);
        QCOMPARE(left->currentCharacter(), 0);
        const int last = left->characterCount() - 1;
        left->scrubber()->setValue(last);
        QCOMPARE(rightView->currentCharacter(), std::min(last, rightView->characterCount() - 1));

        // Scale and normalisation chosen by the user on the right are copied to the left.
        QVERIFY(!view.left()->logScale());
        auto choosers = view.right()->findChildren<QComboBox *>();
        QComboBox *scale = nullptr;
        for (QComboBox *chooser : choosers)
            if (chooser->count() == 2 && chooser->itemText(1) == "Logarithmic")
                scale = chooser;
        QVERIFY(scale);
        scale->setCurrentIndex(1);
        QVERIFY(view.right()->logScale());
        QVERIFY(view.left()->logScale());

        view.setBundles(nullptr, bundleOf(dir, "projection"));
        QVERIFY(view.title(0).contains("No trace"));
        QCOMPARE(left->characterCount(), 0);
    }
};

QTEST_MAIN(TestAttentionComparisonView)
#include "tst_attention_comparison_view.moc"
