// Model folders that cannot be used: each error names the file (and the tensor or key) and the
// cause; a good folder saved by saveModel loads back to the same outputs.
#include "line_images.h"
#include "model_fixtures.h"
#include "safetensors.h"
#include "vlm_model.h"
#include "vlmwb/engine.h"
#include "vlmwb/tokenizer.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>

using namespace vlmwb::inference;
using vlmwb::inference::testing::stripes;
using vlmwb::inference::testing::tinyConfig;

namespace {

std::string errorOf(const std::string &folder)
{
    try {
        loadModel(folder);
    } catch (const std::exception &error) {
        return error.what();
    }
    return {};
}

void writeText(const std::string &path, const std::string &text)
{
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << text;
}

std::string readText(const std::string &path)
{
    std::ifstream file(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(file), {});
}

} // namespace

class TestModelLoading : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        m_folder = m_directory.filePath("good").toStdString();
        saveModel(*createModel(tinyConfig("projection"), 3), m_folder);
    }

    void savedModelLoadsBackUnchanged()
    {
        auto original = createModel(tinyConfig("projection"), 3);
        auto loaded = loadModel(m_folder);
        QCOMPARE(loaded->config().pattern, std::string("projection"));
        torch::NoGradGuard noGrad;
        LineImage image{21, 8, stripes(21, 8, 1)};
        const ScaledLine line = scaleLine(image, original->config());
        const ImageBatch batch = batchLines({&line}, torch::kCPU, torch::kFloat);
        const torch::Tensor ids = torch::tensor({int64_t(token::Bos), int64_t('a')}).view({1, -1});
        RunContext first;
        RunContext second;
        DecoderState a = original->startDecoding(original->encodeImages(batch, first));
        DecoderState b = loaded->startDecoding(loaded->encodeImages(batch, second));
        QVERIFY(torch::equal(original->decode(a, ids, first), loaded->decode(b, ids, second)));
    }

    void missingFiles()
    {
        const std::string folder = m_directory.filePath("empty").toStdString();
        std::filesystem::create_directories(folder);
        std::string error = errorOf(folder);
        QVERIFY2(error.find(folder + "/config.json") != std::string::npos, error.c_str());
        QVERIFY2(error.find("missing") != std::string::npos, error.c_str());

        writeText(folder + "/config.json", readText(m_folder + "/config.json"));
        error = errorOf(folder);
        QVERIFY2(error.find(folder + "/model.safetensors") != std::string::npos, error.c_str());
        QVERIFY2(error.find("missing") != std::string::npos, error.c_str());

        error = errorOf(m_directory.filePath("nowhere").toStdString());
        QVERIFY2(error.find("nowhere") != std::string::npos && error.find("does not exist") != std::string::npos,
                 error.c_str());
    }

    void truncatedWeights()
    {
        const std::string folder = m_directory.filePath("truncated").toStdString();
        std::filesystem::create_directories(folder);
        writeText(folder + "/config.json", readText(m_folder + "/config.json"));
        const std::string weights = readText(m_folder + "/model.safetensors");
        writeText(folder + "/model.safetensors", weights.substr(0, weights.size() - 100));
        const std::string error = errorOf(folder);
        QVERIFY2(error.find(folder + "/model.safetensors") != std::string::npos, error.c_str());
    }

    void tensorOfWrongShape()
    {
        // The same pattern with a wider FFN: every ffn tensor has another shape.
        ModelConfig config = tinyConfig("projection");
        const std::string folder = m_directory.filePath("shape").toStdString();
        config.decoder.ffMult = 3;
        saveModel(*createModel(config, 1), folder);
        writeText(folder + "/config.json", readText(m_folder + "/config.json"));
        const std::string error = errorOf(folder);
        QVERIFY2(error.find(folder + "/model.safetensors") != std::string::npos, error.c_str());
        QVERIFY2(error.find("decoder.layers.0.ffn.0.weight") != std::string::npos, error.c_str());
        QVERIFY2(error.find("shape") != std::string::npos, error.c_str());
    }

    void tensorOfWrongDtype()
    {
        const std::string folder = m_directory.filePath("dtype").toStdString();
        std::filesystem::create_directories(folder);
        writeText(folder + "/config.json", readText(m_folder + "/config.json"));
        SafetensorsFile file = readSafetensors(m_folder + "/model.safetensors");
        std::map<std::string, torch::Tensor> tensors(file.tensors.begin(), file.tensors.end());
        // Integers where the model has floats (any floating-point precision would be converted).
        tensors["decoder.norm.weight"] = tensors["decoder.norm.weight"].to(torch::kInt32);
        writeSafetensors(folder + "/model.safetensors", tensors);
        const std::string error = errorOf(folder);
        QVERIFY2(error.find(folder + "/model.safetensors") != std::string::npos, error.c_str());
        QVERIFY2(error.find("decoder.norm.weight") != std::string::npos, error.c_str());
    }

    void badConfigurations_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("key");
        QTest::newRow("unknown pattern") << "\"pattern\": \"projection\"" << "\"pattern\": \"mixture\"" << "pattern";
        QTest::newRow("heads do not divide") << "\"heads\": 2" << "\"heads\": 3" << "decoder.dim"; // keys are written sorted: decoder first
        QTest::newRow("negative width") << "\"dim\": 16" << "\"dim\": -16" << "decoder.dim";
    }
    void badConfigurations()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, key);
        const std::string folder = m_directory.filePath(QString("config-%1").arg(QTest::currentDataTag())).toStdString();
        std::filesystem::create_directories(folder);
        std::string text = readText(m_folder + "/config.json");
        const std::size_t at = text.find(from.toStdString());
        QVERIFY(at != std::string::npos);
        text.replace(at, from.size(), to.toStdString());
        writeText(folder + "/config.json", text);
        writeText(folder + "/model.safetensors", readText(m_folder + "/model.safetensors"));
        const std::string error = errorOf(folder);
        QVERIFY2(error.find(folder + "/config.json") != std::string::npos, error.c_str());
        QVERIFY2(error.find("\"" + key.toStdString() + "\"") != std::string::npos, error.c_str());
    }

    void engineReportsTheFolder()
    {
        try {
            Engine engine(m_directory.filePath("nowhere").toStdString(), EngineOptions{DeviceRequest::Cpu});
            QFAIL("a missing folder was opened");
        } catch (const std::runtime_error &error) {
            QVERIFY(QString(error.what()).contains("nowhere"));
        }
    }

private:
    QTemporaryDir m_directory;
    std::string m_folder;
};

QTEST_APPLESS_MAIN(TestModelLoading)
#include "tst_model_loading.moc"
