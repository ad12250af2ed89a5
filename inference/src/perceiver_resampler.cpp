#include "perceiver_resampler.h"

#include "module_parts.h"

namespace vlmwb::inference {

PerceiverLayerImpl::PerceiverLayerImpl(std::int64_t dim, std::int64_t numHeads)
{
    crossAttention = register_module("cross_attn", MultiheadAttention(dim, numHeads));
    crossNorm = register_module("cross_norm", makeLayerNorm(dim));
    selfAttention = register_module("self_attn", MultiheadAttention(dim, numHeads));
    selfNorm = register_module("self_norm", makeLayerNorm(dim));
    feedForward = register_module("ffn", makeGeluMlp(dim, 4 * dim, dim));
    feedForwardNorm = register_module("ffn_norm", makeLayerNorm(dim));
}

torch::Tensor PerceiverLayerImpl::forward(const torch::Tensor &latents, const torch::Tensor &visual,
                                          torch::Tensor *crossProbabilities, torch::Tensor *selfProbabilities)
{
    // Keys and values are the visual features themselves, not normalised (as the reference).
    torch::Tensor x = latents + crossAttention(crossNorm(latents), visual, visual, torch::Tensor(), crossProbabilities);
    const torch::Tensor normalised = selfNorm(x);
    x = x + selfAttention(normalised, normalised, normalised, torch::Tensor(), selfProbabilities);
    return x + feedForward->forward(feedForwardNorm(x));
}

PerceiverResamplerImpl::PerceiverResamplerImpl(std::int64_t dim, std::int64_t numLatents, std::int64_t numLayers,
                                               std::int64_t numHeads)
    : m_dim(dim)
{
    requirePositive("PerceiverResampler", "dim", dim);
    requirePositive("PerceiverResampler", "num_latents", numLatents);
    requirePositive("PerceiverResampler", "num_layers", numLayers);
    latents = register_parameter("latents", torch::randn({numLatents, dim}));
    layers = register_module("layers", torch::nn::ModuleList());
    for (std::int64_t i = 0; i < numLayers; ++i)
        layers->push_back(PerceiverLayer(dim, numHeads));
}

torch::Tensor PerceiverResamplerImpl::forward(const torch::Tensor &visualFeatures, AttentionMaps *crossMaps,
                                              AttentionMaps *selfMaps)
{
    requireTokens("PerceiverResampler", visualFeatures, m_dim);
    torch::Tensor x = latents.unsqueeze(0).expand({visualFeatures.size(0), -1, -1});
    for (const auto &layer : *layers) {
        torch::Tensor crossProbabilities;
        torch::Tensor selfProbabilities;
        x = layer->as<PerceiverLayer>()->forward(x, visualFeatures, crossMaps ? &crossProbabilities : nullptr,
                                                 selfMaps ? &selfProbabilities : nullptr);
        if (crossMaps)
            crossMaps->push_back(crossProbabilities);
        if (selfMaps)
            selfMaps->push_back(selfProbabilities);
    }
    return x;
}

} // namespace vlmwb::inference
