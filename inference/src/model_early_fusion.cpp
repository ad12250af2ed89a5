// Early Fusion pattern (Fuyu style): EarlyFusionVLM. Raw patches -> linear patch embedding, a
// newline embedding after each patch row and an image-end embedding, then one decoder over
// [image; BOS prompt text] with the prefix mask of the reference (or a plain causal mask).
// Tensor names are EarlyFusionVLM's: patch_embed.*, text_embed.*, newline_embed, image_end_embed,
// pos_embed.*, layers.N.*, norm.*, head.*, and ctc_head.* when early_fusion.ctc_head is set.
//
// CTC head: the decoder is this pattern's only image reader, so the auxiliary CTC loss (and joint
// decoding's prefix scores) read its last hidden states at the patch positions. With the prefix
// mask those do not depend on the text, so they come from a pass over the image prefix alone
// (run only when asked for: RunContext::wantCtc). Frames go column by column, top patch row
// first, as the vision encoder's frames do (ctc.h): two frames per 16-pixel patch column, times
// ctc_head.frames_per_token. Decoding then starts from that pass's keys and values instead of
// running the prefix a second time (so it also skips the masked scores of image queries against
// text keys that the one-pass decoder, and the cost estimator's model of it, compute).
#include "block_step.h"
#include "ctc.h"
#include "decoder_stack.h"
#include "early_fusion_vlm.h"

#include <algorithm>

namespace vlmwb::inference {
namespace {

// Grey line images have one channel (the reference fixes three).
EarlyFusionConfig moduleConfig(const ModelConfig &config)
{
    EarlyFusionConfig module;
    module.vocabSize = config.vocabSize;
    module.dim = config.decoder.dim;
    module.numHeads = config.decoder.heads;
    module.numLayers = config.decoder.layers;
    module.patchSize = config.patchSize;
    module.maxSeqLen = config.decoder.maxPositions;
    module.ffMult = config.decoder.ffMult;
    module.inChannels = 1;
    return module;
}

class EarlyFusionModel : public VlmModel
{
public:
    explicit EarlyFusionModel(const ModelConfig &config)
        : VlmModel(config),
          m_module(moduleConfig(config))
    {
        m_parts.textEmbed = m_module->textEmbedding;
        m_parts.posEmbed = m_module->positionEmbedding;
        for (const auto &layer : *m_module->layers)
            m_parts.layers.push_back(TransformerBlock(std::dynamic_pointer_cast<TransformerBlockImpl>(layer)));
        m_parts.norm = m_module->norm;
        m_parts.headWeight = m_module->textEmbedding->weight; // head.weight is the same tensor
        m_parts.visualPrefix = true;
        m_parts.causalVisual = config.earlyFusion.mask == "causal";
        if (const auto &head = config.earlyFusion.ctcHead) {
            m_ctcFramesPerToken = head->framesPerToken;
            m_ctcHead = m_module->register_module(
                "ctc_head", torch::nn::Linear(config.decoder.dim, head->size * head->framesPerToken));
        }
    }

    torch::nn::Module &module() override { return *m_module; }

    VisualMemory encodeImages(const ImageBatch &images, RunContext &context) override
    {
        // pixels [b, 1, H, W] -> per line [row patches, newline]* image_end, padded to the longest
        const PatchEmbeddings embedded = m_module->patchEmbedding->forward(images.pixels);
        const int64_t batch = images.pixels.size(0);
        const int64_t dim = embedded.embeddings.size(2);
        context.macs.visionEncoder += static_cast<std::uint64_t>(embedded.embeddings.size(1) * batch
                                                                 * m_module->patchEmbedding->projection->weight.numel());
        const torch::Tensor grid = embedded.embeddings.view({batch, embedded.rows, embedded.columns, dim});
        const torch::Tensor newline = m_module->newlineEmbedding.view({1, dim});
        VisualMemory memory;
        std::vector<torch::Tensor> lines;
        int64_t longest = 0;
        for (int64_t line = 0; line < batch; ++line) {
            std::vector<torch::Tensor> parts;
            for (int64_t row = 0; row < embedded.rows; ++row) {
                parts.push_back(grid[line][row].narrow(0, 0, images.columns[line]));
                parts.push_back(newline);
            }
            parts.push_back(m_module->imageEndEmbedding.view({1, dim}));
            lines.push_back(torch::cat(parts, 0));
            memory.lengths.push_back(lines.back().size(0));
            longest = std::max(longest, lines.back().size(0));
        }
        for (torch::Tensor &line : lines)
            line = torch::constant_pad_nd(line, {0, 0, 0, longest - line.size(0)});
        memory.tokens = torch::stack(lines);
        memory.prefixPositions = longest;
        const int columns = images.columns[0];
        for (int row = 0; row < embedded.rows; ++row) {
            const int begin = row * (columns + 1);
            memory.spans.push_back({SpanKind::Visual, begin, begin + columns});
            memory.spans.push_back({SpanKind::Newline, begin + columns, begin + columns + 1});
        }
        const int end = static_cast<int>(embedded.rows) * (columns + 1);
        memory.spans.push_back({SpanKind::ImageEnd, end, end + 1});
        if (context.wantCtc && m_ctcHead)
            attachCtc(images, embedded.rows, memory, context);
        return memory;
    }

    torch::Tensor decode(DecoderState &state, const torch::Tensor &ids, RunContext &context) override
    {
        return runDecoder(m_parts, state, ids, context);
    }

private:
    // The layers over the image prefix alone -> ctc_head over the patch positions' last hidden states.
    // Without an attention recorder its keys/values are kept for decoding (VisualMemory::prefixCaches)
    // and its MACs counted as the decoder's, since decoding then skips the prefix; with one, decoding
    // runs the prefix again to record its attention and this pass stays uncounted.
    void attachCtc(const ImageBatch &images, int64_t rows, VisualMemory &memory, RunContext &context)
    {
        const torch::Device device = memory.tokens.device();
        const int64_t slots = memory.tokens.size(1);
        const SequenceSlots prefix = SequenceSlots::image(memory.lengths, slots, device);
        const torch::Tensor allowed = allowedAttention(prefix, prefix, m_parts.causalVisual);
        torch::Tensor hidden = memory.tokens + m_parts.posEmbed(prefix.positions);
        const bool keep = context.recorder == nullptr;
        for (TransformerBlock &layer : m_parts.layers) {
            KeyValueCache cache;
            const BlockStep step = transformerBlockStep(*layer, hidden, allowed, cache, false);
            hidden = step.output;
            if (keep) {
                memory.prefixCaches.push_back(cache);
                context.macs.decoderAttention += step.attentionMacs;
                context.macs.decoderFfn += step.ffnMacs;
            }
        }
        // Frame f = column * rows + row of a line with c columns sits at slot row * (c + 1) + column.
        const int64_t batch = hidden.size(0);
        const int widest = *std::max_element(images.columns.begin(), images.columns.end());
        std::vector<int64_t> slotOfFrame;
        for (int64_t line = 0; line < batch; ++line) {
            const int columns = images.columns[static_cast<std::size_t>(line)];
            for (int column = 0; column < widest; ++column)
                for (int64_t row = 0; row < rows; ++row)
                    slotOfFrame.push_back(column < columns ? row * (columns + 1) + column : 0);
            memory.ctcFrames.push_back(static_cast<int64_t>(columns) * rows * m_ctcFramesPerToken);
        }
        const torch::Tensor index = torch::tensor(slotOfFrame, torch::kLong).to(device).view({batch, -1, 1});
        const torch::Tensor frames = hidden.gather(1, index.expand({batch, index.size(1), hidden.size(2)}));
        memory.ctcLogProbabilities =
            torch::log_softmax(ctcHeadLogits(m_ctcHead, m_parts.norm(frames), m_ctcFramesPerToken).to(torch::kFloat), 2);
    }

    EarlyFusionVLM m_module;
    DecoderParts m_parts;
    torch::nn::Linear m_ctcHead{nullptr};
    int m_ctcFramesPerToken = 1;
};

} // namespace

std::unique_ptr<VlmModel> makeEarlyFusionModel(const ModelConfig &config)
{
    return std::make_unique<EarlyFusionModel>(config);
}

} // namespace vlmwb::inference
