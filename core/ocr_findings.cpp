#include "core/ocr_findings.h"

#include "core/drug_matcher.h"
#include "core/finding_extractor.h"
#include "core/lasa_pairs.h"
#include "core/lexicon_set.h"
#include "core/review_database.h"
#include "core/review_records.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QMutex>
#include <QMutexLocker>

#include <memory>

namespace vlmwb::core {

namespace {

// The shipped lexicon and look-alike pairs, read once (they take a moment to index).
const DrugMatcher *defaultMatcher(QString *error)
{
    static QMutex mutex;
    static std::unique_ptr<DrugMatcher> matcher;
    static QString loadError;
    QMutexLocker locker(&mutex);
    if (!matcher && loadError.isEmpty()) {
        LexiconSet lexicons = LexiconSet::withDefault(&loadError);
        LasaPairs pairs;
        const LasaLoadResult lasa = pairs.loadDefault();
        if (loadError.isEmpty() && !lasa.ok())
            loadError = lasa.error;
        if (loadError.isEmpty())
            matcher = std::make_unique<DrugMatcher>(std::move(lexicons), std::move(pairs));
    }
    if (error)
        *error = loadError;
    return matcher.get();
}

// The engine gives one confidence per code point; the extractor wants one per UTF-16 unit.
QVector<float> perUtf16Unit(const QString &text, const QVector<float> &perCodePoint)
{
    QVector<float> units;
    units.reserve(text.size());
    int point = 0;
    for (int unit = 0; unit < text.size(); ++unit) {
        units << perCodePoint.value(point, 0.0f);
        if (!(text.at(unit).isHighSurrogate() && unit + 1 < text.size() && text.at(unit + 1).isLowSurrogate()))
            ++point;
    }
    return perCodePoint.size() == point ? units : QVector<float>();
}

QJsonArray boxJson(const QRectF &box)
{
    return QJsonArray{box.x(), box.y(), box.width(), box.height()};
}

} // namespace

QVector<Finding> findOcrFindings(const OcrResult &result, QString *error)
{
    const DrugMatcher *matcher = defaultMatcher(error);
    if (!matcher)
        return {};
    QVector<OcrLineText> lines;
    for (const OcrLine *line : result.allLines())
        lines << OcrLineText{line->text, perUtf16Unit(line->text, line->characterConfidences)};
    return FindingExtractor(*matcher).extract(lines);
}

QJsonObject ocrDocumentJson(const OcrResult &result, const QVector<Finding> &findings)
{
    QJsonArray pages;
    for (const OcrPage &page : result.pages) {
        QJsonArray lines;
        for (const OcrLine &line : page.lines)
            lines << QJsonObject{{"text", line.text}, {"box", boxJson(line.box)}, {"confidence", line.confidence}};
        pages << QJsonObject{{"index", page.index},
                             {"width", page.size.width()},
                             {"height", page.size.height()},
                             {"lines", lines}};
    }
    QJsonArray findingsJson;
    for (const Finding &finding : findings)
        findingsJson << toJson(finding);
    const OcrTimings &timing = result.timings;
    return QJsonObject{{"file", result.path},
                       {"pattern", result.pattern},
                       {"model", result.modelFolder},
                       {"device", result.device},
                       {"decoding", QJsonObject{{"beam", result.decoding.beam},
                                                {"ctc_weight", result.decoding.ctcWeight}}},
                       {"pages", pages},
                       {"findings", findingsJson},
                       {"timing_ms", QJsonObject{{"load", timing.loadMs},
                                                 {"preprocess", timing.preprocessMs},
                                                 {"layout", timing.layoutMs},
                                                 {"recognition", timing.recognitionMs},
                                                 {"total", timing.totalMs()}}}};
}

qint64 recordOcrRun(ReviewDatabase &database, const OcrResult &result, const QVector<Finding> &findings,
                    const QString &who, QString *error)
{
    DocumentInput document;
    document.contentHash = QByteArray::fromHex(result.sha256);
    document.path = QFileInfo(result.path).absoluteFilePath();
    document.size = result.byteCount;
    document.pages = int(result.pages.size());
    RunInput run;
    run.documentId = database.addDocument(document, who);
    if (run.documentId <= 0) {
        *error = database.errorString();
        return 0;
    }
    run.modelId = QFileInfo(result.modelFolder).fileName();
    run.pattern = QString(result.pattern).replace(QLatin1Char('_'), QLatin1Char('-'));
    run.device = result.device;
    const OcrTimings &timing = result.timings;
    run.timings = QJsonObject{{"load", timing.loadMs},
                              {"preprocess", timing.preprocessMs},
                              {"layout", timing.layoutMs},
                              {"recognition", timing.recognitionMs}};
    run.parameters = QJsonObject{{"model_folder", QDir::toNativeSeparators(result.modelFolder)},
                                 {"beam", result.decoding.beam},
                                 {"ctc_weight", result.decoding.ctcWeight}};
    QList<LineInput> lines;
    for (const OcrPage &page : result.pages)
        for (int index = 0; index < page.lines.size(); ++index)
            lines << LineInput{page.index, index, page.lines[index].box, page.lines[index].text,
                               page.lines[index].confidence};
    QList<FindingInput> findingInputs;
    for (const Finding &finding : findings)
        findingInputs << toFindingInput(finding);
    const qint64 runId = database.addRun(run, lines, findingInputs);
    if (runId <= 0)
        *error = database.errorString();
    return runId;
}

} // namespace vlmwb::core
