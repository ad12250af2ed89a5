// Feeds arbitrary token ids to the byte tokenizer's decoders: every two input bytes are one id
// (little-endian int16, so negative, byte, special and unused ids all occur) and the low byte is
// also that token's probability. Checks the promises of tokenizer.h: decode gives valid UTF-8
// whatever the ids, characters() splits exactly that text into spans inside the id sequence,
// StreamingDecoder gives the same text one id at a time, and confidences are products of
// probabilities, one per character.
#include "fuzz/fuzz_target.h"

#include "vlmwb/tokenizer.h"

namespace vlmwb::fuzz {

namespace {

// Well-formed UTF-8 as in Unicode table 3-7, checked independently of the tokenizer's own reader.
bool isValidUtf8(const std::string &text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        int continuation = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (lead < 0x80) {
            ++i;
            continue;
        }
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuation = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuation = 2;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuation = 3;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (i + continuation >= size)
            return false; // cut short
        for (int k = 1; k <= continuation; ++k) {
            const unsigned char byte = bytes[i + k];
            if (byte < (k == 1 ? low : 0x80) || byte > (k == 1 ? high : 0xBF))
                return false;
        }
        i += continuation + 1;
    }
    return true;
}

} // namespace

void feedTokenizer(const std::uint8_t *data, std::size_t size)
{
    std::vector<int> ids;
    std::vector<float> probabilities;
    for (std::size_t i = 0; i + 1 < size; i += 2) {
        ids.push_back(static_cast<std::int16_t>(data[i] | data[i + 1] << 8));
        probabilities.push_back(data[i] / 255.0f);
    }

    const std::string text = inference::ByteTokenizer::decode(ids);
    require(isValidUtf8(text), "decode gives valid UTF-8 whatever the ids");

    const std::vector<inference::CharacterSpan> spans = inference::ByteTokenizer::characters(ids);
    std::string joined;
    int previousEnd = 0;
    for (const inference::CharacterSpan &span : spans) {
        require(span.tokenCount >= 1 && span.firstToken >= previousEnd
                    && std::size_t(span.firstToken) + std::size_t(span.tokenCount) <= ids.size(),
                "character spans are ordered, disjoint and inside the ids");
        previousEnd = span.firstToken + span.tokenCount;
        joined += span.text;
    }
    require(joined == text, "the characters' texts make up the decoded text");

    inference::StreamingDecoder streaming;
    std::string streamed;
    for (int id : ids)
        streamed += streaming.push(id);
    streamed += streaming.finish();
    require(streamed == text, "decoding one id at a time gives the same text");

    const std::vector<float> confidences = inference::ByteTokenizer::characterConfidences(ids, probabilities);
    require(confidences.size() == spans.size(), "one confidence per character");
    for (float confidence : confidences)
        require(confidence >= 0.0f && confidence <= 1.0f, "a confidence is a probability");

    require(inference::ByteTokenizer::decode(inference::ByteTokenizer::encode(text)) == text,
            "decoding the encoding of valid UTF-8 gives it back");
}

} // namespace vlmwb::fuzz

VLMWB_FUZZ_TARGET(vlmwb::fuzz::feedTokenizer)
