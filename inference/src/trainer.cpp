// The training loop (see vlmwb/trainer.h): staged losses, AdamW with warm-up + cosine, gradient
// clipping, timed checkpoints and exact resume.
#include "vlmwb/trainer.h"

#include "trainer_batch.h"
#include "trainer_checkpoint.h"
#include "ctc.h"
#include "trainer_stage.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <future>

namespace vlmwb::inference {
namespace {

using Clock = std::chrono::steady_clock;

// Longest target text in bytes: the longest synthetic line is well below it (a Korean line of 50
// syllables is 150 bytes); longer texts are cut.
constexpr int maxTextBytes = 160;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Loss sums since the last report.
struct LossMeter {
    double loss = 0.0;
    double text = 0.0;
    double ctc = 0.0;
    int steps = 0;
    int samples = 0;
    Clock::time_point since = Clock::now();
};

} // namespace

TrainingStage parseTrainingStage(const std::string &text)
{
    if (text == "ctc")
        return TrainingStage::Ctc;
    if (text == "lm")
        return TrainingStage::LanguageModel;
    if (text == "connector")
        return TrainingStage::Connector;
    if (text == "full")
        return TrainingStage::Full;
    throw std::invalid_argument("The training stage \"" + text + "\" is not one of ctc, lm, connector, full.");
}

std::string trainingStageName(TrainingStage stage)
{
    switch (stage) {
    case TrainingStage::Ctc:
        return "ctc";
    case TrainingStage::LanguageModel:
        return "lm";
    case TrainingStage::Connector:
        return "connector";
    case TrainingStage::Full:
        return "full";
    }
    return "full";
}

ModelConfig defaultModelConfig(const std::string &pattern)
{
    ModelConfig config;
    config.pattern = pattern;
    config.inputHeight = 32;
    config.patchSize = 8;
    config.maxImageWidth = 768;
    config.vocabSize = 262;
    // The conv stem: the linear patch stem sat at the all-blank CTC plateau for 900 steps here.
    config.vision = {128, 4, 4, 4, std::nullopt, "conv"};
    // The same decoder shape for all three patterns, so one language-model stage seeds them all.
    config.decoder = {160, 4, 4, 4, 384, 1};
    if (pattern == "cross_attention") {
        // Its resampler's latents live in the decoder's width. By default the encoder has that width
        // too; a narrower one (train --vision-dim, e.g. a projection encoder seeded by --init-vision)
        // reaches the resampler through a linear projection. Two encoder layers and one resampler
        // layer keep the folder under 12 MB at the decoder's width.
        config.vision.dim = config.decoder.dim;
        config.vision.layers = 2;
        config.resampler = {48, 1, 4};
        config.decoder.crossAttentionInterval = 2;
    } else if (pattern == "projection") {
        // Two tokens per patch column (rows averaged in halves): the same windows as the CTC frames.
        config.connector.kind = "downsample";
        config.connector.poolRows = 2;
        config.connector.poolCols = 1;
    } else if (pattern == "early_fusion") {
        // Raw 16 x 16 patches: 2 rows x 48 columns + newlines + image end = 99 image positions.
        config.patchSize = 16;
    }
    validateModelConfig(config, "(default " + pattern + " configuration)");
    return config;
}

TrainingSummary trainModel(const TrainerOptions &options, TrainingSampleSource &source,
                           const std::function<void(const TrainingProgress &)> &progress, int reportEvery)
{
    if (options.threads > 0)
        setCpuThreads(options.threads);
    const std::string deviceName = resolveDevice(options.device);
    const torch::Device device(deviceName == "cuda" ? torch::kCUDA : torch::kCPU);

    // The model and where the run stands.
    std::unique_ptr<VlmModel> model;
    RunState state;
    nlohmann::json training = nlohmann::json::object();
    if (options.resume) {
        state = readRunState(options.outputFolder);
        model = loadModel(options.outputFolder);
        training = nlohmann::json::parse(model->config().trainingJson, nullptr, false);
        if (!training.is_object())
            training = nlohmann::json::object();
    } else {
        ModelConfig config = options.config ? *options.config : defaultModelConfig(options.pattern);
        std::string characters = options.ctcCharacters;
        std::vector<std::string> seeds = options.initFolders;
        seeds.insert(seeds.end(), options.initVisionFolders.begin(), options.initVisionFolders.end());
        for (const std::string &folder : seeds) {
            const std::string stored =
                ctcCharactersOf(loadModelConfig((std::filesystem::path(folder) / "config.json").string()).trainingJson);
            if (!stored.empty())
                characters = stored; // the head's classes must be the ones its weights were trained on
        }
        if (!characters.empty()) {
            const CtcHeadConfig head{"chars", CtcVocabulary(characters).classCount(), options.ctcFramesPerToken};
            (config.pattern == "early_fusion" ? config.earlyFusion.ctcHead : config.vision.ctcHead) = head;
        }
        model = createModel(config, options.seed);
        {
            // LibTorch initialises embeddings N(0, 1); with the LM head tied to the token embedding the
            // first logits would be ~sqrt(dim) large (a loss near 70 instead of ln 262 = 5.6).
            torch::NoGradGuard noGrad;
            for (auto &item : model->module().named_parameters(true)) {
                const std::string &name = item.key();
                if (name.size() >= 12 && name.compare(name.size() - 12, 12, "embed.weight") == 0)
                    item.value().normal_(0.0, 0.02);
            }
        }
        nlohmann::json previous = nlohmann::json::array();
        for (const InitReport &report : initializeFrom(*model, options.initFolders, options.initVisionFolders)) {
            nlohmann::json stored = nlohmann::json::parse(report.trainingJson, nullptr, false);
            if (stored.is_object())
                stored.erase("ctc_characters");
            nlohmann::json entry = {{"folder", report.folder}, {"tensors", report.tensors}, {"training", stored}};
            if (report.visionOnly)
                entry["only"] = "vision";
            previous.push_back(entry);
        }
        if (!previous.empty())
            training["initialized_from"] = previous;
        if (ctcHeadOf(config))
            training["ctc_characters"] = characters;
        state.stage = options.stage;
        state.steps = options.steps;
        state.batch = options.batch;
        state.learningRate = options.learningRate;
        state.warmup = options.warmupSteps >= 0 ? options.warmupSteps : std::min(200, options.steps / 20);
    }
    training["corpus"] = nlohmann::json::parse(options.corpusJson, nullptr, false);
    training["stage"] = trainingStageName(state.stage);
    training["steps"] = state.steps;
    training["batch"] = state.batch;
    training["learning_rate"] = state.learningRate;
    training["device"] = deviceName;

    model->module().to(device);
    model->module().train();
    NamedAdamW optimizer(stageParameters(*model, state.stage), AdamWSettings{0.9, 0.999, 1e-8, options.weightDecay});
    if (options.resume)
        readOptimizerState(options.outputFolder, optimizer, state);

    const std::shared_ptr<VisionEncoderImpl> vision = visionEncoderOf(*model);
    const bool hasCtcHead = ctcHeadOf(model->config()).has_value();
    const CtcVocabulary vocabulary(hasCtcHead ? training.value("ctc_characters", std::string()) : std::string());
    if (state.stage == TrainingStage::Ctc && !hasCtcHead)
        throw std::runtime_error("The ctc stage needs a CTC character set: none was given and the model in \""
                                 + options.outputFolder + "\" has no CTC head.");
    const bool useCtc = hasCtcHead && (state.stage == TrainingStage::Ctc || state.stage == TrainingStage::Full);
    const bool useText = state.stage != TrainingStage::Ctc;
    const bool needImages = state.stage != TrainingStage::LanguageModel;

    const Clock::time_point sessionStart = Clock::now();
    const double startElapsed = state.elapsedSeconds;
    Clock::time_point lastCheckpoint = sessionStart;
    LossMeter meter;
    TrainingSummary summary;
    summary.device = deviceName;

    auto checkpoint = [&](const LossMeter &last) {
        state.elapsedSeconds = startElapsed + secondsSince(sessionStart);
        training["step"] = state.step;
        training["wall_seconds"] = std::round(state.elapsedSeconds);
        if (last.steps > 0)
            training["metrics"] = {{"loss", last.loss / last.steps},
                                   {"text_loss", last.text / last.steps},
                                   {"ctc_loss", last.ctc / last.steps}};
        writeCheckpoint(options.outputFolder, *model, training.dump(), optimizer, state);
        lastCheckpoint = Clock::now();
    };

    // The next step's samples are drawn on another thread while this step computes (rendering a
    // synthetic line costs about as much as training on it); the source sees one call at a time.
    auto gather = [&source, needImages, batch = state.batch](int step) {
        std::vector<TrainingSample> samples;
        for (int line = 0; line < batch; ++line)
            samples.push_back(source.sample(static_cast<std::uint64_t>(step) * batch + line, needImages));
        return samples;
    };
    std::future<std::vector<TrainingSample>> pending = std::async(std::launch::async, gather, state.step);

    LossMeter reported;
    const int firstStep = state.step;
    while (state.step < state.steps) {
        if ((options.minutes > 0.0 && secondsSince(sessionStart) >= options.minutes * 60.0)
            || (options.sessionSteps > 0 && state.step - firstStep >= options.sessionSteps)) {
            summary.stoppedByTime = true;
            break;
        }
        const std::vector<TrainingSample> samples = pending.get();
        if (state.step + 1 < state.steps)
            pending = std::async(std::launch::async, gather, state.step + 1);

        const ImageBatch images = needImages ? makeImageBatch(samples, model->config(), device)
                                             : blankImageBatch(state.batch, model->config(), device,
                                                               static_cast<std::uint64_t>(state.step));
        torch::Tensor loss = torch::zeros({}, torch::TensorOptions().device(device));
        double textLoss = 0.0;
        double ctcValue = 0.0;
        // The full stage takes its CTC log-probabilities from the vision pass of the text forward
        // (one encoder pass per step, not two); the ctc stage runs the encoder alone.
        torch::Tensor ctcLogProbabilities;
        std::vector<int64_t> ctcFrameCounts;
        if (useText) {
            std::vector<std::string> texts;
            for (const TrainingSample &sample : samples)
                texts.push_back(sample.text);
            const TextBatch text = makeTextBatch(texts, model->config().prompt, maxTextBytes, device);
            const TrainingOutput output = model->forward(images, text.inputIds, text.labels);
            loss = loss + output.loss;
            textLoss = output.loss.item<double>();
            ctcLogProbabilities = output.ctcLogProbabilities;
            ctcFrameCounts = output.ctcFrames;
        }
        if (useCtc) {
            if (!ctcLogProbabilities.defined() && vision) {
                RunContext context;
                const VisionFeatures features = vision->forward(images, context);
                const CtcFrames frames = visionCtcLogits(*vision, features, images.columns);
                ctcLogProbabilities = frames.features;
                ctcFrameCounts = frames.lengths;
            } else if (!ctcLogProbabilities.defined()) {
                // early_fusion: its CTC head reads the decoder's pass over the image prefix.
                RunContext context;
                context.wantCtc = true;
                VisualMemory memory = model->encodeImages(images, context);
                ctcLogProbabilities = memory.ctcLogProbabilities;
                ctcFrameCounts = memory.ctcFrames;
            }
            std::vector<std::vector<int64_t>> targets;
            for (const TrainingSample &sample : samples)
                targets.push_back(vocabulary.encode(sample.text));
            const torch::Tensor ctc = ctcLoss(ctcLogProbabilities, ctcFrameCounts, targets);
            ctcValue = ctc.item<double>();
            loss = loss + (state.stage == TrainingStage::Ctc ? 1.0 : options.ctcWeight) * ctc;
        }
        const double rate = scheduledLearningRate(state.learningRate, state.step, state.steps, state.warmup);
        optimizer.zeroGrad();
        loss.backward();
        optimizer.clipGradients(options.clipNorm);
        optimizer.step(rate);
        ++state.step;

        meter.loss += loss.item<double>();
        meter.text += textLoss;
        meter.ctc += ctcValue;
        ++meter.steps;
        meter.samples += state.batch;

        const bool due = secondsSince(lastCheckpoint) >= options.checkpointMinutes * 60.0;
        if (meter.steps >= reportEvery || due || state.step == state.steps) {
            const double seconds = std::max(1e-6, secondsSince(meter.since));
            TrainingProgress report;
            report.step = state.step;
            report.steps = state.steps;
            report.loss = meter.loss / meter.steps;
            report.textLoss = meter.text / meter.steps;
            report.ctcLoss = meter.ctc / meter.steps;
            report.learningRate = rate;
            report.samplesPerSecond = meter.samples / seconds;
            report.elapsedSeconds = startElapsed + secondsSince(sessionStart);
            report.etaSeconds = (state.steps - state.step) * state.batch / std::max(1e-6, report.samplesPerSecond);
            reported = meter;
            meter = LossMeter();
            if (due) {
                checkpoint(reported);
                report.checkpointWritten = true;
            }
            if (progress)
                progress(report);
        }
    }
    if (meter.steps > 0)
        reported = meter;
    checkpoint(reported);
    summary.step = state.step;
    summary.steps = state.steps;
    summary.seconds = state.elapsedSeconds;
    if (reported.steps > 0) {
        summary.loss = reported.loss / reported.steps;
        summary.textLoss = reported.text / reported.steps;
        summary.ctcLoss = reported.ctc / reported.steps;
    }
    return summary;
}

} // namespace vlmwb::inference
