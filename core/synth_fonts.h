// The fonts the synthetic corpus is rendered with: Latin and Korean faces from Debian's font
// packages, loaded from their files so a missing package is a clear error, never a silent
// substitute.
#pragma once

#include <QFont>
#include <QList>
#include <QRawFont>
#include <QString>

namespace vlmwb::core {

struct SynthFontFace {
    QString family;      // as Qt names it: "NanumGothic", "Noto Sans CJK KR"
    bool bold = false;
    bool korean = false; // has Hangul glyphs
    QString path;        // the file it was loaded from
    QRawFont raw;        // for coverage checks

    // Merging is off: a character the face lacks would be a tofu box, which coverage rules out.
    QFont font(int pixelSize) const;
    QString description(int pixelSize) const; // "NanumGothic Bold 28px"
    // True when the face has a glyph for every non-space character of text.
    bool covers(const QString &text) const;
};

class SynthFontLibrary
{
public:
    // Loads the faces once per process. Needs a QGuiApplication; error() says when it failed.
    static const SynthFontLibrary &instance();

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const QList<SynthFontFace> &faces() const { return m_faces; }

    // Indices of faces that cover text: Korean faces when it holds Hangul, otherwise Latin faces,
    // plus Korean faces (which print Latin too) when includeKorean.
    QList<int> candidates(const QString &text, bool includeKorean) const;

private:
    SynthFontLibrary();

    QList<SynthFontFace> m_faces;
    QString m_error;
};

} // namespace vlmwb::core
