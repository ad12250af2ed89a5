// Torch-free facade of the trainer: options, progress and the sample stream of a training run.
//
// A run trains one model of one pattern in one stage (the staged recipe of docs/EVALUATION.md):
//   ctc        the vision encoder alone, CTC over characters on its patch columns
//   lm         the byte decoder alone, as a language model on the corpus text (a blank image)
//   connector  the connector / resampler / patch embedding, encoder and decoder frozen
//   full       everything, CTC kept as an auxiliary loss where the model has an encoder
// The output folder is a model folder (config.json + model.safetensors) plus the state a resume
// needs (optimizer.safetensors, trainer_state.json); it is rewritten at every checkpoint.
#pragma once

#include "vlmwb/engine.h"
#include "vlmwb/model_config.h"
#include "vlmwb/runtime.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace vlmwb::inference {

enum class TrainingStage { Ctc, LanguageModel, Connector, Full };

// "ctc", "lm", "connector", "full"; parse throws std::invalid_argument naming the bad value.
TrainingStage parseTrainingStage(const std::string &text);
std::string trainingStageName(TrainingStage stage);

struct TrainingSample {
    LineImage image;  // empty when the source was asked for text only
    std::string text; // UTF-8 ground truth of the line
};

// The training stream. sample(i) must be the same whenever it is asked for, so that a resumed run
// draws exactly the samples the interrupted one would have drawn (step s uses s * batch ...).
class TrainingSampleSource
{
public:
    virtual ~TrainingSampleSource() = default;
    // withImage false: only the text is used (language-model stage), the image may stay empty.
    virtual TrainingSample sample(std::uint64_t index, bool withImage) = 0;
};

struct TrainerOptions {
    std::string pattern;                  // for a fresh model (ignored when resuming)
    std::string outputFolder;
    std::vector<std::string> initFolders; // models whose tensors (by name, decoder.* mapped) seed this one
    std::vector<std::string> initVisionFolders; // then models whose vision encoders (vision.*) seed its own
    TrainingStage stage = TrainingStage::Full;
    int steps = 1000;                     // length of the schedule (a resume keeps the stored one)
    int batch = 16;
    double learningRate = 1e-3;           // peak, after the linear warm-up, then cosine to 10 %
    int warmupSteps = -1;                 // -1: 5 % of steps, at most 200
    double weightDecay = 0.01;            // AdamW, decoupled; not on biases, norms and embeddings
    double clipNorm = 1.0;                // global gradient norm
    double ctcWeight = 0.5;               // weight of the auxiliary CTC loss in the full stage
    std::uint64_t seed = 1;               // weight initialisation of a fresh model
    int threads = 0;                      // CPU threads (0: LibTorch's default)
    DeviceRequest device = DeviceRequest::Auto;
    bool resume = false;                  // continue the run stored in outputFolder
    double minutes = 0.0;                 // stop (with a checkpoint) after this wall time; 0: no limit
    int sessionSteps = 0;                 // stop (with a checkpoint) after this many steps; 0: no limit
    double checkpointMinutes = 5.0;
    std::string ctcCharacters;            // UTF-8 character set of a new CTC head (each code point once)
    int ctcFramesPerToken = 1;            // CtcHeadConfig::framesPerToken of a new run's CTC head
    std::optional<ModelConfig> config;    // architecture of a fresh model; default: defaultModelConfig
    std::string corpusJson = "{}";        // provenance of the samples, stored under training.corpus
};

struct TrainingProgress {
    int step = 0;                  // steps done
    int steps = 0;
    double loss = 0.0;             // mean over the steps since the last report
    double textLoss = 0.0;         // cross-entropy per text token (0 in the ctc stage)
    double ctcLoss = 0.0;          // CTC per line (0 where not used)
    double learningRate = 0.0;
    double samplesPerSecond = 0.0;
    double elapsedSeconds = 0.0;   // over all sessions of the run
    double etaSeconds = 0.0;
    bool checkpointWritten = false;
};

struct TrainingSummary {
    int step = 0;
    int steps = 0;
    double seconds = 0.0;          // over all sessions of the run
    double loss = 0.0;             // last report's means
    double textLoss = 0.0;
    double ctcLoss = 0.0;
    bool stoppedByTime = false;
    std::string device;
};

// The small architecture the project ships for a pattern (sized for a 2-core CPU and for git).
ModelConfig defaultModelConfig(const std::string &pattern);

// Runs (or resumes) a training run. Errors a user can cause (bad folders, a stage the pattern does
// not have, a resume without a stored run) throw std::runtime_error with a sentence.
// progress is called every reportEvery steps and after each checkpoint.
TrainingSummary trainModel(const TrainerOptions &options, TrainingSampleSource &source,
                           const std::function<void(const TrainingProgress &)> &progress, int reportEvery = 10);

} // namespace vlmwb::inference
