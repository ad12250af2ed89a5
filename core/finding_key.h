// The stable key of a finding: what makes a finding of a new run "the same" as one of an earlier run
// of the same document, so a reviewer's decision can be carried over instead of asked again.
#pragma once

#include <QString>

namespace vlmwb::core {

// Same page, same line index, same span, same text as read and same best match give the same key
// (64 hex characters, SHA-256). A different best match gives a different key on purpose: accepting
// "the best match" would otherwise silently accept a different drug.
QString findingKey(int page, int lineIndex, int spanStart, int spanLength, const QString &textAsRead,
                   const QString &bestMatch);

} // namespace vlmwb::core
