#include "core/visual_tokens.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace vlmwb::core {

namespace {

qint64 ceilDivide(qint64 numerator, qint64 denominator)
{
    return (numerator + denominator - 1) / denominator;
}

// Tokens a connector hands the decoder for one tower pass over a rows x columns grid.
qint64 connectorOutputTokens(const ModelArchitecture &model, int rows, int columns)
{
    switch (model.connector.kind) {
    case ConnectorKind::Resampler:
        return model.connector.resampler.latents;
    case ConnectorKind::Downsample:
    case ConnectorKind::CAbstractor:
        return ceilDivide(rows, model.geometry.pool2dRows) * ceilDivide(columns, model.geometry.pool2dColumns);
    case ConnectorKind::PatchMerger: {
        const int merge = model.geometry.mergeSize;
        return qint64(rows / merge) * (columns / merge);
    }
    case ConnectorKind::None:
    case ConnectorKind::Linear:
    case ConnectorKind::Mlp:
        break;
    }
    return qint64(rows) * columns;
}

// LLaVA-NeXT's _get_unpadded_features: the tiled feature grid cropped back to the image's aspect.
void llavaNextUnpadded(int width, int height, int gridRows, int gridColumns, qint64 *features,
                       qint64 *newlines)
{
    qint64 currentHeight = gridRows;
    qint64 currentWidth = gridColumns;
    const double originalAspect = double(width) / height;
    const double currentAspect = double(currentWidth) / currentHeight;
    if (originalAspect > currentAspect) {
        const qint64 newHeight = qint64(std::round(height * (double(currentWidth) / width) * 1e7) / 1e7);
        const qint64 padding = (currentHeight - newHeight) / 2;
        currentHeight -= padding * 2;
    } else {
        const qint64 newWidth = qint64(std::round(width * (double(currentHeight) / height) * 1e7) / 1e7);
        const qint64 padding = (currentWidth - newWidth) / 2;
        currentWidth -= padding * 2;
    }
    *features = currentHeight * currentWidth;
    *newlines = currentHeight;
}

} // namespace

QSize qwen2SmartResize(int width, int height, int factor, qint64 minPixels, qint64 maxPixels)
{
    // std::nearbyint rounds half to even under the default rounding mode, as Python's round does.
    qint64 heightBar = qint64(std::nearbyint(double(height) / factor)) * factor;
    qint64 widthBar = qint64(std::nearbyint(double(width) / factor)) * factor;
    heightBar = std::max<qint64>(heightBar, factor);
    widthBar = std::max<qint64>(widthBar, factor);
    if (heightBar * widthBar > maxPixels) {
        const double beta = std::sqrt(double(height) * width / maxPixels);
        heightBar = std::max<qint64>(factor, qint64(std::floor(height / beta / factor)) * factor);
        widthBar = std::max<qint64>(factor, qint64(std::floor(width / beta / factor)) * factor);
    } else if (heightBar * widthBar < minPixels) {
        const double beta = std::sqrt(double(minPixels) / (double(height) * width));
        heightBar = qint64(std::ceil(height * beta / factor)) * factor;
        widthBar = qint64(std::ceil(width * beta / factor)) * factor;
    }
    return QSize(int(widthBar), int(heightBar));
}

QSize llavaNextBestResolution(int width, int height, const QVector<QSize> &pinpoints)
{
    QSize best;
    qint64 bestEffective = 0;
    qint64 leastWasted = std::numeric_limits<qint64>::max();
    for (const QSize &candidate : pinpoints) {
        const double scale = std::min(double(candidate.width()) / width, double(candidate.height()) / height);
        const qint64 scaledWidth = qint64(width * scale);
        const qint64 scaledHeight = qint64(height * scale);
        const qint64 effective = std::min(scaledWidth * scaledHeight, qint64(width) * height);
        const qint64 wasted = qint64(candidate.width()) * candidate.height() - effective;
        if (effective > bestEffective || (effective == bestEffective && wasted < leastWasted)) {
            bestEffective = effective;
            leastWasted = wasted;
            best = candidate;
        }
    }
    return best;
}

QSize fuyuResize(int width, int height, int targetWidth, int targetHeight)
{
    if (width <= targetWidth && height <= targetHeight)
        return QSize(width, height);
    const double scale = std::min(double(targetHeight) / height, double(targetWidth) / width);
    return QSize(int(width * scale), int(height * scale));
}

VisualTokenCount countVisualTokens(const ModelArchitecture &model, int width, int height, int frames)
{
    const VisualGeometry &geometry = model.geometry;
    const int patch = geometry.patchSize;
    const bool video = frames > 0;
    const int frameCount = video ? frames : 1;
    VisualTokenCount count;
    qint64 perFrame = 0;
    qint64 newlinesPerFrame = 0;
    qint64 passesPerFrame = 1;
    qint64 passes = -1; // -1: passesPerFrame x frames

    GeometryKind kind = geometry.kind;
    if (video && kind == GeometryKind::AnyResolutionTiles)
        kind = GeometryKind::FixedSquare; // LLaVA-NeXT-Video: frames go through the base image only

    switch (kind) {
    case GeometryKind::FixedSquare: {
        count.resizedWidth = count.resizedHeight = geometry.imageSize;
        count.gridRows = count.gridColumns = geometry.imageSize / patch;
        perFrame = connectorOutputTokens(model, count.gridRows, count.gridColumns);
        if (video && geometry.framePoolStride > 1)
            perFrame = qint64(count.gridRows / geometry.framePoolStride) * (count.gridColumns / geometry.framePoolStride);
        break;
    }
    case GeometryKind::AnyResolutionTiles: {
        const QSize best = llavaNextBestResolution(width, height, geometry.gridPinpoints);
        count.resizedWidth = best.width();
        count.resizedHeight = best.height();
        const int tileGrid = geometry.imageSize / patch;
        const int tileRows = best.height() / geometry.imageSize;
        const int tileColumns = best.width() / geometry.imageSize;
        count.gridRows = tileRows * tileGrid;
        count.gridColumns = tileColumns * tileGrid;
        qint64 unpadded = 0;
        llavaNextUnpadded(width, height, count.gridRows, count.gridColumns, &unpadded, &newlinesPerFrame);
        perFrame = unpadded + newlinesPerFrame + qint64(tileGrid) * tileGrid; // + the base image
        passesPerFrame = qint64(tileRows) * tileColumns + 1;
        break;
    }
    case GeometryKind::DynamicResolution: {
        const QSize resized = qwen2SmartResize(width, height, patch * geometry.mergeSize, geometry.minPixels,
                                               geometry.maxPixels);
        count.resizedWidth = resized.width();
        count.resizedHeight = resized.height();
        count.gridRows = resized.height() / patch;
        count.gridColumns = resized.width() / patch;
        perFrame = connectorOutputTokens(model, count.gridRows, count.gridColumns);
        // A temporal patch covers `temporalPatch` frames: a still image is repeated to fill one,
        // and a video's frames are grouped (the last group padded by repetition).
        passes = ceilDivide(frameCount, geometry.temporalPatch);
        break;
    }
    case GeometryKind::FitAndPad: {
        const QSize resized = fuyuResize(width, height, geometry.targetWidth, geometry.targetHeight);
        count.resizedWidth = resized.width();
        count.resizedHeight = resized.height();
        count.gridRows = int(ceilDivide(resized.height(), patch));
        count.gridColumns = int(ceilDivide(resized.width(), patch));
        perFrame = qint64(count.gridRows) * count.gridColumns;
        break;
    }
    case GeometryKind::LineCrop: {
        const int scaledWidth = int(std::lround(double(width) * geometry.inputHeight / height));
        count.resizedWidth = std::clamp(scaledWidth, 1, geometry.maxImageWidth); // as inference scaleLine()
        count.resizedHeight = geometry.inputHeight;
        count.gridRows = geometry.inputHeight / patch;
        count.gridColumns = int(ceilDivide(count.resizedWidth, patch));
        perFrame = connectorOutputTokens(model, count.gridRows, count.gridColumns);
        break;
    }
    }

    if (geometry.newlinePerRow && geometry.kind != GeometryKind::AnyResolutionTiles) { // tiles: newlines counted above; video frames: none
        newlinesPerFrame = count.gridRows;
        perFrame += newlinesPerFrame;
    }
    if (geometry.imageEnd)
        perFrame += 1;

    count.perFrame = perFrame;
    count.newlineTokens = newlinesPerFrame * frameCount;
    count.encoderImages = passes >= 0 ? passes : passesPerFrame * frameCount;
    if (kind == GeometryKind::AnyResolutionTiles || kind == GeometryKind::FixedSquare) {
        const int tileGrid = geometry.imageSize / patch;
        count.connectorInputTokens = qint64(tileGrid) * tileGrid;
    } else {
        count.connectorInputTokens = qint64(count.gridRows) * count.gridColumns;
    }
    count.encoderTokensPerImage = count.connectorInputTokens + (geometry.classToken ? 1 : 0);

    const qint64 frameTokens = kind == GeometryKind::DynamicResolution ? perFrame * count.encoderImages
                                                                         : perFrame * frameCount;
    if (model.pattern == VlmPattern::CrossAttention)
        count.crossAttended = frameTokens;
    else
        count.inSequence = frameTokens;
    return count;
}

} // namespace vlmwb::core
