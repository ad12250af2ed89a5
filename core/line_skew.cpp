// Skew of a single text line and the line turned level (see line_skew.h).
#include "core/line_skew.h"

#include "core/line_ink_box.h"
#include "core/preprocess.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace vlmwb::core {

double lineSkewDegrees(const cv::Mat &grey, double maximumDegrees)
{
    if (grey.empty() || grey.type() != CV_8UC1)
        return 0;
    // The page estimator thresholds with Otsu, which on a shadowed strip marks the shadow as ink;
    // the line's own ink mask levels the paper first, so only the letters vote.
    const cv::Mat ink = lineInkMask(grey);
    if (ink.empty())
        return 0;
    cv::Mat paperWhite;
    cv::bitwise_not(ink, paperWhite);
    return estimateSkewDegrees(paperWhite, maximumDegrees);
}

LevelledLine levelLine(const cv::Mat &grey, double maximumDegrees, double minimumDegrees)
{
    LevelledLine result;
    result.image = grey;
    const double skew = lineSkewDegrees(grey, maximumDegrees);
    if (std::abs(skew) < minimumDegrees)
        return result;
    // p' = c + R(-skew) (p - c), on a canvas of the source's size: a level line only moves its
    // ends towards the middle row, so nothing of the text leaves the image.
    QTransform forward;
    forward.translate(grey.cols / 2.0, grey.rows / 2.0);
    forward.rotate(-skew);
    forward.translate(-grey.cols / 2.0, -grey.rows / 2.0);
    const cv::Matx23d affine(forward.m11(), forward.m21(), forward.dx(), forward.m12(), forward.m22(), forward.dy());
    cv::warpAffine(grey, result.image, affine, grey.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    result.skewDegrees = skew;
    result.toSource = forward.inverted();
    return result;
}

} // namespace vlmwb::core
