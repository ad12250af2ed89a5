#include "core/ocr_edit_distance.h"

#include <QHash>
#include <QVector>

#include <algorithm>

namespace vlmwb::core {

namespace {

struct Confusion {
    QString read; // what the OCR wrote
    QString name; // what the label says
    double cost;
};

// Glyph pairs that line-level OCR confuses, with costs below a plain substitution (1).
const QVector<Confusion> &confusions()
{
    static const QVector<Confusion> table = [] {
        const QVector<Confusion> oneWay{
            {QStringLiteral("1"), QStringLiteral("l"), 0.2},  {QStringLiteral("0"), QStringLiteral("o"), 0.2},
            {QStringLiteral("1"), QStringLiteral("i"), 0.3},  {QStringLiteral("l"), QStringLiteral("i"), 0.3},
            {QStringLiteral("5"), QStringLiteral("s"), 0.3},  {QStringLiteral("8"), QStringLiteral("b"), 0.4},
            {QStringLiteral("2"), QStringLiteral("z"), 0.4},  {QStringLiteral("9"), QStringLiteral("g"), 0.4},
            {QStringLiteral("9"), QStringLiteral("q"), 0.5},  {QStringLiteral("6"), QStringLiteral("b"), 0.5},
            {QStringLiteral("g"), QStringLiteral("q"), 0.5},  {QStringLiteral("e"), QStringLiteral("c"), 0.5},
            {QStringLiteral("u"), QStringLiteral("v"), 0.5},  {QStringLiteral("t"), QStringLiteral("f"), 0.5},
            {QStringLiteral("i"), QStringLiteral("j"), 0.5},  {QStringLiteral("n"), QStringLiteral("h"), 0.6},
            {QStringLiteral("c"), QStringLiteral("o"), 0.6},  {QStringLiteral("a"), QStringLiteral("o"), 0.6},
            {QStringLiteral("rn"), QStringLiteral("m"), 0.3}, {QStringLiteral("cl"), QStringLiteral("d"), 0.3},
            {QStringLiteral("vv"), QStringLiteral("w"), 0.3}, {QStringLiteral("ii"), QStringLiteral("u"), 0.4},
            {QStringLiteral("in"), QStringLiteral("m"), 0.5}, {QStringLiteral("ni"), QStringLiteral("m"), 0.5},
            {QStringLiteral("nn"), QStringLiteral("m"), 0.5}, {QStringLiteral("ri"), QStringLiteral("n"), 0.5},
            {QStringLiteral("li"), QStringLiteral("h"), 0.5}, {QStringLiteral("lc"), QStringLiteral("k"), 0.6}};
        QVector<Confusion> both = oneWay;
        for (const Confusion &confusion : oneWay)
            both.append(Confusion{confusion.name, confusion.read, confusion.cost});
        return both;
    }();
    return table;
}

constexpr double doubledLetterCost = 0.5;

quint32 lastCharactersKey(QChar readLast, QChar nameLast)
{
    return (quint32(readLast.unicode()) << 16) | nameLast.unicode();
}

// Confusions grouped by the last characters of their two sides, so a cell looks up only the rules
// that can end there.
const QHash<quint32, QVector<Confusion>> &confusionsByLastCharacters()
{
    static const QHash<quint32, QVector<Confusion>> grouped = [] {
        QHash<quint32, QVector<Confusion>> result;
        for (const Confusion &confusion : confusions())
            result[lastCharactersKey(confusion.read.back(), confusion.name.back())].append(confusion);
        return result;
    }();
    return grouped;
}

} // namespace

double ocrEditDistance(const QString &read, const QString &name)
{
    const int n = int(read.size());
    const int m = int(name.size());
    const QHash<quint32, QVector<Confusion>> &rules = confusionsByLastCharacters();
    QVector<double> distance((n + 1) * (m + 1));
    auto at = [&](int i, int j) -> double & { return distance[i * (m + 1) + j]; };
    auto deletionCost = [&](int i) { // drop read[i - 1]
        return i >= 2 && read.at(i - 1) == read.at(i - 2) ? doubledLetterCost : 1.0;
    };
    auto insertionCost = [&](int j) { // supply name[j - 1]
        return j >= 2 && name.at(j - 1) == name.at(j - 2) ? doubledLetterCost : 1.0;
    };
    at(0, 0) = 0.0;
    for (int i = 1; i <= n; ++i)
        at(i, 0) = at(i - 1, 0) + deletionCost(i);
    for (int j = 1; j <= m; ++j)
        at(0, j) = at(0, j - 1) + insertionCost(j);
    for (int i = 1; i <= n; ++i) {
        for (int j = 1; j <= m; ++j) {
            const bool same = read.at(i - 1) == name.at(j - 1);
            double best = std::min({at(i - 1, j) + deletionCost(i), at(i, j - 1) + insertionCost(j),
                                    at(i - 1, j - 1) + (same ? 0.0 : 1.0)});
            if (i > 1 && j > 1 && read.at(i - 1) == name.at(j - 2) && read.at(i - 2) == name.at(j - 1))
                best = std::min(best, at(i - 2, j - 2) + 1.0);
            const auto found =
                same ? rules.constEnd() : rules.constFind(lastCharactersKey(read.at(i - 1), name.at(j - 1)));
            if (found != rules.constEnd()) {
                for (const Confusion &confusion : found.value()) {
                    const int readLength = int(confusion.read.size());
                    const int nameLength = int(confusion.name.size());
                    if (readLength > i || nameLength > j)
                        continue;
                    if (QStringView(read).mid(i - readLength, readLength) == confusion.read
                        && QStringView(name).mid(j - nameLength, nameLength) == confusion.name)
                        best = std::min(best, at(i - readLength, j - nameLength) + confusion.cost);
                }
            }
            at(i, j) = best;
        }
    }
    return at(n, m);
}

double ocrEditSimilarity(const QString &read, const QString &name)
{
    const int longer = int(std::max(read.size(), name.size()));
    if (longer == 0)
        return 1.0;
    return std::max(0.0, 1.0 - ocrEditDistance(read, name) / longer);
}

} // namespace vlmwb::core
