// Cross-Attention pattern (Flamingo / BLIP-2 style): ViT encoder -> PerceiverResampler -> decoder
// whose every cross_attention_interval-th layer is followed by a tanh-gated cross-attention block
// over the latents. Text never enters the visual stream.
// Tensor names: vision.*, resampler.*, decoder.*, and resampler_input.* when the vision encoder is
// narrower or wider than the decoder (a Linear from its width to the decoder's, in front of the
// resampler, whose latents live in the decoder's width).
#include "decoder_stack.h"
#include "perceiver_resampler.h"
#include "ctc.h"
#include "vision_encoder.h"

namespace vlmwb::inference {
namespace {

class CrossAttentionModuleImpl : public torch::nn::Module
{
public:
    explicit CrossAttentionModuleImpl(const ModelConfig &config)
    {
        vision = register_module("vision", VisionEncoder(config));
        if (config.vision.dim != config.decoder.dim)
            resamplerInput = register_module("resampler_input", torch::nn::Linear(config.vision.dim, config.decoder.dim));
        resampler = register_module("resampler", PerceiverResampler(config.decoder.dim, config.resampler.latents,
                                                                    config.resampler.layers, config.resampler.heads));
        decoder = register_module("decoder", TextDecoder(config, true));
    }
    VisionEncoder vision{nullptr};
    torch::nn::Linear resamplerInput{nullptr}; // null when the widths agree
    PerceiverResampler resampler{nullptr};
    TextDecoder decoder{nullptr};
};
TORCH_MODULE(CrossAttentionModule);

class CrossAttentionModel : public VlmModel
{
public:
    explicit CrossAttentionModel(const ModelConfig &config)
        : VlmModel(config), m_module(config), m_parts(m_module->decoder->parts(false))
    {
    }

    torch::nn::Module &module() override { return *m_module; }

    VisualMemory encodeImages(const ImageBatch &images, RunContext &context) override
    {
        const VisionFeatures features = m_module->vision->forward(images, context);
        AttentionRecorder *recorder = context.recorder;
        std::function<void(int, const torch::Tensor &, const torch::Tensor &)> record;
        torch::Tensor crossAllowed;
        if (recorder)
            record = [&](int layer, const torch::Tensor &cross, const torch::Tensor &self) {
                if (!recorder->wants(layer))
                    return;
                recorder->record(AttentionComponent::ResamplerCross, layer, cross,
                                 features.valid.unsqueeze(1).expand({1, cross.size(2), cross.size(3)}));
                recorder->record(AttentionComponent::ResamplerSelf, layer, self, torch::Tensor());
            };
        torch::Tensor visual = features.tokens;
        if (!m_module->resamplerInput.is_empty()) {
            visual = m_module->resamplerInput(visual);
            context.macs.connector += static_cast<std::uint64_t>(visual.size(0) * visual.size(1))
                * static_cast<std::uint64_t>(features.tokens.size(2) * visual.size(2));
        }
        VisualMemory memory;
        memory.tokens = resamplerForward(*m_module->resampler, visual, features.valid, context.macs.connector, record);
        memory.lengths.assign(images.columns.size(), memory.tokens.size(1));
        memory.spans = {{SpanKind::Latent, 0, static_cast<int>(memory.tokens.size(1))}};
        if (context.wantCtc && !m_module->vision->ctc_head.is_empty())
            attachCtcLogProbabilities(*m_module->vision, features, images.columns, memory);
        return memory;
    }

    torch::Tensor decode(DecoderState &state, const torch::Tensor &ids, RunContext &context) override
    {
        return runDecoder(m_parts, state, ids, context);
    }

private:
    CrossAttentionModule m_module;
    DecoderParts m_parts;
};

} // namespace

std::unique_ptr<VlmModel> makeCrossAttentionModel(const ModelConfig &config)
{
    return std::make_unique<CrossAttentionModel>(config);
}

} // namespace vlmwb::inference
