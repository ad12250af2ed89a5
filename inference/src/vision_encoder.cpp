// ViT encoder over line images (see vision_encoder.h).
#include "vision_encoder.h"

#include "block_step.h"
#include "module_parts.h"

namespace vlmwb::inference {

torch::Tensor patchValidity(const std::vector<int> &columns, int64_t rows, int64_t batchColumns, torch::Device device)
{
    const auto options = torch::TensorOptions().dtype(torch::kLong).device(device);
    const torch::Tensor column = torch::arange(batchColumns, options).repeat({rows}); // [rows * columns]
    const torch::Tensor limit = torch::tensor(std::vector<int64_t>(columns.begin(), columns.end()), torch::kLong)
                                    .to(device)
                                    .view({-1, 1});
    return column.view({1, -1}) < limit;
}

VisionEncoderImpl::VisionEncoderImpl(const ModelConfig &config) : m_maxColumns(config.maxPatchColumns())
{
    const VisionConfig &vision = config.vision;
    if (vision.stem == "conv")
        stem = register_module("stem", ConvStem(config.patchSize, convStemChannels(vision, config.patchSize), vision.stemResidual));
    else
        patch_embed = register_module("patch_embed", FuyuPatchEmbedding(config.patchSize, 1, vision.dim));
    pos_embed = register_module("pos_embed", torch::nn::Embedding(config.patchRows() * m_maxColumns, vision.dim));
    for (int index = 0; index < vision.layers; ++index)
        layers->push_back(TransformerBlock(vision.dim, vision.heads, vision.ffMult));
    register_module("layers", layers);
    norm = register_module("norm", makeLayerNorm(vision.dim));
    if (vision.ctcHead) {
        ctcFramesPerToken = vision.ctcHead->framesPerToken;
        ctc_head = register_module("ctc_head", torch::nn::Linear(vision.dim, vision.ctcHead->size * ctcFramesPerToken));
    }
}

VisionFeatures VisionEncoderImpl::forward(const ImageBatch &images, RunContext &context)
{
    // pixels [b, 1, H, W] -> tokens [b, rows * columns, d]
    VisionFeatures features;
    const PatchEmbeddings embedded = stem ? stem->forward(images.pixels) : patch_embed->forward(images.pixels);
    features.rows = embedded.rows;
    features.columns = embedded.columns;
    const torch::Device device = images.pixels.device();
    const int64_t batch = images.pixels.size(0);
    const auto options = torch::TensorOptions().dtype(torch::kLong).device(device);
    const torch::Tensor positions = (torch::arange(features.rows, options).view({-1, 1}) * m_maxColumns
                                     + torch::arange(features.columns, options).view({1, -1}))
                                        .view({1, -1});
    torch::Tensor hidden = embedded.embeddings + pos_embed(positions);
    const std::uint64_t macsPerPatch = stem ? stem->macsPerPatch()
                                            : static_cast<std::uint64_t>(patch_embed->projection->weight.numel());
    context.macs.visionEncoder += static_cast<std::uint64_t>(batch * features.rows * features.columns) * macsPerPatch;
    features.valid = patchValidity(images.columns, features.rows, features.columns, device);
    const int64_t tokens = hidden.size(1);
    // Bidirectional: every query sees every real patch; padded queries see everything (discarded).
    const torch::Tensor allowed =
        features.valid.unsqueeze(1).expand({batch, tokens, tokens}) | features.valid.logical_not().unsqueeze(2);
    AttentionRecorder *recorder = context.recorder;
    for (std::size_t index = 0; index < layers->size(); ++index) {
        const int layer = static_cast<int>(index);
        const bool keep = recorder && recorder->wants(layer);
        KeyValueCache cache;
        BlockStep step = transformerBlockStep(*layers[index]->as<TransformerBlockImpl>(), hidden, allowed, cache, keep);
        hidden = step.output;
        context.macs.visionEncoder += step.attentionMacs + step.ffnMacs;
        if (keep)
            recorder->record(AttentionComponent::VisionSelf, layer, step.probabilities, allowed);
    }
    features.tokens = norm(hidden);
    return features;
}

} // namespace vlmwb::inference
