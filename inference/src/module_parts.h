// Small pieces shared by the reference modules, with the reference's defaults.
#pragma once

#include <torch/torch.h>

#include <cstdint>
#include <string>

namespace vlmwb::inference {

// nn.LayerNorm(dim): eps 1e-5, learned weight and bias.
torch::nn::LayerNorm makeLayerNorm(std::int64_t dim);

// nn.Sequential(nn.Linear(in, hidden), nn.GELU(), nn.Linear(hidden, out)): parameters "0.*", "2.*".
// GELU is the exact erf form, as torch's default.
torch::nn::Sequential makeGeluMlp(std::int64_t in, std::int64_t hidden, std::int64_t out);

// Throws std::invalid_argument "<module>: <what> must be positive (got <value>)." for a bad dimension.
void requirePositive(const char *module, const char *what, std::int64_t value);

// "[2, 3, 4]", or "no tensor" for an undefined one; for error messages.
std::string describeShape(const torch::Tensor &x);

// Throws std::invalid_argument naming the module when x is not [B, N, dim].
void requireTokens(const char *module, const torch::Tensor &x, std::int64_t dim);

// [B, grid*grid, d] tokens in row-major grid order -> [B, d, grid, grid] feature map. Throws
// std::invalid_argument naming the module when the token count is not grid*grid.
torch::Tensor tokensToGrid(const char *module, const torch::Tensor &tokens, std::int64_t gridSize);

// [B, d, h, w] feature map -> [B, h*w, d] tokens in row-major order.
torch::Tensor gridToTokens(const torch::Tensor &grid);

} // namespace vlmwb::inference
