#include "module_parts.h"

#include <stdexcept>

namespace vlmwb::inference {

torch::nn::LayerNorm makeLayerNorm(std::int64_t dim)
{
    return torch::nn::LayerNorm(torch::nn::LayerNormOptions({dim}).eps(1e-5));
}

torch::nn::Sequential makeGeluMlp(std::int64_t in, std::int64_t hidden, std::int64_t out)
{
    return torch::nn::Sequential(torch::nn::Linear(in, hidden), torch::nn::GELU(), torch::nn::Linear(hidden, out));
}

void requirePositive(const char *module, const char *what, std::int64_t value)
{
    if (value <= 0)
        throw std::invalid_argument(std::string(module) + ": " + what + " must be positive (got "
                                    + std::to_string(value) + ").");
}

std::string describeShape(const torch::Tensor &x)
{
    return x.defined() ? c10::str(x.sizes()) : std::string("no tensor");
}

void requireTokens(const char *module, const torch::Tensor &x, std::int64_t dim)
{
    if (!x.defined() || x.dim() != 3 || x.size(2) != dim)
        throw std::invalid_argument(std::string(module) + " expects tokens of shape [batch, count, "
                                    + std::to_string(dim) + "], got " + describeShape(x) + ".");
}

torch::Tensor tokensToGrid(const char *module, const torch::Tensor &tokens, std::int64_t gridSize)
{
    if (!tokens.defined() || tokens.dim() != 3 || tokens.size(1) != gridSize * gridSize)
        throw std::invalid_argument(std::string(module) + " expects [batch, " + std::to_string(gridSize * gridSize)
                                    + ", dim] visual tokens (a " + std::to_string(gridSize) + "x"
                                    + std::to_string(gridSize) + " grid), got "
                                    + describeShape(tokens) + ".");
    return tokens.view({tokens.size(0), gridSize, gridSize, tokens.size(2)}).permute({0, 3, 1, 2});
}

torch::Tensor gridToTokens(const torch::Tensor &grid)
{
    return grid.permute({0, 2, 3, 1}).contiguous().view({grid.size(0), -1, grid.size(1)});
}

} // namespace vlmwb::inference
