// The mean of model folders (vlmwb/model_average.h): every weight is the mean of the folders'
// weights, computed here from the files independently; the config records the averaged runs and the
// decoding defaults; folders of another shape, other CTC characters or too few folders are refused,
// naming the file, and leave nothing behind.
#include "model_fixtures.h"
#include "safetensors.h"
#include "vlm_model.h"
#include "vlmwb/model_average.h"
#include "vlmwb/model_error.h"
#include "vlmwb/model_precision.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>

using namespace vlmwb::inference;
using vlmwb::inference::testing::tinyConfig;

namespace {

std::string weightsOf(const std::string &folder)
{
    return folder + "/model.safetensors";
}

nlohmann::json configJsonOf(const std::string &folder)
{
    std::ifstream file(folder + "/config.json");
    return nlohmann::json::parse(file);
}

// A tiny Early Fusion folder with fresh weights for `seed` and a training record naming `characters`.
std::string writeRun(const QTemporaryDir &directory, const QString &name, std::uint64_t seed,
                     const std::string &characters = "abc")
{
    ModelConfig config = tinyConfig("early_fusion");
    config.trainingJson = nlohmann::json{{"steps", seed * 100}, {"ctc_characters", characters}}.dump();
    const std::string folder = directory.filePath(name).toStdString();
    saveModel(*createModel(config, seed), folder);
    return folder;
}

// Runs `average` and returns the ModelFileError's file, or "" when it did not throw one.
std::string refusedFile(const std::vector<std::string> &folders, const std::string &out,
                        const WeightAverageOptions &options = {})
{
    try {
        averageModelFolders(folders, out, options);
    } catch (const ModelFileError &error) {
        return error.file();
    }
    return {};
}

} // namespace

class TestModelAverage : public QObject
{
    Q_OBJECT
private slots:
    void everyWeightIsTheMeanOfTheFolders()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const std::vector<std::string> runs = {writeRun(directory, "a", 1), writeRun(directory, "b", 2),
                                               writeRun(directory, "c", 3)};
        const std::string out = directory.filePath("mean").toStdString();
        const WeightAverage average = averageModelFolders(runs, out);
        QCOMPARE(average.folders, std::size_t(3));

        const SafetensorsFile a = readSafetensors(weightsOf(runs[0]));
        const SafetensorsFile b = readSafetensors(weightsOf(runs[1]));
        const SafetensorsFile c = readSafetensors(weightsOf(runs[2]));
        const SafetensorsFile mean = readSafetensors(weightsOf(out));
        QCOMPARE(average.tensors, a.tensors.size());
        QCOMPARE(mean.tensors.size(), a.tensors.size());
        int differentFromFirst = 0;
        for (const auto &[name, tensor] : a.tensors) {
            const torch::Tensor got = mean.tensor(name);
            QCOMPARE(got.scalar_type(), torch::kFloat32);
            QVERIFY(got.sizes() == tensor.sizes());
            // Element by element in double: a third of the sum, rounded once to float.
            const torch::Tensor flatA = tensor.to(torch::kFloat64).flatten();
            const torch::Tensor flatB = b.tensor(name).to(torch::kFloat64).flatten();
            const torch::Tensor flatC = c.tensor(name).to(torch::kFloat64).flatten();
            const torch::Tensor flatMean = got.to(torch::kFloat64).flatten();
            for (int64_t i = 0; i < flatA.numel(); i += 7) {
                const double expected = (flatA[i].item<double>() + flatB[i].item<double>() + flatC[i].item<double>()) / 3;
                QVERIFY2(std::abs(flatMean[i].item<double>() - static_cast<float>(expected)) <= 1e-12,
                         qPrintable(QString::fromStdString(name)));
            }
            if (!torch::equal(got, tensor))
                ++differentFromFirst;
        }
        QVERIFY(differentFromFirst > 0);
        QVERIFY(loadModel(out) != nullptr);
    }

    void theConfigRecordsTheRunsAndTheDecoding()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const std::vector<std::string> runs = {writeRun(directory, "a", 4), writeRun(directory, "b", 5)};
        const std::string out = directory.filePath("mean").toStdString();
        WeightAverageOptions options;
        options.beam = 6;
        options.ctcWeight = 0.25;
        averageModelFolders(runs, out, options);

        const ModelConfig config = loadModelConfig(out + "/config.json");
        QCOMPARE(config.decoding.beam, 6);
        QCOMPARE(config.decoding.ctcWeight, 0.25);
        QCOMPARE(config.pattern, std::string("early_fusion"));
        const nlohmann::json training = configJsonOf(out)["training"];
        QCOMPARE(training["ctc_characters"].get<std::string>(), std::string("abc"));
        QCOMPARE(training["averaged_runs"].size(), std::size_t(2));
        QCOMPARE(training["averaged_runs"][1]["folder"].get<std::string>(), runs[1]);
        QCOMPARE(training["averaged_runs"][1]["training"]["steps"].get<int>(), 500);
        QVERIFY(!training["averaged_runs"][0]["training"].contains("ctc_characters"));

        // Without decoding options the first folder's stay.
        const std::string plain = directory.filePath("plain").toStdString();
        averageModelFolders(runs, plain);
        QVERIFY(loadModelConfig(plain + "/config.json").decoding == loadModelConfig(runs[0] + "/config.json").decoding);
    }

    void averagingIntoOneOfTheFoldersReplacesIt()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const std::vector<std::string> runs = {writeRun(directory, "a", 6), writeRun(directory, "b", 7)};
        const std::string separate = directory.filePath("mean").toStdString();
        averageModelFolders(runs, separate);
        averageModelFolders(runs, runs[0]);
        const SafetensorsFile expected = readSafetensors(weightsOf(separate));
        const SafetensorsFile inPlace = readSafetensors(weightsOf(runs[0]));
        for (const auto &[name, tensor] : expected.tensors)
            QVERIFY2(torch::equal(inPlace.tensor(name), tensor), qPrintable(QString::fromStdString(name)));
    }

    void halfPrecisionFoldersStayHalf()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        std::vector<std::string> runs = {writeRun(directory, "a", 8), writeRun(directory, "b", 9)};
        for (std::string &run : runs)
            convertModelPrecision(run, run, WeightPrecision::Float16);
        const std::string out = directory.filePath("mean").toStdString();
        averageModelFolders(runs, out);
        for (const TensorEntry &entry : readSafetensorsHeader(weightsOf(out)).tensors)
            QCOMPARE(QString::fromLatin1(tensorDtypeName(entry.dtype)), QStringLiteral("F16"));
    }

    void foldersThatCannotBeAveragedAreRefused()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const std::string a = writeRun(directory, "a", 1);
        const std::string out = directory.filePath("out").toStdString();

        ModelConfig wider = tinyConfig("early_fusion");
        wider.decoder.dim = 24;
        const std::string shape = directory.filePath("wider").toStdString();
        saveModel(*createModel(wider, 2), shape);
        QCOMPARE(refusedFile({a, shape}, out), weightsOf(shape));

        const std::string characters = writeRun(directory, "other-characters", 3, "xyz");
        QCOMPARE(refusedFile({a, characters}, out), characters + "/config.json");

        const std::string missing = directory.filePath("missing").toStdString();
        try {
            averageModelFolders({a, missing}, out);
            QFAIL("a missing folder was averaged");
        } catch (const std::exception &error) {
            QVERIFY2(std::string(error.what()).find(missing) != std::string::npos, error.what());
        }

        WeightAverageOptions tooWide;
        tooWide.beam = DecodingConfig::maxBeam + 1;
        QCOMPARE(refusedFile({a, writeRun(directory, "b", 4)}, out, tooWide), out + "/config.json");

        QVERIFY_EXCEPTION_THROWN(averageModelFolders({a}, out), std::invalid_argument);
        QVERIFY(!std::filesystem::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestModelAverage)
#include "tst_model_average.moc"
