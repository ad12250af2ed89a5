#include "core/ocr_edit_distance.h"

#include <QVector>

#include <algorithm>
#include <vector>

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

// Confusions grouped by the last characters of their two sides, so that a cell looks up only the
// rules that can end there. All confusions are ASCII, so a 128 x 128 table of groups suffices.
class ConfusionTable
{
public:
    ConfusionTable() : m_groupOf(128 * 128, -1)
    {
        for (const Confusion &confusion : confusions()) {
            const int key = confusion.read.back().unicode() * 128 + confusion.name.back().unicode();
            if (m_groupOf[key] < 0) {
                m_groupOf[key] = int(m_groups.size());
                m_groups.append(QVector<Confusion>());
            }
            m_groups[m_groupOf[key]].append(confusion);
        }
    }

    // Rules whose read side ends with readLast and name side with nameLast; nullptr when none.
    const QVector<Confusion> *endingWith(QChar readLast, QChar nameLast) const
    {
        if (readLast.unicode() >= 128 || nameLast.unicode() >= 128)
            return nullptr;
        const int group = m_groupOf[readLast.unicode() * 128 + nameLast.unicode()];
        return group < 0 ? nullptr : &m_groups[group];
    }

private:
    QVector<int> m_groupOf;
    QVector<QVector<Confusion>> m_groups;
};

} // namespace

double ocrEditDistance(const QString &read, const QString &name)
{
    const int n = int(read.size());
    const int m = int(name.size());
    const QChar *r = read.constData();
    const QChar *c = name.constData();
    static const ConfusionTable rules;
    // Reused between calls: this runs for every name of every candidate pool.
    thread_local std::vector<double> distance;
    thread_local std::vector<double> deletion;  // cost of dropping r[i - 1]
    thread_local std::vector<double> insertion; // cost of supplying c[j - 1]
    distance.resize(size_t(n + 1) * size_t(m + 1));
    deletion.resize(size_t(n + 1));
    insertion.resize(size_t(m + 1));
    for (int i = 1; i <= n; ++i)
        deletion[i] = i >= 2 && r[i - 1] == r[i - 2] ? doubledLetterCost : 1.0;
    for (int j = 1; j <= m; ++j)
        insertion[j] = j >= 2 && c[j - 1] == c[j - 2] ? doubledLetterCost : 1.0;
    const int stride = m + 1;
    double *d = distance.data();
    d[0] = 0.0;
    for (int i = 1; i <= n; ++i)
        d[i * stride] = d[(i - 1) * stride] + deletion[i];
    for (int j = 1; j <= m; ++j)
        d[j] = d[j - 1] + insertion[j];
    for (int i = 1; i <= n; ++i) {
        double *row = d + i * stride;
        const double *above = row - stride;
        for (int j = 1; j <= m; ++j) {
            const bool same = r[i - 1] == c[j - 1];
            double best = std::min({above[j] + deletion[i], row[j - 1] + insertion[j],
                                    above[j - 1] + (same ? 0.0 : 1.0)});
            if (i > 1 && j > 1 && r[i - 1] == c[j - 2] && r[i - 2] == c[j - 1])
                best = std::min(best, above[j - 1 - stride] + 1.0);
            if (!same) {
                if (const QVector<Confusion> *candidates = rules.endingWith(r[i - 1], c[j - 1])) {
                    for (const Confusion &confusion : *candidates) {
                        const int readLength = int(confusion.read.size());
                        const int nameLength = int(confusion.name.size());
                        if (readLength > i || nameLength > j)
                            continue;
                        if (QStringView(r + i - readLength, readLength) == confusion.read
                            && QStringView(c + j - nameLength, nameLength) == confusion.name)
                            best = std::min(best, d[(i - readLength) * stride + j - nameLength] + confusion.cost);
                    }
                }
            }
            row[j] = best;
        }
    }
    return d[n * stride + m];
}

double ocrEditSimilarity(const QString &read, const QString &name)
{
    const int longer = int(std::max(read.size(), name.size()));
    if (longer == 0)
        return 1.0;
    return std::max(0.0, 1.0 - ocrEditDistance(read, name) / longer);
}

} // namespace vlmwb::core
