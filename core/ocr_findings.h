// The verification step on an OCR result: drug findings from its lines (run's line list: every
// page's lines in reading order, so Finding::line indexes OcrResult::allLines()), the JSON that
// `vlmwb-cli ocr --json` prints, and recording a run in the review database.
#pragma once

#include "core/finding.h"
#include "core/ocr_result.h"

#include <QJsonObject>
#include <QVector>

namespace vlmwb::core {

class ReviewDatabase;

// Findings with the shipped lexicon (loaded once per process). *error is set when the lexicon
// cannot be read; the findings are then empty.
QVector<Finding> findOcrFindings(const OcrResult &result, QString *error);

// {"file","pattern","model","device","pages":[{"index","width","height","lines":[{"text",
//  "box":[x,y,w,h],"confidence"}]}],"findings":[...],"timing_ms":{"load","preprocess","layout",
//  "recognition","total"}}
QJsonObject ocrDocumentJson(const OcrResult &result, const QVector<Finding> &findings);

// Adds the document (when new), the run, its lines and findings; the run id, or 0 with *error set
// (a sentence naming the database and the cause).
qint64 recordOcrRun(ReviewDatabase &database, const OcrResult &result, const QVector<Finding> &findings,
                    const QString &who, QString *error);

} // namespace vlmwb::core
