// Fuyu-style early fusion: raw image patches and text tokens go through one decoder.
//
// Sequence: for each patch row, that row's patch embeddings then one newline embedding; then one
// image-end embedding; then the text token embeddings. Learned absolute positions are added to all.
// Mask (the reference's prefix mask): visual tokens see all visual tokens, text tokens see all
// visual tokens and the text up to themselves, visual tokens never see text.
// Parameter names as the reference: patch_embed.proj, text_embed, newline_embed [1, 1, dim],
// image_end_embed [1, 1, dim], pos_embed, layers.N (TransformerBlock), norm, head. head.weight IS
// text_embed.weight (one tensor registered under both names), as the reference ties them.
#pragma once

#include "fuyu_patch_embedding.h"
#include "multihead_attention.h"
#include "transformer_block.h"

#include <torch/torch.h>

namespace vlmwb::inference {

struct EarlyFusionConfig
{
    std::int64_t vocabSize = 32000;
    std::int64_t dim = 4096;
    std::int64_t numHeads = 32;
    std::int64_t numLayers = 32;
    std::int64_t patchSize = 30;
    std::int64_t maxSeqLen = 16384;
    std::int64_t ffMult = 4;
    double dropout = 0.0;
    std::int64_t inChannels = 3; // the reference fixes 3
};

// The decoder input before the layers.
struct EarlyFusionSequence
{
    torch::Tensor hidden;             // [B, S, dim], positions added
    std::int64_t numVisualTokens = 0; // rows * (columns + 1) + 1 with an image, else 0
    std::int64_t patchRows = 0;
    std::int64_t patchColumns = 0;
};

struct EarlyFusionOutput
{
    torch::Tensor logits;             // [B, S, vocab]
    torch::Tensor loss;               // scalar; undefined without labels
    std::int64_t numVisualTokens = 0;
    std::int64_t patchRows = 0;
    std::int64_t patchColumns = 0;
    AttentionMaps attention;          // per layer [B, heads, S, S]; empty unless asked for
};

class EarlyFusionVLMImpl : public torch::nn::Module
{
public:
    explicit EarlyFusionVLMImpl(const EarlyFusionConfig &config = {});

    // images [B, C, H, W] -> [B, rows * (columns + 1) + 1, dim]; geometry receives the patch grid.
    torch::Tensor createImageSequence(const torch::Tensor &images, PatchEmbeddings *geometry = nullptr);

    // images (may be undefined) and inputIds [B, T] (may be undefined; not both) -> the embedded
    // sequence with positions. Throws std::invalid_argument when it is longer than max_seq_len.
    EarlyFusionSequence embed(const torch::Tensor &images, const torch::Tensor &inputIds);

    // hidden [B, S, dim] after the layers -> logits [B, S, vocab]
    torch::Tensor logits(const torch::Tensor &hidden);

    // labels [B, T] (token ids, -100 = ignored): cross-entropy of each text position's logits
    // against the next label, i.e. logits[:, nv:][:, :-1] against labels[:, 1:].
    EarlyFusionOutput forward(const torch::Tensor &images, const torch::Tensor &inputIds,
                              const torch::Tensor &labels = {}, bool captureAttention = false);

    const EarlyFusionConfig &config() const { return m_config; }

    FuyuPatchEmbedding patchEmbedding{nullptr};      // "patch_embed"
    torch::nn::Embedding textEmbedding{nullptr};     // "text_embed" [vocab, dim]
    torch::Tensor newlineEmbedding;                  // "newline_embed" [1, 1, dim]
    torch::Tensor imageEndEmbedding;                 // "image_end_embed" [1, 1, dim]
    torch::nn::Embedding positionEmbedding{nullptr}; // "pos_embed" [max_seq_len, dim]
    torch::nn::ModuleList layers{nullptr};           // "layers": TransformerBlock
    torch::nn::LayerNorm norm{nullptr};              // "norm"
    std::shared_ptr<torch::nn::Module> head;         // "head": only "weight", tied to text_embed.weight

private:
    EarlyFusionConfig m_config;
};
TORCH_MODULE(EarlyFusionVLM);

// The reference's prefix mask [total, total]: 0 where attending is allowed, -inf elsewhere.
torch::Tensor earlyFusionMask(std::int64_t numVisual, std::int64_t totalLength,
                              const torch::TensorOptions &options = {});

// Mean cross-entropy of textLogits[:, :-1] [B, T, vocab] against labels[:, 1:], ignoring -100.
torch::Tensor nextTokenLoss(const torch::Tensor &textLogits, const torch::Tensor &labels);

} // namespace vlmwb::inference
