#include "core/preprocess.h"

#include "core/pixel_depth.h"

#include <opencv2/imgproc.hpp>

#include <QtMath>

#include <algorithm>
#include <cmath>
#include <vector>

namespace vlmwb::core {

namespace {

// 8 bits per channel; BGRA composed onto white so transparent paper does not turn black.
cv::Mat toEightBitOpaque(const cv::Mat &page)
{
    const cv::Mat eight = toEightBit(page);
    if (eight.channels() != 4)
        return eight.clone();
    std::vector<cv::Mat> planes;
    cv::split(eight, planes);
    cv::Mat alpha;
    planes[3].convertTo(alpha, CV_32F, 1.0 / 255.0);
    cv::Mat paper = 1.0 - alpha;
    for (int channel = 0; channel < 3; ++channel) {
        cv::Mat value;
        planes[static_cast<size_t>(channel)].convertTo(value, CV_32F);
        value = value.mul(alpha) + paper * 255.0;
        value.convertTo(planes[static_cast<size_t>(channel)], CV_8U);
    }
    planes.pop_back();
    cv::Mat bgr;
    cv::merge(planes, bgr);
    return bgr;
}

cv::Mat toGrey(const cv::Mat &eight)
{
    if (eight.channels() == 1)
        return eight;
    cv::Mat grey;
    cv::cvtColor(eight, grey, cv::COLOR_BGR2GRAY);
    return grey;
}

int oddAtLeast(int value, int minimum)
{
    value = std::max(value, minimum);
    return value % 2 == 1 ? value : value + 1;
}

// Paper brightness everywhere: a max filter wider than any stroke removes the dark text, a blur
// smooths the result. Done at a quarter of the size: the background varies slowly.
cv::Mat backgroundOf(const cv::Mat &channel, int kernel)
{
    const double shrink = 0.25;
    cv::Mat small;
    cv::resize(channel, small, cv::Size(), shrink, shrink, cv::INTER_AREA);
    const int smallKernel = oddAtLeast(static_cast<int>(kernel * shrink), 3);
    cv::dilate(small, small, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(smallKernel, smallKernel)));
    cv::GaussianBlur(small, small, cv::Size(smallKernel, smallKernel), 0);
    cv::Mat background;
    cv::resize(small, background, channel.size(), 0, 0, cv::INTER_LINEAR);
    return cv::max(background, 1); // never divide by zero
}

cv::Mat normaliseIllumination(const cv::Mat &image, int kernel)
{
    std::vector<cv::Mat> planes;
    cv::split(image, planes);
    for (cv::Mat &plane : planes)
        cv::divide(plane, backgroundOf(plane, kernel), plane, 255.0);
    cv::Mat normalised;
    cv::merge(planes, normalised);
    return normalised;
}

// Sum of squared bin counts of y' = y cos a - x sin a: largest when the text rows line up.
double profileSharpness(const std::vector<cv::Point2f> &points, double degrees, int binCount, double binOffset,
                        std::vector<int> &bins)
{
    const double radians = qDegreesToRadians(degrees);
    const double cosine = std::cos(radians);
    const double sine = std::sin(radians);
    std::fill(bins.begin(), bins.end(), 0);
    for (const cv::Point2f &point : points) {
        const int bin = static_cast<int>(point.y * cosine - point.x * sine + binOffset);
        if (bin >= 0 && bin < binCount)
            ++bins[static_cast<size_t>(bin)];
    }
    double sharpness = 0;
    for (const int count : bins)
        sharpness += static_cast<double>(count) * count;
    return sharpness;
}

} // namespace

double estimateSkewDegrees(const cv::Mat &grey, double maximumDegrees)
{
    cv::Mat ink;
    cv::threshold(grey, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    std::vector<cv::Point> located;
    cv::findNonZero(ink, located);
    if (located.size() < 20)
        return 0;
    // At most ~150 000 evenly strided points keep each angle evaluation in the millisecond range.
    const size_t stride = std::max<size_t>(1, located.size() / 150'000);
    std::vector<cv::Point2f> points;
    points.reserve(located.size() / stride + 1);
    for (size_t i = 0; i < located.size(); i += stride)
        points.emplace_back(static_cast<float>(located[i].x), static_cast<float>(located[i].y));

    const double diagonal = std::hypot(grey.cols, grey.rows);
    const int binCount = static_cast<int>(2 * diagonal) + 2;
    std::vector<int> bins(static_cast<size_t>(binCount));
    // Coarse to fine: 0.5 degree steps over the range, then 0.05 and 0.01 around the best.
    double best = 0;
    double step = 0.5;
    double low = -maximumDegrees;
    double high = maximumDegrees;
    for (int round = 0; round < 3; ++round) {
        double bestSharpness = -1;
        for (double angle = low; angle <= high + 1e-9; angle += step) {
            const double sharpness = profileSharpness(points, angle, binCount, diagonal, bins);
            if (sharpness > bestSharpness) {
                bestSharpness = sharpness;
                best = angle;
            }
        }
        low = best - step;
        high = best + step;
        step /= round == 0 ? 10 : 5;
    }
    return best;
}

cv::Mat sauvolaBinarise(const cv::Mat &grey, int window, double k)
{
    window = oddAtLeast(window, 3);
    cv::Mat value;
    grey.convertTo(value, CV_32F);
    // Local mean and standard deviation over window x window (edges mirrored).
    cv::Mat mean;
    cv::Mat meanOfSquares;
    const cv::Size box(window, window);
    cv::boxFilter(value, mean, CV_32F, box, cv::Point(-1, -1), true, cv::BORDER_REFLECT);
    cv::boxFilter(value.mul(value), meanOfSquares, CV_32F, box, cv::Point(-1, -1), true, cv::BORDER_REFLECT);
    cv::Mat variance = cv::max(meanOfSquares - mean.mul(mean), 0.0);
    cv::Mat deviation;
    cv::sqrt(variance, deviation);
    const cv::Mat threshold = mean.mul(1.0 + k * (deviation / 128.0 - 1.0));
    return value > threshold; // 255 paper, 0 text (at or below the threshold)
}

PreprocessResult preprocess(const cv::Mat &page, const PreprocessOptions &options)
{
    PreprocessResult result;
    if (page.empty())
        return result;
    cv::Mat image = toEightBitOpaque(page);
    const int shorterSide = std::min(image.cols, image.rows);
    if ((options.greyscale || options.binarise) && image.channels() != 1) {
        image = toGrey(image);
        result.report.steps << QStringLiteral("greyscale");
    }
    if (options.normaliseIllumination && shorterSide >= 8) {
        const int kernel = options.backgroundKernel > 0 ? options.backgroundKernel : shorterSide / 25;
        image = normaliseIllumination(image, kernel);
        result.report.steps << QStringLiteral("illumination");
    }
    if (options.deskew && shorterSide >= 8) {
        const double skew = estimateSkewDegrees(toGrey(image), options.maximumSkewDegrees);
        result.report.skewDegrees = skew;
        // The canvas grows so no corner of the page is cut off: p' = c' + R(-skew) (p - c).
        const double radians = qDegreesToRadians(skew);
        const double width = std::abs(image.cols * std::cos(radians)) + std::abs(image.rows * std::sin(radians));
        const double height = std::abs(image.cols * std::sin(radians)) + std::abs(image.rows * std::cos(radians));
        const cv::Size size(static_cast<int>(std::ceil(width)), static_cast<int>(std::ceil(height)));
        QTransform forward;
        forward.translate(size.width / 2.0, size.height / 2.0);
        forward.rotate(-skew);
        forward.translate(-image.cols / 2.0, -image.rows / 2.0);
        const cv::Matx23d affine(forward.m11(), forward.m21(), forward.dx(), forward.m12(), forward.m22(),
                                 forward.dy());
        cv::Mat level;
        cv::warpAffine(image, level, affine, size, cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar::all(255));
        image = level;
        result.fromOriginal = forward;
        result.toOriginal = forward.inverted();
        result.report.steps << QStringLiteral("deskew");
    }
    if (options.binarise) {
        const int window = options.binariseWindow > 0 ? options.binariseWindow : std::max(15, shorterSide / 30);
        image = sauvolaBinarise(image, window, options.sauvolaK);
        result.report.steps << QStringLiteral("binarise");
    }
    result.image = image;
    return result;
}

} // namespace vlmwb::core
