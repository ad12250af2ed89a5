#include "core/correction_export.h"

#include "core/document_loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace vlmwb::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vlmwb::core::CorrectionExport", text);
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, quotes inside are doubled.
QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

QList<VerifiedCorrection> sameLine(const QList<VerifiedCorrection> &all, qint64 lineId)
{
    QList<VerifiedCorrection> result;
    for (const VerifiedCorrection &correction : all) {
        if (correction.line.id == lineId)
            result.append(correction);
    }
    return result;
}

QJsonObject toJsonObject(const VerifiedCorrection &correction, const QString &correctedLine)
{
    const FindingRecord &finding = correction.finding;
    QJsonObject object{
        {"document_path", correction.document.path},
        {"document_sha256", QString::fromLatin1(correction.document.contentHash)},
        {"page", correction.line.page},
        {"line_index", correction.line.index},
        {"box", QJsonArray{correction.line.box.x(), correction.line.box.y(), correction.line.box.width(),
                           correction.line.box.height()}},
        {"line_text", correction.line.text},
        {"text_as_read", finding.text},
        {"span_start", finding.spanStart},
        {"span_length", finding.spanLength},
        {"best_match", finding.drug},
        {"generic", finding.generic},
        {"score", finding.score},
        {"action", decisionActionName(correction.decision.action)},
        {"verified_value", correction.verifiedValue},
        {"corrected_line_text", correctedLine},
        {"reviewer", correction.decision.reviewer},
        {"decided_utc", correction.decision.decidedAt.toString(Qt::ISODateWithMs)},
        {"model_id", correction.modelId},
    };
    if (finding.doseAmount) {
        object.insert("dose", QJsonObject{{"amount", *finding.doseAmount},
                                          {"unit", finding.doseUnit},
                                          {"ucum", finding.doseUcum},
                                          {"text", finding.doseText}});
    }
    return object;
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    if (name == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (name == QLatin1String("json"))
        return ExportFormat::Json;
    if (name == QLatin1String("jsonl"))
        return ExportFormat::Jsonl;
    if (name == QLatin1String("fhir"))
        return ExportFormat::Fhir;
    return std::nullopt;
}

QString correctedLineText(const QString &lineText, const QList<VerifiedCorrection> &onThisLine)
{
    QList<VerifiedCorrection> ordered = onThisLine;
    std::sort(ordered.begin(), ordered.end(), [](const VerifiedCorrection &a, const VerifiedCorrection &b) {
        return a.finding.spanStart < b.finding.spanStart;
    });
    QString result;
    int position = 0;
    for (const VerifiedCorrection &correction : ordered) {
        const int start = correction.finding.spanStart;
        const int end = start + correction.finding.spanLength;
        if (start < position || end > lineText.size())
            continue;
        result += lineText.mid(position, start - position) + correction.verifiedValue;
        position = end;
    }
    return result + lineText.mid(position);
}

QByteArray CorrectionExport::toCsv() const
{
    const QStringList header = {"document_path", "document_sha256", "page", "line_index", "box_x", "box_y", "box_w",
                                "box_h", "line_text", "text_as_read", "span_start", "span_length", "best_match",
                                "generic", "action", "verified_value", "corrected_line_text", "dose_amount",
                                "dose_unit", "dose_ucum", "reviewer", "decided_utc", "model_id"};
    QString csv = header.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const VerifiedCorrection &correction : m_corrections) {
        const FindingRecord &finding = correction.finding;
        const QRectF &box = correction.line.box;
        const QStringList fields = {
            correction.document.path, QString::fromLatin1(correction.document.contentHash),
            QString::number(correction.line.page), QString::number(correction.line.index), number(box.x()),
            number(box.y()), number(box.width()), number(box.height()), correction.line.text, finding.text,
            QString::number(finding.spanStart), QString::number(finding.spanLength), finding.drug, finding.generic,
            decisionActionName(correction.decision.action), correction.verifiedValue,
            correctedLineText(correction.line.text, {correction}),
            finding.doseAmount ? number(*finding.doseAmount) : QString(), finding.doseUnit, finding.doseUcum,
            correction.decision.reviewer, correction.decision.decidedAt.toString(Qt::ISODateWithMs),
            correction.modelId};
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field));
        csv += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return csv.toUtf8();
}

QByteArray CorrectionExport::toJson() const
{
    QJsonArray array;
    for (const VerifiedCorrection &correction : m_corrections)
        array.append(toJsonObject(correction, correctedLineText(correction.line.text, {correction})));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray CorrectionExport::toJsonl(const QString &cropFolder, const QString &relativeTo, QStringList *warnings) const
{
    QByteArray output;
    QList<qint64> linesDone;
    QHash<QString, QVector<QImage>> pages; // by document path: each page's display image
    QHash<QString, QString> failures;
    const DocumentLoader loader;
    if (!QDir().mkpath(cropFolder)) {
        warnings->append(tr("The folder %1 for the line crops cannot be created; no training pairs were written.")
                             .arg(cropFolder));
        return output;
    }
    for (const VerifiedCorrection &correction : m_corrections) {
        const LineRecord &line = correction.line;
        if (linesDone.contains(line.id))
            continue;
        linesDone.append(line.id);
        const QString path = correction.document.path;
        if (!pages.contains(path) && !failures.contains(path)) {
            const DocumentLoadResult loaded = loader.load(path);
            if (loaded.ok()) {
                QVector<QImage> images;
                for (const Page &page : loaded.document.pages)
                    images.append(page.display);
                pages.insert(path, images);
            } else {
                failures.insert(path, loaded.error);
            }
        }
        if (failures.contains(path)) {
            warnings->append(tr("Skipped the training pair of line %1 of %2: %3")
                                 .arg(line.index + 1)
                                 .arg(path, failures.value(path)));
            continue;
        }
        if (line.page < 0 || line.page >= pages.value(path).size()) {
            warnings->append(tr("Skipped the training pair of line %1 on page %2 of %3: the document has %4 "
                                "page(s) now.")
                                 .arg(line.index + 1)
                                 .arg(line.page + 1)
                                 .arg(path)
                                 .arg(pages.value(path).size()));
            continue;
        }
        const QImage image = pages.value(path).at(line.page);
        const QRect box = line.box.toAlignedRect().intersected(image.rect());
        if (box.isEmpty()) {
            warnings->append(tr("Skipped the training pair of line %1 of %2: its box lies outside the %3 × %4 image.")
                                 .arg(line.index + 1)
                                 .arg(path)
                                 .arg(image.width())
                                 .arg(image.height()));
            continue;
        }
        const QString name = QStringLiteral("%1_p%2_l%3_run%4.png")
                                 .arg(QString::fromLatin1(correction.document.contentHash.left(12)))
                                 .arg(line.page)
                                 .arg(line.index)
                                 .arg(line.runId);
        const QString cropPath = QDir(cropFolder).filePath(name);
        if (!image.copy(box).save(cropPath, "PNG")) {
            warnings->append(tr("Skipped the training pair of line %1 of %2: the crop %3 cannot be written.")
                                 .arg(line.index + 1)
                                 .arg(path, cropPath));
            continue;
        }
        const QString text = correctedLineText(line.text, sameLine(m_corrections, line.id));
        const QJsonObject pair{{"image", QDir(relativeTo).relativeFilePath(cropPath)},
                               {"text", text},
                               {"text_as_read", line.text},
                               {"document_path", path},
                               {"document_sha256", QString::fromLatin1(correction.document.contentHash)},
                               {"page", line.page},
                               {"line_index", line.index},
                               {"box", QJsonArray{line.box.x(), line.box.y(), line.box.width(), line.box.height()}}};
        output += QJsonDocument(pair).toJson(QJsonDocument::Compact) + '\n';
    }
    return output;
}

} // namespace vlmwb::core
