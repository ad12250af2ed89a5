// Folds a drug name (or a fragment of OCR text) to the form the matcher compares.
#pragma once

#include <QString>

namespace vlmwb::core {

// Case (Tall Man "hydrOXYzine" -> "hydroxyzine"), compatibility forms and diacritics (NFKD, marks
// dropped: "é" -> "e", full-width "Ａ" -> "a"), apostrophes and dots dropped ("Ringer's" ->
// "ringers", "E.E.S." -> "ees"), hyphens, slashes, brackets and other separators -> one space,
// trimmed. Letters and digits are kept (OCR puts digits for letters); Hangul syllables become
// their jamo, so distances count jamo rather than whole syllables.
QString normalizeDrugName(const QString &text);

} // namespace vlmwb::core
