// Character-trigram inverted index over normalised names: finds the names sharing the most
// trigrams with a query without scanning the whole lexicon.
#pragma once

#include <QHash>
#include <QString>
#include <QVector>

namespace vlmwb::core {

class NgramIndex
{
public:
    // Adds a name under id (ids are the caller's; 0 <= id, dense ids keep memory small).
    void add(int id, const QString &normalizedName);

    // Up to limit ids ordered by the Dice coefficient of trigram sets (best first; ties by id),
    // taking for each id the best over the query spellings given (e.g. the text as read and a
    // version with OCR digits read as letters). Ids that share no trigram are not returned.
    QVector<int> nearest(const QVector<QString> &querySpellings, int limit) const;

    int size() const { return int(m_gramCounts.size()); }

    // The padded trigrams of a name, each packed into 48 bits: "^^a", "^am", "amo", ..., "in$".
    static QVector<quint64> trigrams(const QString &normalizedName);

private:
    QHash<quint64, QVector<int>> m_postings; // trigram -> ids containing it (each id once)
    QVector<int> m_gramCounts;               // id -> number of distinct trigrams
};

} // namespace vlmwb::core
