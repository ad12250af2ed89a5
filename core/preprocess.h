// Page preprocessing before layout and recognition: greyscale, illumination normalisation, deskew
// and binarisation, each switchable. The result says what was done and how to map its coordinates
// back onto the original page.
#pragma once

#include <QStringList>
#include <QTransform>

#include <opencv2/core/mat.hpp>

namespace vlmwb::core {

struct PreprocessOptions {
    bool greyscale = true;              // off: colour is kept through illumination and deskew
    bool normaliseIllumination = true;  // divide by a smooth background estimate (shadows, gradients)
    bool deskew = true;
    bool binarise = false;              // Sauvola; implies greyscale. Text 0, paper 255.
    double maximumSkewDegrees = 10;     // the deskew search range is ± this
    int backgroundKernel = 0;           // pixels; 0: a 25th of the page's shorter side
    int binariseWindow = 0;             // pixels, odd; 0: a 30th of the page's shorter side
    double sauvolaK = 0.2;
};

struct PreprocessReport {
    // Skew of the text lines in degrees, clockwise as seen on screen (y points down): a level page
    // turned by QTransform().rotate(a) has skew a. Deskew turns the page by -skewDegrees.
    double skewDegrees = 0;
    QStringList steps;  // the steps applied, in order: "greyscale", "illumination", "deskew", "binarise"
};

struct PreprocessResult {
    cv::Mat image;           // CV_8U; 1 channel unless greyscale was off on a colour page
    PreprocessReport report;
    QTransform toOriginal;   // processed-image pixel coordinates -> original page coordinates
    QTransform fromOriginal; // the inverse
};

// page: CV_8U or CV_16U, 1, 3 (BGR) or 4 (BGRA, composed onto white paper) channels.
PreprocessResult preprocess(const cv::Mat &page, const PreprocessOptions &options = {});

// Skew of the text on an 8-bit grey page (dark text on light paper), by projection-profile search:
// the angle whose row histogram of text pixels is sharpest. Degrees, clockwise on screen.
double estimateSkewDegrees(const cv::Mat &grey, double maximumDegrees);

// Sauvola's local threshold T = m (1 + k (s / 128 - 1)) over a window; text 0, paper 255.
cv::Mat sauvolaBinarise(const cv::Mat &grey, int window, double k);

} // namespace vlmwb::core
