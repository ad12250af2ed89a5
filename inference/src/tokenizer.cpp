// Byte-level UTF-8 tokenizer (see vlmwb/tokenizer.h).
#include "vlmwb/tokenizer.h"

namespace vlmwb::inference {
namespace {

const std::string replacementCharacter = "\xEF\xBF\xBD"; // U+FFFD

// The next UTF-8 sequence at the start of `bytes`, following the Unicode "maximal subpart" rule:
// an ill-formed sequence is cut at the first byte that cannot continue it.
struct Sequence {
    int length = 1;         // bytes consumed (>= 1 when count >= 1)
    bool valid = false;     // a complete, well-formed character
    bool incomplete = false; // a well-formed prefix cut short by the end of the input
};

Sequence nextSequence(const unsigned char *bytes, std::size_t count)
{
    Sequence sequence;
    const unsigned char lead = bytes[0];
    int expected = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead < 0x80) {
        sequence.valid = true;
        return sequence;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
        expected = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        expected = 3;
        if (lead == 0xE0)
            low = 0xA0; // no overlong forms
        if (lead == 0xED)
            high = 0x9F; // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        expected = 4;
        if (lead == 0xF0)
            low = 0x90;
        if (lead == 0xF4)
            high = 0x8F; // nothing above U+10FFFF
    } else {
        return sequence; // a continuation byte or an impossible lead byte
    }
    for (int index = 1; index < expected; ++index) {
        if (static_cast<std::size_t>(index) >= count) {
            sequence.length = index;
            sequence.incomplete = true;
            return sequence;
        }
        const unsigned char byte = bytes[index];
        const unsigned char minimum = index == 1 ? low : 0x80;
        const unsigned char maximum = index == 1 ? high : 0xBF;
        if (byte < minimum || byte > maximum) {
            sequence.length = index;
            return sequence;
        }
    }
    sequence.length = expected;
    sequence.valid = true;
    return sequence;
}

// The byte ids of `ids` with their positions; specials are dropped.
void collectBytes(const std::vector<int> &ids, std::string &bytes, std::vector<int> &positions)
{
    for (std::size_t index = 0; index < ids.size(); ++index) {
        if (ids[index] >= 0 && ids[index] < 256) {
            bytes.push_back(static_cast<char>(ids[index]));
            positions.push_back(static_cast<int>(index));
        }
    }
}

} // namespace

std::vector<int> ByteTokenizer::encode(const std::string &text)
{
    std::vector<int> ids;
    ids.reserve(text.size());
    for (const char byte : text)
        ids.push_back(static_cast<unsigned char>(byte));
    return ids;
}

std::vector<CharacterSpan> ByteTokenizer::characters(const std::vector<int> &ids)
{
    std::string bytes;
    std::vector<int> positions;
    collectBytes(ids, bytes, positions);
    std::vector<CharacterSpan> spans;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    std::size_t offset = 0;
    while (offset < bytes.size()) {
        const Sequence sequence = nextSequence(data + offset, bytes.size() - offset);
        CharacterSpan span;
        span.text = sequence.valid ? bytes.substr(offset, sequence.length) : replacementCharacter;
        span.firstToken = positions[offset];
        span.tokenCount = positions[offset + sequence.length - 1] - span.firstToken + 1;
        spans.push_back(std::move(span));
        offset += sequence.length;
    }
    return spans;
}

std::string ByteTokenizer::decode(const std::vector<int> &ids)
{
    std::string text;
    for (const CharacterSpan &span : characters(ids))
        text += span.text;
    return text;
}

std::vector<float> ByteTokenizer::characterConfidences(const std::vector<int> &ids,
                                                       const std::vector<float> &probabilities)
{
    std::vector<float> confidences;
    for (const CharacterSpan &span : characters(ids)) {
        double product = 1.0;
        for (int index = span.firstToken; index < span.firstToken + span.tokenCount; ++index)
            if (ids[index] < 256 && static_cast<std::size_t>(index) < probabilities.size())
                product *= probabilities[index];
        confidences.push_back(static_cast<float>(product));
    }
    return confidences;
}

std::string StreamingDecoder::push(int id)
{
    if (id < 0 || id > 255)
        return {};
    m_pending.push_back(static_cast<char>(id));
    std::string text;
    const auto *data = reinterpret_cast<const unsigned char *>(m_pending.data());
    std::size_t offset = 0;
    while (offset < m_pending.size()) {
        const Sequence sequence = nextSequence(data + offset, m_pending.size() - offset);
        if (sequence.incomplete)
            break; // may still complete with the next byte
        text += sequence.valid ? m_pending.substr(offset, sequence.length) : replacementCharacter;
        offset += sequence.length;
    }
    m_pending.erase(0, offset);
    return text;
}

std::string StreamingDecoder::finish()
{
    const std::string text = m_pending.empty() ? std::string() : replacementCharacter;
    m_pending.clear();
    return text;
}

} // namespace vlmwb::inference
