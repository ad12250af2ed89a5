// Turns OCR lines into findings: drug mentions matched against the lexicon, the dose that follows
// each, and the warnings a reviewer must see.
#pragma once

#include "core/drug_mention_finder.h"
#include "core/finding.h"

namespace vlmwb::core {

struct OcrLineText {
    QString text;
    QVector<float> characterConfidences; // one per QChar of text in [0, 1], or empty when unknown
};

struct ExtractorOptions {
    // Below this confidence a finding carries a "low-confidence" warning.
    double lowConfidence = 0.7;
};

class FindingExtractor
{
public:
    explicit FindingExtractor(const DrugMatcher &matcher, ExtractorOptions options = ExtractorOptions(),
                              MentionOptions mentionOptions = MentionOptions())
        : m_matcher(matcher), m_finder(matcher, mentionOptions), m_options(options) {}

    // Findings in reading order. The dose of a mention is read from the text after it, up to the
    // next mention on the same line; the finding has a dose when a strength or a count of tablets,
    // puffs, ... is found there (frequency, route, duration and quantity come with it). Warnings, in order: ambiguous match, look-alike partner, low
    // confidence, then the dose's notation and plausibility warnings.
    QVector<Finding> extract(const QVector<OcrLineText> &lines) const;

private:
    Finding makeFinding(const DrugMention &mention, int lineIndex, const QString &doseText) const;

    const DrugMatcher &m_matcher;
    DrugMentionFinder m_finder;
    ExtractorOptions m_options;
};

} // namespace vlmwb::core
