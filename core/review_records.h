// Plain rows of the review database. The verification code hands its findings over as
// FindingInput (core/finding.h adapts to it), so the database does not depend on how findings are
// computed.
#pragma once

#include "core/finding.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

namespace vlmwb::core {

// A document's review progress: New until the first decision, In review until every finding of its
// latest run is decided, then Verified (a new run with undecided findings returns it to In review).
enum class DocumentStatus { New, InReview, Verified };
QString documentStatusName(DocumentStatus status); // "new", "in_review", "verified" (stored)
DocumentStatus documentStatusFromName(const QString &name);

enum class DecisionAction { Accept, Correct, Reject, Reopen };
QString decisionActionName(DecisionAction action); // "accept", "correct", "reject", "reopen"
std::optional<DecisionAction> decisionActionFromName(const QString &name);


struct DocumentInput {
    QByteArray contentHash; // SHA-256 of the file's bytes, 32 bytes
    QString path;
    qint64 size = 0; // bytes
    int pages = 1;
};

struct DocumentRecord {
    qint64 id = 0;
    QByteArray contentHash; // hex, 64 characters
    QString path;
    qint64 size = 0;
    int pages = 0;
    DocumentStatus status = DocumentStatus::New;
    QDateTime created; // UTC
};

struct RunInput {
    qint64 documentId = 0;
    QString modelId;   // model name and version, e.g. "projection-small@0.1.0"
    QString pattern;   // "cross-attention", "projection" or "early-fusion"
    QString device;    // "cpu", "cuda:0"
    QJsonObject parameters;
    QJsonObject timings; // milliseconds per stage
};

struct RunRecord {
    qint64 id = 0;
    qint64 documentId = 0;
    QString modelId;
    QString pattern;
    QString device;
    QJsonObject parameters;
    QJsonObject timings;
    QDateTime created;
};

struct LineInput {
    int page = 0;  // 0-based page of the document
    int index = 0; // 0-based line index on that page, top to bottom
    QRectF box;    // pixels of the page image
    QString text;
    double confidence = 0.0; // 0..1
};

struct LineRecord : LineInput {
    qint64 id = 0;
    qint64 runId = 0;
};

struct FindingInput {
    int lineNumber = 0; // position of its line in the run's line list
    QString text;       // as read
    int spanStart = 0;  // characters (UTF-16 units) into the line text
    int spanLength = 0;
    QString drug;       // best match, empty when none
    QString generic;
    double score = 0.0; // 0..1
    QJsonArray candidates; // [{name, generic, score, rank}]
    std::optional<double> doseAmount;
    QString doseUnit;
    QString doseUcum;
    QString doseText;
    QJsonArray warnings; // [{code, message}]
    double confidence = 0.0;
};

// A Finding of the verification step as the database stores it; lineNumber is finding.line, so
// the run's lines must be given in OCR line order. The dose keeps the low end of a range as its
// amount (the dose text keeps the whole range).
FindingInput toFindingInput(const Finding &finding);

// A stored finding; its status comes from its latest decision (Unreviewed when it has none or was
// reopened).
struct FindingRecord : FindingInput {
    qint64 id = 0;
    qint64 runId = 0;
    qint64 lineId = 0;
    int page = 0;
    int lineIndex = 0;
    QString findingKey; // stable across runs; see findingKey()
    FindingStatus status = FindingStatus::Unreviewed;
    QString correctedValue; // of the latest decision when it is a correction
};

struct DecisionInput {
    qint64 findingId = 0;
    DecisionAction action = DecisionAction::Accept;
    QString correctedValue; // only for Correct
    QString reviewer;
    QString reason;
};

struct DecisionRecord : DecisionInput {
    qint64 id = 0;
    QDateTime decidedAt; // UTC
};

struct AuditEntry {
    qint64 id = 0;
    QString who; // "reviewer:NAME" or "engine:MODEL@VERSION"
    QDateTime at; // UTC
    QString entity; // "document", "run", "finding"
    qint64 entityId = 0;
    QString field;
    QString before; // empty for an insert
    QString after;
    QString reason;
};

QString reviewerActor(const QString &name);
QString engineActor(const QString &modelId);

} // namespace vlmwb::core
