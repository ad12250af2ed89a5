// The decoder all three patterns share: text embedding + learned positions, causal
// TransformerBlocks (optionally followed by gated cross-attention blocks), final norm and LM head,
// run incrementally over a DecoderState.
#pragma once

#include "block_step.h"
#include "vlm_model.h"

namespace vlmwb::inference {

// References to the decoder's modules, wherever the pattern keeps them.
struct DecoderParts {
    torch::nn::Embedding textEmbed{nullptr};
    torch::nn::Embedding posEmbed{nullptr};
    std::vector<TransformerBlock> layers;
    std::vector<GatedCrossAttentionBlock> crossBlocks; // crossBlocks[i] follows layer (i+1)*interval-1
    int crossInterval = 1;
    torch::nn::LayerNorm norm{nullptr};
    torch::Tensor headWeight; // [vocab, dim], no bias (tied to the text embedding)
    bool visualPrefix = false; // memory.tokens are a prefix of the sequence (else: cross-attention latents)
    bool causalVisual = false; // early_fusion "causal" mask
};

// See VlmModel::decode. ids: [batch, count] int64; returns logits [batch, count, vocab].
torch::Tensor runDecoder(DecoderParts &parts, DecoderState &state, const torch::Tensor &ids, RunContext &context);

// Decoder width, layers and cross-attention blocks from config; registers the modules under
// text_embed, pos_embed, layers.N, cross_blocks.N, norm, head (head.weight is
// text_embed.weight, tied and registered under both names as in EarlyFusionVLM).
class TextDecoderImpl : public torch::nn::Module
{
public:
    TextDecoderImpl(const ModelConfig &config, bool withCrossAttention);
    DecoderParts parts(bool visualPrefix) const;

    torch::nn::Embedding text_embed{nullptr};
    torch::nn::Embedding pos_embed{nullptr};
    torch::nn::ModuleList layers;
    torch::nn::ModuleList cross_blocks;
    torch::nn::LayerNorm norm{nullptr};
    std::shared_ptr<torch::nn::Module> head; // "head.weight" is text_embed.weight

private:
    int m_crossInterval = 1;
};
TORCH_MODULE(TextDecoder);

} // namespace vlmwb::inference
