// Ink box of a single-line image (see line_ink_box.h).
#include "core/line_ink_box.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace vlmwb::core {
namespace {

struct Component {
    cv::Rect box;
    int area = 0;
    double centreY() const { return box.y + box.height / 2.0; }
};

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

} // namespace

// Dark pixels of the image after its paper has been levelled: a max filter wider than any stroke
// keeps only the paper (shadows, gradients and faint ink included), and dividing by it sets the
// paper to 255 everywhere; Otsu then splits ink from paper. Empty when there is no contrast.
cv::Mat lineInkMask(const cv::Mat &grey)
{
    if (grey.empty() || grey.type() != CV_8UC1)
        return {};
    cv::Mat clean;
    cv::medianBlur(grey, clean, 3); // salt and pepper noise would otherwise pass for paper and ink
    const int kernel = std::max(7, grey.rows / 2) | 1;
    cv::Mat paper;
    cv::dilate(clean, paper, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(kernel, kernel)));
    cv::blur(paper, paper, cv::Size(kernel, kernel));
    cv::Mat cleanFloat;
    cv::Mat paperFloat;
    clean.convertTo(cleanFloat, CV_32F);
    paper.convertTo(paperFloat, CV_32F);
    cv::Mat levelled;
    cv::divide(cleanFloat, cv::max(paperFloat, 1.0f), levelled, 255.0);
    levelled.convertTo(levelled, CV_8U);
    double darkest = 0;
    cv::minMaxLoc(levelled, &darkest);
    if (darkest > 200) // nothing darker than a faint smudge: no ink
        return {};
    cv::Mat ink;
    const double threshold = cv::threshold(levelled, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    // On a page of paper and a few specks Otsu splits the paper's own grain; ink stays well below it.
    if (threshold > 235)
        cv::threshold(levelled, ink, 235, 255, cv::THRESH_BINARY_INV);
    return ink;
}

namespace {

std::vector<Component> components(const cv::Mat &ink)
{
    cv::Mat labels;
    cv::Mat stats;
    cv::Mat centroids;
    const int count = cv::connectedComponentsWithStats(ink, labels, stats, centroids, 8, CV_32S);
    std::vector<Component> result;
    for (int label = 1; label < count; ++label) {
        Component component;
        component.box = cv::Rect(stats.at<int>(label, cv::CC_STAT_LEFT), stats.at<int>(label, cv::CC_STAT_TOP),
                                 stats.at<int>(label, cv::CC_STAT_WIDTH), stats.at<int>(label, cv::CC_STAT_HEIGHT));
        component.area = stats.at<int>(label, cv::CC_STAT_AREA);
        if (component.area >= 2)
            result.push_back(component);
    }
    return result;
}

} // namespace

QRect lineInkBox(const cv::Mat &grey)
{
    const QRect whole(0, 0, grey.cols, grey.rows);
    if (grey.empty() || grey.type() != CV_8UC1 || grey.rows < 8 || grey.cols < 8)
        return whole;
    const cv::Mat ink = lineInkMask(grey);
    if (ink.empty())
        return whole;
    const std::vector<Component> all = components(ink);

    // Letters: components of a letter's height. Their typical height is the median over those
    // large enough not to be specks; a component spanning most of the image is an edge or a
    // shadow's rim, not a letter.
    std::vector<double> heights;
    for (const Component &component : all)
        if (component.area >= 6 && component.box.height < grey.rows * 0.95)
            heights.push_back(component.box.height);
    const double letterHeight = median(heights);
    if (letterHeight < 2)
        return whole;
    std::vector<const Component *> letters;
    std::vector<double> centres;
    for (const Component &component : all) {
        if (component.box.height >= 0.35 * letterHeight && component.box.height <= 3 * letterHeight
            && component.box.height < grey.rows * 0.95 && component.box.width < grey.cols * 0.95) {
            letters.push_back(&component);
            centres.push_back(component.centreY());
        }
    }
    if (letters.empty())
        return whole;
    // The line: letters whose middle lies within a letter's height of the median middle (a stray
    // blot above or below the text is not part of it).
    const double lineCentre = median(centres);
    cv::Rect box;
    for (const Component *letter : letters)
        if (std::abs(letter->centreY() - lineCentre) <= letterHeight)
            box = box.empty() ? letter->box : (box | letter->box);
    if (box.empty())
        return whole;
    // Punctuation, dots and accents: smaller components inside the line's band and near its ends.
    const double reach = 2 * letterHeight;
    const cv::Rect letterBox = box;
    for (const Component &component : all) {
        const double centre = component.centreY();
        const bool inBand = centre >= letterBox.y - 0.25 * letterHeight
                            && centre <= letterBox.br().y + 0.25 * letterHeight;
        const bool nearLine = component.box.br().x >= letterBox.x - reach
                              && component.box.x <= letterBox.br().x + reach;
        if (inBand && nearLine && component.box.height <= 3 * letterHeight)
            box |= component.box;
    }
    return QRect(box.x, box.y, box.width, box.height);
}

} // namespace vlmwb::core
