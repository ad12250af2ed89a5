// Classic string distances over UTF-16 code units (normalised drug names are BMP text).
#pragma once

#include <QString>

namespace vlmwb::core {

// Restricted Damerau-Levenshtein (optimal string alignment): insertions, deletions, substitutions
// and transpositions of adjacent characters, each costing 1; no substring is edited twice.
int osaDistance(const QString &a, const QString &b);

// Unrestricted Damerau-Levenshtein (Lowrance-Wagner): like OSA, but transposed characters may be
// edited further, so "ca" -> "abc" is 2 (OSA says 3).
int damerauLevenshteinDistance(const QString &a, const QString &b);

// Jaro similarity in [0, 1]: 1 for equal strings, 0 when nothing matches.
double jaroSimilarity(const QString &a, const QString &b);

// Jaro-Winkler: Jaro boosted by a common prefix of up to four characters, with scaling factor
// prefixScale (0.1 as in Winkler 1990; at most 0.25 keeps the result within [0, 1]).
double jaroWinklerSimilarity(const QString &a, const QString &b, double prefixScale = 0.1);

} // namespace vlmwb::core
