// Which side of the attention matrix a token belongs to. The block split (attention_blocks.h) and the
// statistics (attention_statistics.h) classify queries and keys by the spans the engine labels.
//
// Choice: newline and image_end tokens are visual-side structure tokens. They are part of the image
// prefix (Early Fusion puts one after every patch row and one after the image), carry no text, and
// text tokens see them exactly as they see patches; counting them as text would put image rows into
// the text->text block. Resampler latents (Cross-Attention) are visual-side too: they hold the image.
#pragma once

#include "vlmwb/attention_trace.h"

#include <optional>
#include <vector>

namespace vlmwb::core {

enum class TokenSide { Visual, Text };

// Visual, Newline, ImageEnd, Latent -> Visual; Bos, Prompt, Generated -> Text.
TokenSide tokenSide(inference::SpanKind kind);

// Newline and ImageEnd: visual-side tokens without image content (and typical attention sinks).
bool isStructureToken(inference::SpanKind kind);

// The kind of each of `count` positions; nullopt where no span covers a position (padding).
std::vector<std::optional<inference::SpanKind>> positionKinds(const std::vector<inference::TokenSpan> &spans,
                                                              int count);

} // namespace vlmwb::core
