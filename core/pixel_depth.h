// One rule for bringing page pixels to 8 bits, shared by the display copy and preprocessing.
#pragma once

#include <opencv2/core/mat.hpp>

namespace vlmwb::core {

// CV_8U as is (shared, not copied); CV_16U divided by 257 (65535 -> 255); any other depth
// stretched to 0..255. Channels are unchanged.
cv::Mat toEightBit(const cv::Mat &pixels);

} // namespace vlmwb::core
