#include "core/drug_mention_finder.h"

#include "core/name_normalizer.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace vlmwb::core {

namespace {

struct Word {
    int start;
    int end; // one past the last QChar
    QString text;
};

// Runs of letters, digits and inner hyphens/apostrophes/dots: "Co-trimoxazole", "E.E.S.", "1evothyroxine".
QVector<Word> splitWords(const QString &line)
{
    QVector<Word> words;
    const int size = int(line.size());
    int i = 0;
    while (i < size) {
        if (!line.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        int end = i;
        while (end < size) {
            const QChar c = line.at(end);
            if (c.isLetterOrNumber() || c.isMark()) {
                ++end;
                continue;
            }
            const bool joiner = c == QLatin1Char('-') || c == QLatin1Char('\'') || c == QLatin1Char('.');
            if (joiner && end + 1 < size && line.at(end + 1).isLetterOrNumber()) {
                ++end;
                continue;
            }
            break;
        }
        words.append(Word{i, end, line.mid(i, end - i)});
        i = end;
    }
    return words;
}

// A word that can belong to a drug name: mostly letters, and not a number with a unit ("500mg").
bool isNameLikeWord(const QString &word)
{
    static const QRegularExpression numberWithUnit(
        QStringLiteral(R"(^[0-9][0-9.,/]*[a-zµμ%]{0,5}$)"), QRegularExpression::CaseInsensitiveOption);
    if (numberWithUnit.match(word).hasMatch())
        return false;
    int letters = 0;
    for (const QChar c : word) {
        if (c.isLetter())
            ++letters;
    }
    return letters >= 2 && 2 * letters >= word.size();
}

struct Span {
    int firstWord;
    int wordCount;
    MatchResult match;
    double score;
};

} // namespace

bool DrugMentionFinder::isPrescriptionWord(const QString &normalizedWord)
{
    static const QSet<QString> words{
        QStringLiteral("take"),     QStringLiteral("takes"),    QStringLiteral("tablet"),
        QStringLiteral("tablets"),  QStringLiteral("tab"),      QStringLiteral("tabs"),
        QStringLiteral("capsule"),  QStringLiteral("capsules"), QStringLiteral("caps"),
        QStringLiteral("daily"),    QStringLiteral("once"),     QStringLiteral("twice"),
        QStringLiteral("times"),    QStringLiteral("every"),    QStringLiteral("hours"),
        QStringLiteral("days"),     QStringLiteral("weeks"),    QStringLiteral("with"),
        QStringLiteral("food"),     QStringLiteral("meals"),    QStringLiteral("mouth"),
        QStringLiteral("needed"),   QStringLiteral("refills"),  QStringLiteral("refill"),
        QStringLiteral("dispense"), QStringLiteral("disp"),     QStringLiteral("sig"),
        QStringLiteral("patient"),  QStringLiteral("date"),     QStringLiteral("doctor"),
        QStringLiteral("inject"),   QStringLiteral("injection"), QStringLiteral("solution"),
        QStringLiteral("cream"),    QStringLiteral("ointment"), QStringLiteral("drops"),
        QStringLiteral("units"),    QStringLiteral("unit"),     QStringLiteral("before"),
        QStringLiteral("after"),    QStringLiteral("bedtime"),  QStringLiteral("morning"),
        QStringLiteral("evening"),  QStringLiteral("night"),    QStringLiteral("orally"),
        QStringLiteral("topical"),  QStringLiteral("apply"),    QStringLiteral("inhale"),
        QStringLiteral("puffs"),    QStringLiteral("puff"),     QStringLiteral("prn"),
        QStringLiteral("qid"),      QStringLiteral("tid"),      QStringLiteral("bid"),
        QStringLiteral("qhs"),      QStringLiteral("qod"),      QStringLiteral("stat"),
        QStringLiteral("name"),     QStringLiteral("address"),  QStringLiteral("hospital"),
        QStringLiteral("clinic"),   QStringLiteral("pharmacy"), QStringLiteral("prescription"),
        QStringLiteral("quantity"), QStringLiteral("total"),    QStringLiteral("the"),
        QStringLiteral("and"),      QStringLiteral("for"),      QStringLiteral("per"),
        // Forms, indications and places that read like a drug name a letter or two away
        // ("nausea" / Nasea, "soln" / Solian, "Medicine" / meclizine on the validation sets).
        QStringLiteral("soln"),     QStringLiteral("susp"),     QStringLiteral("syrup"),
        QStringLiteral("inj"),      QStringLiteral("oint"),     QStringLiteral("patch"),
        QStringLiteral("spray"),    QStringLiteral("lotion"),   QStringLiteral("ophth"),
        QStringLiteral("nausea"),   QStringLiteral("vomiting"), QStringLiteral("pain"),
        QStringLiteral("fever"),    QStringLiteral("cough"),    QStringLiteral("sleep"),
        QStringLiteral("crush"),    QStringLiteral("stomach"),  QStringLiteral("empty"),
        QStringLiteral("until"),    QStringLiteral("finished"), QStringLiteral("weekly"),
        QStringLiteral("medicine"), QStringLiteral("medical"),  QStringLiteral("center"),
        QStringLiteral("rx"),       QStringLiteral("weight"),   QStringLiteral("height"),
        QStringLiteral("age")};
    return words.contains(normalizedWord);
}

DrugMention DrugMentionFinder::unmatchedName(const QString &line, int end,
                                             const QVector<float> &characterConfidences) const
{
    const QVector<Word> words = splitWords(line);
    int last = -1;
    for (int w = 0; w < words.size() && words.at(w).end <= end; ++w) {
        if (isNameLikeWord(words.at(w).text) && !isPrescriptionWord(normalizeDrugName(words.at(w).text)))
            last = w;
    }
    if (last < 0)
        return {};
    int first = last;
    while (first > 0 && last - first + 1 < m_matcher.longestNameWordCount()
           && isNameLikeWord(words.at(first - 1).text)
           && !isPrescriptionWord(normalizeDrugName(words.at(first - 1).text)))
        --first;
    const int start = words.at(first).start;
    const int length = words.at(last).end - start;
    const bool haveConfidences = characterConfidences.size() == line.size();
    DrugMention mention{start, length, line.mid(start, length), {}};
    mention.match = m_matcher.match(mention.text, haveConfidences ? characterConfidences.mid(start, length)
                                                                  : QVector<float>());
    return mention;
}

QVector<DrugMention> DrugMentionFinder::find(const QString &line,
                                            const QVector<float> &characterConfidences) const
{
    const QVector<Word> words = splitWords(line);
    const bool haveConfidences = characterConfidences.size() == line.size();
    const int maxWords = m_matcher.longestNameWordCount();

    QVector<Span> spans;
    for (int first = 0; first < words.size(); ++first) {
        for (int count = 1; count <= maxWords && first + count <= words.size(); ++count) {
            const Word &last = words.at(first + count - 1);
            if (!isNameLikeWord(last.text))
                break; // a name does not run through a number
            // A sig word is never a name nor starts one, but may follow its first word ("Hartmann's solution"):
            // a longer span wins only by scoring higher than the name before the sig word.
            if (count == 1 && isPrescriptionWord(normalizeDrugName(last.text)))
                break;
            const int start = words.at(first).start;
            const QString text = line.mid(start, last.end - start);
            const QVector<float> confidences =
                haveConfidences ? characterConfidences.mid(start, last.end - start) : QVector<float>();
            MatchResult match = m_matcher.match(text, confidences);
            if (!match.hasMatch() || match.candidates.first().score < m_options.minimumScore)
                continue;
            const double score = match.candidates.first().score;
            spans.append(Span{first, count, std::move(match), score});
        }
    }
    // Best first; on equal scores the longer span ("insulin glargine" over "insulin").
    std::stable_sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.wordCount > b.wordCount;
    });
    QVector<bool> taken(words.size(), false);
    QVector<DrugMention> mentions;
    for (const Span &span : std::as_const(spans)) {
        bool free = true;
        for (int w = span.firstWord; w < span.firstWord + span.wordCount; ++w)
            free = free && !taken.at(w);
        if (!free)
            continue;
        for (int w = span.firstWord; w < span.firstWord + span.wordCount; ++w)
            taken[w] = true;
        const int start = words.at(span.firstWord).start;
        const int end = words.at(span.firstWord + span.wordCount - 1).end;
        mentions.append(DrugMention{start, end - start, line.mid(start, end - start), span.match});
    }
    std::sort(mentions.begin(), mentions.end(),
              [](const DrugMention &a, const DrugMention &b) { return a.start < b.start; });
    return mentions;
}

} // namespace vlmwb::core
