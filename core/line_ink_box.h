// Finds the text in a single-line image (a label strip, a crop a user made, a synthetic training
// line), so that it can be cut with the margin the page layout gives a detected line: the model
// then sees text at one scale whether it came from a page or from a line image with wide margins
// (a line drawn at half the input height gives a 32-px model 3-px wide letters, too few CTC frames).
#pragma once

#include <QRect>

#include <opencv2/core/mat.hpp>

namespace vlmwb::core {

// grey: CV_8U, one channel, dark text on light paper. The bounding box of the line's ink: letters,
// and the punctuation and accents beside them; specks, shading and paper edges left out. The whole
// image when it holds no ink (or is too small to tell).
QRect lineInkBox(const cv::Mat &grey);

// The ink of a single-line image after its paper has been levelled (shadows and gradients divided
// out): 255 on ink, 0 on paper; empty when nothing in the image is darker than a faint smudge.
cv::Mat lineInkMask(const cv::Mat &grey);

} // namespace vlmwb::core
