// Torch-free byte-level UTF-8 tokenizer "bytes-v1", shared by the three patterns.
//
// Ids 0..255 are the bytes of the UTF-8 text; the specials follow:
//   256 BOS, 257 EOS, 258 PAD, 259 IMAGE_START, 260 IMAGE_END, 261 NEWLINE (image row break).
// A model's vocab_size is at least 262; ids above 261 are unused and decode to nothing.
//
// Character confidence: a character of n bytes is generated as n tokens, so its probability under
// the model is the product of the n conditional byte probabilities (chain rule). We report that
// product, which is never above the weakest byte's probability (the min).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace vlmwb::inference {

namespace token {
constexpr int Bos = 256;
constexpr int Eos = 257;
constexpr int Pad = 258;
constexpr int ImageStart = 259;
constexpr int ImageEnd = 260;
constexpr int Newline = 261;
constexpr int Count = 262; // smallest vocab_size of bytes-v1
} // namespace token

// One character of decoded text and the tokens it came from.
struct CharacterSpan {
    std::string text;   // valid UTF-8 of one code point (U+FFFD for an invalid byte sequence)
    int firstToken = 0; // index into the id sequence
    int tokenCount = 0; // bytes of the character; an invalid sequence may cover several
};

class ByteTokenizer
{
public:
    // The UTF-8 bytes of `text` as ids 0..255, no specials added. Invalid input bytes pass through
    // unchanged (decode turns them into U+FFFD).
    static std::vector<int> encode(const std::string &text);

    // Valid UTF-8 whatever the ids: special and unused ids are skipped, and every maximal invalid
    // byte subsequence (also a trailing incomplete one) becomes one U+FFFD.
    static std::string decode(const std::vector<int> &ids);

    // The characters of decode(ids) with the token range of each (special ids belong to none).
    static std::vector<CharacterSpan> characters(const std::vector<int> &ids);

    // Per-character confidence: the product of the probabilities of the character's tokens.
    // `probabilities` is parallel to `ids`.
    static std::vector<float> characterConfidences(const std::vector<int> &ids,
                                                   const std::vector<float> &probabilities);
};

// Decodes ids one at a time while they are generated: push() returns the text that is complete so
// far and holds back a trailing sequence that may still become a valid character.
class StreamingDecoder
{
public:
    std::string push(int id);
    // Flushes a held-back incomplete sequence as U+FFFD.
    std::string finish();

private:
    std::string m_pending; // bytes of an incomplete but so far valid UTF-8 sequence
};

} // namespace vlmwb::inference
