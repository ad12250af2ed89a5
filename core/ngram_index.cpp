#include "core/ngram_index.h"

#include <algorithm>
#include <vector>

namespace vlmwb::core {

QVector<quint64> NgramIndex::trigrams(const QString &normalizedName)
{
    // Two start marks give the first letters extra weight: names that differ early sound different.
    const QString padded = QStringLiteral("\x01\x01") + normalizedName + QStringLiteral("\x02");
    QVector<quint64> grams;
    for (int i = 0; i + 3 <= padded.size(); ++i) {
        const quint64 gram = (quint64(padded.at(i).unicode()) << 32)
                             | (quint64(padded.at(i + 1).unicode()) << 16) | padded.at(i + 2).unicode();
        grams.append(gram);
    }
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    return grams;
}

void NgramIndex::add(int id, const QString &normalizedName)
{
    const QVector<quint64> grams = trigrams(normalizedName);
    for (const quint64 gram : grams)
        m_postings[gram].append(id);
    if (id >= m_gramCounts.size())
        m_gramCounts.resize(id + 1, 0);
    m_gramCounts[id] = int(grams.size());
}

QVector<int> NgramIndex::nearest(const QVector<QString> &querySpellings, int limit) const
{
    thread_local std::vector<int> shared;   // id -> trigrams shared with the current spelling
    thread_local std::vector<double> best;  // id -> best Dice so far; 0 when untouched
    shared.assign(m_gramCounts.size(), 0);
    best.assign(m_gramCounts.size(), 0.0);
    QVector<int> touchedAny;
    for (const QString &spelling : querySpellings) {
        const QVector<quint64> grams = trigrams(spelling);
        QVector<int> touched;
        for (const quint64 gram : grams) {
            const auto posting = m_postings.constFind(gram);
            if (posting == m_postings.constEnd())
                continue;
            for (const int id : posting.value()) {
                if (shared[id]++ == 0)
                    touched.append(id);
            }
        }
        for (const int id : std::as_const(touched)) {
            const double dice = 2.0 * shared[id] / (grams.size() + m_gramCounts.at(id));
            if (best[id] == 0.0)
                touchedAny.append(id);
            best[id] = std::max(best[id], dice);
            shared[id] = 0;
        }
    }
    QVector<QPair<double, int>> ranked;
    ranked.reserve(touchedAny.size());
    for (const int id : std::as_const(touchedAny))
        ranked.append({-best[id], id});
    const int count = std::min(limit, int(ranked.size()));
    std::partial_sort(ranked.begin(), ranked.begin() + count, ranked.end());
    QVector<int> ids;
    ids.reserve(count);
    for (int i = 0; i < count; ++i)
        ids.append(ranked.at(i).second);
    return ids;
}

} // namespace vlmwb::core
