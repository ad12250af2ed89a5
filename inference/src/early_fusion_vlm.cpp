#include "early_fusion_vlm.h"

#include "module_parts.h"

#include <limits>

namespace vlmwb::inference {

EarlyFusionVLMImpl::EarlyFusionVLMImpl(const EarlyFusionConfig &config) : m_config(config)
{
    requirePositive("EarlyFusionVLM", "vocab_size", config.vocabSize);
    requirePositive("EarlyFusionVLM", "max_seq_len", config.maxSeqLen);
    const std::int64_t dim = config.dim;
    patchEmbedding = register_module("patch_embed", FuyuPatchEmbedding(config.patchSize, config.inChannels, dim));
    textEmbedding = register_module("text_embed", torch::nn::Embedding(config.vocabSize, dim));
    newlineEmbedding = register_parameter("newline_embed", torch::randn({1, 1, dim}) * 0.02);
    imageEndEmbedding = register_parameter("image_end_embed", torch::randn({1, 1, dim}) * 0.02);
    positionEmbedding = register_module("pos_embed", torch::nn::Embedding(config.maxSeqLen, dim));
    layers = register_module("layers", torch::nn::ModuleList());
    for (std::int64_t i = 0; i < config.numLayers; ++i)
        layers->push_back(TransformerBlock(dim, config.numHeads, config.ffMult, config.dropout));
    norm = register_module("norm", makeLayerNorm(dim));
    // One tensor under two names, so training, loading and moving between devices keep them tied.
    head = register_module("head", std::make_shared<torch::nn::Module>("TiedHead"));
    head->register_parameter("weight", textEmbedding->weight);
}

torch::Tensor EarlyFusionVLMImpl::createImageSequence(const torch::Tensor &images, PatchEmbeddings *geometry)
{
    const PatchEmbeddings patches = patchEmbedding(images);
    const std::int64_t batch = images.size(0);
    const std::int64_t dim = m_config.dim;
    // [B, rows, columns, dim] + a newline column -> [B, rows * (columns + 1), dim], then image end.
    const torch::Tensor grid = patches.embeddings.view({batch, patches.rows, patches.columns, dim});
    const torch::Tensor newlines = newlineEmbedding.view({1, 1, 1, dim}).expand({batch, patches.rows, 1, dim});
    const torch::Tensor rows = torch::cat({grid, newlines}, 2).view({batch, patches.rows * (patches.columns + 1), dim});
    if (geometry)
        *geometry = patches;
    return torch::cat({rows, imageEndEmbedding.expand({batch, -1, -1})}, 1);
}

EarlyFusionSequence EarlyFusionVLMImpl::embed(const torch::Tensor &images, const torch::Tensor &inputIds)
{
    if (!images.defined() && !inputIds.defined())
        throw std::invalid_argument("EarlyFusionVLM needs an image, input ids or both.");
    EarlyFusionSequence sequence;
    std::vector<torch::Tensor> parts;
    if (images.defined()) {
        PatchEmbeddings geometry;
        parts.push_back(createImageSequence(images, &geometry));
        sequence.numVisualTokens = parts.back().size(1);
        sequence.patchRows = geometry.rows;
        sequence.patchColumns = geometry.columns;
    }
    if (inputIds.defined())
        parts.push_back(textEmbedding(inputIds));
    torch::Tensor hidden = torch::cat(parts, 1);
    const std::int64_t length = hidden.size(1);
    if (length > m_config.maxSeqLen)
        throw std::invalid_argument("EarlyFusionVLM: the sequence has " + std::to_string(length)
                                    + " tokens, more than max_seq_len " + std::to_string(m_config.maxSeqLen) + ".");
    const auto positionOptions = torch::TensorOptions().dtype(torch::kLong).device(hidden.device());
    const torch::Tensor positions = torch::arange(length, positionOptions);
    sequence.hidden = hidden + positionEmbedding(positions);
    return sequence;
}

torch::Tensor EarlyFusionVLMImpl::logits(const torch::Tensor &hidden)
{
    return torch::linear(norm(hidden), textEmbedding->weight);
}

EarlyFusionOutput EarlyFusionVLMImpl::forward(const torch::Tensor &images, const torch::Tensor &inputIds,
                                              const torch::Tensor &labels, bool captureAttention)
{
    const EarlyFusionSequence sequence = embed(images, inputIds);
    EarlyFusionOutput output;
    output.numVisualTokens = sequence.numVisualTokens;
    output.patchRows = sequence.patchRows;
    output.patchColumns = sequence.patchColumns;

    torch::Tensor hidden = sequence.hidden;
    const auto maskOptions = torch::TensorOptions().dtype(hidden.scalar_type()).device(hidden.device());
    const torch::Tensor mask = earlyFusionMask(sequence.numVisualTokens, hidden.size(1), maskOptions);
    for (const auto &layer : *layers) {
        torch::Tensor probabilities;
        hidden = layer->as<TransformerBlock>()->forward(hidden, mask, captureAttention ? &probabilities : nullptr);
        if (captureAttention)
            output.attention.push_back(probabilities);
    }
    output.logits = logits(hidden);
    if (labels.defined())
        output.loss = nextTokenLoss(output.logits.slice(1, sequence.numVisualTokens), labels);
    return output;
}

torch::Tensor earlyFusionMask(std::int64_t numVisual, std::int64_t totalLength, const torch::TensorOptions &options)
{
    const std::int64_t numText = totalLength - numVisual;
    const auto boolOptions = options.dtype(torch::kBool);
    torch::Tensor allowed = torch::zeros({totalLength, totalLength}, boolOptions);
    allowed.slice(1, 0, numVisual).fill_(true); // every token sees the image
    allowed.slice(0, numVisual).slice(1, numVisual).copy_(torch::ones({numText, numText}, boolOptions).tril());
    return torch::zeros({totalLength, totalLength}, options)
        .masked_fill(allowed.logical_not(), -std::numeric_limits<double>::infinity());
}

torch::Tensor nextTokenLoss(const torch::Tensor &textLogits, const torch::Tensor &labels)
{
    if (labels.dim() != 2 || labels.size(0) != textLogits.size(0) || labels.size(1) != textLogits.size(1))
        throw std::invalid_argument("the labels have shape " + c10::str(labels.sizes()) + " but the text logits "
                                    + c10::str(textLogits.sizes()) + "; expected [batch, text length].");
    const std::int64_t vocab = textLogits.size(2);
    const torch::Tensor predictions = textLogits.slice(1, 0, -1).reshape({-1, vocab});
    const torch::Tensor targets = labels.slice(1, 1).reshape({-1});
    return torch::nn::functional::cross_entropy(
        predictions, targets, torch::nn::functional::CrossEntropyFuncOptions().ignore_index(-100));
}

} // namespace vlmwb::inference
