// CTC over the vision encoder's patch columns: the character vocabulary of the head, the frames, the
// loss (training) and the per-frame log-probabilities joint decoding scores prefixes with.
//
// Classes: 0 is the CTC blank, 1 an unknown character, 2.. the characters of the vocabulary in
// their stored order (a Hangul syllable is one class, not three bytes). Frames: the encoder's
// tokens [batch, rows * columns, dim] are averaged over each half of the patch rows, giving two
// frames per patch column read left to right (top half, bottom half), so that a line of narrow
// glyphs never has fewer frames than characters plus the blanks CTC needs between repeats.
#pragma once

#include "vision_encoder.h"

#include <map>
#include <string>
#include <vector>

namespace vlmwb::inference {

class CtcVocabulary
{
public:
    CtcVocabulary() = default;
    // characters: UTF-8, each code point once (duplicates are dropped, order kept).
    explicit CtcVocabulary(const std::string &characters);

    int classCount() const { return static_cast<int>(m_characters.size()) + 2; }
    const std::string &characters() const { return m_joined; }
    // Class ids of the text's characters (unknown characters map to 1).
    std::vector<int64_t> encode(const std::string &text) const;
    // Greedy CTC decoding of one line's class ids per frame (repeats merged, blanks dropped).
    std::string decodeGreedy(const std::vector<int64_t> &frameClasses) const;
    // Class of one UTF-8 character (1, unknown, when it is not in the vocabulary).
    int64_t classOf(const std::string &character) const;
    // Classes whose UTF-8 bytes start with `bytes` (an incomplete character), in class order.
    const std::vector<int64_t> &classesStartingWith(const std::string &bytes) const;

private:
    std::vector<std::string> m_characters;
    std::map<std::string, int64_t> m_classes;
    std::map<std::string, std::vector<int64_t>> m_byPartialBytes; // proper byte prefixes of multi-byte characters
    std::string m_joined;
};

// The CTC character set a trained model stores in config.json's "training" object ("" when none).
std::string ctcCharactersOf(const std::string &trainingJson);

// Frames [batch, frames, dim] and the real frames per line.
struct CtcFrames {
    torch::Tensor features;
    std::vector<int64_t> lengths;
};

int framesPerColumn(int64_t patchRows);
CtcFrames ctcFrames(const VisionFeatures &features, const std::vector<int> &columns);

// The vision encoder's CTC head over its frames: logits [batch, frames, classes] (framesPerToken per
// averaged frame of ctcFrames) and the real frames per line.
CtcFrames visionCtcLogits(VisionEncoderImpl &vision, const VisionFeatures &features, const std::vector<int> &columns);

// The CTC head over frames [batch, tokens, dim] -> logits [batch, tokens * framesPerToken, classes]:
// the head's framesPerToken x classes outputs per token read as that many consecutive frames
// (CtcHeadConfig::framesPerToken).
torch::Tensor ctcHeadLogits(torch::nn::Linear &head, const torch::Tensor &frames, int framesPerToken);

// Log-softmax of the CTC head over the frames, stored in memory.ctcLogProbabilities [batch, frames,
// classes] (float, padded frames included) with memory.ctcFrames the real frames per line.
void attachCtcLogProbabilities(VisionEncoderImpl &vision, const VisionFeatures &features,
                               const std::vector<int> &columns, VisualMemory &memory);

// CTC loss per target character, averaged over the lines (zero_infinity: a line whose alignment is
// impossible adds 0, not inf).
// logits [batch, frames, classes] (log-probabilities work too: log_softmax leaves them unchanged).
torch::Tensor ctcLoss(const torch::Tensor &logits, const std::vector<int64_t> &frameLengths,
                      const std::vector<std::vector<int64_t>> &targets);

} // namespace vlmwb::inference
