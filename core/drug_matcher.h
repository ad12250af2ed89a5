// Matches a drug name as an OCR model read it against a lexicon: candidates from two trigram
// indexes (over the spellings and over the phonetic keys; no scan of the lexicon), scored by
// OCR-aware spelling (weighted toward the start of the name) and by sound.
#pragma once

#include "core/lasa_pairs.h"
#include "core/lexicon_set.h"
#include "core/ngram_index.h"

#include <QVector>

namespace vlmwb::core {

struct MatchCandidate {
    int entryIndex = -1;   // index into LexiconSet::entries()
    QString name;          // lexicon spelling: "Amoxil"
    QString generic;       // "amoxicillin"
    DrugNameKind kind = DrugNameKind::Generic;
    double score = 0.0;    // similarity in [0, 1]; 1 for the same normalised name
    int rank = 0;          // 1 for the best
};

enum class MatchState {
    TooShort,  // the text is shorter than the lexicon's minimumNameLength; nothing proposed
    NoMatch,   // no candidate reaches MatcherOptions::minimumScore
    Matched,   // one clear best candidate
    Ambiguous, // the runner-up, a different drug, scores within ambiguityMargin of the best
};

struct MatchResult {
    QString text;                      // the text matched, as given
    MatchState state = MatchState::NoMatch;
    QVector<MatchCandidate> candidates; // best first, at most topCandidates, all >= minimumScore
    double ocrConfidence = 1.0;        // mean per-character OCR confidence (1 when none given)
    double confidence = 0.0;           // see DrugMatcher::confidence; 0 without a candidate
    QVector<LasaPartner> lasaPartners; // ISMP look-alike partners of the best candidate
    bool hasMatch() const { return state == MatchState::Matched || state == MatchState::Ambiguous; }
    const MatchCandidate *best() const { return hasMatch() ? &candidates.first() : nullptr; }
};

struct MatcherOptions {
    int topCandidates = 5;         // candidates reported per match
    double minimumScore = 0.7;     // candidates below are not reported
    double ambiguityMargin = 0.05; // a different drug this close to the best makes the match ambiguous
    int candidatePoolSize = 150;   // names taken from the spelling index per query, half as many from the sound index
};

class DrugMatcher
{
public:
    explicit DrugMatcher(LexiconSet lexicons, LasaPairs lasaPairs = LasaPairs(),
                         MatcherOptions options = MatcherOptions());

    // Matches one name or fragment. characterConfidences, when given, has one value in [0, 1] per
    // QChar of text (other sizes are ignored).
    MatchResult match(const QString &text, const QVector<float> &characterConfidences = {}) const;

    // Similarity of a normalised query and a normalised lexicon name, in [0, 1]:
    //   spelling = 0.6 * ocrEditSimilarity + 0.4 * Jaro-Winkler   (Jaro-Winkler favours the start)
    //   sound    = 1 - OSA distance of the phonetic keys / longer key length
    //   score    = 0.8 * spelling + 0.2 * sound, and exactly 1 for equal names.
    // Public so that a check can rank the whole lexicon by brute force.
    static double similarity(const QString &normalizedQuery, const QString &normalizedName);

    // Confidence of a proposal: score^0.7 * ocrConfidence^0.3, halved when ambiguous. The OCR's
    // own certainty counts, but a poor match cannot be rescued by a confident read.
    static double confidence(double score, double ocrConfidence, bool ambiguous);

    const LexiconSet &lexicons() const { return m_lexicons; }
    const LasaPairs &lasaPairs() const { return m_lasaPairs; }
    const MatcherOptions &options() const { return m_options; }
    int minimumNameLength() const { return m_lexicons.minimumNameLength(); }
    int longestNameWordCount() const { return m_longestNameWordCount; }

private:
    struct IndexedName {
        int entryIndex;
        QString normalized;
        QString phoneticKey;
    };
    LexiconSet m_lexicons;
    LasaPairs m_lasaPairs;
    MatcherOptions m_options;
    QVector<IndexedName> m_names; // distinct (normalised name, generic) pairs; index = id in m_index
    NgramIndex m_index;    // trigrams of normalised names
    NgramIndex m_keyIndex; // trigrams of phonetic keys
    int m_longestNameWordCount = 1;
};

} // namespace vlmwb::core
