// Attention trace of one line (see attention_capture.h).
#include "attention_capture.h"

namespace vlmwb::inference {

const char *spanKindName(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Visual:
        return "visual";
    case SpanKind::Newline:
        return "newline";
    case SpanKind::ImageEnd:
        return "image_end";
    case SpanKind::Prompt:
        return "prompt";
    case SpanKind::Generated:
        return "generated";
    case SpanKind::Latent:
        return "latent";
    case SpanKind::Bos:
        return "bos";
    }
    return "unknown";
}

const char *attentionComponentName(AttentionComponent component)
{
    switch (component) {
    case AttentionComponent::VisionSelf:
        return "vision_self";
    case AttentionComponent::ResamplerCross:
        return "resampler_cross";
    case AttentionComponent::ResamplerSelf:
        return "resampler_self";
    case AttentionComponent::DecoderSelf:
        return "decoder_self";
    case AttentionComponent::GatedCross:
        return "gated_cross";
    }
    return "unknown";
}

std::shared_ptr<AttentionTrace> captureAttention(VlmModel &model, const ScaledLine &line, const std::vector<int> &prefix,
                                                 const std::vector<int> &generated, const std::set<int> &layers,
                                                 torch::Device device, torch::Dtype dtype)
{
    torch::NoGradGuard noGrad;
    AttentionRecorder recorder;
    if (!layers.empty())
        recorder.layers = layers;
    RunContext context;
    context.recorder = &recorder;
    const ImageBatch batch = batchLines({&line}, device, dtype);
    DecoderState state = model.startDecoding(model.encodeImages(batch, context));
    std::vector<int64_t> ids(prefix.begin(), prefix.end());
    ids.insert(ids.end(), generated.begin(), generated.end());
    model.decode(state, torch::tensor(ids, torch::kLong).to(device).view({1, -1}), context);

    auto trace = std::make_shared<AttentionTrace>();
    const ModelConfig &config = model.config();
    trace->pattern = config.pattern;
    trace->grid = line.grid;
    if (config.pattern == "projection" && (config.connector.kind == "downsample" || config.connector.kind == "c_abstractor")) {
        trace->grid.poolRows = config.connector.poolRows;
        trace->grid.poolColumns = config.connector.poolCols;
    }
    // The decoder sequence: [visual prefix] BOS prompt generated.
    const int visual = static_cast<int>(state.memory.prefixPositions);
    const int promptEnd = visual + static_cast<int>(prefix.size());
    const int end = promptEnd + static_cast<int>(generated.size());
    std::vector<TokenSpan> text = {{SpanKind::Bos, visual, visual + 1}};
    if (promptEnd > visual + 1)
        text.push_back({SpanKind::Prompt, visual + 1, promptEnd});
    if (end > promptEnd)
        text.push_back({SpanKind::Generated, promptEnd, end});
    std::vector<TokenSpan> sequence = visual > 0 ? state.memory.spans : std::vector<TokenSpan>();
    sequence.insert(sequence.end(), text.begin(), text.end());
    trace->tokens.assign(visual, -1);
    trace->tokens.insert(trace->tokens.end(), ids.begin(), ids.end());

    for (AttentionMap &map : recorder.maps) {
        const std::vector<TokenSpan> visualQueries = {{SpanKind::Visual, 0, map.queries}};
        const std::vector<TokenSpan> visualKeys = {{SpanKind::Visual, 0, map.keys}};
        const std::vector<TokenSpan> latentQueries = {{SpanKind::Latent, 0, map.queries}};
        const std::vector<TokenSpan> latentKeys = {{SpanKind::Latent, 0, map.keys}};
        switch (map.component) {
        case AttentionComponent::VisionSelf:
            map.querySpans = visualQueries;
            map.keySpans = visualKeys;
            break;
        case AttentionComponent::ResamplerCross:
            map.querySpans = latentQueries;
            map.keySpans = visualKeys;
            break;
        case AttentionComponent::ResamplerSelf:
            map.querySpans = latentQueries;
            map.keySpans = latentKeys;
            break;
        case AttentionComponent::DecoderSelf:
            map.querySpans = sequence;
            map.keySpans = sequence;
            break;
        case AttentionComponent::GatedCross:
            map.querySpans = text;
            map.keySpans = latentKeys;
            break;
        }
    }
    trace->maps = std::move(recorder.maps);
    return trace;
}

} // namespace vlmwb::inference
