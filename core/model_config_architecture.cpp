#include "core/model_config_architecture.h"

#include "core/cost_presets.h"
#include "vlmwb/model_config.h"

#include <QDir>
#include <QFileInfo>

#include <stdexcept>

namespace vlmwb::core {

ModelArchitecture architectureFromModelConfig(const vlmwb::inference::ModelConfig &config, const QString &name)
{
    ModelArchitecture model;
    model.name = name;
    model.description = QStringLiteral("VLM Workbench %1 model").arg(QString::fromStdString(config.pattern));
    model.source = QStringLiteral("%1/config.json").arg(name);
    parsePatternName(QString::fromStdString(config.pattern), &model.pattern);

    // Line crops: grey, scaled to input_height, width capped at max_image_width (scaleLine()).
    model.geometry.kind = GeometryKind::LineCrop;
    model.geometry.patchSize = config.patchSize;
    model.geometry.channels = 1;
    model.geometry.inputHeight = config.inputHeight;
    model.geometry.maxImageWidth = config.maxImageWidth;

    const auto &decoderConfig = config.decoder;
    model.decoder.stack = layerNormStack(decoderConfig.dim, decoderConfig.layers, decoderConfig.heads, decoderConfig.ffMult * decoderConfig.dim);
    model.decoder.vocab = config.vocabSize;
    model.decoder.contextLength = decoderConfig.maxPositions;
    model.decoder.learnedPositions = true;
    model.decoder.tiedEmbeddings = true;       // EarlyFusionVLM ties head.weight to text_embed.weight
    model.decoder.computesMaskedScores = true; // masked attention over the whole square
    model.decoder.logitsForEveryPromptToken = true;

    if (model.pattern != VlmPattern::EarlyFusion) {
        const auto &vision = config.vision;
        model.vision = layerNormStack(vision.dim, vision.layers, vision.heads, vision.ffMult * vision.dim);
        for (const int channels : vlmwb::inference::convStemChannels(vision, config.patchSize))
            model.geometry.convStemChannels.append(channels);
        model.geometry.convStemResidual = vision.stemResidual;
    }
    if (const auto &head = vlmwb::inference::ctcHeadOf(config))
        model.visionCtcClasses = head->size * head->framesPerToken; // the head's outputs per token
    switch (model.pattern) {
    case VlmPattern::Projection: {
        const std::string &kind = config.connector.kind;
        model.connector.kind = kind == "linear" ? ConnectorKind::Linear
            : kind == "mlp"                     ? ConnectorKind::Mlp
            : kind == "downsample"              ? ConnectorKind::Downsample
                                                : ConnectorKind::CAbstractor;
        model.connector.convLayers = config.connector.convLayers;
        if (model.connector.kind == ConnectorKind::Downsample || model.connector.kind == ConnectorKind::CAbstractor) {
            model.geometry.pool2dRows = config.connector.poolRows;
            model.geometry.pool2dColumns = config.connector.poolCols;
        }
        break;
    }
    case VlmPattern::CrossAttention: {
        // Latents in the decoder width, FFN 4 x dim; a vision encoder of another width reaches them
        // through a Linear in front of the resampler (resampler_input).
        const int latentDim = decoderConfig.dim;
        model.connector.kind = ConnectorKind::Resampler;
        model.connector.inputProjection = config.vision.dim != latentDim ? latentDim : 0;
        ResamplerShape &resampler = model.connector.resampler;
        resampler.latents = config.resampler.latents;
        resampler.layers = layerNormStack(latentDim, config.resampler.layers, config.resampler.heads, 4 * latentDim);
        resampler.keyInputDim = latentDim;
        resampler.selfAttention = true;
        model.decoder.crossAttentionInterval = decoderConfig.crossAttentionInterval;
        model.decoder.crossAttentionKeyDim = latentDim;
        model.decoder.crossBlock = layerNormStack(decoderConfig.dim, 0, decoderConfig.heads, 0); // no FFN
        break;
    }
    case VlmPattern::EarlyFusion:
        model.geometry.newlinePerRow = true;
        model.geometry.imageEnd = true;
        model.decoder.mask = config.earlyFusion.mask == "causal" ? AttentionMask::Causal : AttentionMask::PrefixVisual;
        break;
    }
    return model;
}

std::optional<ModelArchitecture> loadModelArchitecture(const QString &folder, QString *error)
{
    const QString path = QDir(folder).filePath(QStringLiteral("config.json"));
    try {
        const vlmwb::inference::ModelConfig config = vlmwb::inference::loadModelConfig(path.toStdString());
        return architectureFromModelConfig(config, QFileInfo(folder).fileName());
    } catch (const std::exception &exception) {
        *error = QString::fromStdString(exception.what());
        return std::nullopt;
    }
}

} // namespace vlmwb::core
