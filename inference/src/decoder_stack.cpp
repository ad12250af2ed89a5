// Incremental decoder shared by the patterns (see decoder_stack.h).
#include "decoder_stack.h"

#include "module_parts.h"

#include <stdexcept>

namespace vlmwb::inference {

torch::Tensor runDecoder(DecoderParts &parts, DecoderState &state, const torch::Tensor &ids, RunContext &context)
{
    // ids [b, t] -> hidden [b, prefix + t, d] -> logits [b, t, vocab]
    const int64_t batch = ids.size(0);
    const int64_t count = ids.size(1);
    const torch::Device device = ids.device();
    torch::Tensor hidden = parts.textEmbed(ids);
    SequenceSlots newSlots;
    int64_t prefixLength = 0;
    if (!state.prefixConsumed) {
        state.prefixConsumed = true;
        state.selfCaches.assign(parts.layers.size(), KeyValueCache());
        state.crossCaches.assign(parts.crossBlocks.size(), KeyValueCache());
        state.slots = SequenceSlots();
        if (parts.visualPrefix) {
            const int64_t slots = state.memory.tokens.size(1);
            const SequenceSlots image = SequenceSlots::image(state.memory.lengths, slots, device);
            if (state.memory.prefixCaches.size() == parts.layers.size()) {
                // The prefix already ran through the layers (early_fusion's CTC pass): its keys and
                // values are the ones this pass would compute, so only the text runs now.
                // Moved, not shared: the caches grow by concatenation, and a reference left in the
                // memory would keep the prefix's keys and values twice (and copy them at every beam step).
                state.selfCaches = std::move(state.memory.prefixCaches);
                state.memory.prefixCaches.clear();
                state.slots = image;
            } else {
                prefixLength = slots;
                newSlots = image;
                hidden = torch::cat({state.memory.tokens.to(hidden.dtype()), hidden}, 1);
            }
            state.nextPosition = torch::tensor(state.memory.lengths, torch::kLong).to(device);
        } else {
            state.nextPosition = torch::zeros({batch}, torch::TensorOptions().dtype(torch::kLong).device(device));
        }
    }
    newSlots.append(SequenceSlots::text(state.nextPosition, count));
    state.nextPosition = state.nextPosition + count;
    const int64_t maxPositions = parts.posEmbed->weight.size(0);
    if (newSlots.positions.max().item<int64_t>() >= maxPositions)
        throw std::runtime_error("The sequence is longer than the model's " + std::to_string(maxPositions)
                                 + " positions (decoder.max_positions).");
    hidden = hidden + parts.posEmbed(newSlots.positions);
    state.slots.append(newSlots);
    const torch::Tensor allowed = allowedAttention(newSlots, state.slots, parts.causalVisual);

    AttentionRecorder *recorder = context.recorder;
    std::size_t crossIndex = 0;
    for (std::size_t index = 0; index < parts.layers.size(); ++index) {
        const int layer = static_cast<int>(index);
        const bool keep = recorder && recorder->wants(layer);
        BlockStep step = transformerBlockStep(*parts.layers[index], hidden, allowed, state.selfCaches[index], keep);
        hidden = step.output;
        context.macs.decoderAttention += step.attentionMacs;
        context.macs.decoderFfn += step.ffnMacs;
        if (keep)
            recorder->record(AttentionComponent::DecoderSelf, layer, step.probabilities, allowed);
        const bool crossFollows = (index + 1) % static_cast<std::size_t>(parts.crossInterval) == 0;
        if (crossFollows && crossIndex < parts.crossBlocks.size()) {
            GatedCrossAttentionBlockImpl &block = *parts.crossBlocks[crossIndex];
            const bool keepCross = recorder && recorder->wants(static_cast<int>(crossIndex));
            BlockStep cross = gatedCrossAttentionStep(block, hidden, state.memory.tokens,
                                                      state.crossCaches[crossIndex], keepCross);
            hidden = cross.output;
            context.macs.crossAttention += cross.attentionMacs;
            if (keepCross)
                recorder->record(AttentionComponent::GatedCross, static_cast<int>(crossIndex), cross.probabilities,
                                 torch::Tensor(), torch::tanh(block.gate).item<float>());
            ++crossIndex;
        }
    }
    const torch::Tensor text = hidden.narrow(1, prefixLength, count);
    const torch::Tensor logits = torch::nn::functional::linear(parts.norm(text), parts.headWeight);
    context.macs.lmHead += static_cast<std::uint64_t>(batch * count * parts.headWeight.numel());
    return logits;
}

TextDecoderImpl::TextDecoderImpl(const ModelConfig &config, bool withCrossAttention)
    : m_crossInterval(config.decoder.crossAttentionInterval)
{
    const DecoderConfig &decoder = config.decoder;
    text_embed = register_module("text_embed", torch::nn::Embedding(config.vocabSize, decoder.dim));
    pos_embed = register_module("pos_embed", torch::nn::Embedding(decoder.maxPositions, decoder.dim));
    for (int index = 0; index < decoder.layers; ++index)
        layers->push_back(TransformerBlock(decoder.dim, decoder.heads, decoder.ffMult));
    register_module("layers", layers);
    if (withCrossAttention) {
        for (int index = 0; index < decoder.layers / decoder.crossAttentionInterval; ++index)
            cross_blocks->push_back(GatedCrossAttentionBlock(decoder.dim, decoder.heads));
        register_module("cross_blocks", cross_blocks);
    }
    norm = register_module("norm", makeLayerNorm(decoder.dim));
    // The LM head is the text embedding (tied), registered under both names as in EarlyFusionVLM.
    head = register_module("head", std::make_shared<torch::nn::Module>("TiedHead"));
    head->register_parameter("weight", text_embed->weight);
}

DecoderParts TextDecoderImpl::parts(bool visualPrefix) const
{
    DecoderParts parts;
    parts.textEmbed = text_embed;
    parts.posEmbed = pos_embed;
    for (const auto &layer : *layers)
        parts.layers.push_back(TransformerBlock(std::dynamic_pointer_cast<TransformerBlockImpl>(layer)));
    for (const auto &block : *cross_blocks)
        parts.crossBlocks.push_back(
            GatedCrossAttentionBlock(std::dynamic_pointer_cast<GatedCrossAttentionBlockImpl>(block)));
    parts.crossInterval = m_crossInterval;
    parts.norm = norm;
    parts.headWeight = text_embed->weight;
    parts.visualPrefix = visualPrefix;
    return parts;
}

} // namespace vlmwb::inference
