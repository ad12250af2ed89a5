// Tiny model configurations and line images shared by the model, generation and engine tests.
#pragma once

#include "vlmwb/model_config.h"

#include <cstdint>
#include <string>
#include <vector>

namespace vlmwb::inference::testing {

// input_height 8, patch 4 (2 patch rows), widths 16, 1-2 layers; valid for `pattern`.
inline ModelConfig tinyConfig(const std::string &pattern)
{
    ModelConfig config;
    config.pattern = pattern;
    config.inputHeight = 8;
    config.patchSize = 4;
    config.maxImageWidth = 64;
    config.vocabSize = 262;
    config.vision = {16, 2, 2, 2, {}};
    config.connector.kind = "mlp";
    config.resampler = {4, 2, 2};
    config.decoder = {16, 2, 2, 2, 96, 1};
    config.prompt = "ok";
    return config;
}

// A grey test pattern: stripes whose phase depends on `seed`.
inline std::vector<std::uint8_t> stripes(int width, int height, int seed)
{
    std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width) * height);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            pixels[static_cast<std::size_t>(y) * width + x] =
                static_cast<std::uint8_t>(((x * 7 + y * 3 + seed * 11) % 17) * 15);
    return pixels;
}

} // namespace vlmwb::inference::testing
