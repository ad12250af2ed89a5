// One sample of the synthetic corpus (a line image or a page) with its ground truth, and its
// labels.jsonl record.
#pragma once

#include "core/synth_degrade.h"
#include "core/synth_text.h"

#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QPolygonF>
#include <QRect>
#include <QString>

namespace vlmwb::core {

struct SynthPlacedLine {
    SynthTextLine line;
    QRect box;       // tight box of the line's ink in the final image
    QPolygonF hull;  // convex hull of the ink in the final image
    QString font;    // "NanumGothic Bold 28px"
};

struct SynthSample {
    QString kind;                  // "line" | "page"
    QImage image;                  // Format_Grayscale8
    QList<SynthPlacedLine> lines;  // reading order; one for a line sample
    QString font;                  // the body text's font
    SynthDegradation degradation;

    QString text() const;          // the lines' texts joined by '\n'
    QString script() const;        // "latin" | "korean" | "mixed" over all lines
};

// The labels.jsonl record of a sample whose image is stored at imagePath (relative to the corpus
// folder). Spans there are UTF-8 byte offsets [begin, end) into the text of the line they name
// ("line": index into "lines"); for a line sample that text is also the sample's "text".
QJsonObject synthLabel(const SynthSample &sample, const QString &imagePath);

// Byte offset in the UTF-8 encoding of text of QString index `index`.
int utf8Offset(const QString &text, int index);

} // namespace vlmwb::core
