#include "core/pixel_depth.h"

#include <opencv2/core.hpp>

namespace vlmwb::core {

cv::Mat toEightBit(const cv::Mat &pixels)
{
    if (pixels.depth() == CV_8U)
        return pixels;
    cv::Mat eight;
    if (pixels.depth() == CV_16U)
        pixels.convertTo(eight, CV_8U, 1.0 / 257.0);
    else
        cv::normalize(pixels, eight, 0, 255, cv::NORM_MINMAX, CV_8U);
    return eight;
}

} // namespace vlmwb::core
