#include "fuyu_patch_embedding.h"

#include "module_parts.h"

namespace vlmwb::inference {

FuyuPatchEmbeddingImpl::FuyuPatchEmbeddingImpl(std::int64_t patchSize, std::int64_t inChannels, std::int64_t embedDim)
    : m_patchSize(patchSize), m_inChannels(inChannels)
{
    requirePositive("FuyuPatchEmbedding", "patch_size", patchSize);
    requirePositive("FuyuPatchEmbedding", "in_channels", inChannels);
    projection = register_module("proj", torch::nn::Linear(patchSize * patchSize * inChannels, embedDim));
}

PatchEmbeddings FuyuPatchEmbeddingImpl::forward(const torch::Tensor &images)
{
    if (!images.defined() || images.dim() != 4 || images.size(1) != m_inChannels)
        throw std::invalid_argument("FuyuPatchEmbedding expects images of shape [batch, " + std::to_string(m_inChannels)
                                    + ", height, width], got "
                                    + describeShape(images) + ".");
    const std::int64_t p = m_patchSize;
    const std::int64_t batch = images.size(0);
    const std::int64_t padHeight = (p - images.size(2) % p) % p;
    const std::int64_t padWidth = (p - images.size(3) % p) % p;
    torch::Tensor padded = images;
    if (padHeight > 0 || padWidth > 0)
        padded = torch::constant_pad_nd(images, {0, padWidth, 0, padHeight}, 0.0);

    PatchEmbeddings result;
    result.rows = padded.size(2) / p;
    result.columns = padded.size(3) / p;
    // [B, C, rows, columns, p, p] -> [B, rows, columns, C, p*p] -> [B, rows*columns, C*p*p]
    const torch::Tensor patches = padded.unfold(2, p, p)
                                      .unfold(3, p, p)
                                      .contiguous()
                                      .view({batch, m_inChannels, result.rows, result.columns, p * p})
                                      .permute({0, 2, 3, 1, 4})
                                      .contiguous()
                                      .view({batch, result.rows * result.columns, m_inChannels * p * p});
    result.embeddings = projection(patches);
    return result;
}

} // namespace vlmwb::inference
