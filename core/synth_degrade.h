// Degradations of the synthetic corpus, as scans and phone photos of prescriptions suffer them:
// blur, noise, small rotation, perspective, uneven illumination and shadows, JPEG artefacts, low
// contrast. Level 0 is clean, 1 mild, 2 strong. The output has the input's size.
#pragma once

#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QString>
#include <QTransform>

namespace vlmwb::core {

class SynthRandom;

struct SynthDegradationOp {
    QString name;           // "rotation", "perspective", "illumination", "shadow", "low_contrast",
                            // "gaussian_blur", "motion_blur", "noise", "jpeg"
    QJsonObject parameters; // e.g. {"degrees": -1.2}
};

struct SynthDegradation {
    int level = 0;
    QList<SynthDegradationOp> ops; // in the order applied
    QTransform geometry;           // input to output pixel coordinates (projective); identity when
                                   // no geometric op was applied
};

// Degrades an image (converted to Format_Grayscale8). A geometric op is weakened (or dropped) until keepInside
// (in input coordinates, usually the ink's box) stays inside the image, so no text is cut off.
QImage degradeSynthImage(const QImage &image, int level, SynthRandom &random, const QRectF &keepInside,
                         SynthDegradation *applied);

} // namespace vlmwb::core
