// The language-model stage's blank images: white, of widths spread over every prefix length a real
// line can give (so the decoder learns text at every position), and the same for the same seed.
#include "model_fixtures.h"
#include "trainer_batch.h"

#include <QtTest>

#include <set>

using namespace vlmwb::inference;

class TestBlankBatch : public QObject
{
    Q_OBJECT
private slots:
    void widthsCoverEveryPrefixLength()
    {
        const ModelConfig config = testing::tinyConfig("projection"); // 64 px wide at most: 16 columns of 4
        QCOMPARE(config.maxPatchColumns(), 16);
        std::set<int> seen;
        for (std::uint64_t seed = 0; seed < 40; ++seed) {
            const ImageBatch batch = blankImageBatch(8, config, torch::kCPU, seed);
            QCOMPARE(batch.columns.size(), std::size_t(8));
            const int widest = *std::max_element(batch.columns.begin(), batch.columns.end());
            QCOMPARE(batch.pixels.sizes().vec(), (std::vector<int64_t>{8, 1, 8, widest * 4}));
            QVERIFY(torch::equal(batch.pixels, torch::ones_like(batch.pixels)));
            for (const int columns : batch.columns) {
                QVERIFY(columns >= 1 && columns <= 16);
                seen.insert(columns);
            }
        }
        // 320 draws from 16 widths: every width appears (missing one has probability < 16 * e^-20).
        QCOMPARE(int(seen.size()), 16);
    }

    void sameSeedSameBatch()
    {
        const ModelConfig config = testing::tinyConfig("projection");
        QCOMPARE(blankImageBatch(6, config, torch::kCPU, 9).columns, blankImageBatch(6, config, torch::kCPU, 9).columns);
        QVERIFY(blankImageBatch(6, config, torch::kCPU, 9).columns != blankImageBatch(6, config, torch::kCPU, 10).columns);
    }
};

QTEST_APPLESS_MAIN(TestBlankBatch)
#include "tst_blank_batch.moc"
