// Torch-free multiply-accumulate counts of one run, per component, as the layers executed them
// (padding included: a padded patch costs what a real one costs).
#pragma once

#include <cstdint>

namespace vlmwb::inference {

struct MacCounts {
    std::uint64_t visionEncoder = 0;     // patch embedding, ViT self-attention and FFN
    std::uint64_t connector = 0;         // projection connector or Perceiver resampler
    std::uint64_t decoderAttention = 0;  // decoder self-attention: projections, scores, weighted sum
    std::uint64_t decoderFfn = 0;        // decoder feed-forward networks
    std::uint64_t crossAttention = 0;    // gated cross-attention blocks (K/V over latents once per image)
    std::uint64_t lmHead = 0;            // final projection to the vocabulary

    std::uint64_t total() const
    {
        return visionEncoder + connector + decoderAttention + decoderFfn + crossAttention + lmHead;
    }
    MacCounts &operator+=(const MacCounts &other)
    {
        visionEncoder += other.visionEncoder;
        connector += other.connector;
        decoderAttention += other.decoderAttention;
        decoderFfn += other.decoderFfn;
        crossAttention += other.crossAttention;
        lmHead += other.lmHead;
        return *this;
    }
};

} // namespace vlmwb::inference
