#include "core/attention_tokens.h"

namespace vlmwb::core {

using inference::SpanKind;

TokenSide tokenSide(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Visual:
    case SpanKind::Newline:
    case SpanKind::ImageEnd:
    case SpanKind::Latent:
        return TokenSide::Visual;
    case SpanKind::Bos:
    case SpanKind::Prompt:
    case SpanKind::Generated:
        break;
    }
    return TokenSide::Text;
}

bool isStructureToken(SpanKind kind)
{
    return kind == SpanKind::Newline || kind == SpanKind::ImageEnd;
}

std::vector<std::optional<SpanKind>> positionKinds(const std::vector<inference::TokenSpan> &spans, int count)
{
    std::vector<std::optional<SpanKind>> kinds(static_cast<std::size_t>(std::max(count, 0)));
    for (const inference::TokenSpan &span : spans)
        for (int position = std::max(span.begin, 0); position < std::min(span.end, count); ++position)
            kinds[static_cast<std::size_t>(position)] = span.kind;
    return kinds;
}

} // namespace vlmwb::core
