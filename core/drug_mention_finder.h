// Finds drug names inside a whole OCR line ("Rx: Lantus (insulin glargine) 10 units SC HS"):
// word spans of one to several words are matched and the best non-overlapping ones kept.
#pragma once

#include "core/drug_matcher.h"

namespace vlmwb::core {

struct DrugMention {
    int start = 0;  // QChar offset of the span in the line
    int length = 0; // QChar length of the span
    QString text;   // the span as read
    MatchResult match;
};

struct MentionOptions {
    // A span becomes a mention only at or above this score; lower than the matcher's reporting
    // threshold would let ordinary words ("tablet", "daily") pass for short drug names.
    double minimumScore = 0.8;
};

class DrugMentionFinder
{
public:
    explicit DrugMentionFinder(const DrugMatcher &matcher, MentionOptions options = MentionOptions())
        : m_matcher(matcher), m_options(options) {}

    // Mentions in reading order. characterConfidences: one per QChar of line, or empty.
    QVector<DrugMention> find(const QString &line, const QVector<float> &characterConfidences = {}) const;

    // Where a drug name stands on a line that gives a dose but holds no mention (the name was
    // misread past matching, or is not in the lexicon): the run of name-like words, not numbers and
    // not prescription words, that ends last before `end` (at most as many words as the longest
    // name), matched without the mention threshold. length 0 when there is no such word.
    DrugMention unmatchedName(const QString &line, int end, const QVector<float> &characterConfidences = {}) const;

    // Words of a prescription that are never drug names on their own (sig abbreviations, dose forms,
    // indications, "take"); a name may hold one after its first word ("Hartmann's solution").
    static bool isPrescriptionWord(const QString &normalizedWord);

private:
    const DrugMatcher &m_matcher;
    MentionOptions m_options;
};

} // namespace vlmwb::core
