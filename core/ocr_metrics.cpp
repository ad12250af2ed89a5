// OCR accuracy measures (see ocr_metrics.h).
#include "core/ocr_metrics.h"

#include <QRegularExpression>

#include <algorithm>
#include <string>
#include <vector>

namespace vlmwb::core {
namespace {

// Full Levenshtein table [n + 1][m + 1] of reference a against prediction b.
template <typename Sequence>
std::vector<std::vector<int>> distanceTable(const Sequence &a, const Sequence &b)
{
    const std::size_t n = std::size_t(a.size());
    const std::size_t m = std::size_t(b.size());
    std::vector<std::vector<int>> table(n + 1, std::vector<int>(m + 1, 0));
    for (std::size_t i = 0; i <= n; ++i)
        table[i][0] = int(i);
    for (std::size_t j = 0; j <= m; ++j)
        table[0][j] = int(j);
    for (std::size_t i = 1; i <= n; ++i)
        for (std::size_t j = 1; j <= m; ++j) {
            const int substitution = table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            table[i][j] = std::min({substitution, table[i - 1][j] + 1, table[i][j - 1] + 1});
        }
    return table;
}

template <typename Sequence>
int levenshtein(const Sequence &a, const Sequence &b)
{
    if (a.size() == 0 || b.size() == 0)
        return int(std::max(a.size(), b.size()));
    // Two rows suffice for the distance alone.
    std::vector<int> previous(std::size_t(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (std::size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (std::size_t i = 1; i <= std::size_t(a.size()); ++i) {
        current[0] = int(i);
        for (std::size_t j = 1; j < previous.size(); ++j)
            current[j] = std::min({previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1});
        std::swap(previous, current);
    }
    return previous.back();
}

} // namespace

EditCount characterEdits(const QString &reference, const QString &prediction)
{
    const std::u32string a = reference.toStdU32String();
    const std::u32string b = prediction.toStdU32String();
    return {levenshtein(a, b), int(a.size())};
}

QStringList ocrWords(const QString &text)
{
    static const QRegularExpression whitespace("\\s+");
    return text.split(whitespace, Qt::SkipEmptyParts);
}

EditCount wordEdits(const QString &reference, const QString &prediction)
{
    const QStringList a = ocrWords(reference);
    const QStringList b = ocrWords(prediction);
    return {levenshtein(a, b), int(a.size())};
}

OcrAlignment::OcrAlignment(const QString &reference, const QString &prediction)
{
    const std::u32string a = reference.toStdU32String();
    const std::u32string b = prediction.toStdU32String();
    const auto table = distanceTable(a, b);
    m_distance = table[a.size()][b.size()];
    m_matched.fill(false, int(a.size()));
    m_insertedBefore.fill(0, int(a.size()) + 1);
    // Walk back from the end, preferring a match, then a substitution, a deletion, an insertion.
    std::size_t i = a.size();
    std::size_t j = b.size();
    while (i > 0 || j > 0) {
        if (i > 0 && j > 0 && a[i - 1] == b[j - 1] && table[i][j] == table[i - 1][j - 1]) {
            m_matched[int(i - 1)] = true;
            --i;
            --j;
        } else if (i > 0 && j > 0 && table[i][j] == table[i - 1][j - 1] + 1) {
            --i;
            --j;
        } else if (i > 0 && table[i][j] == table[i - 1][j] + 1) {
            --i;
        } else {
            ++m_insertedBefore[int(i)];
            --j;
        }
    }
}

bool OcrAlignment::spanExact(int begin, int end) const
{
    if (begin < 0 || end > m_matched.size() || begin >= end)
        return false;
    for (int index = begin; index < end; ++index)
        if (!m_matched[index] || (index > begin && m_insertedBefore[index] > 0))
            return false;
    return true;
}

int codePointAtUtf8Offset(const QString &text, int byteOffset)
{
    const std::u32string codePoints = text.toStdU32String();
    int bytes = 0;
    for (std::size_t index = 0; index < codePoints.size(); ++index) {
        if (bytes >= byteOffset)
            return int(index);
        const char32_t c = codePoints[index];
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    return int(codePoints.size());
}

} // namespace vlmwb::core
