// CTC vocabulary, frames and loss (see trainer_ctc.h).
#include "ctc.h"

#include "vlmwb/tokenizer.h"

#include <nlohmann/json.hpp>

namespace vlmwb::inference {
namespace {

std::vector<std::string> codePoints(const std::string &text)
{
    std::vector<std::string> result;
    for (const CharacterSpan &span : ByteTokenizer::characters(ByteTokenizer::encode(text)))
        result.push_back(span.text);
    return result;
}

} // namespace

CtcVocabulary::CtcVocabulary(const std::string &characters)
{
    for (const std::string &character : codePoints(characters)) {
        if (m_classes.count(character))
            continue;
        m_classes[character] = static_cast<int64_t>(m_characters.size()) + 2;
        m_characters.push_back(character);
        m_joined += character;
        for (std::size_t length = 1; length < character.size(); ++length)
            m_byPartialBytes[character.substr(0, length)].push_back(m_classes[character]);
    }
}

int64_t CtcVocabulary::classOf(const std::string &character) const
{
    const auto found = m_classes.find(character);
    return found == m_classes.end() ? 1 : found->second;
}

const std::vector<int64_t> &CtcVocabulary::classesStartingWith(const std::string &bytes) const
{
    static const std::vector<int64_t> none;
    const auto found = m_byPartialBytes.find(bytes);
    return found == m_byPartialBytes.end() ? none : found->second;
}

std::vector<int64_t> CtcVocabulary::encode(const std::string &text) const
{
    std::vector<int64_t> classes;
    for (const std::string &character : codePoints(text)) {
        const auto found = m_classes.find(character);
        classes.push_back(found == m_classes.end() ? 1 : found->second);
    }
    return classes;
}

std::string CtcVocabulary::decodeGreedy(const std::vector<int64_t> &frameClasses) const
{
    std::string text;
    int64_t previous = 0;
    for (const int64_t value : frameClasses) {
        if (value != previous && value >= 2 && value - 2 < static_cast<int64_t>(m_characters.size()))
            text += m_characters[static_cast<std::size_t>(value - 2)];
        else if (value != previous && value == 1)
            text += "\xEF\xBF\xBD"; // U+FFFD for the unknown class
        previous = value;
    }
    return text;
}

std::string ctcCharactersOf(const std::string &trainingJson)
{
    const nlohmann::json json = nlohmann::json::parse(trainingJson, nullptr, false);
    if (json.is_object() && json.contains("ctc_characters") && json["ctc_characters"].is_string())
        return json["ctc_characters"].get<std::string>();
    return {};
}

int framesPerColumn(int64_t patchRows)
{
    return patchRows >= 2 && patchRows % 2 == 0 ? 2 : 1;
}

CtcFrames ctcFrames(const VisionFeatures &features, const std::vector<int> &columns)
{
    // tokens [b, rows * cols, d] -> [b, frames per column, rows / frames, cols, d] -> mean over the
    // rows of each half -> [b, cols, frames per column, d] -> [b, cols * frames per column, d]
    const int64_t batch = features.tokens.size(0);
    const int64_t dim = features.tokens.size(2);
    const int64_t perColumn = framesPerColumn(features.rows);
    const torch::Tensor grid =
        features.tokens.view({batch, perColumn, features.rows / perColumn, features.columns, dim}).mean(2);
    CtcFrames frames;
    frames.features = grid.permute({0, 2, 1, 3}).reshape({batch, features.columns * perColumn, dim});
    for (const int count : columns)
        frames.lengths.push_back(static_cast<int64_t>(count) * perColumn);
    return frames;
}

torch::Tensor ctcHeadLogits(torch::nn::Linear &head, const torch::Tensor &frames, int framesPerToken)
{
    const torch::Tensor logits = head(frames);
    if (framesPerToken == 1)
        return logits;
    return logits.reshape({logits.size(0), logits.size(1) * framesPerToken, logits.size(2) / framesPerToken});
}

CtcFrames visionCtcLogits(VisionEncoderImpl &vision, const VisionFeatures &features, const std::vector<int> &columns)
{
    CtcFrames frames = ctcFrames(features, columns);
    frames.features = ctcHeadLogits(vision.ctc_head, frames.features, vision.ctcFramesPerToken);
    for (int64_t &length : frames.lengths)
        length *= vision.ctcFramesPerToken;
    return frames;
}

void attachCtcLogProbabilities(VisionEncoderImpl &vision, const VisionFeatures &features,
                               const std::vector<int> &columns, VisualMemory &memory)
{
    const CtcFrames frames = visionCtcLogits(vision, features, columns);
    memory.ctcLogProbabilities = torch::log_softmax(frames.features.to(torch::kFloat), 2);
    memory.ctcFrames = frames.lengths;
}

torch::Tensor ctcLoss(const torch::Tensor &logits, const std::vector<int64_t> &frameLengths,
                      const std::vector<std::vector<int64_t>> &targets)
{
    // logits [b, T, C] -> log-probabilities [T, b, C] as ctc_loss wants them
    const torch::Tensor logProbabilities = torch::log_softmax(logits.to(torch::kFloat), 2).transpose(0, 1);
    std::vector<int64_t> flat;
    std::vector<int64_t> targetLengths;
    for (const auto &target : targets) {
        flat.insert(flat.end(), target.begin(), target.end());
        targetLengths.push_back(static_cast<int64_t>(target.size()));
    }
    const torch::Tensor targetTensor = torch::tensor(flat, torch::kLong).to(logits.device());
    return torch::nn::functional::ctc_loss(
        logProbabilities, targetTensor, torch::tensor(frameLengths, torch::kLong),
        torch::tensor(targetLengths, torch::kLong),
        torch::nn::functional::CTCLossFuncOptions().blank(0).zero_infinity(true).reduction(torch::kMean));
}

} // namespace vlmwb::inference
