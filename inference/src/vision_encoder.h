// ViT encoder of the cross_attention and projection patterns: a stem that makes one token per
// patch_size x patch_size patch — a linear patch embedding of its grey pixels (FuyuPatchEmbedding
// with one channel, the module early_fusion uses) or a small conv stem (conv_stem.h) — plus a
// learned position per (row, column) of the widest grid, then bidirectional TransformerBlocks and a
// final LayerNorm. Padded columns are masked as keys, so they never influence real patches.
// Tensor names: patch_embed.proj.* or stem.convs.N.*, pos_embed.weight, layers.N.*, norm.*,
// ctc_head.* (optional).
#pragma once

#include "conv_stem.h"
#include "fuyu_patch_embedding.h"
#include "transformer_block.h"
#include "vlm_model.h"

namespace vlmwb::inference {

struct VisionFeatures {
    torch::Tensor tokens;  // [batch, rows * columns, vision dim], row-major over the patch grid
    torch::Tensor valid;   // [batch, rows * columns] bool, false for padded columns
    int64_t rows = 0;
    int64_t columns = 0;   // columns of the batch tensor
};

class VisionEncoderImpl : public torch::nn::Module
{
public:
    explicit VisionEncoderImpl(const ModelConfig &config);
    // Adds MACs to context.macs.visionEncoder and records VisionSelf maps when capturing.
    VisionFeatures forward(const ImageBatch &images, RunContext &context);

    FuyuPatchEmbedding patch_embed{nullptr}; // vision.stem "linear"
    ConvStem stem{nullptr};                  // vision.stem "conv"
    torch::nn::Embedding pos_embed{nullptr};
    torch::nn::ModuleList layers;
    torch::nn::LayerNorm norm{nullptr};
    torch::nn::Linear ctc_head{nullptr};
    int ctcFramesPerToken = 1; // vision.ctc_head.frames_per_token: ctc_head gives that many frames per input

private:
    int64_t m_maxColumns = 0;
};
TORCH_MODULE(VisionEncoder);

// Valid-patch mask [batch, rows * columns] of a batch whose lines have `columns` real columns.
torch::Tensor patchValidity(const std::vector<int> &columns, int64_t rows, int64_t batchColumns, torch::Device device);

} // namespace vlmwb::inference
