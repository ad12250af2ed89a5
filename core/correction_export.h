// Verified corrections out of the review database: CSV (RFC 4180), JSON, JSONL training pairs
// (a PNG crop of the line + its corrected text) and a FHIR R4 bundle of MedicationStatements.
// Verified means the finding's latest decision accepts it (the value is the best match, or the
// text as read when there was no match) or corrects it (the value is the correction); rejected
// findings are not drugs and are left out.
#pragma once

#include "core/review_database.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace vlmwb::core {

enum class ExportFormat { Csv, Json, Jsonl, Fhir };
std::optional<ExportFormat> exportFormatFromName(const QString &name); // "csv", "json", "jsonl", "fhir"

// The line's text with each verified finding's span replaced by its verified value. Spans that
// overlap an earlier one are left as read.
QString correctedLineText(const QString &lineText, const QList<VerifiedCorrection> &onThisLine);

class CorrectionExport
{
public:
    explicit CorrectionExport(QList<VerifiedCorrection> corrections) : m_corrections(std::move(corrections)) {}

    QByteArray toCsv() const;
    QByteArray toJson() const;
    QByteArray toFhirBundle() const;
    // One JSON object per line with at least one verified finding: {"image": crop file relative to
    // `relativeTo`, "text": corrected line text, ...}. Crops are cut with the stored line box from
    // the line's page as DocumentLoader reads it (images and PDF pages) and saved as PNG in
    // cropFolder. A document that cannot be loaded skips its lines with a warning naming the file
    // and the cause.
    QByteArray toJsonl(const QString &cropFolder, const QString &relativeTo, QStringList *warnings) const;

    int count() const { return static_cast<int>(m_corrections.size()); }

private:
    QList<VerifiedCorrection> m_corrections;
};

} // namespace vlmwb::core
