// A model folder stored at half precision (vlmwb/model_precision.h): half the bytes, loaded by the
// engine's loadModel into float32 parameters, reading nearly as the float32 folder did; converting it
// back to f32 widens every weight exactly; a folder the engine cannot read is refused by name.
#include "model_fixtures.h"
#include "model_probes.h"
#include "safetensors.h"
#include "vlm_model.h"
#include "vlmwb/model_precision.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>

using namespace vlmwb::inference;
using vlmwb::inference::testing::largestDifference;
using vlmwb::inference::testing::stepLogits;
using vlmwb::inference::testing::tinyConfig;

namespace {

std::string readText(const std::string &path)
{
    std::ifstream file(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(file), {});
}

} // namespace

class TestModelPrecision : public QObject
{
    Q_OBJECT
private slots:
    void halfPrecisionFolderReadsAsTheOriginal_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("precision");
        QTest::addColumn<QString>("dtype");
        QTest::addColumn<double>("tolerance"); // of the step logits, a few units large here
        QTest::newRow("projection f16") << "projection" << "f16" << "F16" << 0.02;
        QTest::newRow("early_fusion f16") << "early_fusion" << "f16" << "F16" << 0.02;
        QTest::newRow("cross_attention f16") << "cross_attention" << "f16" << "F16" << 0.02;
        QTest::newRow("projection bf16") << "projection" << "bf16" << "BF16" << 0.15;
    }
    void halfPrecisionFolderReadsAsTheOriginal()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, precision);
        QFETCH(QString, dtype);
        QFETCH(double, tolerance);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const std::string original = directory.filePath("f32").toStdString();
        const std::string half = directory.filePath("half").toStdString();
        std::unique_ptr<VlmModel> model = createModel(tinyConfig(pattern.toStdString()), 5);
        saveModel(*model, original);

        const PrecisionConversion conversion =
            convertModelPrecision(original, half, parseWeightPrecision(precision.toStdString()));
        QCOMPARE(conversion.bytesBefore, std::filesystem::file_size(original + "/model.safetensors"));
        QCOMPARE(conversion.bytesAfter, std::filesystem::file_size(half + "/model.safetensors"));
        // Two bytes a weight instead of four; the header is the same size.
        QVERIFY2(conversion.bytesAfter < conversion.bytesBefore * 0.55,
                 qPrintable(QString("%1 -> %2").arg(conversion.bytesBefore).arg(conversion.bytesAfter)));
        QVERIFY(conversion.largestChange > 0.0);
        // Half precision keeps 8 (bf16) or 11 (f16) significant bits: the change is at most 2^-8 or
        // 2^-11 of the weight, relative to the largest one.
        const double relative = precision == "bf16" ? 1.0 / 256 : 1.0 / 2048;
        QVERIFY2(conversion.largestChange <= relative * conversion.largestWeight,
                 qPrintable(QString("%1 of %2").arg(conversion.largestChange).arg(conversion.largestWeight)));
        QCOMPARE(readText(half + "/config.json"), readText(original + "/config.json"));

        // Every float32 tensor is stored at the new precision; any other keeps its type.
        const SafetensorsHeader before = readSafetensorsHeader(original + "/model.safetensors");
        const SafetensorsHeader after = readSafetensorsHeader(half + "/model.safetensors");
        QCOMPARE(after.tensors.size(), before.tensors.size());
        for (std::size_t i = 0; i < after.tensors.size(); ++i) {
            QCOMPARE(after.tensors[i].name, before.tensors[i].name);
            const QString expected = before.tensors[i].dtype == TensorDtype::F32
                                         ? dtype
                                         : QString::fromLatin1(tensorDtypeName(before.tensors[i].dtype));
            QCOMPARE(QString::fromLatin1(tensorDtypeName(after.tensors[i].dtype)), expected);
        }

        std::unique_ptr<VlmModel> loaded = loadModel(half);
        for (const torch::Tensor &parameter : loaded->module().parameters())
            QCOMPARE(parameter.scalar_type(), torch::kFloat32);
        const double difference = largestDifference(stepLogits(*loaded), stepLogits(*model));
        QVERIFY2(difference < tolerance, qPrintable(QString::number(difference)));

        // Back to f32: every half-precision weight is exactly representable, nothing changes.
        const std::string widened = directory.filePath("widened").toStdString();
        QCOMPARE(convertModelPrecision(half, widened, WeightPrecision::Float32).largestChange, 0.0);
        QCOMPARE(largestDifference(stepLogits(*loadModel(widened)), stepLogits(*loaded)), 0.0);
    }

    void convertingInPlaceKeepsTheFolder()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const std::string folder = directory.filePath("model").toStdString();
        saveModel(*createModel(tinyConfig("projection"), 5), folder);
        const std::string config = readText(folder + "/config.json");
        const PrecisionConversion conversion = convertModelPrecision(folder, folder, WeightPrecision::Float16);
        QVERIFY(conversion.bytesAfter < conversion.bytesBefore);
        QCOMPARE(readText(folder + "/config.json"), config);
        QVERIFY(loadModel(folder) != nullptr);
    }

    void aFolderTheEngineCannotReadIsRefused()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const std::string missing = directory.filePath("missing").toStdString();
        const std::string out = directory.filePath("out").toStdString();
        try {
            convertModelPrecision(missing, out, WeightPrecision::Float16);
            QFAIL("a missing folder was converted");
        } catch (const std::exception &error) {
            QVERIFY2(std::string(error.what()).find(missing) != std::string::npos, error.what());
        }
        QVERIFY(!std::filesystem::exists(out));
    }

    void precisionNames()
    {
        QCOMPARE(parseWeightPrecision("f16"), WeightPrecision::Float16);
        QCOMPARE(parseWeightPrecision("bf16"), WeightPrecision::BFloat16);
        QCOMPARE(parseWeightPrecision("f32"), WeightPrecision::Float32);
        for (WeightPrecision precision : {WeightPrecision::Float32, WeightPrecision::Float16, WeightPrecision::BFloat16})
            QCOMPARE(parseWeightPrecision(weightPrecisionName(precision)), precision);
        try {
            parseWeightPrecision("f8");
            QFAIL("f8 was accepted");
        } catch (const std::invalid_argument &error) {
            QVERIFY2(std::string(error.what()).find("'f8'") != std::string::npos, error.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestModelPrecision)
#include "tst_model_precision.moc"
