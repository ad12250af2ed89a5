// vlmwb-cli ocr: reads documents with one of the three model patterns and prints the lines (or one
// JSON object), with the drug findings; --db records each run in the review database.
#include "cli/cli_command.h"

#include "core/engine_recognizer.h"
#include "core/model_locator.h"
#include "core/ocr_findings.h"
#include "core/ocr_pipeline.h"
#include "core/review_database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace vlmwb::cli {

namespace {

// Holds this file's tr(): lupdate files its strings under the context named here.
class OcrText
{
    Q_DECLARE_TR_FUNCTIONS(vlmwb::cli)
};

void printReadable(QTextStream &out, const core::OcrResult &result, const QVector<core::Finding> &findings)
{
    out << OcrText::tr("%1 (%2 model %3, %4)")
               .arg(QDir::toNativeSeparators(result.path), result.pattern,
                    QDir::toNativeSeparators(result.modelFolder), result.device)
        << '\n';
    int number = 0;
    for (const core::OcrPage &page : result.pages) {
        out << OcrText::tr("Page %1 (%2 x %3 px), %4 lines")
                   .arg(page.index + 1)
                   .arg(page.size.width())
                   .arg(page.size.height())
                   .arg(page.lines.size())
            << '\n';
        for (const core::OcrLine &line : page.lines)
            out << QString("%1  [%2]  %3\n")
                       .arg(++number, 3)
                       .arg(line.confidence, 4, 'f', 2)
                       .arg(line.text);
    }
    for (const core::Finding &finding : findings) {
        out << OcrText::tr("Finding on line %1: \"%2\" -> %3 (score %4)%5")
                   .arg(finding.line + 1)
                   .arg(finding.text, finding.drug.isEmpty() ? OcrText::tr("no match") : finding.drug)
                   .arg(finding.score, 0, 'f', 2)
                   .arg(finding.hasDose ? QStringLiteral(", ") + finding.dose.text : QString())
            << '\n';
        // The warnings are what a reviewer must check first; the JSON and the GUI list them too.
        for (const core::VerificationWarning &warning : finding.warnings)
            out << OcrText::tr("    warning (%1): %2").arg(warning.code, warning.message) << '\n';
    }
    const core::OcrTimings &timing = result.timings;
    out << OcrText::tr("Timing: load %1 ms, preprocess %2 ms, layout %3 ms, recognition %4 ms")
               .arg(timing.loadMs, 0, 'f', 0)
               .arg(timing.preprocessMs, 0, 'f', 0)
               .arg(timing.layoutMs, 0, 'f', 0)
               .arg(timing.recognitionMs, 0, 'f', 0)
        << "\n\n";
}

} // namespace

int runOcrCommand(const QStringList &arguments, CliStreams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(OcrText::tr("Reads documents (images or PDFs) and prints their text lines."));
    parser.addHelpOption();
    const QCommandLineOption patternOption(
        "pattern", OcrText::tr("cross_attention, projection or early_fusion (default early_fusion, the "
                               "most accurate of the bundled models)."),
        OcrText::tr("pattern"), "early_fusion");
    const QCommandLineOption modelOption("model", OcrText::tr("Read with the model in <folder> instead of the "
                                                              "pattern's default model."),
                                         OcrText::tr("folder"));
    const QCommandLineOption deviceOption("device", OcrText::tr("auto, cpu or cuda (default auto)."),
                                          OcrText::tr("device"), "auto");
    const QCommandLineOption beamOption(
        "beam", OcrText::tr("Beam width; 1 is greedy decoding (default: the model's, from its config.json, else 1)."),
        OcrText::tr("n"));
    const QCommandLineOption ctcWeightOption(
        "ctc-weight", OcrText::tr("Weight of the CTC head in joint decoding, 0 to 1 (default: the model's, from its "
                                  "config.json, else 0.8; 0 = decoder alone)."),
        OcrText::tr("weight"));
    const QCommandLineOption linesOption("lines", OcrText::tr("Each input image is one text line (no layout)."));
    const QCommandLineOption jsonOption("json", OcrText::tr("Print one JSON object."));
    const QCommandLineOption dbOption("db", OcrText::tr("Record the runs in the review database <file>."),
                                      OcrText::tr("file"));
    parser.addOptions({patternOption, modelOption, deviceOption, beamOption, ctcWeightOption, linesOption, jsonOption, dbOption});
    parser.addPositionalArgument("files", OcrText::tr("Documents to read."), "FILE...");
    if (!parser.parse(QStringList{"vlmwb-cli ocr"} + arguments)) {
        streams.err << parser.errorText() << '\n';
        return exitUsage;
    }
    if (parser.isSet("help")) {
        streams.out << parser.helpText();
        return exitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        streams.err << OcrText::tr("vlmwb-cli ocr: name at least one document to read.") << '\n';
        return exitUsage;
    }
    const QString pattern = parser.value(patternOption);
    if (!QStringList{"cross_attention", "projection", "early_fusion"}.contains(pattern)) {
        streams.err << OcrText::tr("vlmwb-cli ocr: unknown pattern '%1'; use cross_attention, projection or "
                                   "early_fusion.")
                           .arg(pattern)
                    << '\n';
        return exitUsage;
    }
    const QString device = parser.value(deviceOption);
    if (!QStringList{"auto", "cpu", "cuda"}.contains(device)) {
        streams.err << OcrText::tr("vlmwb-cli ocr: unknown device '%1'; use auto, cpu or cuda.").arg(device) << '\n';
        return exitUsage;
    }
    // Unset, the model's own decoding (config.json "decoding") applies.
    std::optional<int> beam;
    if (parser.isSet(beamOption)) {
        bool beamOk = false;
        beam = parser.value(beamOption).toInt(&beamOk);
        if (!beamOk || *beam < 1 || *beam > inference::DecodingConfig::maxBeam) {
            streams.err << OcrText::tr("vlmwb-cli ocr: --beam needs a whole number from 1 to %1.")
                               .arg(inference::DecodingConfig::maxBeam)
                        << '\n';
            return exitUsage;
        }
    }
    std::optional<double> ctcWeight;
    if (parser.isSet(ctcWeightOption)) {
        bool weightOk = false;
        ctcWeight = parser.value(ctcWeightOption).toDouble(&weightOk);
        if (!weightOk || *ctcWeight < 0.0 || *ctcWeight > 1.0) {
            streams.err << OcrText::tr("vlmwb-cli ocr: --ctc-weight needs a number from 0 to 1.") << '\n';
            return exitUsage;
        }
    }

    const core::ModelLocation location = core::locateModel(parser.value(modelOption), pattern);
    if (!location.ok()) {
        streams.err << OcrText::tr("vlmwb-cli ocr: %1").arg(location.error) << '\n';
        return exitFailure;
    }
    const core::RecognizerOpenResult opened = core::openCachedRecognizer({location.folder, device});
    if (!opened.recognizer) {
        streams.err << OcrText::tr("vlmwb-cli ocr: %1").arg(opened.error) << '\n';
        return exitFailure;
    }
    if (parser.isSet(modelOption) && opened.recognizer->pattern() != pattern && parser.isSet(patternOption))
        streams.err << OcrText::tr("vlmwb-cli ocr: note: the model in %1 is a %2 model; --pattern %3 is ignored.")
                           .arg(QDir::toNativeSeparators(location.folder), opened.recognizer->pattern(), pattern)
                    << '\n';

    std::unique_ptr<core::ReviewDatabase> database;
    if (parser.isSet(dbOption)) {
        database = std::make_unique<core::ReviewDatabase>();
        if (!database->open(parser.value(dbOption))) {
            streams.err << OcrText::tr("vlmwb-cli ocr: %1").arg(database->errorString()) << '\n';
            return exitFailure;
        }
    }

    // The audit log needs a name for who recorded the runs: the login, else the program.
    const QString who = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("vlmwb-cli")));
    core::OcrOptions options;
    options.wholeLines = parser.isSet(linesOption);
    options.decode.beam = beam;
    options.decode.ctcWeight = ctcWeight;
    const core::OcrPipeline pipeline(opened.recognizer, options);
    int failures = 0;
    QJsonArray documents;
    for (const QString &file : files) {
        const core::OcrResult result = pipeline.readFile(file);
        if (!result.ok()) {
            streams.err << OcrText::tr("vlmwb-cli ocr: %1").arg(result.error) << '\n';
            ++failures;
            continue;
        }
        QString lexiconError;
        const QVector<core::Finding> findings = core::findOcrFindings(result, &lexiconError);
        if (!lexiconError.isEmpty())
            streams.err << OcrText::tr("vlmwb-cli ocr: no drug findings for %1: %2").arg(file, lexiconError) << '\n';
        if (database) {
            QString error;
            if (core::recordOcrRun(*database, result, findings, who, &error) <= 0) {
                streams.err << OcrText::tr("vlmwb-cli ocr: the run on %1 was not recorded: %2").arg(file, error)
                            << '\n';
                ++failures;
            }
        }
        if (parser.isSet(jsonOption))
            documents << core::ocrDocumentJson(result, findings);
        else
            printReadable(streams.out, result, findings);
    }
    if (parser.isSet(jsonOption))
        streams.out << QJsonDocument(QJsonObject{{"documents", documents}}).toJson(QJsonDocument::Indented);
    return failures == 0 ? exitOk : exitFailure;
}

} // namespace vlmwb::cli
