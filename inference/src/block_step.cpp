// Masked, cached and counted forward passes of the reference blocks (see block_step.h).
#include "block_step.h"

namespace vlmwb::inference {
namespace {

int64_t rows(const torch::Tensor &x) { return x.numel() / x.size(-1); }

} // namespace

std::uint64_t linearStackMacs(torch::nn::Module &stack, int64_t tokens)
{
    std::uint64_t macs = 0;
    for (const torch::Tensor &parameter : stack.parameters())
        if (parameter.dim() == 2)
            macs += static_cast<std::uint64_t>(tokens * parameter.numel());
    return macs;
}

BlockStep transformerBlockStep(TransformerBlockImpl &block, const torch::Tensor &x, const torch::Tensor &allowed,
                               KeyValueCache &cache, bool keepProbabilities)
{
    BlockStep step;
    const torch::Tensor normed = block.norm1(x);
    AttentionResult attention = attendCached(*block.attention, normed, normed, allowed, cache, keepProbabilities);
    step.output = block.feedForwardResidual(x + attention.output);
    step.probabilities = attention.probabilities;
    step.attentionMacs = attention.macs;
    step.ffnMacs = linearStackMacs(*block.feedForward, rows(x));
    return step;
}

BlockStep gatedCrossAttentionStep(GatedCrossAttentionBlockImpl &block, const torch::Tensor &text,
                                  const torch::Tensor &latents, KeyValueCache &cache, bool keepProbabilities)
{
    BlockStep step;
    AttentionResult attention = attendCached(*block.crossAttention, block.norm(text),
                                       cache.empty() ? latents : torch::Tensor(), torch::Tensor(), cache,
                                       keepProbabilities);
    step.output = text + torch::tanh(block.gate) * attention.output;
    step.probabilities = attention.probabilities;
    step.attentionMacs = attention.macs;
    return step;
}

torch::Tensor resamplerForward(PerceiverResamplerImpl &resampler, const torch::Tensor &visual,
                               const torch::Tensor &valid, std::uint64_t &macs,
                               const std::function<void(int, const torch::Tensor &, const torch::Tensor &)> &record)
{
    // visual [b, n, d]; latents [b, l, d]
    const int64_t batch = visual.size(0);
    torch::Tensor latents = resampler.latents.unsqueeze(0).expand({batch, -1, -1});
    const int64_t count = latents.size(1);
    const torch::Tensor crossAllowed = valid.unsqueeze(1).expand({batch, count, visual.size(1)});
    const bool keep = static_cast<bool>(record);
    for (int index = 0; index < static_cast<int>(resampler.layers->size()); ++index) {
        PerceiverLayerImpl &layer = *resampler.layers[index]->as<PerceiverLayerImpl>();
        KeyValueCache crossCache;
        AttentionResult cross = attendCached(*layer.crossAttention, layer.crossNorm(latents), visual,
                                       crossAllowed, crossCache, keep);
        latents = latents + cross.output;
        const torch::Tensor normed = layer.selfNorm(latents);
        KeyValueCache selfCache;
        AttentionResult self = attendCached(*layer.selfAttention, normed, normed, torch::Tensor(), selfCache,
                                      keep);
        latents = latents + self.output;
        latents = latents + layer.feedForward->forward(layer.feedForwardNorm(latents));
        macs += cross.macs + self.macs + linearStackMacs(*layer.feedForward, rows(latents));
        if (keep)
            record(index, cross.probabilities, self.probabilities);
    }
    return latents;
}

} // namespace vlmwb::inference
