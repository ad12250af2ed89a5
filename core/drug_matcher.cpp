#include "core/drug_matcher.h"

#include "core/name_normalizer.h"
#include "core/ocr_edit_distance.h"
#include "core/phonetic_key.h"
#include "core/string_distance.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace vlmwb::core {

namespace {

// The query as read and as it would read with OCR's usual glyph swaps undone, for the index only
// (scoring sees the text as read and prices the swaps itself).
QVector<QString> indexSpellings(const QString &normalized)
{
    QString letters = normalized;
    letters.replace(QLatin1Char('0'), QLatin1Char('o'))
        .replace(QLatin1Char('5'), QLatin1Char('s'))
        .replace(QLatin1Char('8'), QLatin1Char('b'))
        .replace(QLatin1Char('2'), QLatin1Char('z'))
        .replace(QLatin1Char('9'), QLatin1Char('g'))
        .replace(QLatin1String("rn"), QLatin1String("m"))
        .replace(QLatin1String("cl"), QLatin1String("d"))
        .replace(QLatin1String("vv"), QLatin1String("w"));
    QString withL = letters;
    withL.replace(QLatin1Char('1'), QLatin1Char('l'));
    QString withI = letters;
    withI.replace(QLatin1Char('1'), QLatin1Char('i'));
    QVector<QString> spellings{normalized};
    for (const QString &spelling : {withL, withI}) {
        if (!spellings.contains(spelling))
            spellings.append(spelling);
    }
    return spellings;
}

double keySimilarity(const QString &a, const QString &b)
{
    const int longer = int(std::max(a.size(), b.size()));
    if (longer == 0)
        return 1.0;
    return 1.0 - double(osaDistance(a, b)) / longer;
}

constexpr double editWeight = 0.8 * 0.6;
constexpr double jaroWinklerWeight = 0.8 * 0.4;
constexpr double soundWeight = 0.2;

// The score of DrugMatcher::similarity, or a value below floor as soon as the edit similarity
// shows that floor cannot be reached (Jaro-Winkler and sound are at most 1), which spares the
// other two measures for most names of a candidate pool.
double scoreWithKeys(const QString &query, const QString &queryKey, const QString &name,
                     const QString &nameKey, double floor = 0.0)
{
    if (query == name)
        return 1.0;
    const double edit = ocrEditSimilarity(query, name);
    const double bound = editWeight * edit + jaroWinklerWeight + soundWeight;
    if (bound < floor)
        return bound;
    const double score = editWeight * edit + jaroWinklerWeight * jaroWinklerSimilarity(query, name)
                         + soundWeight * keySimilarity(queryKey, nameKey);
    // Below 1 for any two different names, so that an exact match always ranks first.
    return std::min(score, 0.999);
}

} // namespace

DrugMatcher::DrugMatcher(LexiconSet lexicons, LasaPairs lasaPairs, MatcherOptions options)
    : m_lexicons(std::move(lexicons)), m_lasaPairs(std::move(lasaPairs)), m_options(options)
{
    QSet<QString> seen;
    const QVector<DrugEntry> &entries = m_lexicons.entries();
    for (int i = 0; i < entries.size(); ++i) {
        const QString normalized = normalizeDrugName(entries.at(i).name);
        if (normalized.isEmpty())
            continue;
        const QString key = normalized + QChar(0x1f) + entries.at(i).generic.toLower();
        if (seen.contains(key))
            continue; // the same name for the same drug from another lexicon
        seen.insert(key);
        const int id = int(m_names.size());
        m_names.append(IndexedName{i, normalized, phoneticKey(normalized)});
        m_index.add(id, normalized);
        m_keyIndex.add(id, m_names.last().phoneticKey);
        m_longestNameWordCount = std::max(m_longestNameWordCount, int(normalized.count(QLatin1Char(' '))) + 1);
    }
}

double DrugMatcher::similarity(const QString &normalizedQuery, const QString &normalizedName)
{
    return scoreWithKeys(normalizedQuery, phoneticKey(normalizedQuery), normalizedName,
                         phoneticKey(normalizedName));
}

double DrugMatcher::confidence(double score, double ocrConfidence, bool ambiguous)
{
    const double combined = std::pow(std::clamp(score, 0.0, 1.0), 0.7)
                            * std::pow(std::clamp(ocrConfidence, 0.0, 1.0), 0.3);
    return ambiguous ? combined / 2.0 : combined;
}

MatchResult DrugMatcher::match(const QString &text, const QVector<float> &characterConfidences) const
{
    MatchResult result;
    result.text = text;
    if (!characterConfidences.isEmpty() && characterConfidences.size() == text.size()) {
        double sum = 0.0;
        for (const float value : characterConfidences)
            sum += std::clamp(double(value), 0.0, 1.0);
        result.ocrConfidence = sum / characterConfidences.size();
    }
    const QString normalized = normalizeDrugName(text);
    if (normalized.size() < minimumNameLength() || normalized.isEmpty()) {
        result.state = MatchState::TooShort;
        return result;
    }

    // Names spelled alike, then names that sound alike though spelled apart ("Ativan", "Otrivin").
    QVector<int> ids = m_index.nearest(indexSpellings(normalized), m_options.candidatePoolSize);
    const QString queryKey = phoneticKey(normalized);
    QSet<int> pooled(ids.cbegin(), ids.cend());
    for (const int id : m_keyIndex.nearest({queryKey}, m_options.candidatePoolSize / 2)) {
        if (!pooled.contains(id))
            ids.append(id);
    }

    const QVector<DrugEntry> &entries = m_lexicons.entries();
    QVector<MatchCandidate> scored;
    for (const int id : std::as_const(ids)) {
        const IndexedName &name = m_names.at(id);
        const double value =
            scoreWithKeys(normalized, queryKey, name.normalized, name.phoneticKey, m_options.minimumScore);
        if (value < m_options.minimumScore)
            continue;
        const DrugEntry &entry = entries.at(name.entryIndex);
        scored.append(MatchCandidate{name.entryIndex, entry.name, entry.generic, entry.kind, value, 0});
    }
    std::sort(scored.begin(), scored.end(), [](const MatchCandidate &a, const MatchCandidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.entryIndex < b.entryIndex;
    });
    if (scored.size() > m_options.topCandidates)
        scored.resize(m_options.topCandidates);
    for (int i = 0; i < scored.size(); ++i)
        scored[i].rank = i + 1;
    result.candidates = scored;
    if (scored.isEmpty()) {
        result.state = MatchState::NoMatch;
        return result;
    }

    const MatchCandidate &best = scored.first();
    bool ambiguous = false;
    if (best.score < 1.0) {
        for (int i = 1; i < scored.size(); ++i) {
            if (best.score - scored.at(i).score >= m_options.ambiguityMargin)
                break;
            if (scored.at(i).generic.compare(best.generic, Qt::CaseInsensitive) != 0) {
                ambiguous = true;
                break;
            }
        }
    }
    result.state = ambiguous ? MatchState::Ambiguous : MatchState::Matched;
    result.confidence = confidence(best.score, result.ocrConfidence, ambiguous);
    result.lasaPartners = m_lasaPairs.partners(best.name);
    if (best.generic.compare(best.name, Qt::CaseInsensitive) != 0) {
        for (const LasaPartner &partner : m_lasaPairs.partners(best.generic))
            result.lasaPartners.append(partner);
    }
    return result;
}

} // namespace vlmwb::core
