// Torch-free description of a VLM Workbench model: what a model folder's config.json says.
// Read by the engine, the trainer and the cost model; plain data with no behaviour of its own.
//
// config.json (format "vlmwb-model", version 1), every width in elements, every size in pixels:
// {
//   "format": "vlmwb-model", "version": 1,
//   "pattern": "cross_attention" | "projection" | "early_fusion",
//   "input_height": 32,          line crops are scaled to this height (grey, 1 channel, 0..1)
//   "patch_size": 8,             square patches; input_height % patch_size == 0
//   "max_image_width": 512,      wider crops are scaled down to it; % patch_size == 0
//   "tokenizer": "bytes-v1", "vocab_size": 262,   see tokenizer.h (vocab_size >= 262)
//   "vision": {"dim": 64, "layers": 2, "heads": 4, "ff_mult": 4,
//              "ctc_head": {"vocab": "bytes"|"chars", "size": 262}},   ctc_head optional
//   "connector": {"kind": "linear"|"mlp"|"downsample"|"c_abstractor",
//                 "pool_rows": 1, "pool_cols": 2, "conv_layers": 2},   pool/conv optional
//   "resampler": {"latents": 16, "layers": 2, "heads": 4},
//   "decoder": {"dim": 64, "layers": 2, "heads": 4, "ff_mult": 4, "max_positions": 512,
//               "cross_attention_interval": 1},
//   "early_fusion": {"mask": "prefix"|"causal",
//                    "ctc_head": {"vocab": "chars", "size": 700}},   ctc_head optional
//   "prompt": "",                fixed UTF-8 prompt placed before the generated text
//   "decoding": {"beam": 8, "ctc_weight": 0.6},   optional: how this model reads best
//   "training": {...}            free-form provenance, kept verbatim
// }
// Which sections are required depends on the pattern:
//   cross_attention: vision, resampler, decoder (with cross_attention_interval >= 1)
//   projection:      vision, connector, decoder
//   early_fusion:    decoder (its patch embedding feeds the decoder directly), early_fusion
// A section a pattern does not use may be present; it is validated but ignored.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace vlmwb::inference {

// Encoder-pretraining head over the vision tokens (planned by the trainer).
struct CtcHeadConfig {
    std::string vocab = "bytes"; // "bytes" (tokenizer byte ids) or "chars" (trainer's character set)
    int size = 0;                // output classes including the CTC blank
    // CTC frames each token (patch position) emits: the head's Linear gives framesPerToken x size
    // outputs, read as that many consecutive frames. Early Fusion's 16-pixel patch columns give
    // two frames per column, too few where narrow letters put three characters in one column
    // ("tl", "ili" lose a letter); 2 gives CTC four frames per column. A head trained with 1 and
    // copied by --init into one with more starts as that head repeated (same greedy reading).
    int framesPerToken = 1;
};
constexpr int maxCtcFramesPerToken = 4;

// ViT encoder over the patch grid, plus a learned position per (row, column) of the largest grid,
// so a patch's position does not depend on the line's width. The stem turns pixels into one token
// per patch: "linear" maps the patch_size x patch_size grey pixels of a patch with one Linear
// (FuyuPatchEmbedding with one channel); "conv" runs log2(patch_size) 3x3 stride-2 convolutions
// (see convStemChannels), which learns strokes far sooner when the encoder is trained from scratch.
struct VisionConfig {
    int dim = 0;
    int layers = 0;
    int heads = 0;
    int ffMult = 4;
    std::optional<CtcHeadConfig> ctcHead;
    std::string stem = "linear"; // linear | conv
    // Conv stem only: residual 3x3 stride-1 convolutions after each stride-2 one (hidden +=
    // conv(gelu(hidden))), which deepen the local glyph features where a 3-conv stem plateaued.
    // They start at zero, so a stem grown from a trained one (--init) starts as that stem.
    int stemResidual = 0;
};

// Output channels of the conv stem's convolutions, first to last (the last is vision.dim): each
// 3x3 stride-2 convolution halves the image and doubles the channels, so patch_size 8 and dim 128
// give 32, 64, 128. Empty for the linear stem.
std::vector<int> convStemChannels(const VisionConfig &vision, int patchSize);

// Projection pattern: maps vision tokens (vision.dim) to decoder tokens (decoder.dim).
struct ConnectorConfig {
    std::string kind = "linear"; // linear | mlp | downsample | c_abstractor
    int poolRows = 1;            // downsample / c_abstractor: average-pool window over the patch grid
    int poolCols = 2;
    int convLayers = 2;          // c_abstractor only
};

struct ResamplerConfig {
    int latents = 0;
    int layers = 0;
    int heads = 0;
};

struct DecoderConfig {
    int dim = 0;
    int layers = 0;
    int heads = 0;
    int ffMult = 4;
    int maxPositions = 0;           // longest sequence the learned positions cover
    int crossAttentionInterval = 1; // cross_attention: a gated block after every Nth layer
};

struct EarlyFusionOptions {
    std::string mask = "prefix"; // prefix: image tokens see each other; causal: plain causal mask
    // CTC head over the decoder's last hidden states at the patch positions (the decoder is this
    // pattern's only image reader, so that is where the auxiliary loss has to attach).
    std::optional<CtcHeadConfig> ctcHead;
};

// How the model reads best, chosen on the validation set when it was shipped (docs/EVALUATION.md):
// the engine uses it wherever a caller leaves DecodeOptions::beam or ::ctcWeight unset. The values
// here are the engine's defaults for a model whose config.json has no "decoding" section.
struct DecodingConfig {
    int beam = 1;           // 1 = greedy; at most maxBeam
    double ctcWeight = 0.8; // weight of the CTC head in joint decoding, 0 to 1

    static constexpr int maxBeam = 16;
    bool operator==(const DecodingConfig &other) const
    {
        return beam == other.beam && ctcWeight == other.ctcWeight;
    }
};

struct ModelConfig {
    std::string format = "vlmwb-model";
    int version = 1;
    std::string pattern;
    int inputHeight = 0;
    int patchSize = 0;
    int maxImageWidth = 0;
    std::string tokenizer = "bytes-v1";
    int vocabSize = 0;
    VisionConfig vision;
    ConnectorConfig connector;
    ResamplerConfig resampler;
    DecoderConfig decoder;
    EarlyFusionOptions earlyFusion;
    std::string prompt;
    DecodingConfig decoding;
    std::string trainingJson = "{}"; // the "training" object as compact JSON text

    int patchRows() const { return inputHeight / patchSize; }
    int maxPatchColumns() const { return maxImageWidth / patchSize; }
};

// The CTC head of the model, wherever its pattern keeps it (vision.ctc_head, or early_fusion.ctc_head
// for the early_fusion pattern); empty when it has none.
const std::optional<CtcHeadConfig> &ctcHeadOf(const ModelConfig &config);

// Every pattern string a config may name, in a fixed order (the model registry has one each).
const std::vector<std::string> &knownPatterns();

// Parses and validates config.json text. `fileName` only names the source in error messages.
// Throws ModelFileError (vlmwb/model_error.h, a std::runtime_error) naming the file, the key and the cause.
ModelConfig parseModelConfig(const std::string &jsonText, const std::string &fileName);

// Reads and validates a config.json file (errors as above, also for a missing or unreadable file).
ModelConfig loadModelConfig(const std::string &path);

// Checks widths and choices of an in-memory config; throws like parseModelConfig.
void validateModelConfig(const ModelConfig &config, const std::string &fileName);

// Writes a config back to JSON text (two-space indentation) that parseModelConfig reads unchanged.
std::string modelConfigToJson(const ModelConfig &config);

} // namespace vlmwb::inference
