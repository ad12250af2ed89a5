// Early Fusion pattern (Fuyu style): EarlyFusionVLM. Raw patches -> linear patch embedding, a
// newline embedding after each patch row and an image-end embedding, then one decoder over
// [image; BOS prompt text] with the prefix mask of the reference (or a plain causal mask).
// Tensor names are EarlyFusionVLM's: patch_embed.*, text_embed.*, newline_embed, image_end_embed,
// pos_embed.*, layers.N.*, norm.*, head.*.
#include "decoder_stack.h"
#include "early_fusion_vlm.h"

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
        return memory;
    }

    torch::Tensor decode(DecoderState &state, const torch::Tensor &ids, RunContext &context) override
    {
        return runDecoder(m_parts, state, ids, context);
    }

private:
    EarlyFusionVLM m_module;
    DecoderParts m_parts;
};

} // namespace

std::unique_ptr<VlmModel> makeEarlyFusionModel(const ModelConfig &config)
{
    return std::make_unique<EarlyFusionModel>(config);
}

} // namespace vlmwb::inference
