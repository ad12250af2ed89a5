// The memory estimate against the memory a real run holds: each bundled model reads a full-width
// and a short line with the allocator counting tensor bytes; the estimate for the same input must
// lie within 6 % of the measured peak, and its weights within 1 % of what the loaded model holds.
// (6 %: early_fusion once held its prefix's keys and values three times during joint CTC decoding,
// and the estimate missed that by 13 %; the bundled models sit within 3.1 % since that was mended.)
#include "core/memory_check.h"
#include "core/model_locator.h"

#include <QtTest>

#include <cmath>

using namespace vlmwb::core;

namespace {

// Vertical strokes between two rules, 32 rows: a line the models read without scaling.
vlmwb::inference::LineImage strokes(int width)
{
    vlmwb::inference::LineImage line{width, 32, std::vector<std::uint8_t>(std::size_t(width) * 32, 255)};
    for (int x = 0; x < width; ++x)
        for (int y = 8; y < 24; ++y)
            if (x % 12 < 3 || (x % 12 < 9 && (y == 8 || y == 23)))
                line.pixels[std::size_t(y) * width + x] = 0;
    return line;
}

} // namespace

class TestMemoryEstimate : public QObject
{
    Q_OBJECT
private slots:
    void estimateIsWithin6PercentOfTheMeasuredPeak_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("width");
        for (const char *pattern : {"cross_attention", "projection", "early_fusion"}) {
            QTest::addRow("%s 768", pattern) << QString(pattern) << 768;
            QTest::addRow("%s 160", pattern) << QString(pattern) << 160;
        }
    }

    void estimateIsWithin6PercentOfTheMeasuredPeak()
    {
        QFETCH(QString, pattern);
        QFETCH(int, width);
        const ModelLocation location = locateModel(QString(), pattern);
        if (!location.ok())
            QSKIP(qPrintable("needs the bundled model: " + location.error));
        vlmwb::inference::EngineOptions engine;
        engine.device = vlmwb::inference::DeviceRequest::Cpu;
        vlmwb::inference::DecodeOptions decode;
        decode.maxNewTokens = 48;
        const MemoryCheck check = checkMemoryEstimate(location.folder, engine, strokes(width), decode);
        QVERIFY2(check.error.isEmpty(), qPrintable(check.error));
        QVERIFY(check.counted);
        qInfo("%s %d px: measured %lld bytes (weights %lld), estimated %lld (weights %lld): %+.1f %%",
              qPrintable(pattern), width, check.measuredPeak, check.measuredWeights, check.estimate.total,
              check.estimate.weights, 100 * check.relativeError());
        QVERIFY(check.measuredPeak > check.measuredWeights);
        QVERIFY2(std::abs(double(check.estimate.weights - check.measuredWeights)) <= 0.01 * check.measuredWeights,
                 qPrintable(QString("weights: estimated %1, loaded %2").arg(check.estimate.weights).arg(check.measuredWeights)));
        QVERIFY2(std::abs(check.relativeError()) <= 0.06,
                 qPrintable(QString("estimate %1, measured %2").arg(check.estimate.total).arg(check.measuredPeak)));
    }
};

QTEST_GUILESS_MAIN(TestMemoryEstimate)
#include "tst_memory_estimate.moc"
