// Fuyu's patch embedding: the image is cut into patch_size x patch_size patches (after zero padding
// on the bottom and right to a multiple of patch_size), each flattened channel-major
// (c, then row, then column inside the patch) and mapped by one Linear. Parameter names: proj.
#pragma once

#include <torch/torch.h>

namespace vlmwb::inference {

struct PatchEmbeddings
{
    torch::Tensor embeddings;  // [B, rows * columns, embedDim], patches in row-major order
    std::int64_t rows = 0;     // patch rows (hp)
    std::int64_t columns = 0;  // patch columns (wp)
};

class FuyuPatchEmbeddingImpl : public torch::nn::Module
{
public:
    FuyuPatchEmbeddingImpl(std::int64_t patchSize = 30, std::int64_t inChannels = 3, std::int64_t embedDim = 4096);

    // images [B, C, H, W] -> embeddings [B, ceil(H/p) * ceil(W/p), embedDim]
    PatchEmbeddings forward(const torch::Tensor &images);

    std::int64_t patchSize() const { return m_patchSize; }

    torch::nn::Linear projection{nullptr}; // "proj" [embedDim, p*p*C]

private:
    std::int64_t m_patchSize;
    std::int64_t m_inChannels;
};
TORCH_MODULE(FuyuPatchEmbedding);

} // namespace vlmwb::inference
