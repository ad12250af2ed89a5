// The cost model's plain data: a model's architecture as the estimator sees it, the input it is
// asked about, and what it answers. Counts are exact integers; MACs are multiply-accumulates
// (FLOPs = 2 x MACs); bytes are exact integers (int4 packs two values per byte).
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cstdint>

namespace vlmwb::core {

enum class VlmPattern { CrossAttention, Projection, EarlyFusion };
enum class NumericType { Fp32, Fp16, Bf16, Int8, Int4 };

QString patternName(VlmPattern pattern);                    // "cross_attention", ...
bool parsePatternName(const QString &name, VlmPattern *pattern);
QString numericTypeName(NumericType type);                  // "fp32", "fp16", ...
bool parseNumericTypeName(const QString &name, NumericType *type);
int bitsPerElement(NumericType type);
bool isQuantized(NumericType type);                         // int8 / int4: weight-only formats

// One stack of transformer layers (vision tower, decoder, resampler, Q-Former).
struct TransformerShape {
    int dim = 0;            // residual width
    int layers = 0;
    int heads = 0;
    int kvHeads = 0;        // grouped-query attention; 0 means kvHeads == heads
    int headDim = 0;        // 0 means dim / heads (Qwen3-32B is 64 x 128 != 5120)
    int intermediate = 0;   // FFN hidden width (per expert for MoE)
    bool gatedFfn = false;  // SwiGLU: gate, up, down matrices instead of up, down
    int experts = 0;        // mixture of experts: experts per layer (0: dense)
    int activeExperts = 0;  // experts each token runs through
    bool linearBias = false; // every linear layer has a bias (CLIP, OPT, Persimmon, nn.MultiheadAttention)
    bool qkvBias = false;   // only q, k, v have biases (Qwen2)
    int normParameters = 2; // per norm and per channel: 2 for LayerNorm, 1 for RMSNorm

    int effectiveKvHeads() const { return kvHeads > 0 ? kvHeads : heads; }
    int effectiveHeadDim() const { return headDim > 0 ? headDim : (heads > 0 ? dim / heads : 0); }
    int queryWidth() const { return heads * effectiveHeadDim(); }
    int kvWidth() const { return effectiveKvHeads() * effectiveHeadDim(); }
};

// How pixels become visual tokens.
enum class GeometryKind {
    FixedSquare,       // resize to imageSize x imageSize (CLIP, SigLIP, EVA, LLaVA-1.5)
    AnyResolutionTiles,// LLaVA-NeXT: best grid pinpoint, tiles of imageSize, unpad, newline per row, base image
    DynamicResolution, // Qwen2-VL: smart_resize to multiples of patch x merge within min/max pixels
    FitAndPad,         // Fuyu: shrink to fit target box, patches of the (patch-rounded) image, newline per row
    LineCrop,          // VLM Workbench models: scale to inputHeight, cap the width, patch grid
};

struct VisualGeometry {
    GeometryKind kind = GeometryKind::FixedSquare;
    int imageSize = 0;          // square input side (FixedSquare, tile side of AnyResolutionTiles)
    int patchSize = 0;
    int channels = 3;
    int temporalPatch = 1;      // Qwen2-VL: 2 frames per patch (an image is repeated twice)
    bool classToken = false;    // the tower adds a CLS token (runs through it, dropped before the LLM)
    QVector<QSize> gridPinpoints; // AnyResolutionTiles: (width, height) candidates in config order
    qint64 minPixels = 0;       // DynamicResolution
    qint64 maxPixels = 0;
    int mergeSize = 1;          // DynamicResolution: merge x merge patches become one token
    int targetWidth = 0;        // FitAndPad box
    int targetHeight = 0;
    int inputHeight = 0;        // LineCrop
    int maxImageWidth = 0;      // LineCrop
    bool newlinePerRow = false; // one newline token after every row of patches
    bool imageEnd = false;      // one image-end token after the image
    int framePoolStride = 1;    // video: average-pool each frame's grid by this stride (LLaVA-NeXT-Video: 2)
    int pool2dRows = 1;         // connector pooling window (downsample / C-Abstractor)
    int pool2dColumns = 1;
    // The patch embedding as 3x3 stride-2 convolutions with these output channels (VLM Workbench's
    // conv stem), log2(patchSize) of them; empty: one linear map of each patch's pixels.
    QVector<int> convStemChannels;
    // Residual 3x3 stride-1 convolutions after each stride-2 one, at that stage's width.
    int convStemResidual = 0;
};

enum class ConnectorKind { None, Linear, Mlp, PatchMerger, Downsample, CAbstractor, Resampler };

// Perceiver resampler or Q-Former: a fixed set of latent queries attending to the vision tokens.
struct ResamplerShape {
    int latents = 0;
    TransformerShape layers;    // dim, layers, heads, headDim, intermediate of the latent stack
    int keyInputDim = 0;        // width of the vision tokens its cross-attention reads
    int crossAttentionInterval = 1; // Q-Former: cross-attention in every 2nd layer
    bool keysIncludeLatents = false; // Flamingo/IDEFICS: keys = [vision tokens; latents]
    bool selfAttention = true;  // a self-attention sub-layer in every layer (reference, Q-Former)
};

struct ConnectorShape {
    ConnectorKind kind = ConnectorKind::None;
    int hidden = 0;             // MLP hidden width (0: the decoder width)
    int convLayers = 0;         // C-Abstractor
    ResamplerShape resampler;   // Resampler kind
    int outputProjection = 0;   // Resampler: a final Linear(latent dim, this) (BLIP-2), 0: none
    int inputProjection = 0;    // Resampler: a first Linear(vision dim, this) its cross-attention reads, 0: none
};

enum class AttentionMask { Causal, PrefixVisual };

struct DecoderShape {
    TransformerShape stack;
    int vocab = 0;
    int contextLength = 0;          // longest sequence the model was built for
    bool tiedEmbeddings = false;    // LM head shares the token embedding
    bool learnedPositions = false;  // a (contextLength x dim) position table
    AttentionMask mask = AttentionMask::Causal;
    // The implementation computes every score of the square and masks afterwards (eager attention,
    // nn.MultiheadAttention with a mask) rather than skipping masked entries (causal kernels).
    bool computesMaskedScores = false;
    // The prefill computes logits for every prompt position (the workbench engine), not only the last.
    bool logitsForEveryPromptToken = false;
    int crossAttentionInterval = 0; // cross_attention pattern: a gated block every Nth layer
    int crossAttentionKeyDim = 0;   // width of the visual tokens those blocks read
    TransformerShape crossBlock;    // heads, headDim, intermediate (0: no FFN in the block), gatedFfn
};

struct ModelArchitecture {
    QString name;
    QString description;
    QString source;                 // where the numbers come from
    VlmPattern pattern = VlmPattern::Projection;
    TransformerShape vision;        // layers == 0: no vision tower (early fusion)
    VisualGeometry geometry;
    ConnectorShape connector;
    DecoderShape decoder;
    NumericType defaultDecoderWeights = NumericType::Fp16; // tier presets: int4
    int visionCtcClasses = 0;       // classes of a CTC head on the image reader: the vision encoder, or
                                    // early_fusion's decoder (0: none)
};

struct EstimateInput {
    int width = 0;          // pixels
    int height = 0;
    int frames = 0;         // 0: a still image; N: N video frames
    int promptTokens = 0;   // text tokens before generation
    int outputTokens = 0;   // generated tokens
    int batch = 1;
    NumericType dtype = NumericType::Fp16;
    bool decoderWeightsSet = false; // false: the preset's default decoder weight type
    NumericType decoderWeights = NumericType::Fp16;
    bool captureAttention = false;  // keep every layer's scores (the workbench's attention trace)
};

// MACs by component.
struct ComponentMacs {
    qint64 visionEncoder = 0;
    qint64 connector = 0;
    qint64 decoderAttention = 0;
    qint64 decoderFfn = 0;
    qint64 crossAttention = 0;
    qint64 lmHead = 0;
    qint64 total() const
    {
        return visionEncoder + connector + decoderAttention + decoderFfn + crossAttention + lmHead;
    }
};

struct ParameterCounts {
    qint64 vision = 0;
    qint64 connector = 0;
    qint64 decoderLinear = 0;      // quantizable matrices of the decoder (and its cross blocks)
    qint64 decoderOther = 0;       // embeddings, LM head, norms, biases: kept at 16 bits when quantized
    qint64 decoderActive = 0;      // parameters one token runs through (MoE: active experts only)
    qint64 total() const { return vision + connector + decoderLinear + decoderOther; }
};

struct MemoryBytes {
    qint64 weights = 0;
    qint64 kvCache = 0;              // self-attention K/V of the whole sequence + cross-attention K/V
    qint64 crossAttentionKv = 0;     // part of kvCache: image K/V computed once
    qint64 attentionScores = 0;      // one layer's eager scores and their softmax, all heads (live together)
    qint64 attentionScoresAllLayers = 0; // every decoder layer's, when the trace keeps them
    qint64 activations = 0;          // peak live activations of one layer (+ last-position logits)
    qint64 total = 0;
};

struct VisualTokenCount {
    qint64 inSequence = 0;           // tokens placed in the decoder sequence (incl. newline, image end)
    qint64 crossAttended = 0;        // tokens the cross-attention blocks read (cross_attention)
    qint64 newlineTokens = 0;
    qint64 perFrame = 0;             // visual tokens of one frame/image
    qint64 encoderImages = 0;        // images (tiles x frames) the vision tower runs on
    qint64 encoderTokensPerImage = 0;// tokens per tower pass (incl. CLS)
    qint64 connectorInputTokens = 0; // per tower pass, before pooling or merging
    int gridRows = 0;                // patch grid of one frame (after resize)
    int gridColumns = 0;
    int resizedWidth = 0;
    int resizedHeight = 0;
};

struct CostEstimate {
    VisualTokenCount visual;
    qint64 textTokens = 0;
    qint64 prefillLength = 0;   // decoder tokens of the prefill
    qint64 sequenceLength = 0;  // prefill + output: the context at the end
    int contextLength = 0;
    ParameterCounts parameters;
    ComponentMacs prefill;
    ComponentMacs decode;
    MemoryBytes memory;
    NumericType decoderWeights = NumericType::Fp16;
    QStringList notes;
};

} // namespace vlmwb::core
