// vlmwb-cli eval: reads a held-out set written by `vlmwb-cli synth` with a model and with
// Tesseract, and reports CER, WER, exact drug-name and dose accuracy and time per line, overall and
// split by degradation level and by script (measures defined in core/ocr_metrics.h).
#include "cli/cli_command.h"
#include "core/document_loader.h"
#include "core/ocr_metrics.h"
#include "core/training_samples.h"

#include "vlmwb/engine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>

#include <algorithm>

namespace {

using namespace vlmwb;

// Holds this file's tr(): lupdate files its strings under the context named here.
class EvalText
{
    Q_DECLARE_TR_FUNCTIONS(vlmwb::cli::eval)
};

struct Span {
    int begin = 0; // code points of the line text
    int end = 0;
};

struct HeldOutLine {
    QString image; // path
    QString text;
    QString script;
    int level = 0;
    QVector<Span> drugs;
    QVector<Span> doses;
};

struct GroupStats {
    int lines = 0;
    core::EditCount characters;
    core::EditCount words;
    int drugs = 0;
    int drugsExact = 0;
    int doses = 0;
    int dosesExact = 0;
    double seconds = 0.0;
    int misread = 0;        // lines with at least one character edit
    int flagged = 0;        // lines read with a confidence below --flag-below (models only)
    int flaggedMisread = 0; // misread lines among them

    QJsonObject toJson() const
    {
        return {{"lines", lines},
                {"misread_lines", misread},
                {"flagged_lines", flagged},
                {"flagged_misread_lines", flaggedMisread},
                {"cer", characters.rate()},
                {"wer", words.rate()},
                {"drugs", drugs},
                {"drug_accuracy", drugs > 0 ? double(drugsExact) / drugs : 0.0},
                {"doses", doses},
                {"dose_accuracy", doses > 0 ? double(dosesExact) / doses : 0.0},
                {"ms_per_line", lines > 0 ? 1000.0 * seconds / lines : 0.0}};
    }
};

struct SystemResult {
    QString name;
    bool hasConfidence = false; // a model's lines carry one; Tesseract's stdout gives none
    QMap<QString, GroupStats> groups; // "all", "script latin", "degradation 1", ...
    QJsonArray lines;
};

QVector<Span> spansOf(const QJsonArray &records, const QString &text)
{
    QVector<Span> spans;
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        if (record.value("line").toInt() != 0)
            continue;
        const QJsonArray span = record.value("span").toArray();
        spans.append(Span{core::codePointAtUtf8Offset(text, span.at(0).toInt()),
                          core::codePointAtUtf8Offset(text, span.at(1).toInt())});
    }
    return spans;
}

// Reads DIR/labels.jsonl (line samples only); error names the file and line.
QVector<HeldOutLine> readHeldOutSet(const QString &folder, int limit, QString *error)
{
    QVector<HeldOutLine> lines;
    const QString path = QDir(folder).filePath("labels.jsonl");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = EvalText::tr("Cannot read the held-out set %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    int number = 0;
    while (!file.atEnd() && (limit <= 0 || lines.size() < limit)) {
        const QByteArray bytes = file.readLine().trimmed();
        ++number;
        if (bytes.isEmpty())
            continue;
        const QJsonObject record = QJsonDocument::fromJson(bytes).object();
        if (record.value("kind").toString() != "line" || !record.value("image").isString()) {
            *error = EvalText::tr("Line %1 of %2 is not a line sample of vlmwb-cli synth (write the set with --kind lines).")
                         .arg(number)
                         .arg(QDir::toNativeSeparators(path));
            return {};
        }
        HeldOutLine line;
        line.image = QDir(folder).filePath(record.value("image").toString());
        line.text = record.value("text").toString();
        line.script = record.value("script").toString();
        line.level = record.value("degradation").toObject().value("level").toInt();
        line.drugs = spansOf(record.value("drugs").toArray(), line.text);
        line.doses = spansOf(record.value("doses").toArray(), line.text);
        lines.append(line);
    }
    if (lines.isEmpty())
        *error = EvalText::tr("The held-out set %1 holds no lines.").arg(QDir::toNativeSeparators(path));
    return lines;
}

// confidence: the model's line confidence in [0, 1] (the geometric mean of its token probabilities, as
// `vlmwb-cli ocr` reports it), negative for Tesseract, which gives none through stdout. A line below
// flagBelow counts as flagged for review: how many misread lines the flag catches, and at what cost
// in lines to check, says whether a reviewer can trust the lines it leaves unflagged.
void score(SystemResult &result, const HeldOutLine &line, const QString &prediction, double seconds, double confidence,
           double flagBelow)
{
    const core::EditCount characters = core::characterEdits(line.text, prediction);
    const core::EditCount words = core::wordEdits(line.text, prediction);
    const core::OcrAlignment alignment(line.text, prediction);
    int drugsExact = 0;
    for (const Span &span : line.drugs)
        drugsExact += alignment.spanExact(span.begin, span.end) ? 1 : 0;
    int dosesExact = 0;
    for (const Span &span : line.doses)
        dosesExact += alignment.spanExact(span.begin, span.end) ? 1 : 0;
    for (const QString &group : {QString("all"), "script " + line.script, "degradation " + QString::number(line.level)}) {
        GroupStats &stats = result.groups[group];
        ++stats.lines;
        stats.characters += characters;
        stats.words += words;
        stats.drugs += line.drugs.size();
        stats.drugsExact += drugsExact;
        stats.doses += line.doses.size();
        stats.dosesExact += dosesExact;
        stats.seconds += seconds;
        const bool misread = characters.edits > 0;
        const bool flagged = confidence >= 0 && confidence < flagBelow;
        stats.misread += misread ? 1 : 0;
        stats.flagged += flagged ? 1 : 0;
        stats.flaggedMisread += misread && flagged ? 1 : 0;
    }
    QJsonObject record{{"image", line.image},
                       {"reference", line.text},
                       {"prediction", prediction},
                       {"cer", characters.rate()},
                       {"wer", words.rate()}};
    if (confidence >= 0)
        record.insert("confidence", confidence);
    result.lines.append(record);
}

// Runs `tesseract IMAGE stdout -l eng+kor --psm 7`; an empty string and a message when it fails.
QString runTesseract(const QString &image, QString *error)
{
    QProcess process;
    process.start("tesseract", {image, "stdout", "-l", "eng+kor", "--psm", "7"});
    if (!process.waitForStarted(10000)) {
        *error = EvalText::tr("Cannot start tesseract (install Debian's tesseract-ocr, tesseract-ocr-eng and "
                              "tesseract-ocr-kor): %1.")
                     .arg(process.errorString());
        return {};
    }
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        *error = EvalText::tr("tesseract did not finish reading %1 within 60 s.").arg(QDir::toNativeSeparators(image));
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

// "-" where the group has no mention to score.
QString percentOrDash(const QJsonObject &stats, const char *count, const char *accuracy)
{
    if (stats.value(count).toInt() == 0)
        return QString("%1").arg("-", 8);
    return QString("%1").arg(100.0 * stats.value(accuracy).toDouble(), 8, 'f', 1);
}

void printTable(QTextStream &out, const QVector<SystemResult> &results, double flagBelow)
{
    out << QString("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10")
               .arg("system", -16)
               .arg("group", -14)
               .arg("lines", 6)
               .arg("CER", 7)
               .arg("WER", 7)
               .arg("drug acc", 9)
               .arg("dose acc", 9)
               .arg("ms/line", 9)
               .arg("misread", 8)
               .arg("flagged (misread)", 18)
        << '\n';
    for (const SystemResult &result : results)
        for (auto group = result.groups.cbegin(); group != result.groups.cend(); ++group) {
            const QJsonObject stats = group.value().toJson();
            const QString flagged = result.hasConfidence ? QString("%1 (%2)")
                                                               .arg(stats.value("flagged_lines").toInt())
                                                               .arg(stats.value("flagged_misread_lines").toInt())
                                                         : QString("-");
            out << QString("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10")
                       .arg(result.name, -16)
                       .arg(group.key(), -14)
                       .arg(stats.value("lines").toInt(), 6)
                       .arg(100.0 * stats.value("cer").toDouble(), 6, 'f', 1)
                       .arg(100.0 * stats.value("wer").toDouble(), 6, 'f', 1)
                       .arg(percentOrDash(stats, "drugs", "drug_accuracy"))
                       .arg(percentOrDash(stats, "doses", "dose_accuracy"))
                       .arg(stats.value("ms_per_line").toDouble(), 9, 'f', 1)
                       .arg(stats.value("misread_lines").toInt(), 8)
                       .arg(flagged, 18)
                << '\n';
        }
    out << EvalText::tr("CER, WER, drug and dose accuracy in %; rates pooled over the group's lines; - where "
                        "the group has no drug or dose. Misread: lines with any character wrong; flagged: lines "
                        "a model read with a confidence below %1, and the misread lines among them.")
               .arg(flagBelow)
        << '\n';
}

} // namespace

int runEvalCommand(const QStringList &arguments, vlmwb::cli::CliStreams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(EvalText::tr(
        "Evaluate a model on a held-out set written by vlmwb-cli synth (use a seed never used in training), "
        "with Tesseract as the baseline on the same images."));
    parser.addHelpOption();
    const QCommandLineOption patternOption("pattern", EvalText::tr("cross_attention, projection or early_fusion."),
                                           EvalText::tr("pattern"));
    const QCommandLineOption modelOption("model", EvalText::tr("Model folder (default resources/models/<pattern>)."),
                                         EvalText::tr("folder"));
    const QCommandLineOption setOption("set", EvalText::tr("Held-out set folder (labels.jsonl + images/)."),
                                       EvalText::tr("folder"));
    const QCommandLineOption jsonOption("json", EvalText::tr("Print the results (with every line) as JSON."));
    const QCommandLineOption limitOption("limit", EvalText::tr("Evaluate only the first N lines."), EvalText::tr("number"), "0");
    const QCommandLineOption threadsOption("threads", EvalText::tr("CPU threads (default: LibTorch's choice)."),
                                           EvalText::tr("number"), "0");
    const QCommandLineOption batchOption("batch", EvalText::tr("Lines per model batch (default 8)."), EvalText::tr("number"), "8");
    const QCommandLineOption deviceOption("device", EvalText::tr("auto, cpu or cuda (default auto)."), EvalText::tr("device"),
                                          "auto");
    const QCommandLineOption noTesseractOption("no-tesseract", EvalText::tr("Skip the Tesseract baseline."));
    const QCommandLineOption beamOption(
        "beam", EvalText::tr("Beam width; 1 is greedy decoding (default: the model's, from its config.json, else 1)."),
        EvalText::tr("n"));
    const QCommandLineOption ctcWeightOption(
        "ctc-weight", EvalText::tr("Weight of the CTC head in joint decoding, 0 to 1 (default: the model's, from its "
                                   "config.json, else 0.8; 0 = decoder alone)."),
        EvalText::tr("weight"));
    const QCommandLineOption ctcHeadOption(
        "ctc-head-only", EvalText::tr("Read with the vision encoder's CTC head alone, without the decoder (diagnostic)."));
    const QCommandLineOption noModelOption("tesseract-only", EvalText::tr("Run only the Tesseract baseline."));
    const QCommandLineOption flagOption(
        "flag-below", EvalText::tr("Count a model's lines read with a confidence below this, 0 to 1, as flagged for "
                                   "review, and how many misread lines they hold (default 0.9)."),
        EvalText::tr("confidence"), "0.9");
    parser.addOptions({patternOption, modelOption, setOption, jsonOption, limitOption, threadsOption, batchOption,
                       deviceOption, noTesseractOption, noModelOption, beamOption, ctcWeightOption, ctcHeadOption,
                       flagOption});
    if (!parser.parse(QStringList{"vlmwb-cli eval"} + arguments)) {
        streams.err << "vlmwb-cli eval: " << parser.errorText() << '\n';
        return cli::exitUsage;
    }
    if (parser.isSet("help")) {
        streams.out << parser.helpText();
        return cli::exitOk;
    }
    auto usageError = [&streams](const QString &message) {
        streams.err << "vlmwb-cli eval: " << message << '\n';
        return int(cli::exitUsage);
    };
    if (!parser.isSet(setOption))
        return usageError(EvalText::tr("--set <folder> is required."));
    const bool runModel = !parser.isSet(noModelOption);
    const QString pattern = parser.value(patternOption);
    const std::vector<std::string> &patterns = inference::knownPatterns();
    if (runModel && std::find(patterns.begin(), patterns.end(), pattern.toStdString()) == patterns.end())
        return usageError(EvalText::tr("--pattern must be cross_attention, projection or early_fusion, not '%1'.").arg(pattern));
    bool valid = false;
    inference::DecodeOptions decode;
    if (parser.isSet(beamOption)) {
        decode.beam = parser.value(beamOption).toInt(&valid);
        if (!valid || *decode.beam < 1 || *decode.beam > inference::DecodingConfig::maxBeam)
            return usageError(EvalText::tr("--beam needs a whole number from 1 to %1.").arg(inference::DecodingConfig::maxBeam));
    }
    if (parser.isSet(ctcWeightOption)) {
        decode.ctcWeight = parser.value(ctcWeightOption).toDouble(&valid);
        if (!valid || *decode.ctcWeight < 0.0 || *decode.ctcWeight > 1.0)
            return usageError(EvalText::tr("--ctc-weight needs a number from 0 to 1."));
    }
    decode.ctcHeadOnly = parser.isSet(ctcHeadOption);
    const int limit = parser.value(limitOption).toInt(&valid);
    if (!valid || limit < 0)
        return usageError(EvalText::tr("--limit must be a non-negative integer, not '%1'.").arg(parser.value(limitOption)));
    const int threads = parser.value(threadsOption).toInt(&valid);
    if (!valid || threads < 0)
        return usageError(EvalText::tr("--threads must be a non-negative integer, not '%1'.").arg(parser.value(threadsOption)));
    const int batch = parser.value(batchOption).toInt(&valid);
    if (!valid || batch < 1)
        return usageError(EvalText::tr("--batch must be a positive integer, not '%1'.").arg(parser.value(batchOption)));
    const double flagBelow = parser.value(flagOption).toDouble(&valid);
    if (!valid || flagBelow < 0.0 || flagBelow > 1.0)
        return usageError(EvalText::tr("--flag-below needs a number from 0 to 1, not '%1'.").arg(parser.value(flagOption)));

    QString error;
    const QVector<HeldOutLine> lines = readHeldOutSet(parser.value(setOption), limit, &error);
    if (lines.isEmpty()) {
        streams.err << "vlmwb-cli eval: " << error << '\n';
        return cli::exitFailure;
    }
    const core::DocumentLoader loader;
    QVector<QImage> images;
    for (const HeldOutLine &line : lines) {
        const core::DocumentLoadResult loaded = loader.load(line.image);
        if (!loaded.ok()) {
            streams.err << "vlmwb-cli eval: " << loaded.error << '\n';
            return cli::exitFailure;
        }
        images.append(loaded.document.pages.front().display);
    }

    QVector<SystemResult> results;
    QJsonObject modelInfo;
    if (runModel) {
        const QString folder = parser.isSet(modelOption) ? parser.value(modelOption)
                                                         : QDir("resources/models").filePath(pattern);
        SystemResult result;
        result.name = pattern;
        result.hasConfidence = true;
        try {
            inference::EngineOptions options;
            options.device = inference::parseDeviceRequest(parser.value(deviceOption).toStdString());
            options.cpuThreads = threads;
            inference::Engine engine(folder.toStdString(), options);
            if (engine.config().pattern != pattern.toStdString()) {
                streams.err << "vlmwb-cli eval: "
                            << EvalText::tr("The model in %1 is a %2 model, not %3.")
                                   .arg(QDir::toNativeSeparators(folder),
                                        QString::fromStdString(engine.config().pattern), pattern)
                            << '\n';
                return cli::exitFailure;
            }
            const inference::DecodingConfig used = inference::decodingFor(decode, engine.config().decoding);
            const int beamUsed = used.beam;
            const double weightUsed = used.ctcWeight;
            streams.err << EvalText::tr("eval %1: beam %2, CTC weight %3%4")
                               .arg(pattern)
                               .arg(beamUsed)
                               .arg(weightUsed)
                               .arg(decode.ctcHeadOnly ? EvalText::tr(" (CTC head alone)") : QString())
                        << '\n';
            modelInfo = {{"folder", folder},
                         {"device", QString::fromStdString(engine.device())},
                         {"decoding", QJsonObject{{"beam", beamUsed},
                                                  {"ctc_weight", weightUsed},
                                                  {"ctc_head_only", decode.ctcHeadOnly}}},
                         {"training", QJsonDocument::fromJson(QByteArray::fromStdString(engine.config().trainingJson)).object()}};
            for (int first = 0; first < lines.size(); first += batch) {
                const int count = std::min(batch, int(lines.size()) - first);
                // Each image cut to its ink box at the model's height, as `vlmwb-cli ocr --lines` does.
                std::vector<inference::LineImage> chunk;
                for (int index = first; index < first + count; ++index)
                    chunk.push_back(core::toCroppedLineImage(images[index], engine.config().inputHeight));
                QElapsedTimer timer;
                timer.start();
                const std::vector<inference::LineReading> readings = engine.read(chunk, decode);
                const double seconds = timer.nsecsElapsed() / 1e9 / count;
                for (int index = 0; index < count; ++index) {
                    const inference::LineReading &reading = readings[std::size_t(index)];
                    score(result, lines[first + index], QString::fromStdString(reading.text), seconds,
                          reading.confidence(), flagBelow);
                }
                streams.err << EvalText::tr("eval %1: %2/%3 lines").arg(pattern).arg(first + count).arg(lines.size()) << '\n';
                streams.err.flush();
            }
        } catch (const std::exception &exception) {
            streams.err << "vlmwb-cli eval: " << QString::fromStdString(exception.what()) << '\n';
            return cli::exitFailure;
        }
        results.append(result);
    }
    if (!parser.isSet(noTesseractOption)) {
        SystemResult result;
        result.name = "tesseract";
        for (int index = 0; index < lines.size(); ++index) {
            QElapsedTimer timer;
            timer.start();
            const QString prediction = runTesseract(lines[index].image, &error);
            if (!error.isEmpty()) {
                streams.err << "vlmwb-cli eval: " << error << '\n';
                return cli::exitFailure;
            }
            score(result, lines[index], prediction, timer.nsecsElapsed() / 1e9, -1.0, flagBelow);
        }
        results.append(result);
    }

    if (parser.isSet(jsonOption)) {
        QJsonArray systems;
        for (const SystemResult &result : results) {
            QJsonObject groups;
            for (auto group = result.groups.cbegin(); group != result.groups.cend(); ++group) {
                QJsonObject stats = group.value().toJson();
                if (!result.hasConfidence) {
                    stats.remove("flagged_lines");
                    stats.remove("flagged_misread_lines");
                }
                groups.insert(group.key(), stats);
            }
            QJsonObject system{{"name", result.name}, {"groups", groups}, {"lines", result.lines}};
            if (result.hasConfidence) {
                system.insert("model", modelInfo);
                system.insert("flag_below", flagBelow);
            }
            systems.append(system);
        }
        streams.out << QJsonDocument(QJsonObject{{"set", parser.value(setOption)}, {"systems", systems}}).toJson();
    } else {
        printTable(streams.out, results, flagBelow);
    }
    return cli::exitOk;
}
