// vlmwb-cli attention: reads one line image with attention capture and writes a run bundle
// (core/attention_bundle.h) for the attention explorer or for analysis elsewhere.
#include "cli/cli_command.h"

#include "core/attention_bundle.h"
#include "core/engine_recognizer.h"
#include "core/model_locator.h"
#include "core/training_samples.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>

namespace vlmwb::cli {

int runAttentionCommand(const QStringList &arguments, CliStreams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "vlmwb::cli", "Reads one text-line image, capturing every attention map, and writes a run bundle."));
    parser.addHelpOption();
    const QCommandLineOption patternOption(
        "pattern", QCoreApplication::translate("vlmwb::cli", "cross_attention, projection or early_fusion."),
        QCoreApplication::translate("vlmwb::cli", "pattern"));
    const QCommandLineOption modelOption(
        "model",
        QCoreApplication::translate("vlmwb::cli", "Read with the model in <folder> instead of the pattern's default "
                                                  "model."),
        QCoreApplication::translate("vlmwb::cli", "folder"));
    const QCommandLineOption lineOption("line", QCoreApplication::translate("vlmwb::cli", "The text-line image to read."),
                                        QCoreApplication::translate("vlmwb::cli", "image"));
    const QCommandLineOption outOption(
        "out", QCoreApplication::translate("vlmwb::cli", "The bundle folder to write (created when missing)."),
        QCoreApplication::translate("vlmwb::cli", "folder"));
    const QCommandLineOption deviceOption("device",
                                          QCoreApplication::translate("vlmwb::cli", "auto, cpu or cuda (default auto)."),
                                          QCoreApplication::translate("vlmwb::cli", "device"), "auto");
    const QCommandLineOption tokensOption(
        "max-tokens", QCoreApplication::translate("vlmwb::cli", "Generate at most <n> tokens (default 96)."),
        QCoreApplication::translate("vlmwb::cli", "n"), "96");
    parser.addOptions({patternOption, modelOption, lineOption, outOption, deviceOption, tokensOption});
    if (!parser.parse(QStringList{"vlmwb-cli attention"} + arguments)) {
        streams.err << parser.errorText() << '\n';
        return exitUsage;
    }
    if (parser.isSet("help")) {
        streams.out << parser.helpText();
        return exitOk;
    }
    const QString pattern = parser.value(patternOption);
    if (!QStringList{"cross_attention", "projection", "early_fusion"}.contains(pattern)) {
        streams.err << QCoreApplication::translate("vlmwb::cli",
                                                   "vlmwb-cli attention: --pattern needs cross_attention, projection "
                                                   "or early_fusion.")
                    << '\n';
        return exitUsage;
    }
    if (!parser.isSet(lineOption) || !parser.isSet(outOption)) {
        streams.err << QCoreApplication::translate("vlmwb::cli",
                                                   "vlmwb-cli attention: name the line image (--line) and the bundle "
                                                   "folder (--out).")
                    << '\n';
        return exitUsage;
    }
    bool tokensOk = false;
    const int maxTokens = parser.value(tokensOption).toInt(&tokensOk);
    if (!tokensOk || maxTokens < 1 || maxTokens > 4096) {
        streams.err << QCoreApplication::translate("vlmwb::cli",
                                                   "vlmwb-cli attention: --max-tokens needs a whole number from 1 to "
                                                   "4096.")
                    << '\n';
        return exitUsage;
    }

    const QString linePath = parser.value(lineOption);
    QImageReader reader(linePath);
    reader.setAutoTransform(true);
    const QImage image = reader.read().convertToFormat(QImage::Format_Grayscale8);
    if (image.isNull()) {
        streams.err << QCoreApplication::translate("vlmwb::cli", "vlmwb-cli attention: the image %1 cannot be read: %2")
                           .arg(QDir::toNativeSeparators(linePath), reader.errorString())
                    << '\n';
        return exitFailure;
    }
    const core::ModelLocation location = core::locateModel(parser.value(modelOption), pattern);
    if (!location.ok()) {
        streams.err << QCoreApplication::translate("vlmwb::cli", "vlmwb-cli attention: %1").arg(location.error) << '\n';
        return exitFailure;
    }
    const core::RecognizerOpenResult opened = core::openCachedRecognizer({location.folder, parser.value(deviceOption)});
    if (!opened.recognizer) {
        streams.err << QCoreApplication::translate("vlmwb::cli", "vlmwb-cli attention: %1").arg(opened.error) << '\n';
        return exitFailure;
    }

    inference::DecodeOptions options;
    options.maxNewTokens = maxTokens;
    options.captureAttention = true;
    std::vector<inference::LineReading> readings;
    try {
        readings = opened.recognizer->read({core::toLineImage(image)}, options);
    } catch (const std::exception &error) {
        streams.err << QCoreApplication::translate("vlmwb::cli", "vlmwb-cli attention: reading %1 failed: %2")
                           .arg(QDir::toNativeSeparators(linePath), QString::fromStdString(error.what()))
                    << '\n';
        return exitFailure;
    }
    const inference::LineReading &reading = readings.front();

    core::AttentionBundle bundle;
    bundle.image = image;
    bundle.modelId = QFileInfo(location.folder).fileName();
    bundle.config = core::modelConfigJson(location.folder);
    bundle.text = QString::fromStdString(reading.text);
    bundle.generatedIds = reading.tokenIds;
    bundle.lineBox = QRectF(0, 0, image.width(), image.height()); // a bare line image is its own line
    if (reading.attention)
        bundle.trace = *reading.attention;
    const QString out = parser.value(outOption);
    const QString error = core::saveAttentionBundle(bundle, out);
    if (!error.isEmpty()) {
        streams.err << QCoreApplication::translate("vlmwb::cli", "vlmwb-cli attention: %1").arg(error) << '\n';
        return exitFailure;
    }
    streams.out << QCoreApplication::translate("vlmwb::cli", "Wrote the attention bundle of \"%1\" (%2 maps) to %3.")
                       .arg(bundle.text)
                       .arg(bundle.trace.maps.size())
                       .arg(QDir::toNativeSeparators(out))
                << '\n';
    return exitOk;
}

} // namespace vlmwb::cli
