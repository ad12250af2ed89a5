// Convolutional stem of the vision encoder (vision.stem "conv"): the grey line image, padded white
// to a multiple of patch_size, goes through log2(patch_size) 3x3 convolutions of stride 2 and
// padding 1 with GELU between them, so each patch_size x patch_size patch becomes one token of
// vision.dim, on exactly the grid the linear stem uses. Local filters learn pen strokes within a
// few hundred steps where a linear patch map trained from scratch sat at the CTC blank plateau.
// With residual > 0 each stage is followed by that many residual 3x3 stride-1 convolutions at its
// width, hidden += conv(gelu(hidden)), initialised to zero (vision.stem_residual).
// Tensor names: convs.N.weight, convs.N.bias, residuals.M.weight, residuals.M.bias (M = stage *
// residual + index within the stage).
#pragma once

#include "fuyu_patch_embedding.h"

#include <cstdint>
#include <vector>

namespace vlmwb::inference {

class ConvStemImpl : public torch::nn::Module
{
public:
    // channels: output channels of each convolution (convStemChannels()), the input is one grey channel.
    ConvStemImpl(std::int64_t patchSize, const std::vector<int> &channels, int residual = 0);

    // images [B, 1, H, W] -> embeddings [B, rows * columns, channels.back()], row-major patches.
    PatchEmbeddings forward(const torch::Tensor &images);

    // Multiply-accumulates per patch: stage k has (patch_size / 2^k)^2 outputs per patch, for its
    // stride-2 convolution and for each residual one.
    std::uint64_t macsPerPatch() const;

    torch::nn::ModuleList convs;
    torch::nn::ModuleList residuals;

private:
    std::int64_t m_patchSize;
    std::vector<int> m_channels;
    int m_residual = 0;
};
TORCH_MODULE(ConvStem);

} // namespace vlmwb::inference
