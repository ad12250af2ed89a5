#include "core/synth_compose.h"

#include "core/synth_fonts.h"
#include "core/synth_random.h"
#include "core/synth_render.h"
#include "core/synth_text.h"

#include <algorithm>

namespace vlmwb::core {

namespace {

// A face for text: one of those that cover it, or -1 when none does.
int chooseFace(const SynthFontLibrary &fonts, SynthRandom &random, const QString &text, bool includeKorean)
{
    QList<int> candidates = fonts.candidates(text, includeKorean);
    if (candidates.isEmpty())
        candidates = fonts.candidates(text, true);
    return candidates.isEmpty() ? -1 : random.pick(candidates);
}

class PageBuilder
{
public:
    PageBuilder(const SynthFontLibrary &fonts, SynthRandom &random)
        : m_fonts(fonts), m_random(random)
    {
        m_page = QImage(synthPageWidth, synthPageHeight, QImage::Format_Grayscale8);
        m_page.fill(255);
        m_left = random.integer(70, 140);
        m_right = synthPageWidth - random.integer(70, 140);
        m_y = random.integer(60, 130);
        m_bottom = synthPageHeight - random.integer(60, 120);
        m_korean = random.chance(0.6);
        m_bodySize = random.integer(20, 28);
        const QString probe = m_korean ? QString::fromUtf8("가나다 ABC") : QString("ABC abc 123");
        m_bodyFace = chooseFace(fonts, random, probe, random.chance(0.3));
        m_lineCount = random.integer(8, 25);
    }

    bool full() const { return m_sample.lines.size() >= m_lineCount || m_y >= m_bottom; }
    int placed() const { return int(m_sample.lines.size()); }
    // Lines still to place.
    int lineBudget() const { return m_lineCount - int(m_sample.lines.size()); }
    int width() const { return m_right - m_left; }
    bool korean() const { return m_korean; }

    // Places line on the current row at x from the left margin (centred in the text width when x
    // is negative), shrunk to fit `available` pixels (each cell its column for a table row); false
    // when it cannot be placed. The row advances with newRow().
    bool place(const SynthTextLine &line, int x, int available, int pixelSize, bool bold = false,
               const QList<int> &cellOffsets = {})
    {
        if (line.text.trimmed().isEmpty() || full())
            return false;
        const int face = faceFor(line.text, bold);
        if (face < 0)
            return false;
        const SynthFontFace &chosen = m_fonts.faces().at(face);
        QFont font = chosen.font(pixelSize);
        double scale = 1.0;
        for (int cell = 0; cell < std::max<qsizetype>(1, cellOffsets.size()); ++cell) {
            const bool table = !cellOffsets.isEmpty();
            const int begin = table ? line.cellStarts.at(cell) : 0;
            const int end = table && cell + 1 < line.cellStarts.size() ? line.cellStarts.at(cell + 1) : int(line.text.size());
            const int room = table ? (cell + 1 < cellOffsets.size() ? cellOffsets.at(cell + 1) - 16 : available)
                                         - cellOffsets.at(cell)
                                   : available;
            const int textWidth = synthTextWidth(line.text.mid(begin, end - begin).trimmed(), font);
            scale = std::min(scale, double(room) / std::max(1, textWidth));
        }
        if (scale < 1.0) {
            pixelSize = int(pixelSize * scale);
            if (pixelSize < 14)
                return false;
            font = chosen.font(pixelSize);
        }
        if (x < 0)
            x = std::max(0, (width() - synthTextWidth(line.text, font)) / 2);
        const SynthRenderedLine rendered = renderSynthLine(line, font, QMargins(), cellOffsets);
        if (rendered.inkBox.isNull() || m_left + x + rendered.image.width() > synthPageWidth
            || m_y + rendered.image.height() > synthPageHeight)
            return false;
        darken(rendered.image, m_left + x, m_y);
        SynthPlacedLine placed;
        placed.line = line;
        placed.box = rendered.inkBox.translated(m_left + x, m_y);
        placed.hull = rendered.inkHull.translated(m_left + x, m_y);
        placed.font = chosen.description(pixelSize);
        m_sample.lines.append(placed);
        m_rowHeight = std::max(m_rowHeight, rendered.image.height());
        return true;
    }

    void newRow(double spacing)
    {
        if (m_rowHeight > 0)
            m_y += int(m_rowHeight * spacing);
        m_rowHeight = 0;
    }
    void skip(int pixels) { m_y += pixels; }
    int y() const { return m_y; }
    int bodySize() const { return m_bodySize; }

    // A horizontal rule between rows (never inside a line's box).
    void rule(int thickness)
    {
        for (int y = m_y; y < m_y + thickness && y < synthPageHeight; ++y)
            std::fill_n(m_page.scanLine(y) + m_left, width(), uchar(40));
        m_y += thickness;
    }

    SynthSample take()
    {
        m_sample.kind = "page";
        m_sample.image = m_page;
        m_sample.font = m_bodyFace >= 0 ? m_fonts.faces().at(m_bodyFace).description(m_bodySize) : QString();
        return m_sample;
    }

private:
    // The body face, or its bold sibling, or another face that covers text.
    int faceFor(const QString &text, bool bold)
    {
        const QString family = m_bodyFace >= 0 ? m_fonts.faces().at(m_bodyFace).family : QString();
        const QList<int> candidates = m_fonts.candidates(text, true);
        for (int index : candidates)
            if (m_fonts.faces().at(index).family == family && m_fonts.faces().at(index).bold == bold)
                return index;
        QList<int> matching;
        for (int index : candidates)
            if (m_fonts.faces().at(index).bold == bold)
                matching.append(index);
        return matching.isEmpty() ? chooseFace(m_fonts, m_random, text, true) : m_random.pick(matching);
    }

    // Ink over paper: the darker of the two.
    void darken(const QImage &line, int left, int top)
    {
        for (int y = 0; y < line.height(); ++y) {
            const uchar *source = line.constScanLine(y);
            uchar *target = m_page.scanLine(top + y) + left;
            for (int x = 0; x < line.width(); ++x)
                target[x] = std::min(target[x], source[x]);
        }
    }

    const SynthFontLibrary &m_fonts;
    SynthRandom &m_random;
    QImage m_page;
    SynthSample m_sample;
    int m_left = 0, m_right = 0, m_y = 0, m_bottom = 0;
    int m_rowHeight = 0;
    int m_bodySize = 24;
    int m_bodyFace = -1;
    int m_lineCount = 8;
    bool m_korean = true;
};

// The labelled fields of a page, dealt in a shuffled order so that a page names its patient, its
// date and its prescriber once.
class FieldDeck
{
public:
    FieldDeck(SynthRandom &random, bool korean) : m_korean(korean)
    {
        const int count = korean ? SynthTextGenerator::koreanFieldCount : SynthTextGenerator::englishFieldCount;
        for (int i = 0; i < count; ++i)
            m_fields.append(i);
        for (int i = count - 1; i > 0; --i) // Fisher-Yates
            std::swap(m_fields[i], m_fields[random.integer(0, i)]);
    }

    // The next field's line; when all are dealt, an empty line, or any field if allowRepeat.
    SynthTextLine deal(const SynthTextGenerator &generator, SynthRandom &random, bool allowRepeat = false)
    {
        int field = -1;
        if (m_next < m_fields.size())
            field = m_fields.at(m_next++);
        else if (allowRepeat)
            field = random.pick(m_fields);
        if (field < 0)
            return {};
        return m_korean ? generator.koreanLine(random, field) : generator.headerLine(random, field);
    }

private:
    bool m_korean;
    QList<int> m_fields;
    int m_next = 0;
};

} // namespace

SynthSample composeSynthLine(const SynthTextGenerator &generator, const SynthFontLibrary &fonts, SynthRandom &random)
{
    SynthTextLine line;
    int face = -1;
    // The vocabulary is chosen so some face always covers a line; the bound only guards a lexicon
    // with characters no face has.
    for (int attempt = 0; attempt < 20 && face < 0; ++attempt) {
        line = generator.line(random);
        face = chooseFace(fonts, random, line.text, random.chance(0.3));
    }
    const int pixelSize = random.integer(24, 40);
    const int vertical = int(pixelSize * random.real(0.15, 0.4));
    // One draw per statement (the order of a call's arguments is unspecified), in the order GCC drew
    // them when the shipped models' corpora were made: right margin, then left.
    const int right = random.integer(4, 20);
    const int left = random.integer(4, 20);
    const QMargins margins(left, vertical, right, vertical);
    const SynthFontFace &chosen = fonts.faces().at(std::max(face, 0));
    const SynthRenderedLine rendered = renderSynthLine(line, chosen.font(pixelSize), margins);

    SynthSample sample;
    sample.kind = "line";
    sample.image = rendered.image;
    sample.font = chosen.description(pixelSize);
    sample.lines.append({line, rendered.inkBox, rendered.inkHull, sample.font});
    return sample;
}

SynthSample composeSynthPage(const SynthTextGenerator &generator, const SynthFontLibrary &fonts, SynthRandom &random)
{
    PageBuilder page(fonts, random);
    const bool korean = page.korean();
    const int body = page.bodySize();

    // Header: hospital and title, larger and bold, centred or at the left.
    const bool centred = random.chance(0.5);
    for (const SynthTextLine &line : {generator.hospitalName(random, korean), generator.documentTitle(random, korean)}) {
        page.place(line, centred ? -1 : 0, page.width(), int(body * random.real(1.3, 1.9)), true);
        page.newRow(1.4);
    }
    page.skip(body / 2);

    FieldDeck fields(random, korean);
    // Patient and prescriber block, one column or two, leaving at least four lines for the drugs.
    const bool twoColumns = random.chance(0.5);
    const int infoRows = std::min(random.integer(2, 6), (page.lineBudget() - 4) / (twoColumns ? 2 : 1));
    for (int row = 0; row < infoRows; ++row) {
        if (twoColumns) {
            page.place(fields.deal(generator, random), 0, page.width() / 2 - 20, body);
            page.place(fields.deal(generator, random), page.width() / 2, page.width() / 2, body);
        } else {
            page.place(fields.deal(generator, random), 0, page.width(), body);
        }
        page.newRow(random.real(1.3, 1.7));
    }
    page.skip(body / 2);

    // Drugs: a ruled table or a numbered list.
    if (random.chance(0.4)) {
        const int w = page.width();
        const QList<int> columns = {0, w * 40 / 100, w * 60 / 100, w * 79 / 100, w * 91 / 100};
        page.rule(2);
        page.skip(body / 3);
        page.place(generator.tableHeader(korean), 0, w, body, true, columns);
        page.newRow(1.2);
        page.rule(1);
        page.skip(body / 3);
        for (int row = 0; !page.full() && row < 8; ++row) {
            const SynthTextLine line = generator.drugTableRow(random, korean && random.chance(0.7));
            if (page.place(line, 0, w, body, false, columns))
                page.newRow(random.real(1.3, 1.6));
        }
        page.rule(2);
    } else {
        for (int number = 1; !page.full() && number <= 10; ++number) {
            const SynthTextLine line = korean && random.chance(0.5) ? generator.mixedLine(random)
                                                                    : generator.drugLine(random, number);
            page.place(line, random.chance(0.3) ? body : 0, page.width(), body);
            page.newRow(random.real(1.3, 1.8));
        }
    }
    page.skip(body);

    // Footer: more fields, until the page holds its lines or runs out of new fields (repeating
    // fields only to reach the minimum of 8 lines).
    while (!page.full()) {
        const SynthTextLine line = fields.deal(generator, random, page.placed() < 8);
        if (line.text.isEmpty())
            break;
        const int before = page.y();
        page.place(line, 0, page.width(), body);
        page.newRow(random.real(1.3, 1.7));
        if (page.y() == before)
            page.skip(body);
    }
    return page.take();
}

} // namespace vlmwb::core
