// Cuts one text line out of a page image at the model's input height, and says how crop pixels map
// back onto the page (needed to place attention and character boxes on the image).
#pragma once

#include <QPointF>
#include <QRect>
#include <QTransform>

#include <opencv2/core/mat.hpp>

namespace vlmwb::core {

struct LineCrop {
    cv::Mat image;   // targetHeight rows, same type as the source
    double scale = 1; // crop pixels per source pixel
    QPointF offset;  // source coordinates of the crop's top-left corner (margin included)
    // The image the crop was cut from -> the caller's source: identity, except for a whole line
    // that cropWholeLine turned level first (offset and scale are then in the levelled image).
    QTransform levelToSource;
    // crop -> source: source = crop / scale + offset. Chain it with PreprocessResult::toOriginal
    // (toSource * toOriginal) when the source is a preprocessed page.
    QTransform toSource() const;
};

// box in source coordinates; margin < 0: a tenth of the box height (at least 2 px). Parts of the
// margin outside the source repeat its edge pixels, so the crop is never cut short.
LineCrop cropLine(const cv::Mat &source, const QRect &box, int targetHeight, int margin = -1);

// A single-line image cut the way the page pipeline cuts a detected line: turned level as a page
// is deskewed (levelLine), then its ink box (lineInkBox) with the default margin, or the whole image
// without a margin when it shows no ink.
// grey: CV_8U, one channel. targetHeight <= 0 keeps the source's scale.
LineCrop cropWholeLine(const cv::Mat &grey, int targetHeight);

} // namespace vlmwb::core
