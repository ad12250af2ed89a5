// Turns OCR lines into findings: drug mentions matched against the lexicon, the dose that follows
// each, and the warnings a reviewer must see.
#pragma once

#include "core/dose_parser.h"
#include "core/drug_mention_finder.h"
#include "core/finding.h"

namespace vlmwb::core {

struct OcrLineText {
    QString text;
    QVector<float> characterConfidences; // one per QChar of text in [0, 1], or empty when unknown
};

struct ExtractorOptions {
    // Below this confidence a finding carries a "low-confidence" warning. 0.95, since a name read
    // with one letter wrong still reaches 0.8-0.93 ("UITIVA" -> Ultiva 0.86, "Retrivir" -> Retrovir
    // 0.92): on the 660 validation lines read by the shipped Early Fusion, 0.95 flags all 21 findings
    // whose text is not the printed drug name and 13 of the 457 that are; 0.7 flagged 3 and 0
    // (docs/VERIFICATION.md, "Low-confidence warnings").
    double lowConfidence = 0.95;
};

class FindingExtractor
{
public:
    explicit FindingExtractor(const DrugMatcher &matcher, ExtractorOptions options = ExtractorOptions(),
                              MentionOptions mentionOptions = MentionOptions())
        : m_matcher(matcher), m_finder(matcher, mentionOptions), m_options(options) {}

    // Findings in reading order. The dose of a mention is read from the text after it, up to the
    // next mention on the same line; the finding has a dose when a strength or a count of tablets,
    // puffs, ... is found there (frequency, route, duration and quantity come with it). Warnings, in
    // order: ambiguous match, look-alike partner, low confidence, then the dose's notation and
    // plausibility warnings. A line that gives a strength but holds no mention yields a finding
    // without a drug for the words before the dose, with an "unknown-drug" warning and the
    // matcher's nearest names as candidates: a misread name is shown, not dropped.
    QVector<Finding> extract(const QVector<OcrLineText> &lines) const;

private:
    Finding makeFinding(const DrugMention &mention, int lineIndex, const QString &doseText) const;
    // A finding with no drug for the name-like words before a dose on a line without a mention.
    Finding unknownDrugFinding(const DrugMention &name, int lineIndex, const ParsedDose &dose) const;

    const DrugMatcher &m_matcher;
    DrugMentionFinder m_finder;
    ExtractorOptions m_options;
};

} // namespace vlmwb::core
