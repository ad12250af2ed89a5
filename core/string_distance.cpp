#include "core/string_distance.h"

#include <QHash>
#include <QVector>

#include <algorithm>

namespace vlmwb::core {

int osaDistance(const QString &a, const QString &b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    // Three rolling rows: i-2, i-1, i.
    QVector<int> twoBack(m + 1), previous(m + 1), current(m + 1);
    for (int j = 0; j <= m; ++j)
        previous[j] = j;
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        for (int j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int best = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                best = std::min(best, twoBack[j - 2] + 1);
            current[j] = best;
        }
        std::swap(twoBack, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

int damerauLevenshteinDistance(const QString &a, const QString &b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int infinity = n + m;
    // Table with an extra border row and column (Lowrance & Wagner 1975).
    QVector<int> table((n + 2) * (m + 2));
    auto at = [&](int i, int j) -> int & { return table[i * (m + 2) + j]; };
    at(0, 0) = infinity;
    for (int i = 0; i <= n; ++i) {
        at(i + 1, 0) = infinity;
        at(i + 1, 1) = i;
    }
    for (int j = 0; j <= m; ++j) {
        at(0, j + 1) = infinity;
        at(1, j + 1) = j;
    }
    QHash<QChar, int> lastRowOf; // character -> last row of a where it was seen
    for (int i = 1; i <= n; ++i) {
        int lastMatchingColumn = 0;
        for (int j = 1; j <= m; ++j) {
            const int k = lastRowOf.value(b.at(j - 1), 0);
            const int l = lastMatchingColumn;
            int cost = 1;
            if (a.at(i - 1) == b.at(j - 1)) {
                cost = 0;
                lastMatchingColumn = j;
            }
            at(i + 1, j + 1) = std::min({at(i, j) + cost, at(i + 1, j) + 1, at(i, j + 1) + 1,
                                         at(k, l) + (i - k - 1) + 1 + (j - l - 1)});
        }
        lastRowOf.insert(a.at(i - 1), i);
    }
    return at(n + 1, m + 1);
}

double jaroSimilarity(const QString &a, const QString &b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    if (n == 0 && m == 0)
        return 1.0;
    if (n == 0 || m == 0)
        return 0.0;
    const int window = std::max(0, std::max(n, m) / 2 - 1);
    QVector<bool> matchedA(n, false), matchedB(m, false);
    int matches = 0;
    for (int i = 0; i < n; ++i) {
        const int from = std::max(0, i - window);
        const int to = std::min(m - 1, i + window);
        for (int j = from; j <= to; ++j) {
            if (!matchedB[j] && a.at(i) == b.at(j)) {
                matchedA[i] = matchedB[j] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0.0;
    int halfTranspositions = 0;
    for (int i = 0, j = 0; i < n; ++i) {
        if (!matchedA[i])
            continue;
        while (!matchedB[j])
            ++j;
        if (a.at(i) != b.at(j))
            ++halfTranspositions;
        ++j;
    }
    const double mm = matches;
    return (mm / n + mm / m + (mm - halfTranspositions / 2.0) / mm) / 3.0;
}

double jaroWinklerSimilarity(const QString &a, const QString &b, double prefixScale)
{
    const double jaro = jaroSimilarity(a, b);
    int prefix = 0;
    const int limit = std::min({4, int(a.size()), int(b.size())});
    while (prefix < limit && a.at(prefix) == b.at(prefix))
        ++prefix;
    return jaro + prefix * prefixScale * (1.0 - jaro);
}

} // namespace vlmwb::core
