#include "core/synth_degrade.h"

#include "core/synth_random.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace vlmwb::core {

namespace {

enum Op { Rotation, Perspective, Illumination, Shadow, LowContrast, Blur, Noise, Jpeg, OpCount };

// The strength of an op: the low end of a range at level 1, the high end at level 2.
double draw(SynthRandom &random, int level, double mildLow, double mildHigh, double strongLow, double strongHigh)
{
    return level >= 2 ? random.real(strongLow, strongHigh) : random.real(mildLow, mildHigh);
}

cv::Matx33d toMatx(const cv::Mat &matrix)
{
    cv::Mat full = cv::Mat::eye(3, 3, CV_64F);
    matrix.copyTo(full(cv::Rect(0, 0, 3, matrix.rows)));
    return cv::Matx33d(full);
}

QTransform toQTransform(const cv::Matx33d &h)
{
    // QTransform maps row vectors: x' = m11 x + m21 y + m31 (over m13 x + m23 y + m33).
    return QTransform(h(0, 0), h(1, 0), h(2, 0), h(0, 1), h(1, 1), h(2, 1), h(0, 2), h(1, 2), h(2, 2));
}

bool keepsInside(const cv::Matx33d &h, const QRectF &box, const cv::Size &size)
{
    if (box.isEmpty())
        return true;
    for (const QPointF &corner : {box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight()}) {
        const cv::Vec3d mapped = h * cv::Vec3d(corner.x(), corner.y(), 1.0);
        if (mapped[2] <= 0)
            return false;
        const double x = mapped[0] / mapped[2];
        const double y = mapped[1] / mapped[2];
        if (x < 1 || y < 1 || x > size.width - 1 || y > size.height - 1)
            return false;
    }
    return true;
}

// Rotation about the centre, then the four corners moved by up to `jitter` pixels.
cv::Matx33d geometry(const cv::Size &size, double degrees, const std::vector<cv::Point2f> &jitter)
{
    const cv::Point2f centre(size.width / 2.0f, size.height / 2.0f);
    cv::Matx33d result = toMatx(cv::getRotationMatrix2D(centre, degrees, 1.0));
    if (!jitter.empty()) {
        const float w = float(size.width), h = float(size.height);
        const std::vector<cv::Point2f> from = {{0, 0}, {w, 0}, {w, h}, {0, h}};
        std::vector<cv::Point2f> to = from;
        for (size_t i = 0; i < to.size(); ++i)
            to[i] += jitter[i];
        result = toMatx(cv::getPerspectiveTransform(from, to)) * result;
    }
    return result;
}

void multiply(cv::Mat &image, const cv::Mat &factor)
{
    cv::Mat value;
    image.convertTo(value, CV_32F);
    cv::multiply(value, factor, value);
    value.convertTo(image, CV_8U);
}

// A factor field: 1 at one side falling linearly to 1 - depth at the other, in any direction.
cv::Mat gradient(const cv::Size &size, double angle, double depth)
{
    cv::Mat field(size, CV_32F);
    const double dx = std::cos(angle), dy = std::sin(angle);
    const double extent = std::abs(dx) * size.width + std::abs(dy) * size.height;
    const double start = std::min(0.0, dx * size.width) + std::min(0.0, dy * size.height);
    for (int y = 0; y < size.height; ++y) {
        float *row = field.ptr<float>(y);
        for (int x = 0; x < size.width; ++x)
            row[x] = float(1.0 - depth * ((dx * x + dy * y - start) / extent));
    }
    return field;
}

// A soft dark band (a fold, a finger, the phone's shadow) across the image.
cv::Mat band(const cv::Size &size, double angle, double offset, double width, double darkness)
{
    cv::Mat field(size, CV_32F);
    const double nx = std::cos(angle), ny = std::sin(angle);
    const double cx = size.width / 2.0 + offset * nx, cy = size.height / 2.0 + offset * ny;
    for (int y = 0; y < size.height; ++y) {
        float *row = field.ptr<float>(y);
        for (int x = 0; x < size.width; ++x) {
            const double distance = ((x - cx) * nx + (y - cy) * ny) / width;
            row[x] = float(-distance * distance);
        }
    }
    cv::exp(field, field); // vectorised; per-pixel std::exp was a fifth of the corpus' time
    field.convertTo(field, CV_32F, -darkness, 1.0);
    return field;
}

double rounded(double value, int decimals = 3)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace

QImage degradeSynthImage(const QImage &image, int level, SynthRandom &random, const QRectF &keepInside,
                         SynthDegradation *applied)
{
    *applied = SynthDegradation();
    applied->level = level;
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    if (level <= 0)
        return grey;

    cv::Mat mat = cv::Mat(grey.height(), grey.width(), CV_8UC1, const_cast<uchar *>(grey.constBits()),
                          size_t(grey.bytesPerLine()))
                      .clone();
    const cv::Size size = mat.size();

    // Which ops: each with a level's probability, topped up to a level's minimum count.
    bool chosen[OpCount] = {};
    int count = 0;
    const double probability = level >= 2 ? 0.6 : 0.35;
    for (bool &op : chosen)
        count += (op = random.chance(probability)) ? 1 : 0;
    while (count < level) {
        bool &op = chosen[random.integer(0, OpCount - 1)];
        count += op ? 0 : 1;
        op = true;
    }

    auto record = [applied](const QString &name, const QJsonObject &parameters) {
        applied->ops.append({name, parameters});
    };

    if (chosen[Rotation] || chosen[Perspective]) {
        double degrees = chosen[Rotation] ? draw(random, level, -1.0, 1.0, -2.0, 2.0) : 0.0;
        std::vector<cv::Point2f> jitter;
        if (chosen[Perspective]) {
            const double amplitude = draw(random, level, 0.01, 0.025, 0.025, 0.045) * std::min(size.width, size.height);
            // One draw per statement (the order of a call's arguments is unspecified), in the order
            // GCC drew them when the shipped models' corpora were made: y, then x.
            for (int i = 0; i < 4; ++i) {
                const float y = float(random.real(-amplitude, amplitude));
                const float x = float(random.real(-amplitude, amplitude));
                jitter.emplace_back(x, y);
            }
        }
        cv::Matx33d h = geometry(size, degrees, jitter);
        // Weaken until the ink stays inside; give up after a few halvings.
        for (int attempt = 0; attempt < 5 && !keepsInside(h, keepInside, size); ++attempt) {
            degrees *= 0.5;
            for (cv::Point2f &corner : jitter)
                corner *= 0.5f;
            h = attempt < 4 ? geometry(size, degrees, jitter) : cv::Matx33d::eye();
        }
        if (h != cv::Matx33d::eye()) {
            cv::warpPerspective(mat, mat, cv::Mat(h), size, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
            applied->geometry = toQTransform(h);
            if (chosen[Rotation])
                record("rotation", {{"degrees", rounded(degrees)}});
            if (chosen[Perspective]) {
                double largest = 0;
                for (const cv::Point2f &corner : jitter)
                    largest = std::max({largest, double(std::abs(corner.x)), double(std::abs(corner.y))});
                record("perspective", {{"max_corner_shift_px", rounded(largest, 2)}});
            }
        }
    }
    if (chosen[Illumination]) {
        const double angle = random.real(0.0, 6.283185307179586);
        const double depth = draw(random, level, 0.05, 0.15, 0.15, 0.35);
        multiply(mat, gradient(size, angle, depth));
        record("illumination", {{"depth", rounded(depth)}, {"angle_degrees", rounded(angle * 57.29577951308232, 1)}});
    }
    if (chosen[Shadow]) {
        const int bands = level >= 2 ? random.integer(1, 3) : 1;
        const double diagonal = std::hypot(size.width, size.height);
        double darkest = 0;
        for (int i = 0; i < bands; ++i) {
            const double angle = random.real(0.0, 3.141592653589793);
            const double offset = random.real(-0.4, 0.4) * diagonal;
            const double width = random.real(0.04, 0.2) * diagonal;
            const double darkness = draw(random, level, 0.08, 0.18, 0.18, 0.4);
            darkest = std::max(darkest, darkness);
            multiply(mat, band(size, angle, offset, width, darkness));
        }
        record("shadow", {{"bands", bands}, {"darkness", rounded(darkest)}});
    }
    if (chosen[LowContrast]) {
        const double ink = draw(random, level, 30, 80, 70, 120);
        const double paper = draw(random, level, 215, 245, 185, 225);
        mat.convertTo(mat, CV_8U, (paper - ink) / 255.0, ink);
        record("low_contrast", {{"ink", rounded(ink, 1)}, {"paper", rounded(paper, 1)}});
    }
    if (chosen[Blur]) {
        if (random.chance(0.3)) {
            const int length = level >= 2 ? 2 * random.integer(2, 3) + 1 : 3;
            const double angle = random.real(0.0, 3.141592653589793);
            cv::Mat kernel = cv::Mat::zeros(length, length, CV_32F);
            const double half = (length - 1) / 2.0;
            const cv::Point2d direction(std::cos(angle) * half, std::sin(angle) * half);
            cv::line(kernel, cv::Point(int(std::lround(half - direction.x)), int(std::lround(half - direction.y))),
                     cv::Point(int(std::lround(half + direction.x)), int(std::lround(half + direction.y))),
                     cv::Scalar(1.0));
            kernel /= cv::sum(kernel)[0];
            cv::filter2D(mat, mat, -1, kernel, cv::Point(-1, -1), 0, cv::BORDER_REPLICATE);
            record("motion_blur", {{"length_px", length}, {"angle_degrees", rounded(angle * 57.29577951308232, 1)}});
        } else {
            const double sigma = draw(random, level, 0.4, 0.9, 0.9, 1.6);
            cv::GaussianBlur(mat, mat, cv::Size(0, 0), sigma, sigma, cv::BORDER_REPLICATE);
            record("gaussian_blur", {{"sigma", rounded(sigma)}});
        }
    }
    if (chosen[Noise]) {
        const double sigma = draw(random, level, 2, 6, 6, 14);
        const double saltPepper = draw(random, level, 0.0, 0.002, 0.002, 0.008);
        cv::RNG rng(random.bits() | 1); // cv::RNG is a fixed multiply-with-carry generator
        cv::Mat noise(size, CV_32F);
        rng.fill(noise, cv::RNG::NORMAL, 0.0, sigma);
        cv::Mat value;
        mat.convertTo(value, CV_32F);
        value += noise;
        value.convertTo(mat, CV_8U);
        const int dots = int(saltPepper * size.area());
        for (int i = 0; i < dots; ++i) {
            const int x = rng.uniform(0, size.width);
            const int y = rng.uniform(0, size.height);
            mat.at<uchar>(y, x) = (rng.uniform(0, 2) == 0) ? 0 : 255;
        }
        record("noise", {{"sigma", rounded(sigma)}, {"salt_pepper", rounded(saltPepper, 4)}});
    }
    if (chosen[Jpeg]) {
        const int quality = level >= 2 ? random.integer(30, 60) : random.integer(60, 90);
        std::vector<uchar> bytes;
        cv::imencode(".jpg", mat, bytes, {cv::IMWRITE_JPEG_QUALITY, quality});
        mat = cv::imdecode(bytes, cv::IMREAD_GRAYSCALE);
        record("jpeg", {{"quality", quality}});
    }

    QImage result(size.width, size.height, QImage::Format_Grayscale8);
    for (int y = 0; y < size.height; ++y)
        std::copy_n(mat.ptr<uchar>(y), size.width, result.scanLine(y));
    return result;
}

} // namespace vlmwb::core
