// Internal (torch-typed) API of a complete vision-language model, used by the engine, the
// generation code and the trainer. One implementation per pattern (model_<pattern>.cpp), chosen by
// the config's "pattern" through a registry.
//
// Trainer-facing use:
//   std::unique_ptr<VlmModel> model = createModel(config, seed);   // fresh random weights
//   model->module().train();
//   auto output = model->forward(images, inputIds, labels);        // teacher forcing
//   output.loss.backward();  optimizer over distinctParameters(model->module()) (state_dict.h:
//                            the tied LM head / text embedding listed once)
//   saveModel(*model, "models/mine");                               // config.json + model.safetensors
//
// Images: scaleLine + batchLines (line_images.h). The CTC head of vision.ctc_head, when configured,
// is visionCtcLogits (ctc.h).
//
// Sequence convention (all patterns): the text the decoder reads is
//   [BOS] prompt-bytes target-bytes [EOS]
// inputIds holds it (PAD after the end of shorter lines); labels holds the same ids with -100 where no
// loss is wanted (padding, and usually BOS and the prompt). Logits at text position t predict the
// token at t + 1, so the loss pairs logits[:, t] with labels[:, t + 1].
#pragma once

#include "attention_step.h"
#include "sequence_slots.h"
#include "vlmwb/attention_trace.h"
#include "vlmwb/mac_counts.h"
#include "vlmwb/model_config.h"

#include <torch/torch.h>

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace vlmwb::inference {

// Line images of one batch, already scaled to the model's input height.
struct ImageBatch {
    torch::Tensor pixels;     // [batch, 1, input_height, columns * patch_size], 0..1, padded right
    std::vector<int> columns; // real patch columns per line (1 .. tensor columns)
};

// Collects attention maps of chosen layers while a forward pass runs (trace on request).
struct AttentionRecorder {
    std::optional<std::set<int>> layers; // capture only these layer indices; all when empty
    std::vector<AttentionMap> maps;

    bool wants(int layer) const { return !layers || layers->count(layer) > 0; }
    // probabilities [1, heads, queries, keys]; allowed [1, queries, keys] (undefined: all allowed).
    void record(AttentionComponent component, int layer, const torch::Tensor &probabilities,
                const torch::Tensor &allowed, float gate = 1.0f);
};

// What one forward pass accumulates besides its outputs.
struct RunContext {
    MacCounts macs;
    AttentionRecorder *recorder = nullptr; // null: no capture (batch must be 1 when set)
    // Ask encodeImages for the CTC head's log-probabilities (joint decoding, the trainer's auxiliary
    // loss). Its MACs (frames x dim x classes) are not counted: the cost estimator models the
    // decoder's reading path, which this optional scorer sits beside.
    bool wantCtc = false;
};

// Image-side state of a batch, computed once per image by encodeImages().
struct VisualMemory {
    torch::Tensor tokens;          // [batch, slots, decoder dim]: prefix tokens or resampler latents
    std::vector<int64_t> lengths;  // real slots per line (prefix patterns) / latents (cross_attention)
    std::vector<TokenSpan> spans;  // labelled spans of line 0's visual prefix (for the trace)
    int64_t prefixPositions = 0;   // decoder positions the longest visual prefix takes (0: none)
    // Set when RunContext::wantCtc and the vision encoder has a CTC head (ctc.h):
    torch::Tensor ctcLogProbabilities; // [batch, frames, ctc classes], log-softmax, float
    std::vector<int64_t> ctcFrames;    // real frames per line
    // Each decoder layer's keys/values over the image prefix when encodeImages already ran the
    // prefix through the decoder (early_fusion's CTC pass): decoding starts from them instead of
    // running the prefix again. Empty otherwise.
    std::vector<KeyValueCache> prefixCaches;
};

// Decoder state between incremental calls: the self-attention cache per layer, the cross-attention
// keys/values over the latents per gated block (computed at the first call), and the slots so far.
struct DecoderState {
    VisualMemory memory;
    bool prefixConsumed = false;
    std::vector<KeyValueCache> selfCaches;
    std::vector<KeyValueCache> crossCaches;
    SequenceSlots slots;
    torch::Tensor nextPosition; // [batch] int64, learned position of the next text token

    // Keeps batch rows `order` everywhere (beam search).
    void select(const torch::Tensor &order);
};

struct TrainingOutput {
    torch::Tensor logits; // [batch, text length, vocab_size] over the text positions
    torch::Tensor loss;   // scalar cross-entropy (ignore_index -100); undefined without labels
    // From the same vision pass when the encoder has a CTC head (see VisualMemory).
    torch::Tensor ctcLogProbabilities;
    std::vector<int64_t> ctcFrames;
};

class VlmModel
{
public:
    explicit VlmModel(ModelConfig config) : m_config(std::move(config)) {}
    virtual ~VlmModel() = default;

    const ModelConfig &config() const { return m_config; }
    // The module tree whose named parameters and buffers are the safetensors tensor names.
    virtual torch::nn::Module &module() = 0;

    // Encodes the images of a batch (vision encoder + connector / resampler / patch embedding).
    virtual VisualMemory encodeImages(const ImageBatch &images, RunContext &context) = 0;

    // Feeds text ids [batch, count] (positions continuing the state) through the decoder; the first
    // call also feeds the visual prefix. Returns logits [batch, count, vocab_size].
    virtual torch::Tensor decode(DecoderState &state, const torch::Tensor &ids, RunContext &context) = 0;

    // A fresh decoder state for this memory.
    DecoderState startDecoding(VisualMemory memory) const;

    // Teacher forcing over whole sequences (see the file comment). labels may be undefined.
    TrainingOutput forward(const ImageBatch &images, const torch::Tensor &inputIds, const torch::Tensor &labels);

protected:
    ModelConfig m_config;
};

using ModelFactory = std::function<std::unique_ptr<VlmModel>(const ModelConfig &)>;

// Factories, one per model_<pattern>.cpp. The registry in vlm_model.cpp maps pattern strings to
// them (an explicit table: self-registering objects would be dropped by the static-library linker).
std::unique_ptr<VlmModel> makeCrossAttentionModel(const ModelConfig &config);
std::unique_ptr<VlmModel> makeProjectionModel(const ModelConfig &config);
std::unique_ptr<VlmModel> makeEarlyFusionModel(const ModelConfig &config);

// Builds the model of config.pattern with random weights from `seed`.
std::unique_ptr<VlmModel> createModel(const ModelConfig &config, uint64_t seed);
// Writes config.json and model.safetensors into `directory` (created when missing).
void saveModel(VlmModel &model, const std::string &directory);
// Reads a model folder strictly: errors name the file (and the tensor or key) and the cause.
std::unique_ptr<VlmModel> loadModel(const std::string &directory);

} // namespace vlmwb::inference
