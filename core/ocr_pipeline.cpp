#include "core/ocr_pipeline.h"

#include "core/document_loader.h"
#include "core/line_crop.h"
#include "core/preprocess.h"

#include "vlmwb/tensor_memory.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QStringList>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <exception>
#include <numeric>

namespace vlmwb::core {

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

// One line waiting for recognition: where its result goes and the crop to read.
struct PendingLine {
    int page = 0;
    int line = 0;
    inference::LineImage image;
};

inference::LineImage toLineImage(const cv::Mat &crop)
{
    cv::Mat grey = crop;
    if (grey.channels() == 3)
        cv::cvtColor(crop, grey, cv::COLOR_BGR2GRAY);
    else if (grey.channels() == 4)
        cv::cvtColor(crop, grey, cv::COLOR_BGRA2GRAY);
    if (grey.depth() != CV_8U)
        grey.convertTo(grey, CV_8U, 1.0 / 257.0);
    if (!grey.isContinuous())
        grey = grey.clone();
    inference::LineImage image;
    image.width = grey.cols;
    image.height = grey.rows;
    image.pixels.assign(grey.data, grey.data + grey.total());
    return image;
}

OcrLine toOcrLine(const inference::LineReading &reading)
{
    OcrLine line;
    line.text = QString::fromStdString(reading.text);
    line.characterConfidences = QVector<float>(reading.characterConfidences.begin(), reading.characterConfidences.end());
    line.confidence = reading.confidence();
    return line;
}

} // namespace

std::vector<PageLine> cutPageLines(const Page &page, const OcrOptions &options, int inputHeight, OcrTimings *timings)
{
    OcrTimings spent;
    QElapsedTimer timer;
    std::vector<PageLine> lines;
    if (options.wholeLines) {
        timer.start();
        PreprocessOptions greyOnly;
        greyOnly.normaliseIllumination = false;
        greyOnly.deskew = false;
        const PreprocessResult grey = preprocess(page.pixels, greyOnly);
        spent.preprocessMs += elapsedMs(timer);
        const QRect whole(0, 0, grey.image.cols, grey.image.rows);
        // The line's ink, cut with the margin a detected page line gets, so the model sees the text
        // at the scale it was trained on whatever margins the image has.
        const LineCrop crop = cropWholeLine(grey.image, inputHeight);
        PageLine line;
        line.line.box = QRectF(whole);
        line.line.outline = QPolygonF(QRectF(whole));
        line.image = toLineImage(crop.image);
        line.cropToPage = crop.toSource() * grey.toOriginal;
        lines.push_back(std::move(line));
    } else {
        timer.start();
        PreprocessOptions deskewOnly = options.layout.preprocess;
        deskewOnly.deskew = true;
        deskewOnly.binarise = false;
        const PreprocessResult deskewed = preprocess(page.pixels, deskewOnly);
        spent.preprocessMs += elapsedMs(timer);
        timer.start();
        const LineLayout layout = detectLinesOnDeskewed(deskewed, QSize(page.pixels.cols, page.pixels.rows),
                                                        options.layout);
        spent.layoutMs += elapsedMs(timer);
        for (const LineRegion &region : layout.lines) {
            const LineCrop crop = cropLine(deskewed.image, region.processedBox, inputHeight);
            if (crop.image.empty())
                continue;
            PageLine line;
            line.line.box = region.box;
            line.line.outline = region.outline;
            line.line.block = region.block;
            line.image = toLineImage(crop.image);
            // crop -> deskewed page -> original page
            line.cropToPage = crop.toSource() * deskewed.toOriginal;
            lines.push_back(std::move(line));
        }
    }
    if (timings) {
        timings->preprocessMs += spent.preprocessMs;
        timings->layoutMs += spent.layoutMs;
    }
    return lines;
}

OcrPipeline::OcrPipeline(std::shared_ptr<LineRecognizer> recognizer, OcrOptions options)
    : m_recognizer(std::move(recognizer))
    , m_options(std::move(options))
{
    m_options.batchSize = std::max(1, m_options.batchSize);
}

OcrResult OcrPipeline::readFile(const QString &path, const Progress &progress, const Cancelled &cancelled) const
{
    QElapsedTimer timer;
    timer.start();
    const DocumentLoadResult loaded = DocumentLoader().load(path);
    const double loadMs = elapsedMs(timer);
    if (!loaded.ok()) {
        OcrResult result;
        result.path = path;
        result.error = loaded.error;
        result.timings.loadMs = loadMs;
        return result;
    }
    OcrResult result = readDocument(loaded.document, progress, cancelled);
    result.timings.loadMs = loadMs;
    return result;
}

OcrResult OcrPipeline::readDocument(const Document &document, const Progress &progress,
                                    const Cancelled &cancelled) const
{
    OcrResult result;
    result.path = document.path;
    result.sha256 = document.sha256;
    result.byteCount = document.byteCount;
    result.pattern = m_recognizer->pattern();
    result.modelFolder = m_recognizer->modelFolder();
    result.device = m_recognizer->device();
    result.decoding = inference::decodingFor(m_options.decode, m_recognizer->decoding());
    const int inputHeight = m_recognizer->inputHeight();

    // Layout of every page first, so the progress total is known before recognition starts.
    std::vector<PendingLine> pending;
    QElapsedTimer timer;
    for (const Page &page : document.pages) {
        OcrPage ocrPage;
        ocrPage.index = page.index;
        ocrPage.size = QSize(page.pixels.cols, page.pixels.rows);
        for (PageLine &line : cutPageLines(page, m_options, inputHeight, &result.timings)) {
            pending.push_back({int(result.pages.size()), int(ocrPage.lines.size()), std::move(line.image)});
            ocrPage.lines.append(line.line);
        }
        result.pages.append(ocrPage);
    }

    // Lines of similar width share a batch, so little of a batch is padding.
    std::vector<std::size_t> order(pending.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return pending[a].image.width < pending[b].image.width;
    });
    const int total = int(pending.size());
    if (progress)
        progress(0, total);
    const std::string device = result.device.toStdString();
    inference::resetTensorMemoryPeak(device);
    result.measured.baselineTensorBytes = inference::readTensorMemory(device).currentBytes;
    timer.start();
    for (std::size_t first = 0; first < order.size(); first += std::size_t(m_options.batchSize)) {
        if (cancelled && cancelled()) {
            result.cancelled = true;
            break;
        }
        const std::size_t last = std::min(order.size(), first + std::size_t(m_options.batchSize));
        std::vector<inference::LineImage> batch;
        OcrBatchShape shape;
        for (std::size_t index = first; index < last; ++index) {
            batch.push_back(std::move(pending[order[index]].image));
            shape.width = std::max(shape.width, batch.back().width);
            shape.height = std::max(shape.height, batch.back().height);
        }
        shape.lines = int(batch.size());
        std::vector<inference::LineReading> readings;
        try {
            readings = m_recognizer->read(batch, m_options.decode);
        } catch (const std::exception &error) {
            result.error = QCoreApplication::translate("vlmwb::core", "Reading %1 with the model in %2 failed: %3")
                               .arg(QDir::toNativeSeparators(document.path),
                                    QDir::toNativeSeparators(result.modelFolder), QString::fromUtf8(error.what()));
            break;
        }
        result.measured.macs += m_recognizer->lastRun().macs;
        for (const inference::LineReading &reading : readings) {
            shape.steps = std::max(shape.steps, int(reading.tokenIds.size()));
            result.measured.generatedTokens += int(reading.tokenIds.size());
        }
        result.measured.batches.append(shape);
        for (std::size_t index = first; index < last && index - first < readings.size(); ++index) {
            const PendingLine &line = pending[order[index]];
            OcrLine &target = result.pages[line.page].lines[line.line];
            const OcrLine read = toOcrLine(readings[index - first]);
            target.text = read.text;
            target.characterConfidences = read.characterConfidences;
            target.confidence = read.confidence;
        }
        if (progress)
            progress(int(last), total);
    }
    result.timings.recognitionMs = elapsedMs(timer);
    const inference::TensorMemoryReading memory = inference::readTensorMemory(device);
    result.measured.memoryCounted = memory.counted;
    result.measured.peakTensorBytes = memory.peakBytes;
    return result;
}

QString OcrPage::text() const
{
    QStringList texts;
    for (const OcrLine &line : lines)
        texts << line.text;
    return texts.join(QLatin1Char('\n'));
}

QVector<const OcrLine *> OcrResult::allLines() const
{
    QVector<const OcrLine *> lines;
    for (const OcrPage &page : pages)
        for (const OcrLine &line : page.lines)
            lines << &line;
    return lines;
}

int OcrResult::lineCount() const
{
    int count = 0;
    for (const OcrPage &page : pages)
        count += page.lines.size();
    return count;
}

} // namespace vlmwb::core
