// vlmwb-cli bench: prints speed figures measured on this machine. Each benchmark is a named entry,
// so the docs can quote "vlmwb-cli bench --only NAME" next to every figure.
#include "cli/cli_command.h"

#include "core/engine_recognizer.h"
#include "core/memory_check.h"
#include "core/model_locator.h"
#include "core/ocr_pipeline.h"
#include "vlmwb/runtime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace vlmwb::cli {

namespace {

// Holds this file's tr(): lupdate files its strings under the context named here.
class BenchText
{
    Q_DECLARE_TR_FUNCTIONS(vlmwb::cli)
};

QJsonObject benchMatmul(QTextStream &out)
{
    const inference::RuntimeInfo runtime = inference::runtimeInfo();
    QJsonObject result;
    for (int size : {256, 512, 1024}) {
        const int repeats = size >= 1024 ? 10 : 40;
        const inference::MatmulMeasurement m = inference::measureCpuMatmul(size, repeats);
        out << BenchText::tr("matmul %1x%1 float32, %2 threads: %3 GFLOP/s")
                   .arg(size)
                   .arg(runtime.cpuThreads)
                   .arg(m.gflops, 0, 'f', 1)
            << '\n';
        result.insert(QString("matmul_%1_gflops").arg(size), m.gflops);
    }
    return result;
}

// Reads the bundled 1240x1754 sample prescription (10 text lines) with the default Projection model:
// the model load once, then the median of three page reads per stage. Empty with *error set when
// there is no model or the page cannot be read.
QJsonObject benchOcrPage(QTextStream &out, QString *error)
{
    const core::ModelLocation location = core::locateModel(QString(), QStringLiteral("projection"));
    if (!location.ok()) {
        *error = location.error;
        return {};
    }
    QElapsedTimer timer;
    timer.start();
    const core::RecognizerOpenResult opened = core::openCachedRecognizer({location.folder, QStringLiteral("auto")});
    const double modelLoadMs = timer.nsecsElapsed() / 1e6;
    if (!opened.recognizer) {
        *error = opened.error;
        return {};
    }
    QString sample = QDir(QCoreApplication::applicationDirPath()).filePath("../../resources/samples/prescription-sample.png");
    if (!QFileInfo::exists(sample))
        sample = QDir(QCoreApplication::applicationDirPath()).filePath("../share/vlmwb/samples/prescription-sample.png");
    const core::OcrPipeline pipeline(opened.recognizer);
    constexpr int runs = 3;
    QVector<core::OcrResult> results;
    for (int run = 0; run < runs; ++run) {
        results << pipeline.readFile(QDir::cleanPath(sample));
        if (!results.back().ok()) {
            *error = results.back().error;
            return {};
        }
    }
    std::sort(results.begin(), results.end(), [](const core::OcrResult &a, const core::OcrResult &b) {
        return a.timings.totalMs() < b.timings.totalMs();
    });
    const core::OcrResult &median = results[runs / 2];
    const core::OcrTimings &t = median.timings;
    out << BenchText::tr("ocr-page %1x%2, %3 lines, %4 model on %5 (%6 threads): load %7 ms, preprocess %8 ms, "
                         "layout %9 ms, recognition %10 ms, total %11 ms (median of %12; model load %13 ms)")
               .arg(median.pages.value(0).size.width())
               .arg(median.pages.value(0).size.height())
               .arg(median.lineCount())
               .arg(median.pattern, median.device)
               .arg(inference::runtimeInfo().cpuThreads)
               .arg(t.loadMs, 0, 'f', 0)
               .arg(t.preprocessMs, 0, 'f', 0)
               .arg(t.layoutMs, 0, 'f', 0)
               .arg(t.recognitionMs, 0, 'f', 0)
               .arg(t.totalMs(), 0, 'f', 0)
               .arg(runs)
               .arg(modelLoadMs, 0, 'f', 0)
        << '\n';
    return QJsonObject{{"ocr_page_load_ms", t.loadMs},           {"ocr_page_preprocess_ms", t.preprocessMs},
                       {"ocr_page_layout_ms", t.layoutMs},       {"ocr_page_recognition_ms", t.recognitionMs},
                       {"ocr_page_total_ms", t.totalMs()},       {"ocr_page_lines", median.lineCount()},
                       {"ocr_page_model_load_ms", modelLoadMs}};
}

// A 768 x 32 line of dark strokes (a full-width input, no scaling): each bundled model reads it
// once with tensor counting on; the measured peak is printed beside the estimate for the same input.
QJsonObject benchMemory(QTextStream &out, QString *error)
{
    inference::LineImage line;
    line.width = 768;
    line.height = 32;
    line.pixels.assign(std::size_t(line.width) * line.height, 255);
    for (int x = 0; x < line.width; ++x)
        for (int y = 8; y < 24; ++y)
            if (x % 12 < 3 || (x % 12 < 9 && (y == 8 || y == 23)))
                line.pixels[std::size_t(y) * line.width + x] = 0;
    QJsonObject result;
    for (const QString &pattern : {QStringLiteral("cross_attention"), QStringLiteral("projection"), QStringLiteral("early_fusion")}) {
        const core::ModelLocation location = core::locateModel(QString(), pattern);
        if (!location.ok()) {
            *error = location.error;
            continue;
        }
        inference::EngineOptions engine;
        engine.device = inference::DeviceRequest::Cpu;
        inference::DecodeOptions decode;
        decode.maxNewTokens = 64;
        const core::MemoryCheck check = core::checkMemoryEstimate(location.folder, engine, line, decode);
        if (!check.error.isEmpty()) {
            *error = check.error;
            continue;
        }
        out << BenchText::tr("memory %1 768x32, %2 tokens generated, on %3: measured peak %4 KiB (weights %5 KiB), "
                             "estimate %6 KiB (weights %7, K/V %8, scores %9, activations %10 KiB): %11 %")
                   .arg(pattern)
                   .arg(check.generatedTokens)
                   .arg(check.device)
                   .arg(check.measuredPeak / 1024)
                   .arg(check.measuredWeights / 1024)
                   .arg(check.estimate.total / 1024)
                   .arg(check.estimate.weights / 1024)
                   .arg(check.estimate.kvCache / 1024)
                   .arg(check.estimate.attentionScores / 1024)
                   .arg(check.estimate.activations / 1024)
                   .arg(100.0 * check.relativeError(), 0, 'f', 1)
            << '\n';
        result.insert(QString("memory_%1_measured_bytes").arg(pattern), double(check.measuredPeak));
        result.insert(QString("memory_%1_estimated_bytes").arg(pattern), double(check.estimate.total));
        result.insert(QString("memory_%1_relative_error").arg(pattern), check.relativeError());
    }
    return result;
}

} // namespace

int runBenchCommand(const QStringList &arguments, CliStreams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(BenchText::tr("Measures speed on this machine and prints the figures."));
    parser.addHelpOption();
    const QCommandLineOption onlyOption("only", BenchText::tr("Run only the benchmark <name> (matmul, ocr-page, memory)."),
                                        "name");
    const QCommandLineOption jsonOption("json", BenchText::tr("Print the figures as one JSON object."));
    const QCommandLineOption threadsOption("threads", BenchText::tr("CPU threads for LibTorch (0: half the cores, at least one)."),
                                           "n", "0");
    parser.addOptions({onlyOption, jsonOption, threadsOption});
    if (!parser.parse(QStringList{"vlmwb-cli bench"} + arguments)) {
        streams.err << parser.errorText() << '\n';
        return exitUsage;
    }
    if (parser.isSet("help")) {
        streams.out << parser.helpText();
        return exitOk;
    }
    bool threadsOk = false;
    const int threads = parser.value(threadsOption).toInt(&threadsOk);
    if (!threadsOk || threads < 0) {
        streams.err << BenchText::tr("vlmwb-cli bench: --threads needs a whole number of 0 or more.") << '\n';
        return exitUsage;
    }
    inference::setCpuThreads(threads);

    const QStringList known{"matmul", "ocr-page", "memory"};
    const QString only = parser.value(onlyOption);
    if (!only.isEmpty() && !known.contains(only)) {
        streams.err << BenchText::tr("vlmwb-cli bench: unknown benchmark '%1'; known: %2.").arg(only, known.join(", "))
                    << '\n';
        return exitUsage;
    }
    QString human;
    QTextStream humanStream(&human);
    QJsonObject figures;
    if (only.isEmpty() || only == "matmul") {
        const QJsonObject matmul = benchMatmul(humanStream);
        for (auto it = matmul.begin(); it != matmul.end(); ++it)
            figures.insert(it.key(), it.value());
    }
    if (only.isEmpty() || only == "ocr-page") {
        QString error;
        const QJsonObject page = benchOcrPage(humanStream, &error);
        if (!error.isEmpty()) {
            streams.err << BenchText::tr("vlmwb-cli bench: ocr-page: %1").arg(error) << '\n';
            // Asked for by name it is a failure; in the full run the other figures still count.
            if (!only.isEmpty())
                return exitFailure;
        }
        for (auto it = page.begin(); it != page.end(); ++it)
            figures.insert(it.key(), it.value());
    }
    if (only.isEmpty() || only == "memory") {
        QString error;
        const QJsonObject memory = benchMemory(humanStream, &error);
        if (!error.isEmpty()) {
            streams.err << BenchText::tr("vlmwb-cli bench: memory: %1").arg(error) << '\n';
            if (!only.isEmpty() && memory.isEmpty())
                return exitFailure;
        }
        for (auto it = memory.begin(); it != memory.end(); ++it)
            figures.insert(it.key(), it.value());
    }
    humanStream.flush();
    if (parser.isSet(jsonOption))
        streams.out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << '\n';
    else
        streams.out << human;
    return exitOk;
}

} // namespace vlmwb::cli
