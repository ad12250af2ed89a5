// End to end through the trainer as vlmwb-cli uses it: a tiny projection model trained for a few
// steps on a handful of synthetic lines (core's sample source, LibTorch behind the torch-free
// facade) lowers its loss, checkpoints, and a run interrupted at step 10 and resumed ends with the
// very same weights as a run that was never interrupted; Early Fusion's CTC stage trains its decoder.
#include "core/drug_lexicon.h"
#include "core/training_samples.h"

#include "vlmwb/trainer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace vlmwb;

namespace {

// Four synthetic lines, over and over: a model this small can only fit so few.
class HandfulSource : public inference::TrainingSampleSource
{
public:
    explicit HandfulSource(core::SynthTrainingSource &lines) : m_lines(lines) {}
    inference::TrainingSample sample(std::uint64_t index, bool withImage) override
    {
        return m_lines.sample(index % 4, withImage);
    }

private:
    core::SynthTrainingSource &m_lines;
};

inference::ModelConfig tinyConfig()
{
    inference::ModelConfig config = inference::defaultModelConfig("projection");
    config.maxImageWidth = 512;
    config.vision = {32, 1, 2, 2, std::nullopt};
    config.decoder = {32, 1, 2, 2, 384, 1};
    return config;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TrainingTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_lexicon.loadDefault().ok(), "the default drug lexicon loads");
        core::SynthOptions options;
        options.seed = 5;
        options.height = 32;
        m_source = std::make_unique<core::SynthTrainingSource>(m_lexicon.entries(), options);
        QVERIFY2(m_source->ok(), qPrintable(m_source->error()));
    }

    void lossFallsAndResumeIsExact()
    {
        HandfulSource source(*m_source);
        inference::TrainerOptions options = tinyRun(inference::TrainingStage::Full, 24);

        QTemporaryDir whole;
        options.outputFolder = whole.filePath("run").toStdString();
        std::vector<inference::TrainingProgress> reports;
        const inference::TrainingSummary summary =
            inference::trainModel(options, source, [&](const inference::TrainingProgress &p) { reports.push_back(p); }, 4);
        QCOMPARE(summary.step, 24);
        QCOMPARE(int(reports.size()), 6);
        QVERIFY(std::isfinite(reports.front().loss));
        QVERIFY2(reports.back().loss < 0.8 * reports.front().loss,
                 qPrintable(QString("loss %1 -> %2").arg(reports.front().loss).arg(reports.back().loss)));
        QVERIFY(reports.back().ctcLoss > 0.0);

        // The checkpoint is a model folder whose config records the run.
        const QJsonObject config =
            QJsonDocument::fromJson(fileBytes(whole.filePath("run/config.json"))).object();
        QCOMPARE(config.value("pattern").toString(), QString("projection"));
        const QJsonObject training = config.value("training").toObject();
        QCOMPARE(training.value("stage").toString(), QString("full"));
        QCOMPARE(training.value("step").toInt(), 24);
        QVERIFY(training.value("metrics").toObject().contains("loss"));
        QVERIFY(!training.value("ctc_characters").toString().isEmpty());

        // Interrupted after 10 steps, then resumed: same step count, same weights to the bit.
        QTemporaryDir split;
        options.outputFolder = split.filePath("run").toStdString();
        options.sessionSteps = 10;
        QCOMPARE(inference::trainModel(options, source, {}).step, 10);
        const QJsonObject state =
            QJsonDocument::fromJson(fileBytes(split.filePath("run/trainer_state.json"))).object();
        QCOMPARE(state.value("step").toInt(), 10);
        options.sessionSteps = 0;
        options.resume = true;
        options.steps = 999; // ignored: a resume keeps the stored schedule
        const inference::TrainingSummary resumed = inference::trainModel(options, source, {});
        QCOMPARE(resumed.step, 24);
        QCOMPARE(resumed.steps, 24);
        const QByteArray uninterrupted = fileBytes(whole.filePath("run/model.safetensors"));
        QVERIFY(!uninterrupted.isEmpty());
        QVERIFY2(fileBytes(split.filePath("run/model.safetensors")) == uninterrupted,
                 "the resumed run ends with the weights of the uninterrupted one");
    }

    void ctcStageTrainsTheConvStem()
    {
        // Stage 1 with the default (conv) stem: only vision.* is trained, the CTC loss falls, and
        // the saved model carries the stem's tensors and "stem": "conv".
        HandfulSource source(*m_source);
        inference::TrainerOptions options = tinyRun(inference::TrainingStage::Ctc, 30);
        options.config->vision.stem = "conv";
        QTemporaryDir folder;
        options.outputFolder = folder.filePath("run").toStdString();
        std::vector<inference::TrainingProgress> reports;
        inference::trainModel(options, source, [&](const inference::TrainingProgress &p) { reports.push_back(p); }, 5);
        QVERIFY(reports.size() >= 2);
        QVERIFY2(reports.back().ctcLoss < 0.8 * reports.front().ctcLoss,
                 qPrintable(QString("CTC loss %1 -> %2").arg(reports.front().ctcLoss).arg(reports.back().ctcLoss)));
        const QJsonObject config =
            QJsonDocument::fromJson(fileBytes(folder.filePath("run/config.json"))).object();
        QCOMPARE(config.value("vision").toObject().value("stem").toString(), QString("conv"));
        const QByteArray weights = fileBytes(folder.filePath("run/model.safetensors"));
        QVERIFY(weights.contains("vision.stem.convs.0.weight"));
        QVERIFY(!weights.contains("vision.patch_embed"));
    }

    void earlyFusionCtcStageTrainsItsDecoder()
    {
        // Early Fusion reads the image with its decoder: its ctc stage trains the patch embedding, the
        // layers and early_fusion.ctc_head (not the text embedding, which is also the LM head), and
        // the CTC loss falls. A full stage from it then has both losses.
        HandfulSource source(*m_source);
        inference::TrainerOptions options = tinyRun(inference::TrainingStage::Ctc, 30);
        options.pattern = "early_fusion";
        inference::ModelConfig config = inference::defaultModelConfig("early_fusion");
        config.maxImageWidth = 512;
        config.decoder = {32, 1, 2, 2, 384, 1};
        options.config = config;
        QTemporaryDir folder;
        options.outputFolder = folder.filePath("ctc").toStdString();
        std::vector<inference::TrainingProgress> reports;
        inference::trainModel(options, source, [&](const inference::TrainingProgress &p) { reports.push_back(p); }, 5);
        QVERIFY(reports.size() >= 2);
        QCOMPARE(reports.back().textLoss, 0.0);
        QVERIFY2(reports.back().ctcLoss < 0.8 * reports.front().ctcLoss,
                 qPrintable(QString("CTC loss %1 -> %2").arg(reports.front().ctcLoss).arg(reports.back().ctcLoss)));
        const QJsonObject stored = QJsonDocument::fromJson(fileBytes(folder.filePath("ctc/config.json"))).object();
        QVERIFY(stored.value("early_fusion").toObject().contains("ctc_head"));
        QVERIFY(!stored.contains("vision"));
        QVERIFY(!stored.value("training").toObject().value("ctc_characters").toString().isEmpty());
        QVERIFY(fileBytes(folder.filePath("ctc/model.safetensors")).contains("ctc_head.weight"));
        // The text embedding is frozen in this stage: the AdamW state holds no moments for it.
        const QByteArray optimizerState = fileBytes(folder.filePath("ctc/optimizer.safetensors"));
        QVERIFY(optimizerState.contains("layers.0"));
        QVERIFY(!optimizerState.contains("text_embed"));

        inference::TrainerOptions full = tinyRun(inference::TrainingStage::Full, 4);
        full.pattern = "early_fusion";
        full.config = config;
        full.initFolders = {options.outputFolder};
        full.outputFolder = folder.filePath("full").toStdString();
        reports.clear();
        inference::trainModel(full, source, [&](const inference::TrainingProgress &p) { reports.push_back(p); }, 2);
        QVERIFY(reports.back().textLoss > 0.0);
        QVERIFY(reports.back().ctcLoss > 0.0);
    }

    void resumeWithoutRunIsAnError()
    {
        HandfulSource source(*m_source);
        QTemporaryDir empty;
        inference::TrainerOptions options;
        options.outputFolder = empty.path().toStdString();
        options.resume = true;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, inference::trainModel(options, source, {}));
    }

private:
    // A tiny projection model, 4 lines a step, one thread on the CPU.
    inference::TrainerOptions tinyRun(inference::TrainingStage stage, int steps) const
    {
        inference::TrainerOptions options;
        options.pattern = "projection";
        options.config = tinyConfig();
        options.stage = stage;
        options.steps = steps;
        options.batch = 4;
        options.learningRate = 3e-3;
        options.warmupSteps = 2;
        options.threads = 1;
        options.device = inference::DeviceRequest::Cpu;
        options.ctcCharacters = core::corpusCharacters(m_lexicon.entries(), 5, 50).toStdString();
        return options;
    }

    core::DrugLexicon m_lexicon;
    std::unique_ptr<core::SynthTrainingSource> m_source;
};

QTEST_MAIN(TrainingTest)
#include "tst_training.moc"
