// CTC over the vision encoder's patch columns: the character vocabulary of the head and the loss.
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

private:
    std::vector<std::string> m_characters;
    std::map<std::string, int64_t> m_classes;
    std::string m_joined;
};

// Frames [batch, frames, dim] and the real frames per line.
struct CtcFrames {
    torch::Tensor features;
    std::vector<int64_t> lengths;
};

int framesPerColumn(int64_t patchRows);
CtcFrames ctcFrames(const VisionFeatures &features, const std::vector<int> &columns);

// CTC loss per target character, averaged over the lines (zero_infinity: a line whose alignment is
// impossible adds 0, not inf).
// logits [batch, frames, classes].
torch::Tensor ctcLoss(const torch::Tensor &logits, const std::vector<int64_t> &frameLengths,
                      const std::vector<std::vector<int64_t>> &targets);

} // namespace vlmwb::inference
