#include "core/attention_line_trace.h"

#include "core/document_loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <exception>

namespace vlmwb::core {

namespace {

QImage toImage(const inference::LineImage &line)
{
    QImage image(line.width, line.height, QImage::Format_Grayscale8);
    for (int y = 0; y < line.height; ++y)
        std::copy_n(line.pixels.data() + static_cast<std::size_t>(y) * line.width, line.width, image.scanLine(y));
    return image;
}

} // namespace

LineTraceResult traceOcrLine(const LineTraceRequest &request)
{
    LineTraceResult result;
    const QString name = QDir::toNativeSeparators(request.documentPath);
    const DocumentLoadResult loaded = DocumentLoader().load(request.documentPath);
    if (!loaded.ok()) {
        result.error = loaded.error;
        return result;
    }
    if (request.page < 0 || request.page >= int(loaded.document.pages.size())) {
        result.error = QCoreApplication::translate("vlmwb::core", "%1 has no page %2.").arg(name).arg(request.page + 1);
        return result;
    }
    std::vector<PageLine> lines = cutPageLines(loaded.document.pages[request.page], request.options,
                                               request.recognizer->inputHeight());
    if (request.line < 0 || request.line >= int(lines.size())) {
        result.error = QCoreApplication::translate("vlmwb::core", "Page %1 of %2 has no line %3.")
                           .arg(request.page + 1)
                           .arg(name)
                           .arg(request.line + 1);
        return result;
    }
    PageLine &line = lines[std::size_t(request.line)];
    inference::DecodeOptions decode = request.options.decode;
    decode.captureAttention = true;
    std::vector<inference::LineReading> readings;
    try {
        readings = request.recognizer->read({line.image}, decode);
    } catch (const std::exception &error) {
        result.error = QCoreApplication::translate("vlmwb::core", "Tracing line %1 of %2 with the model in %3 failed: %4")
                           .arg(request.line + 1)
                           .arg(name, QDir::toNativeSeparators(request.recognizer->modelFolder()),
                                QString::fromUtf8(error.what()));
        return result;
    }
    const inference::LineReading &reading = readings.front();
    AttentionBundle &bundle = result.bundle;
    bundle.image = toImage(line.image);
    bundle.modelId = QFileInfo(request.recognizer->modelFolder()).fileName();
    bundle.config = modelConfigJson(request.recognizer->modelFolder());
    bundle.text = QString::fromStdString(reading.text);
    bundle.generatedIds = reading.tokenIds;
    bundle.lineToDocument = line.cropToPage;
    bundle.lineBox = line.line.box;
    if (reading.attention)
        bundle.trace = *reading.attention;
    return result;
}

} // namespace vlmwb::core
