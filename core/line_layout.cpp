#include "core/line_layout.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace vlmwb::core {

namespace {

struct Run {
    int begin = 0; // first index inside
    int end = 0;   // one past the last
    int length() const { return end - begin; }
};

// Runs of non-zero (ink) or zero (white) entries of a profile.
std::vector<Run> runsOf(const std::vector<int> &profile, bool ink)
{
    std::vector<Run> runs;
    int start = -1;
    for (int i = 0; i <= static_cast<int>(profile.size()); ++i) {
        const bool inside = i < static_cast<int>(profile.size()) && ((profile[static_cast<size_t>(i)] > 0) == ink);
        if (inside && start < 0)
            start = i;
        if (!inside && start >= 0) {
            runs.push_back({start, i});
            start = -1;
        }
    }
    return runs;
}

double median(std::vector<double> values, double fallback)
{
    if (values.empty())
        return fallback;
    std::nth_element(values.begin(), values.begin() + static_cast<long>(values.size() / 2), values.end());
    return values[values.size() / 2];
}

class XyCut
{
public:
    XyCut(const cv::Mat &ink, std::vector<cv::Rect> rules, double characterHeight)
        : m_ink(ink), m_rules(std::move(rules)), m_characterHeight(characterHeight)
    {
    }

    void cut(cv::Rect block)
    {
        block = trimmed(block);
        if (block.empty())
            return;
        if (cutAtRules(block) || cutAtColumns(block) || cutAtWideGap(block))
            return;
        addLines(block);
        ++m_blockCount;
    }

    std::vector<std::pair<cv::Rect, int>> lines; // box and block number, in reading order

private:
    std::vector<int> rowProfile(const cv::Rect &block) const
    {
        cv::Mat sums;
        cv::reduce(m_ink(block), sums, 1, cv::REDUCE_SUM, CV_32S);
        return std::vector<int>(sums.begin<int>(), sums.end<int>());
    }

    std::vector<int> columnProfile(const cv::Rect &block) const
    {
        cv::Mat sums;
        cv::reduce(m_ink(block), sums, 0, cv::REDUCE_SUM, CV_32S);
        return std::vector<int>(sums.begin<int>(), sums.end<int>());
    }

    cv::Rect trimmed(const cv::Rect &block) const
    {
        if (block.empty() || cv::countNonZero(m_ink(block)) == 0)
            return {};
        const std::vector<Run> rows = runsOf(rowProfile(block), true);
        const std::vector<Run> columns = runsOf(columnProfile(block), true);
        return {block.x + columns.front().begin, block.y + rows.front().begin,
                columns.back().end - columns.front().begin, rows.back().end - rows.front().begin};
    }

    // Horizontal rules crossing most of the block cut it into bands (table rows).
    bool cutAtRules(const cv::Rect &block)
    {
        std::vector<Run> separators;
        for (const cv::Rect &rule : m_rules) {
            const int overlap = (rule & cv::Rect(block.x, rule.y, block.width, rule.height)).width;
            const int centre = rule.y + rule.height / 2;
            if (overlap >= block.width / 2 && centre > block.y && centre < block.br().y)
                separators.push_back({rule.y, rule.br().y});
        }
        if (separators.empty())
            return false;
        std::sort(separators.begin(), separators.end(), [](const Run &a, const Run &b) { return a.begin < b.begin; });
        int top = block.y;
        for (const Run &separator : separators) {
            cut(cv::Rect(block.x, top, block.width, std::max(0, separator.begin - top)));
            top = std::max(top, separator.end);
        }
        cut(cv::Rect(block.x, top, block.width, std::max(0, block.br().y - top)));
        return true;
    }

    // White gaps running through the whole block, wider than word spaces, make columns / cells.
    bool cutAtColumns(const cv::Rect &block)
    {
        const int minimumGap = std::max(8, static_cast<int>(1.5 * m_characterHeight));
        std::vector<Run> gaps;
        for (const Run &gap : runsOf(columnProfile(block), false))
            if (gap.length() >= minimumGap)
                gaps.push_back(gap);
        if (gaps.empty())
            return false;
        int left = 0;
        for (const Run &gap : gaps) {
            cut(cv::Rect(block.x + left, block.y, gap.begin - left, block.height));
            left = gap.end;
        }
        cut(cv::Rect(block.x + left, block.y, block.width - left, block.height));
        return true;
    }

    // The widest horizontal gap, when clearly wider than the others, separates e.g. a heading from
    // the columns below it, so that they can be found in the lower part.
    bool cutAtWideGap(const cv::Rect &block)
    {
        const std::vector<Run> gaps = runsOf(rowProfile(block), false);
        if (gaps.empty())
            return false;
        std::vector<double> lengths;
        for (const Run &gap : gaps)
            lengths.push_back(gap.length());
        const double typical = median(lengths, 0);
        const Run widest = *std::max_element(gaps.begin(), gaps.end(),
                                             [](const Run &a, const Run &b) { return a.length() < b.length(); });
        if (gaps.size() < 2 || widest.length() < 1.5 * typical || widest.length() < m_characterHeight)
            return false;
        cut(cv::Rect(block.x, block.y, block.width, widest.begin));
        cut(cv::Rect(block.x, block.y + widest.end, block.width, block.height - widest.end));
        return true;
    }

    // A run of inked rows, split where a run too tall for one line has a near-empty row.
    void splitBand(const std::vector<int> &profile, Run band, std::vector<Run> &bands) const
    {
        if (band.length() > 2.0 * m_characterHeight) {
            const int margin = band.length() / 4;
            int peak = 0;
            for (int row = band.begin; row < band.end; ++row)
                peak = std::max(peak, profile[static_cast<size_t>(row)]);
            int valley = -1;
            for (int row = band.begin + margin; row < band.end - margin; ++row)
                if (valley < 0 || profile[static_cast<size_t>(row)] < profile[static_cast<size_t>(valley)])
                    valley = row;
            if (valley >= 0 && profile[static_cast<size_t>(valley)] <= 0.05 * peak) {
                splitBand(profile, {band.begin, valley}, bands);
                splitBand(profile, {valley + 1, band.end}, bands);
                return;
            }
        }
        bands.push_back(band);
    }

    void addLines(const cv::Rect &block)
    {
        const std::vector<int> profile = rowProfile(block);
        std::vector<Run> bands;
        for (const Run &run : runsOf(profile, true))
            splitBand(profile, run, bands);
        // A thin run right next to a line (an accent, a dot, a cut-off descender) belongs to it.
        std::vector<Run> merged;
        for (const Run &band : bands) {
            const bool thin = band.length() < 0.35 * m_characterHeight;
            if (!merged.empty() && (thin || merged.back().length() < 0.35 * m_characterHeight)
                && band.begin - merged.back().end < 0.3 * m_characterHeight) {
                merged.back().end = band.end;
                continue;
            }
            merged.push_back(band);
        }
        for (const Run &band : merged) {
            const cv::Rect rows(block.x, block.y + band.begin, block.width, band.length());
            const cv::Rect box = trimmed(rows);
            if (!box.empty())
                lines.emplace_back(box, m_blockCount);
        }
    }

    const cv::Mat &m_ink;
    std::vector<cv::Rect> m_rules;
    double m_characterHeight;
    int m_blockCount = 0;
};

// Takes rules out of ink; returns the horizontal ones.
std::vector<cv::Rect> removeRules(cv::Mat &ink, double characterHeight)
{
    const int horizontalLength = std::max(40, static_cast<int>(4 * characterHeight));
    const int verticalLength = std::max(60, static_cast<int>(6 * characterHeight));
    cv::Mat horizontal;
    cv::Mat vertical;
    cv::morphologyEx(ink, horizontal, cv::MORPH_OPEN,
                     cv::getStructuringElement(cv::MORPH_RECT, cv::Size(horizontalLength, 1)));
    cv::morphologyEx(ink, vertical, cv::MORPH_OPEN,
                     cv::getStructuringElement(cv::MORPH_RECT, cv::Size(1, verticalLength)));
    // Anti-aliased rule edges survive the opening by a pixel or two; widen before subtracting.
    cv::Mat rules = horizontal | vertical;
    cv::dilate(rules, rules, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    ink.setTo(0, rules);

    std::vector<cv::Rect> separators;
    cv::Mat labels;
    cv::Mat stats;
    cv::Mat centroids;
    const int count = cv::connectedComponentsWithStats(horizontal, labels, stats, centroids, 8, CV_32S);
    for (int label = 1; label < count; ++label)
        separators.emplace_back(stats.at<int>(label, cv::CC_STAT_LEFT), stats.at<int>(label, cv::CC_STAT_TOP),
                                stats.at<int>(label, cv::CC_STAT_WIDTH), stats.at<int>(label, cv::CC_STAT_HEIGHT));
    return separators;
}

// Drops specks: components under minimumPixels, and small components (under a twentieth of a
// character's square) with no larger ink within about a character of them; dots on i and j and
// punctuation sit next to letters and stay. Returns the median character height.
double removeSpecks(cv::Mat &ink, int minimumPixels)
{
    cv::Mat labels;
    cv::Mat stats;
    cv::Mat centroids;
    const int count = cv::connectedComponentsWithStats(ink, labels, stats, centroids, 8, CV_32S);
    std::vector<double> heights;
    for (int label = 1; label < count; ++label)
        if (stats.at<int>(label, cv::CC_STAT_AREA) >= minimumPixels && stats.at<int>(label, cv::CC_STAT_HEIGHT) >= 4)
            heights.push_back(stats.at<int>(label, cv::CC_STAT_HEIGHT));
    const double characterHeight = median(heights, 10);

    const int smallArea = std::max(minimumPixels, static_cast<int>(0.05 * characterHeight * characterHeight));
    std::vector<uchar> keep(static_cast<size_t>(count), 1);
    keep[0] = 0;
    std::vector<uchar> large(static_cast<size_t>(count), 0);
    for (int label = 1; label < count; ++label) {
        const int area = stats.at<int>(label, cv::CC_STAT_AREA);
        keep[static_cast<size_t>(label)] = area >= minimumPixels;
        large[static_cast<size_t>(label)] = area >= smallArea;
    }
    cv::Mat nearLarge(ink.size(), CV_8U);
    for (int y = 0; y < ink.rows; ++y) {
        const int *row = labels.ptr<int>(y);
        uchar *target = nearLarge.ptr<uchar>(y);
        for (int x = 0; x < ink.cols; ++x)
            target[x] = large[static_cast<size_t>(row[x])] ? 255 : 0;
    }
    const int reach = static_cast<int>(characterHeight);
    cv::dilate(nearLarge, nearLarge, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(2 * reach + 1, reach + 1)));
    for (int label = 1; label < count; ++label) {
        if (large[static_cast<size_t>(label)] || !keep[static_cast<size_t>(label)])
            continue;
        const cv::Point centre(static_cast<int>(centroids.at<double>(label, 0)),
                               static_cast<int>(centroids.at<double>(label, 1)));
        keep[static_cast<size_t>(label)] = nearLarge.at<uchar>(centre) != 0;
    }
    for (int y = 0; y < ink.rows; ++y) {
        const int *row = labels.ptr<int>(y);
        uchar *target = ink.ptr<uchar>(y);
        for (int x = 0; x < ink.cols; ++x)
            target[x] = keep[static_cast<size_t>(row[x])] ? 255 : 0;
    }
    return characterHeight;
}

} // namespace

LineLayout detectLines(const cv::Mat &page, const LineLayoutOptions &options)
{
    PreprocessOptions preprocessOptions = options.preprocess;
    preprocessOptions.deskew = true;
    preprocessOptions.binarise = false;
    return detectLinesOnDeskewed(preprocess(page, preprocessOptions), QSize(page.cols, page.rows), options);
}

LineLayout detectLinesOnDeskewed(const PreprocessResult &deskewed, QSize pageSize, const LineLayoutOptions &options)
{
    LineLayout layout;
    layout.preprocessed = deskewed;
    if (deskewed.image.empty())
        return layout;
    // Same window as preprocess() would choose on the original page.
    const int shorterSide = std::min(pageSize.width(), pageSize.height());
    const int window = options.preprocess.binariseWindow > 0 ? options.preprocess.binariseWindow
                                                             : std::max(15, shorterSide / 30);
    cv::Mat grey = deskewed.image;
    if (grey.channels() != 1)
        cv::cvtColor(grey, grey, grey.channels() == 4 ? cv::COLOR_BGRA2GRAY : cv::COLOR_BGR2GRAY);
    layout.preprocessed.image = sauvolaBinarise(grey, window, options.preprocess.sauvolaK);
    layout.preprocessed.report.steps << QStringLiteral("binarise");

    cv::Mat ink = layout.preprocessed.image == 0;
    layout.characterHeight = removeSpecks(ink, options.minimumSpeckPixels);

    std::vector<cv::Rect> separators = removeRules(ink, layout.characterHeight);
    XyCut cutter(ink, std::move(separators), layout.characterHeight);
    cutter.cut(cv::Rect(0, 0, ink.cols, ink.rows));

    const QRectF pageRect(QPointF(0, 0), QSizeF(pageSize));
    for (const auto &[box, block] : cutter.lines) {
        LineRegion line;
        line.processedBox = QRect(box.x, box.y, box.width, box.height);
        line.outline = layout.preprocessed.toOriginal.map(QPolygonF(QRectF(line.processedBox)));
        line.box = line.outline.boundingRect() & pageRect;
        line.block = block;
        layout.lines.append(line);
    }
    return layout;
}

} // namespace vlmwb::core
