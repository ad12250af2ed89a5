// OCR accuracy measures: character and word error rates by Levenshtein distance, and whether a
// ground-truth span (a drug name, a dose) was read exactly.
//
// CER = (substitutions + deletions + insertions) / reference characters, characters being Unicode
// code points (a Hangul syllable is one character). WER is the same over words, a word being a
// maximal run of non-whitespace. Both may exceed 1 when the prediction is much longer. Over a set
// of lines the rates are pooled: total edits / total reference length.
//
// Exact span: the reference's characters [begin, end) are all aligned to equal characters of the
// prediction, with nothing inserted between them, in one optimal Levenshtein alignment (ties broken
// towards matches, then substitutions, deletions, insertions). So "Metformin 500 mg" read as
// "Metfornin 500 mg" misses the drug but keeps the dose; a shift earlier in the line does not count
// against a span that was itself read verbatim.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace vlmwb::core {

struct EditCount {
    int edits = 0;
    int referenceLength = 0;

    double rate() const { return referenceLength > 0 ? double(edits) / referenceLength : (edits > 0 ? 1.0 : 0.0); }
    EditCount &operator+=(const EditCount &other)
    {
        edits += other.edits;
        referenceLength += other.referenceLength;
        return *this;
    }
};

EditCount characterEdits(const QString &reference, const QString &prediction);
EditCount wordEdits(const QString &reference, const QString &prediction);

// The words of text (maximal runs of non-whitespace).
QStringList ocrWords(const QString &text);

// One optimal character alignment of a prediction against a reference (code points).
class OcrAlignment
{
public:
    OcrAlignment(const QString &reference, const QString &prediction);

    int distance() const { return m_distance; }
    // True when reference code points [begin, end) were read verbatim (see the file comment).
    bool spanExact(int begin, int end) const;

private:
    QVector<bool> m_matched;        // per reference code point: aligned to an equal character
    QVector<int> m_insertedBefore;  // per reference position 0..n: prediction characters inserted before it
    int m_distance = 0;
};

// Code point index of UTF-8 byte offset `byteOffset` of text (the offsets labels.jsonl stores).
int codePointAtUtf8Offset(const QString &text, int byteOffset);

} // namespace vlmwb::core
