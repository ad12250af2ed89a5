// Turns a single-line image level before its ink box is cut: the whole-line path's counterpart of
// the page deskew (preprocess.h). A line photographed or scanned 2 degrees off drifts by a third of
// its height across 500 px, and the model, which reads a 32-px strip, then sees the ends of the line
// cut or half out of frame; a page line is cut from the deskewed page and never is.
#pragma once

#include <QTransform>

#include <opencv2/core/mat.hpp>

namespace vlmwb::core {

// Skew of the text in a single-line grey image (CV_8U, dark ink on lighter paper; shadows and
// uneven paper allowed): degrees, clockwise on screen, as PreprocessReport::skewDegrees. 0 when the
// image shows no ink.
double lineSkewDegrees(const cv::Mat &grey, double maximumDegrees = 5);

struct LevelledLine {
    cv::Mat image;          // the source's size; the source itself when nothing was turned
    double skewDegrees = 0; // the skew removed; 0 when the image was left as it was
    QTransform toSource;    // levelled image pixel coordinates -> source coordinates
};

// The line turned by -skew about its centre when the skew is at least minimumDegrees (below that
// the tilt moves the text by under a pixel at the model's scale, and turning would only blur it).
// Edge pixels are repeated into the corners so grey paper does not get white wedges.
LevelledLine levelLine(const cv::Mat &grey, double maximumDegrees = 5, double minimumDegrees = 0.2);

} // namespace vlmwb::core
