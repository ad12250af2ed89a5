// Line crop scaling and batching (see line_images.h).
#include "line_images.h"

#include <algorithm>
#include <cmath>

namespace vlmwb::inference {

ScaledLine scaleLine(const LineImage &image, const ModelConfig &config)
{
    if (image.width <= 0 || image.height <= 0)
        throw std::invalid_argument("A line image of " + std::to_string(image.width) + " x "
                                    + std::to_string(image.height) + " pixels is empty and cannot be read.");
    if (image.pixels.size() != static_cast<std::size_t>(image.width) * image.height)
        throw std::invalid_argument("A line image of " + std::to_string(image.width) + " x "
                                    + std::to_string(image.height) + " pixels has "
                                    + std::to_string(image.pixels.size()) + " pixel values instead of "
                                    + std::to_string(static_cast<std::size_t>(image.width) * image.height) + ".");
    const int height = config.inputHeight;
    const double scale = static_cast<double>(height) / image.height;
    const int width = std::clamp(static_cast<int>(std::lround(image.width * scale)), 1, config.maxImageWidth);
    // [1, 1, h, w] bytes -> floats 0..1; area averaging when shrinking, bilinear when growing.
    torch::Tensor pixels = torch::from_blob(const_cast<std::uint8_t *>(image.pixels.data()),
                                            {1, 1, image.height, image.width}, torch::kUInt8)
                               .to(torch::kFloat)
                               .div(255.0);
    namespace F = torch::nn::functional;
    const bool shrinking = height <= image.height && width <= image.width;
    auto options = F::InterpolateFuncOptions().size(std::vector<int64_t>{height, width});
    if (shrinking)
        options.mode(torch::kArea);
    else
        options.mode(torch::kBilinear).align_corners(false);
    pixels = F::interpolate(pixels, options).clamp(0.0, 1.0);

    ScaledLine line;
    const int patch = config.patchSize;
    line.columns = (width + patch - 1) / patch;
    const int padding = line.columns * patch - width;
    line.pixels = torch::constant_pad_nd(pixels[0], {0, padding}, 1.0);
    line.grid.rows = config.patchRows();
    line.grid.columns = line.columns;
    line.grid.paddedColumns = line.columns;
    line.grid.patchSize = patch;
    line.grid.scaledWidth = width;
    line.grid.scaledHeight = height;
    line.grid.paddingRight = padding;
    line.grid.scale = scale;
    return line;
}

ImageBatch batchLines(const std::vector<const ScaledLine *> &lines, torch::Device device, torch::Dtype dtype)
{
    int columns = 0;
    for (const ScaledLine *line : lines)
        columns = std::max(columns, line->columns);
    ImageBatch batch;
    std::vector<torch::Tensor> pixels;
    for (const ScaledLine *line : lines) {
        const int64_t missing = columns * line->grid.patchSize - line->pixels.size(2);
        pixels.push_back(torch::constant_pad_nd(line->pixels, {0, missing}, 1.0));
        batch.columns.push_back(line->columns);
    }
    batch.pixels = torch::stack(pixels).to(device, dtype);
    return batch;
}

} // namespace vlmwb::inference
