// Renders one line of synthetic text: black on white, 8-bit grey, in one face, with the tight box
// and convex hull of its ink.
#pragma once

#include "core/synth_fonts.h"
#include "core/synth_text.h"

#include <QImage>
#include <QList>
#include <QMargins>
#include <QPolygonF>
#include <QRect>

namespace vlmwb::core {

// A pixel at or below this grey level is ink: more than ~37% covered by a glyph.
constexpr int synthInkThreshold = 160;

struct SynthRenderedLine {
    QImage image;      // Format_Grayscale8; white (255) paper, black ink
    QRect inkBox;      // tight box of the ink pixels (image coordinates); null when none
    QPolygonF inkHull; // convex hull of the ink pixels' corners, for mapping through a warp
};

// Renders line in font with margins around the text. cellOffsets, for a table row, gives each
// cell's x offset from the left margin; the text width then runs to the last cell's end.
SynthRenderedLine renderSynthLine(const SynthTextLine &line, const QFont &font, const QMargins &margins,
                                  const QList<int> &cellOffsets = {});

// Width in pixels of text in font, including glyph overhangs.
int synthTextWidth(const QString &text, const QFont &font);

// The tight box and convex hull of the ink (pixels <= synthInkThreshold) of a Grayscale8 image.
void findSynthInk(const QImage &image, QRect *box, QPolygonF *hull);

} // namespace vlmwb::core
