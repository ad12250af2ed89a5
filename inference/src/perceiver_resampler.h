// Perceiver resampler (Flamingo): a fixed set of learned latents reads the visual features through
// cross-attention, then refines itself with self-attention and a feed-forward layer, per layer.
// Parameter names as the reference: latents, layers.N.{cross_attn, cross_norm, self_attn, self_norm,
// ffn.0, ffn.2, ffn_norm}.
#pragma once

#include "multihead_attention.h"

#include <torch/torch.h>

namespace vlmwb::inference {

class PerceiverLayerImpl : public torch::nn::Module
{
public:
    PerceiverLayerImpl(std::int64_t dim, std::int64_t numHeads);

    // latents [B, L, dim], visual [B, N, dim] -> [B, L, dim]
    torch::Tensor forward(const torch::Tensor &latents, const torch::Tensor &visual,
                          torch::Tensor *crossProbabilities = nullptr, torch::Tensor *selfProbabilities = nullptr);

    MultiheadAttention crossAttention{nullptr}; // "cross_attn"
    torch::nn::LayerNorm crossNorm{nullptr};    // "cross_norm"
    MultiheadAttention selfAttention{nullptr};  // "self_attn"
    torch::nn::LayerNorm selfNorm{nullptr};     // "self_norm"
    torch::nn::Sequential feedForward{nullptr}; // "ffn": Linear(dim, 4 dim), GELU, Linear(4 dim, dim)
    torch::nn::LayerNorm feedForwardNorm{nullptr}; // "ffn_norm"
};
TORCH_MODULE(PerceiverLayer);

class PerceiverResamplerImpl : public torch::nn::Module
{
public:
    PerceiverResamplerImpl(std::int64_t dim, std::int64_t numLatents = 64, std::int64_t numLayers = 6,
                           std::int64_t numHeads = 8);

    // visualFeatures [B, N, dim] -> latents [B, numLatents, dim]. The maps, when given, receive one
    // [B, heads, numLatents, N] (cross) or [B, heads, numLatents, numLatents] (self) tensor per layer.
    torch::Tensor forward(const torch::Tensor &visualFeatures, AttentionMaps *crossMaps = nullptr,
                          AttentionMaps *selfMaps = nullptr);

    torch::Tensor latents;               // "latents" [numLatents, dim]
    torch::nn::ModuleList layers{nullptr}; // "layers": PerceiverLayer

private:
    std::int64_t m_dim;
};
TORCH_MODULE(PerceiverResampler);

} // namespace vlmwb::inference
