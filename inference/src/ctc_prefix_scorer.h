// CTC prefix scoring for joint CTC / attention decoding (Watanabe et al., "Hybrid CTC/Attention
// Architecture for End-to-End Speech Recognition", 2017, section III-C): the log-probability that the
// CTC output of a line STARTS WITH a character prefix, extended one character at a time in O(frames).
//
// The decoder emits bytes while the CTC head has one class per character, so ByteCtcScorer walks
// the decoder's bytes: a byte that completes a character is scored by the prefix extended with it; a
// byte that starts or continues a multi-byte character by the best character it can still become
// (an upper bound, so the beam does not favour an unfinished Hangul syllable over a finished letter).
#pragma once

#include "ctc.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace vlmwb::inference {

class CtcPrefixScorer
{
public:
    // A character prefix with its CTC forward variables over the frames.
    struct Prefix {
        int64_t lastClass = -1;       // -1 for the empty prefix
        std::vector<float> nonBlank;  // log P(frames 0..t output the prefix, frame t in its last character)
        std::vector<float> blank;     // log P(frames 0..t output the prefix, frame t blank)
        float prefixScore = 0.0f;     // log P(the CTC output starts with the prefix)
        float completeScore = 0.0f;   // log P(the CTC output is exactly the prefix)
        // Extensions already computed (hypotheses of one beam share them).
        mutable std::map<int64_t, std::shared_ptr<const Prefix>> children;
        // prefixScore of the extension by every class, filled on first use (extensionScore).
        mutable std::vector<float> extensionScores;
    };

    // logProbabilities: [frames, classes] of one line, CPU float (only the real frames).
    explicit CtcPrefixScorer(torch::Tensor logProbabilities);

    std::shared_ptr<const Prefix> empty() const { return m_empty; }
    std::shared_ptr<const Prefix> extend(const Prefix &prefix, int64_t characterClass) const;
    // extend(prefix, c)->prefixScore without the forward variables: the probability of starting c at
    // frame t depends only on the prefix, so the scores of all classes are one product
    // sum_t start(t) * P(c at t), computed once per prefix in O(frames x classes) multiply-adds.
    float extensionScore(const Prefix &prefix, int64_t characterClass) const;

private:
    float at(int64_t frame, int64_t characterClass) const { return m_data[frame * m_classes + characterClass]; }

    torch::Tensor m_logProbabilities;
    std::vector<float> m_probabilities; // exp of m_logProbabilities, [frames][classes]
    const float *m_data = nullptr;
    int64_t m_frames = 0;
    int64_t m_classes = 0;
    std::shared_ptr<const Prefix> m_empty;
};

// The CTC side of one decoding hypothesis: its finished characters and the bytes of an unfinished one.
struct ByteCtcState {
    std::shared_ptr<const CtcPrefixScorer::Prefix> prefix;
    std::string pendingBytes;
};

class ByteCtcScorer
{
public:
    ByteCtcScorer(const CtcPrefixScorer &scorer, const CtcVocabulary &vocabulary)
        : m_scorer(scorer), m_vocabulary(vocabulary)
    {
    }

    ByteCtcState start() const { return {m_scorer.empty(), {}}; }
    // CTC log-score of the hypothesis after appending decoder token `token` (a byte 0..255 or EOS;
    // other special tokens and malformed UTF-8 score -inf). `next` receives the new state when given
    // (only then are the forward variables of a finished character computed: pass it for the
    // candidates a search keeps, not for every one it scores).
    float score(const ByteCtcState &state, int token, ByteCtcState *next) const;
    // The next bytes of the `count` characters the CTC head most expects after this state (distinct,
    // best first): the search adds them to the decoder's own proposals, so a character the image
    // shows can win even when a weak decoder does not rank it among its top few bytes.
    std::vector<int> proposals(const ByteCtcState &state, int count) const;

private:
    const CtcPrefixScorer &m_scorer;
    const CtcVocabulary &m_vocabulary;
};

} // namespace vlmwb::inference
