// Training batches (see trainer_batch.h).
#include "trainer_batch.h"

#include "line_images.h"
#include "vlmwb/tokenizer.h"

#include <algorithm>
#include <random>

namespace vlmwb::inference {

TextBatch makeTextBatch(const std::vector<std::string> &texts, const std::string &prompt, int maxTextBytes,
                        torch::Device device)
{
    const std::vector<int> promptIds = ByteTokenizer::encode(prompt);
    std::vector<std::vector<int64_t>> rows;
    std::vector<std::size_t> targetStarts;
    std::size_t longest = 0;
    for (const std::string &text : texts) {
        std::vector<int> textIds = ByteTokenizer::encode(text);
        if (static_cast<int>(textIds.size()) > maxTextBytes)
            textIds.resize(static_cast<std::size_t>(maxTextBytes));
        std::vector<int64_t> row = {token::Bos};
        row.insert(row.end(), promptIds.begin(), promptIds.end());
        targetStarts.push_back(row.size());
        row.insert(row.end(), textIds.begin(), textIds.end());
        row.push_back(token::Eos);
        longest = std::max(longest, row.size());
        rows.push_back(std::move(row));
    }
    const int64_t batch = static_cast<int64_t>(rows.size());
    TextBatch result;
    result.inputIds = torch::full({batch, static_cast<int64_t>(longest)}, token::Pad, torch::kLong);
    result.labels = torch::full({batch, static_cast<int64_t>(longest)}, -100, torch::kLong);
    auto ids = result.inputIds.accessor<int64_t, 2>();
    auto labels = result.labels.accessor<int64_t, 2>();
    for (int64_t line = 0; line < batch; ++line) {
        const std::vector<int64_t> &row = rows[static_cast<std::size_t>(line)];
        for (std::size_t position = 0; position < row.size(); ++position) {
            ids[line][static_cast<int64_t>(position)] = row[position];
            if (position >= targetStarts[static_cast<std::size_t>(line)]) {
                labels[line][static_cast<int64_t>(position)] = row[position];
                ++result.targetTokens;
            }
        }
    }
    result.inputIds = result.inputIds.to(device);
    result.labels = result.labels.to(device);
    return result;
}

ImageBatch makeImageBatch(const std::vector<TrainingSample> &samples, const ModelConfig &config, torch::Device device)
{
    std::vector<ScaledLine> scaled;
    scaled.reserve(samples.size());
    for (const TrainingSample &sample : samples)
        scaled.push_back(scaleLine(sample.image, config));
    std::vector<const ScaledLine *> pointers;
    for (const ScaledLine &line : scaled)
        pointers.push_back(&line);
    return batchLines(pointers, device, torch::kFloat);
}

ImageBatch blankImageBatch(int64_t lines, const ModelConfig &config, torch::Device device, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::uniform_int_distribution<int> width(1, std::max(1, config.maxPatchColumns()));
    ImageBatch batch;
    for (int64_t line = 0; line < lines; ++line)
        batch.columns.push_back(width(random));
    const int widest = batch.columns.empty() ? 1 : *std::max_element(batch.columns.begin(), batch.columns.end());
    batch.pixels = torch::ones({lines, 1, config.inputHeight, static_cast<int64_t>(widest) * config.patchSize},
                               torch::TensorOptions().dtype(torch::kFloat).device(device));
    return batch;
}

} // namespace vlmwb::inference
