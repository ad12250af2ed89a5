// Torch-free attention trace of one line reading: what every captured head attended to, as plain
// floats with shapes, plus the labels and geometry a view needs to draw it.
#pragma once

#include <string>
#include <vector>

namespace vlmwb::inference {

// Kinds of tokens a span of a sequence can hold.
enum class SpanKind { Visual, Newline, ImageEnd, Prompt, Generated, Latent, Bos };

// Lowercase name of a span kind ("visual", "newline", "image_end", ...).
const char *spanKindName(SpanKind kind);

// Tokens [begin, end) of a query or key sequence.
struct TokenSpan {
    SpanKind kind = SpanKind::Visual;
    int begin = 0;
    int end = 0;
};

// Which part of the model an attention map comes from.
enum class AttentionComponent {
    VisionSelf,      // ViT encoder, bidirectional over the patches (cross_attention, projection)
    ResamplerCross,  // Perceiver latents -> vision tokens
    ResamplerSelf,   // latents -> latents
    DecoderSelf,     // decoder self-attention (over [visual; text] for projection / early_fusion)
    GatedCross       // cross_attention: decoder text -> resampler latents
};

const char *attentionComponentName(AttentionComponent component);

// One layer of one component: probabilities [heads][queries][keys], row-major in `probabilities`.
struct AttentionMap {
    AttentionComponent component = AttentionComponent::DecoderSelf;
    int layer = 0; // index within the component
    int heads = 0;
    int queries = 0;
    int keys = 0;
    std::vector<float> probabilities; // heads * queries * keys; each row sums to 1 over allowed keys
    // [queries][keys], 1 where the pattern lets the query see the key at all; an entry with 0 here
    // has probability exactly 0 (structural), unlike one that is merely small.
    std::vector<unsigned char> allowed;
    std::vector<TokenSpan> querySpans;
    std::vector<TokenSpan> keySpans;
    float gate = 1.0f; // GatedCross: tanh(gate), the weight of the block's output; 1 elsewhere

    float at(int head, int query, int key) const
    {
        return probabilities[(static_cast<std::size_t>(head) * queries + query) * keys + key];
    }
    bool isAllowed(int query, int key) const { return allowed[static_cast<std::size_t>(query) * keys + key] != 0; }
};

// Where the visual tokens came from on the line image.
struct PatchGrid {
    int rows = 0;          // patch rows (input_height / patch_size)
    int columns = 0;       // patch columns holding the line, padding excluded
    int paddedColumns = 0; // columns of the batch the line was run in (>= columns)
    int patchSize = 0;     // pixels of the scaled image per patch side
    int scaledWidth = 0;   // the line image after scaling, before padding to patch_size
    int scaledHeight = 0;
    int paddingRight = 0;  // pixels of padding added to reach a multiple of patch_size
    double scale = 1.0;    // scaled pixels per original pixel
    // Visual token i covers this patch (projection with pooling: a pooled cell of poolRows x poolCols).
    int poolRows = 1;
    int poolColumns = 1;
};

struct AttentionTrace {
    std::string pattern;
    PatchGrid grid;
    std::vector<int> tokens; // decoder sequence ids (-1 where a position holds a visual embedding)
    std::vector<AttentionMap> maps;

    // The first map of a component and layer, or nullptr.
    const AttentionMap *find(AttentionComponent component, int layer) const
    {
        for (const AttentionMap &map : maps)
            if (map.component == component && map.layer == layer)
                return &map;
        return nullptr;
    }
};

} // namespace vlmwb::inference
