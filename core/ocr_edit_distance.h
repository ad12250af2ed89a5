// Edit distance between text an OCR model read and a lexicon name, in which the usual OCR
// confusions cost less than an unrelated edit. Both strings are normalised (normalizeDrugName).
#pragma once

#include <QString>

namespace vlmwb::core {

// Costs: insertion, deletion, substitution and adjacent transposition 1; a letter dropped from or
// added to a doubled letter ("amoxicilin", "metforrmin") 0.5; look-alike glyphs less than 1:
// l/1 0.2, o/0 0.2, i/1 and i/l 0.3, s/5 0.3, rn/m cl/d vv/w 0.3, ii/u 0.4, b/8 z/2 g/9 0.4,
// in/m ni/m nn/m ri/n li/h 0.5, ... (the table is in the .cpp). Symmetric in which side is read.
double ocrEditDistance(const QString &read, const QString &name);

// 1 - ocrEditDistance / length of the longer string, floored at 0; 1 for two empty strings.
double ocrEditSimilarity(const QString &read, const QString &name);

} // namespace vlmwb::core
