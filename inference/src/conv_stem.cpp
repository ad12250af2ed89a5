// Convolutional stem (see conv_stem.h).
#include "conv_stem.h"

#include "module_parts.h"

namespace vlmwb::inference {

ConvStemImpl::ConvStemImpl(std::int64_t patchSize, const std::vector<int> &channels, int residual)
    : m_patchSize(patchSize), m_channels(channels), m_residual(residual)
{
    if (residual < 0)
        throw std::invalid_argument("ConvStem needs a non-negative count of residual convolutions, not "
                                    + std::to_string(residual) + ".");
    requirePositive("ConvStem", "patch_size", patchSize);
    if (channels.empty() || (std::int64_t(1) << channels.size()) != patchSize)
        throw std::invalid_argument("ConvStem needs log2(patch_size) convolutions: patch_size " + std::to_string(patchSize)
                                    + ", " + std::to_string(channels.size()) + " channel counts.");
    std::int64_t input = 1;
    for (const int output : channels) {
        convs->push_back(torch::nn::Conv2d(torch::nn::Conv2dOptions(input, output, 3).stride(2).padding(1)));
        input = output;
    }
    register_module("convs", convs);
    torch::NoGradGuard noGrad;
    for (const int width : channels)
        for (int index = 0; index < residual; ++index) {
            torch::nn::Conv2d conv(torch::nn::Conv2dOptions(width, width, 3).stride(1).padding(1));
            // Zero: the branch adds nothing until it learns, so growing a trained stem keeps its output.
            conv->weight.zero_();
            conv->bias.zero_();
            residuals->push_back(conv);
        }
    register_module("residuals", residuals);
}

PatchEmbeddings ConvStemImpl::forward(const torch::Tensor &images)
{
    if (!images.defined() || images.dim() != 4 || images.size(1) != 1)
        throw std::invalid_argument("ConvStem expects grey images of shape [batch, 1, height, width], got "
                                    + describeShape(images) + ".");
    const std::int64_t p = m_patchSize;
    const std::int64_t padHeight = (p - images.size(2) % p) % p;
    const std::int64_t padWidth = (p - images.size(3) % p) % p;
    // Centred on the white background (1.0), so padding and margins read as zero input.
    torch::Tensor hidden = images - 1.0;
    if (padHeight > 0 || padWidth > 0)
        hidden = torch::constant_pad_nd(hidden, {0, padWidth, 0, padHeight}, 0.0);
    for (std::size_t index = 0; index < convs->size(); ++index) {
        hidden = convs[index]->as<torch::nn::Conv2dImpl>()->forward(hidden);
        if (index + 1 < convs->size())
            hidden = torch::gelu(hidden);
        for (int extra = 0; extra < m_residual; ++extra) {
            auto *conv = residuals[index * static_cast<std::size_t>(m_residual) + extra]->as<torch::nn::Conv2dImpl>();
            hidden = hidden + conv->forward(torch::gelu(hidden));
        }
    }
    PatchEmbeddings result;
    result.rows = hidden.size(2);
    result.columns = hidden.size(3);
    // [B, d, rows, columns] -> [B, rows * columns, d]
    result.embeddings = hidden.flatten(2).transpose(1, 2);
    return result;
}

std::uint64_t ConvStemImpl::macsPerPatch() const
{
    std::uint64_t macs = 0;
    std::uint64_t input = 1;
    std::int64_t side = m_patchSize;
    for (const int output : m_channels) {
        side /= 2;
        macs += static_cast<std::uint64_t>(side * side) * static_cast<std::uint64_t>(output) * input * 9;
        input = static_cast<std::uint64_t>(output);
        macs += static_cast<std::uint64_t>(side * side) * input * input * 9 * static_cast<std::uint64_t>(m_residual);
    }
    return macs;
}

} // namespace vlmwb::inference
