// CTC prefix scoring for joint decoding (see ctc_prefix_scorer.h).
#include "ctc_prefix_scorer.h"

#include "vlmwb/tokenizer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace vlmwb::inference {
namespace {

constexpr float negativeInfinity = -std::numeric_limits<float>::infinity();

float logAdd(float a, float b)
{
    if (a < b)
        std::swap(a, b);
    if (b == negativeInfinity)
        return a;
    return a + std::log1p(std::exp(b - a));
}

// Bytes a UTF-8 character starting with `lead` has; 0 when `lead` cannot start one.
std::size_t utf8Length(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

} // namespace

CtcPrefixScorer::CtcPrefixScorer(torch::Tensor logProbabilities)
    : m_logProbabilities(logProbabilities.to(torch::kCPU).to(torch::kFloat).contiguous())
{
    m_data = m_logProbabilities.data_ptr<float>();
    m_frames = m_logProbabilities.size(0);
    m_classes = m_logProbabilities.size(1);
    m_probabilities.resize(static_cast<std::size_t>(m_frames * m_classes));
    for (std::size_t index = 0; index < m_probabilities.size(); ++index)
        m_probabilities[index] = std::exp(m_data[index]);
    auto empty = std::make_shared<Prefix>();
    empty->nonBlank.assign(static_cast<std::size_t>(m_frames), negativeInfinity);
    empty->blank.resize(static_cast<std::size_t>(m_frames));
    float blanks = 0.0f;
    for (int64_t frame = 0; frame < m_frames; ++frame) {
        blanks += at(frame, 0);
        empty->blank[static_cast<std::size_t>(frame)] = blanks;
    }
    empty->prefixScore = 0.0f;
    empty->completeScore = m_frames > 0 ? blanks : 0.0f;
    m_empty = std::move(empty);
}

std::shared_ptr<const CtcPrefixScorer::Prefix> CtcPrefixScorer::extend(const Prefix &prefix,
                                                                       int64_t characterClass) const
{
    const auto cached = prefix.children.find(characterClass);
    if (cached != prefix.children.end())
        return cached->second;
    auto next = std::make_shared<Prefix>();
    next->lastClass = characterClass;
    const auto frames = static_cast<std::size_t>(m_frames);
    next->nonBlank.assign(frames, negativeInfinity);
    next->blank.assign(frames, negativeInfinity);
    const bool fromEmpty = prefix.lastClass < 0;
    float score = negativeInfinity;
    if (frames > 0 && characterClass < m_classes) {
        next->nonBlank[0] = fromEmpty ? at(0, characterClass) : negativeInfinity;
        score = next->nonBlank[0];
        for (std::size_t t = 1; t < frames; ++t) {
            const auto frame = static_cast<int64_t>(t);
            // Paths that have output the shorter prefix by frame t - 1 and start the new character
            // at t; a repeated character needs a blank between the two.
            const float start = characterClass == prefix.lastClass
                                    ? prefix.blank[t - 1]
                                    : logAdd(prefix.blank[t - 1], prefix.nonBlank[t - 1]);
            const float emit = at(frame, characterClass);
            next->nonBlank[t] = logAdd(next->nonBlank[t - 1], start) + emit;
            next->blank[t] = logAdd(next->blank[t - 1], next->nonBlank[t - 1]) + at(frame, 0);
            score = logAdd(score, start + emit);
        }
    }
    next->prefixScore = score;
    next->completeScore = frames > 0 ? logAdd(next->nonBlank[frames - 1], next->blank[frames - 1]) : negativeInfinity;
    prefix.children.emplace(characterClass, next);
    return next;
}

float CtcPrefixScorer::extensionScore(const Prefix &prefix, int64_t characterClass) const
{
    if (characterClass < 0 || characterClass >= m_classes || m_frames == 0)
        return negativeInfinity;
    if (characterClass == prefix.lastClass) {
        // A repeated character may only start after a blank.
        float score = negativeInfinity;
        for (int64_t t = 1; t < m_frames; ++t)
            score = logAdd(score, prefix.blank[static_cast<std::size_t>(t - 1)] + at(t, characterClass));
        return score;
    }
    if (prefix.extensionScores.empty()) {
        // start(t): log-probability that frames 0..t-1 have output the prefix and frame t may begin
        // a new character (frame 0 only for the empty prefix).
        std::vector<float> start(static_cast<std::size_t>(m_frames), negativeInfinity);
        if (prefix.lastClass < 0)
            start[0] = 0.0f;
        for (std::size_t t = 1; t < start.size(); ++t)
            start[t] = logAdd(prefix.blank[t - 1], prefix.nonBlank[t - 1]);
        const float largest = *std::max_element(start.begin(), start.end());
        std::vector<double> sums(static_cast<std::size_t>(m_classes), 0.0);
        if (largest != negativeInfinity) {
            for (int64_t t = 0; t < m_frames; ++t) {
                const double weight = std::exp(static_cast<double>(start[static_cast<std::size_t>(t)] - largest));
                if (weight < 1e-30)
                    continue;
                const float *row = &m_probabilities[static_cast<std::size_t>(t * m_classes)];
                for (int64_t c = 0; c < m_classes; ++c)
                    sums[static_cast<std::size_t>(c)] += weight * row[c];
            }
        }
        prefix.extensionScores.resize(static_cast<std::size_t>(m_classes));
        for (std::size_t c = 0; c < sums.size(); ++c)
            prefix.extensionScores[c] =
                sums[c] > 0.0 ? largest + static_cast<float>(std::log(sums[c])) : negativeInfinity;
    }
    return prefix.extensionScores[static_cast<std::size_t>(characterClass)];
}

float ByteCtcScorer::score(const ByteCtcState &state, int token, ByteCtcState *next) const
{
    if (token == token::Eos) {
        if (next)
            *next = state;
        return state.pendingBytes.empty() ? state.prefix->completeScore : negativeInfinity;
    }
    if (token < 0 || token > 255)
        return negativeInfinity;
    const std::string bytes = state.pendingBytes + static_cast<char>(token);
    const std::size_t length = utf8Length(static_cast<unsigned char>(bytes[0]));
    if (length == 0 || (bytes.size() > 1 && (static_cast<unsigned char>(bytes.back()) & 0xC0) != 0x80))
        return negativeInfinity;
    if (bytes.size() == length) {
        const int64_t characterClass = m_vocabulary.classOf(bytes);
        if (!next)
            return m_scorer.extensionScore(*state.prefix, characterClass);
        const auto extended = m_scorer.extend(*state.prefix, characterClass);
        *next = {extended, {}};
        return extended->prefixScore;
    }
    const std::vector<int64_t> &classes = m_vocabulary.classesStartingWith(bytes);
    float best = negativeInfinity;
    if (classes.empty())
        best = m_scorer.extensionScore(*state.prefix, 1);
    for (const int64_t characterClass : classes)
        best = std::max(best, m_scorer.extensionScore(*state.prefix, characterClass));
    if (next)
        *next = {state.prefix, bytes};
    return best;
}

std::vector<int> ByteCtcScorer::proposals(const ByteCtcState &state, int count) const
{
    // Candidate characters: every real class (blank 0 and unknown 1 name no bytes), or those that
    // continue an unfinished multi-byte character.
    std::vector<int64_t> classes;
    if (state.pendingBytes.empty()) {
        for (int64_t value = 2; value < m_vocabulary.classCount(); ++value)
            classes.push_back(value);
    } else {
        classes = m_vocabulary.classesStartingWith(state.pendingBytes);
    }
    std::vector<std::pair<float, int64_t>> scored;
    for (const int64_t value : classes) {
        const float score = m_scorer.extensionScore(*state.prefix, value);
        if (score != negativeInfinity)
            scored.emplace_back(score, value);
    }
    const auto kept = std::min<std::size_t>(scored.size(), static_cast<std::size_t>(std::max(count, 0)));
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(kept), scored.end(),
                      [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<int> bytes;
    for (std::size_t index = 0; index < kept; ++index) {
        const std::string character = m_vocabulary.decodeGreedy({scored[index].second});
        if (character.size() <= state.pendingBytes.size())
            continue;
        const int byte = static_cast<unsigned char>(character[state.pendingBytes.size()]);
        if (std::find(bytes.begin(), bytes.end(), byte) == bytes.end())
            bytes.push_back(byte);
    }
    return bytes;
}

} // namespace vlmwb::inference
