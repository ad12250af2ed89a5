#include "core/cost_presets.h"

namespace vlmwb::core {

namespace {

// CLIP ViT-L/14 at 336 px (openai/clip-vit-large-patch14-336 config.json: hidden_size 1024,
// num_hidden_layers 24, num_attention_heads 16, intermediate_size 4096, patch_size 14, image_size 336).
TransformerShape clipLarge()
{
    TransformerShape shape;
    shape.dim = 1024;
    shape.layers = 24;
    shape.heads = 16;
    shape.intermediate = 4096;
    shape.linearBias = true;
    return shape;
}

VisualGeometry squareGeometry(int imageSize, int patchSize, bool classToken)
{
    VisualGeometry geometry;
    geometry.kind = GeometryKind::FixedSquare;
    geometry.imageSize = imageSize;
    geometry.patchSize = patchSize;
    geometry.classToken = classToken;
    return geometry;
}

// A LLaMA-shaped decoder: SwiGLU, RMSNorm, no biases, untied head.
DecoderShape llamaDecoder(int dim, int layers, int heads, int kvHeads, int headDim, int intermediate, int vocab,
                          int context)
{
    DecoderShape decoder;
    decoder.stack.dim = dim;
    decoder.stack.layers = layers;
    decoder.stack.heads = heads;
    decoder.stack.kvHeads = kvHeads;
    decoder.stack.headDim = headDim;
    decoder.stack.intermediate = intermediate;
    decoder.stack.gatedFfn = true;
    decoder.stack.normParameters = 1;
    decoder.vocab = vocab;
    decoder.contextLength = context;
    return decoder;
}

// Vicuna-7B v1.5 = LLaMA-2-7B shapes (lmsys/vicuna-7b-v1.5 config.json: 4096, 32 layers, 32 heads,
// intermediate 11008, vocab 32000, max_position_embeddings 4096).
DecoderShape vicuna7b()
{
    return llamaDecoder(4096, 32, 32, 32, 0, 11008, 32000, 4096);
}

// Qwen3 dense decoders (Qwen/Qwen3-8B, -14B, -32B config.json; head_dim 128, 8 KV heads,
// vocab 151936, max_position_embeddings 40960, tie_word_embeddings false).
DecoderShape qwen3(int dim, int layers, int heads, int intermediate)
{
    return llamaDecoder(dim, layers, heads, 8, 128, intermediate, 151936, 40960);
}

ConnectorShape mlpConnector()
{
    ConnectorShape connector;
    connector.kind = ConnectorKind::Mlp;
    return connector;
}

// The reference PerceiverResampler (course text 5.2): latents x dim, 8 heads, self-attention,
// FFN 4 x dim, nn.MultiheadAttention with biases; keys are the vision tokens only.
ConnectorShape referenceResampler(int dim, int latents, int layers)
{
    ConnectorShape connector;
    connector.kind = ConnectorKind::Resampler;
    ResamplerShape &resampler = connector.resampler;
    resampler.latents = latents;
    resampler.layers.dim = dim;
    resampler.layers.layers = layers;
    resampler.layers.heads = 8;
    resampler.layers.intermediate = 4 * dim;
    resampler.layers.linearBias = true;
    resampler.keyInputDim = dim;
    resampler.selfAttention = true;
    return connector;
}

// The reference GatedCrossAttentionBlock: nn.MultiheadAttention(dim, 8 heads), no FFN.
void addReferenceCrossAttention(DecoderShape *decoder, int interval, int keyDim)
{
    decoder->crossAttentionInterval = interval;
    decoder->crossAttentionKeyDim = keyDim;
    decoder->crossBlock = TransformerShape();
    decoder->crossBlock.heads = 8;
    decoder->crossBlock.headDim = decoder->stack.dim / 8;
    decoder->crossBlock.linearBias = true;
}

ModelArchitecture llava15(const QString &name, DecoderShape decoder, const QString &source)
{
    ModelArchitecture model;
    model.name = name;
    model.pattern = VlmPattern::Projection;
    model.vision = clipLarge();
    model.geometry = squareGeometry(336, 14, true);
    model.connector = mlpConnector();
    model.decoder = decoder;
    model.source = source;
    return model;
}

ModelArchitecture llava15_7b()
{
    ModelArchitecture model = llava15(
        "llava-1.5-7b", vicuna7b(),
        "liuhaotian/llava-v1.5-7b config.json and paper (Liu et al. 2023, 'Improved Baselines with Visual "
        "Instruction Tuning'): CLIP ViT-L/14-336 (1024, 24 layers, 16 heads, 4096), mlp2x_gelu projector, "
        "Vicuna-7B v1.5 (4096, 32 layers, 32 heads, 11008, vocab 32000, 4096 positions).");
    model.description = "CLIP ViT-L/14-336 + 2-layer MLP + Vicuna-7B";
    return model;
}

ModelArchitecture llava15_13b()
{
    ModelArchitecture model = llava15(
        "llava-1.5-13b", llamaDecoder(5120, 40, 40, 40, 0, 13824, 32000, 4096),
        "liuhaotian/llava-v1.5-13b config.json: CLIP ViT-L/14-336, mlp2x_gelu projector, Vicuna-13B v1.5 "
        "(5120, 40 layers, 40 heads, 13824, vocab 32000, 4096 positions).");
    model.description = "CLIP ViT-L/14-336 + 2-layer MLP + Vicuna-13B";
    return model;
}

// LLaVA-NeXT any-resolution tiling (liuhaotian/llava-v1.6-vicuna-7b config.json:
// image_grid_pinpoints [[336,672],[672,336],[672,672],[1008,336],[336,1008]] as [height, width]).
VisualGeometry anyResolution()
{
    VisualGeometry geometry = squareGeometry(336, 14, true);
    geometry.kind = GeometryKind::AnyResolutionTiles;
    geometry.gridPinpoints = {QSize(672, 336), QSize(336, 672), QSize(672, 672), QSize(336, 1008), QSize(1008, 336)};
    geometry.newlinePerRow = true;
    return geometry;
}

ModelArchitecture llavaNext7b()
{
    ModelArchitecture model = llava15_7b();
    model.name = "llava-next-7b";
    model.description = "LLaVA-NeXT (v1.6) Vicuna-7B: any-resolution 336-px tiles + base image";
    model.geometry = anyResolution();
    model.source = "liuhaotian/llava-v1.6-vicuna-7b config.json (image_grid_pinpoints, mm_patch_merge_type "
                   "spatial_unpad) and transformers' LlavaNextProcessor token arithmetic; tower and decoder as "
                   "LLaVA-1.5-7B.";
    return model;
}

ModelArchitecture llavaNextVideo7b()
{
    ModelArchitecture model = llavaNext7b();
    model.name = "llava-next-video-7b";
    model.description = "LLaVA-NeXT-Video-7B: frames of 24x24 patches average-pooled by 2 (144 tokens each)";
    model.geometry.framePoolStride = 2;
    model.source = "llava-hf/LLaVA-NeXT-Video-7B-hf config.json (spatial_pool_stride 2, spatial_pool_mode "
                   "average; Vicuna-7B v1.5 decoder, CLIP ViT-L/14-336).";
    return model;
}

ModelArchitecture qwen2Vl7b()
{
    ModelArchitecture model;
    model.name = "qwen2-vl-7b";
    model.description = "Qwen2-VL-7B: dynamic resolution, 14-px patches, 2x2 merge";
    model.pattern = VlmPattern::Projection;
    model.vision.dim = 1280;
    model.vision.layers = 32;
    model.vision.heads = 16;
    model.vision.intermediate = 5120; // mlp_ratio 4
    model.vision.linearBias = true;
    model.geometry.kind = GeometryKind::DynamicResolution;
    model.geometry.patchSize = 14;
    model.geometry.temporalPatch = 2;
    model.geometry.mergeSize = 2;
    model.geometry.minPixels = 3136;     // 56 x 56
    model.geometry.maxPixels = 12845056; // 28 x 28 x 16384
    model.connector.kind = ConnectorKind::PatchMerger;
    model.decoder = llamaDecoder(3584, 28, 28, 4, 0, 18944, 152064, 32768);
    model.decoder.stack.qkvBias = true;
    model.source = "Qwen/Qwen2-VL-7B-Instruct config.json (hidden 3584, 28 layers, 28 heads, 4 KV heads, "
                   "intermediate 18944, vocab 152064, 32768 positions; vision_config embed_dim 1280, depth 32, "
                   "16 heads, mlp_ratio 4, patch 14, temporal_patch_size 2, spatial_merge_size 2) and "
                   "preprocessor_config.json (min_pixels 3136, max_pixels 12845056).";
    return model;
}

ModelArchitecture fuyu8b()
{
    ModelArchitecture model;
    model.name = "fuyu-8b";
    model.description = "Fuyu-8B: raw 30-px patches into Persimmon-8B, newline per patch row";
    model.pattern = VlmPattern::EarlyFusion;
    model.geometry.kind = GeometryKind::FitAndPad;
    model.geometry.patchSize = 30;
    model.geometry.targetWidth = 1920;
    model.geometry.targetHeight = 1080;
    model.geometry.newlinePerRow = true;
    model.decoder.stack.dim = 4096;
    model.decoder.stack.layers = 36;
    model.decoder.stack.heads = 64;
    model.decoder.stack.intermediate = 16384; // squared-ReLU MLP, not gated
    model.decoder.stack.linearBias = true;
    model.decoder.vocab = 262144;
    model.decoder.contextLength = 16384;
    model.source = "adept/fuyu-8b config.json (hidden 4096, 36 layers, 64 heads, intermediate 16384, vocab "
                   "262144, 16384 positions, patch_size 30) and FuyuImageProcessor (target 1080 x 1920, shrink "
                   "to fit, crop padding to whole patches, |NEWLINE| after every patch row).";
    return model;
}

ModelArchitecture blip2Opt27b()
{
    ModelArchitecture model;
    model.name = "blip2-opt-2.7b";
    model.description = "BLIP-2: EVA ViT-g + Q-Former (32 queries) + OPT-2.7B";
    model.pattern = VlmPattern::Projection; // the 32 query outputs are prefixed to the text
    model.vision.dim = 1408;
    model.vision.layers = 39;
    model.vision.heads = 16;
    model.vision.intermediate = 6144;
    model.vision.linearBias = true;
    model.geometry = squareGeometry(224, 14, true);
    model.connector.kind = ConnectorKind::Resampler;
    ResamplerShape &qformer = model.connector.resampler;
    qformer.latents = 32;
    qformer.layers.dim = 768;
    qformer.layers.layers = 12;
    qformer.layers.heads = 12;
    qformer.layers.intermediate = 3072;
    qformer.layers.linearBias = true;
    qformer.keyInputDim = 1408;
    qformer.crossAttentionInterval = 2;
    qformer.selfAttention = true;
    model.connector.outputProjection = 2560;
    model.decoder.stack.dim = 2560;
    model.decoder.stack.layers = 32;
    model.decoder.stack.heads = 32;
    model.decoder.stack.intermediate = 10240;
    model.decoder.stack.linearBias = true;
    model.decoder.vocab = 50272;
    model.decoder.contextLength = 2048;
    model.decoder.tiedEmbeddings = true;
    model.decoder.learnedPositions = true;
    model.source = "Salesforce/blip2-opt-2.7b config.json (vision 1408, 39 layers, 16 heads, 6144, image 224, "
                   "patch 14; qformer 768, 12 layers, 12 heads, 3072, cross_attention_frequency 2, "
                   "num_query_tokens 32; OPT-2.7B 2560, 32 layers, 32 heads, ffn 10240, vocab 50272, 2048 "
                   "positions, tied head).";
    return model;
}

ModelArchitecture idefics9b()
{
    ModelArchitecture model;
    model.name = "idefics-9b";
    model.description = "IDEFICS-9B (open Flamingo): ViT-H/14 + 64-latent perceiver + LLaMA-7B with gated x-attn";
    model.pattern = VlmPattern::CrossAttention;
    model.vision.dim = 1280;
    model.vision.layers = 32;
    model.vision.heads = 16;
    model.vision.intermediate = 5120;
    model.vision.linearBias = true;
    model.geometry = squareGeometry(224, 14, true);
    model.connector.kind = ConnectorKind::Resampler;
    ResamplerShape &perceiver = model.connector.resampler;
    perceiver.latents = 64;
    perceiver.layers.dim = 1280;
    perceiver.layers.layers = 6;
    perceiver.layers.heads = 16;
    perceiver.layers.headDim = 96;
    perceiver.layers.intermediate = 5120;
    perceiver.keyInputDim = 1280;
    perceiver.keysIncludeLatents = true;
    perceiver.selfAttention = false;
    model.decoder = llamaDecoder(4096, 32, 32, 32, 0, 11008, 32000, 2048);
    model.decoder.crossAttentionInterval = 4;
    model.decoder.crossAttentionKeyDim = 1280;
    model.decoder.crossBlock.heads = 32;
    model.decoder.crossBlock.headDim = 128;
    model.decoder.crossBlock.intermediate = 11008;
    model.decoder.crossBlock.gatedFfn = true;
    model.decoder.crossBlock.normParameters = 1;
    model.source = "HuggingFaceM4/idefics-9b config.json (LLaMA-7B 4096, 32 layers, 32 heads, 11008, vocab "
                   "32000, 2048 positions; cross_layer_interval 4; vision embed_dim 1280, 32 layers, 16 heads, "
                   "image 224, patch 14; perceiver 64 latents, depth 6, 16 heads x 96).";
    return model;
}

ModelArchitecture tier(const QString &name, const QString &description, TransformerShape vision,
                       VisualGeometry geometry, DecoderShape decoder, const QString &source)
{
    ModelArchitecture model;
    model.name = name;
    model.description = description;
    model.pattern = VlmPattern::Projection;
    model.vision = vision;
    model.geometry = geometry;
    model.connector = mlpConnector();
    model.decoder = decoder;
    model.defaultDecoderWeights = NumericType::Int4;
    model.source = source;
    return model;
}

TransformerShape vitHuge()
{
    TransformerShape shape = clipLarge();
    shape.dim = 1280;
    shape.layers = 32;
    shape.intermediate = 5120;
    return shape;
}

ModelArchitecture tierH100()
{
    ModelArchitecture model = tier("tier-h100", "ViT-H/14 + Qwen3-32B (4-bit) + cross-attention", vitHuge(),
                                   squareGeometry(224, 14, true), qwen3(5120, 64, 64, 25600),
                                   "Course text GPU-tier table, H100 row. ViT-H/14 as laion/CLIP-ViT-H-14 (1280, 32 "
                                   "layers, 16 heads, 5120, 224 px); Qwen/Qwen3-32B config.json (5120, 64 layers, 64 "
                                   "heads x 128, 8 KV heads, 25600); reference resampler (64 latents, 6 layers) and "
                                   "gated cross-attention every 4th layer.");
    model.pattern = VlmPattern::CrossAttention;
    model.connector = referenceResampler(1280, 64, 6);
    addReferenceCrossAttention(&model.decoder, 4, 1280);
    return model;
}

// Qwen3-30B-A3B (Qwen/Qwen3-30B-A3B config.json: hidden 2048, 48 layers, 32 heads x 128, 4 KV heads,
// 128 experts, 8 per token, moe_intermediate_size 768, vocab 151936) behind CLIP-L and an MLP.
ModelArchitecture llavaQwen3Moe()
{
    DecoderShape decoder = llamaDecoder(2048, 48, 32, 4, 128, 768, 151936, 40960);
    decoder.stack.experts = 128;
    decoder.stack.activeExperts = 8;
    ModelArchitecture model = llava15("llava-qwen3-30b-a3b", decoder,
                                      "Qwen/Qwen3-30B-A3B config.json (2048, 48 layers, 32 heads x 128, 4 KV heads, "
                                      "128 experts, 8 active, moe_intermediate_size 768, vocab 151936); a "
                                      "LLaVA-1.5-style composition with CLIP ViT-L/14-336 for the MoE case.");
    model.description = "CLIP ViT-L/14-336 + MLP + Qwen3-30B-A3B (mixture of experts)";
    return model;
}

QVector<ModelArchitecture> buildPresets()
{
    const QString tierSource = QStringLiteral("Course text GPU-tier table, %1 row. %2");
    TransformerShape siglip;
    siglip.dim = 1152;
    siglip.layers = 27;
    siglip.heads = 16;
    siglip.intermediate = 4304;
    siglip.linearBias = true;

    ModelArchitecture tierT4 = llava15_7b();
    tierT4.name = "tier-t4";
    tierT4.description = "CLIP-ViT-L + Vicuna-7B (4-bit) + MLP";
    tierT4.defaultDecoderWeights = NumericType::Int4;
    tierT4.source = tierSource.arg("T4", "Shapes as llava-1.5-7b.");

    return {
        llava15_7b(),
        llava15_13b(),
        llavaNext7b(),
        llavaNextVideo7b(),
        qwen2Vl7b(),
        fuyu8b(),
        blip2Opt27b(),
        idefics9b(),
        tierT4,
        tier("tier-l4", "SigLIP-So400M + Qwen3-8B (4-bit) + MLP", siglip, squareGeometry(384, 14, false),
             qwen3(4096, 36, 32, 12288),
             tierSource.arg("L4", "google/siglip-so400m-patch14-384 config.json (1152, 27 layers, 16 heads, 4304, "
                                  "384 px, patch 14); Qwen/Qwen3-8B config.json (4096, 36 layers, 32 heads, 8 KV "
                                  "heads, 12288).")),
        tier("tier-a100", "ViT-L + Qwen3-14B (4-bit) + MLP", clipLarge(), squareGeometry(336, 14, true),
             qwen3(5120, 40, 40, 17408),
             tierSource.arg("A100", "CLIP ViT-L/14-336; Qwen/Qwen3-14B config.json (5120, 40 layers, 40 heads, 8 "
                                    "KV heads, 17408).")),
        tierH100(),
        llavaQwen3Moe(),
    };
}

} // namespace

const QVector<ModelArchitecture> &modelPresets()
{
    static const QVector<ModelArchitecture> presets = buildPresets();
    return presets;
}

std::optional<ModelArchitecture> findModelPreset(const QString &name)
{
    for (const ModelArchitecture &model : modelPresets()) {
        if (model.name == name)
            return model;
    }
    return std::nullopt;
}

const QVector<TierClaim> &tierClaims()
{
    static const QVector<TierClaim> claims = {
        {"tier-t4", "t4", 14, "T4: CLIP-ViT-L + Vicuna-7B 4-bit + MLP, ~14 GB"},
        {"tier-l4", "l4", 18, "L4: SigLIP-So400M + Qwen3-8B 4-bit, ~18 GB"},
        {"tier-a100", "a100-40gb", 28, "A100: ViT-L + Qwen3-14B 4-bit, ~28 GB"},
        {"tier-h100", "h100", 50, "H100: ViT-H + Qwen3-32B 4-bit + cross-attention, ~50 GB"},
    };
    return claims;
}

ModelArchitecture withPattern(const ModelArchitecture &model, VlmPattern pattern)
{
    if (model.pattern == pattern)
        return model;
    ModelArchitecture converted = model;
    converted.pattern = pattern;
    converted.name = model.name + "@" + patternName(pattern);
    converted.decoder.crossAttentionInterval = 0;
    converted.decoder.mask = AttentionMask::Causal;
    if (model.vision.layers == 0 && pattern != VlmPattern::EarlyFusion) {
        // An early-fusion model gets the CLIP ViT-L/14-336 tower to compare against.
        converted.vision = clipLarge();
        converted.geometry = squareGeometry(336, 14, true);
    }
    switch (pattern) {
    case VlmPattern::Projection:
        if (converted.connector.kind == ConnectorKind::None || model.pattern == VlmPattern::CrossAttention)
            converted.connector = mlpConnector();
        break;
    case VlmPattern::CrossAttention:
        converted.connector = referenceResampler(converted.vision.dim, 64, 6);
        addReferenceCrossAttention(&converted.decoder, 4, converted.vision.dim);
        break;
    case VlmPattern::EarlyFusion:
        converted.vision = TransformerShape();
        converted.connector = ConnectorShape();
        converted.geometry = fuyu8b().geometry;
        break;
    }
    return converted;
}

} // namespace vlmwb::core
