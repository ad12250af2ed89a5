// Visual tokens of an image or a video under a model's geometry: resize and padding rules, patch
// grid, newline and image-end tokens, pooling, merging, resampler latents. Mirrors the model
// processors' integer arithmetic (Hugging Face processors for the real models).
#pragma once

#include "core/cost_model.h"

namespace vlmwb::core {

// Visual tokens of `frames` video frames (0: one still image) of width x height pixels.
VisualTokenCount countVisualTokens(const ModelArchitecture &model, int width, int height, int frames);

// Qwen2-VL smart_resize: both sides rounded (half to even, like Python's round) to multiples of
// `factor`, then scaled down (floor) or up (ceil) into [minPixels, maxPixels]. Returns (width, height).
QSize qwen2SmartResize(int width, int height, int factor, qint64 minPixels, qint64 maxPixels);

// LLaVA-NeXT select_best_resolution: the pinpoint (width, height) that keeps the most of the
// image's pixels after an aspect-preserving fit, ties broken by the least padding.
QSize llavaNextBestResolution(int width, int height, const QVector<QSize> &pinpoints);

// Fuyu's image processor: images larger than the target box shrink to fit (aspect kept, floor);
// smaller ones stay as they are. Returns (width, height).
QSize fuyuResize(int width, int height, int targetWidth, int targetHeight);

} // namespace vlmwb::core
