// The review database's writes: each public method is one transaction with its audit rows.
#include "core/review_database.h"

#include "core/finding_key.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace vlmwb::core {

namespace {

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compactJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// How the audit log shows a finding's state: "unreviewed", "accepted", "rejected" or
// "corrected: VALUE".
QString stateText(const QString &action, const QString &correctedValue)
{
    if (action == QLatin1String("accept"))
        return findingStatusName(FindingStatus::Accepted);
    if (action == QLatin1String("reject"))
        return findingStatusName(FindingStatus::Rejected);
    if (action == QLatin1String("correct"))
        return findingStatusName(FindingStatus::Corrected) + QStringLiteral(": ") + correctedValue;
    return findingStatusName(FindingStatus::Unreviewed);
}

QVariant nullable(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// For NOT NULL text columns: a null QString binds as SQL NULL, which they refuse; a finding without
// a drug ("unknown-drug") stores its empty drug and generic as ''.
QVariant notNull(const QString &text)
{
    return QVariant(text.isNull() ? QStringLiteral("") : text);
}

} // namespace

qint64 ReviewDatabase::insertAudit(const AuditEntry &entry)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO audit_log (who, at_utc, entity, entity_id, field, before_value, "
                                 "after_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(entry.who), QVariant(utcText(entry.at)), QVariant(entry.entity),
                                  QVariant(entry.entityId), nullable(entry.field), nullable(entry.before),
                                  nullable(entry.after), nullable(entry.reason)})
        query.addBindValue(value);
    if (!runQuery(query))
        return 0;
    return query.lastInsertId().toLongLong();
}

qint64 ReviewDatabase::addDocument(const DocumentInput &document, const QString &who)
{
    const QString hash = QString::fromLatin1(document.contentHash.toHex());
    if (const auto existing = documentByHash(document.contentHash))
        return existing->id;
    // Looked up again under the write lock: another program may have added it in between.
    if (!beginWrite())
        return 0;
    if (const auto existing = documentByHash(document.contentHash)) {
        rollback();
        return existing->id;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO documents (content_hash, path, size_bytes, pages, status, created_utc) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(hash);
    query.addBindValue(document.path);
    query.addBindValue(document.size);
    query.addBindValue(document.pages);
    query.addBindValue(documentStatusName(DocumentStatus::New));
    query.addBindValue(utcText(now));
    if (!runQuery(query)) {
        rollback();
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    const QString after = compactJson(QJsonObject{{"content_hash", hash},
                                                  {"path", document.path},
                                                  {"size_bytes", document.size},
                                                  {"pages", document.pages}});
    if (insertAudit({0, who, now, QStringLiteral("document"), id, {}, {}, after, {}}) == 0 || !commit()) {
        rollback();
        return 0;
    }
    return id;
}

qint64 ReviewDatabase::addRun(const RunInput &run, const QList<LineInput> &lines, const QList<FindingInput> &findings)
{
    for (const FindingInput &finding : findings) {
        if (finding.lineNumber < 0 || finding.lineNumber >= lines.size()) {
            m_lastFailure = DatabaseFailure::Other;
            m_errorString = tr("A finding of the run of %1 names line %2, but the run has %3 lines; the run "
                               "was not saved.")
                                .arg(run.modelId)
                                .arg(finding.lineNumber)
                                .arg(lines.size());
            emit errorOccurred(m_errorString);
            return 0;
        }
    }
    if (!beginWrite())
        return 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString who = engineActor(run.modelId);
    auto abort = [this] {
        rollback();
        return qint64(0);
    };

    QSqlQuery insertRun(connection());
    insertRun.prepare(QStringLiteral("INSERT INTO runs (document_id, model_id, pattern, device, parameters_json, "
                                     "timings_json, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(run.documentId), QVariant(run.modelId), QVariant(run.pattern),
                                  QVariant(run.device), QVariant(compactJson(run.parameters)),
                                  QVariant(compactJson(run.timings)), QVariant(utcText(now))})
        insertRun.addBindValue(value);
    if (!runQuery(insertRun))
        return abort();
    const qint64 runId = insertRun.lastInsertId().toLongLong();
    const QString after = compactJson(QJsonObject{{"document_id", run.documentId},
                                                  {"model_id", run.modelId},
                                                  {"pattern", run.pattern},
                                                  {"device", run.device},
                                                  {"lines", lines.size()},
                                                  {"findings", findings.size()}});
    if (insertAudit({0, who, now, QStringLiteral("run"), runId, {}, {}, after, {}}) == 0)
        return abort();

    QList<qint64> lineIds;
    QSqlQuery lineQuery(connection());
    lineQuery.prepare(QStringLiteral("INSERT INTO lines (run_id, page, line_index, box_x, box_y, box_w, box_h, "
                                     "line_text, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const LineInput &line : lines) {
        for (const QVariant &value : {QVariant(runId), QVariant(line.page), QVariant(line.index),
                                      QVariant(line.box.x()), QVariant(line.box.y()), QVariant(line.box.width()),
                                      QVariant(line.box.height()), QVariant(line.text), QVariant(line.confidence)})
            lineQuery.addBindValue(value);
        if (!runQuery(lineQuery))
            return abort();
        lineIds.append(lineQuery.lastInsertId().toLongLong());
    }

    QSqlQuery findingQuery(connection());
    findingQuery.prepare(QStringLiteral(
        "INSERT INTO findings (run_id, line_id, text_as_read, span_start, span_length, drug, generic, score, "
        "candidates_json, dose_amount, dose_unit, dose_ucum, dose_text, warnings_json, confidence, finding_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const FindingInput &finding : findings) {
        const LineInput &line = lines.at(finding.lineNumber);
        const QVariant dose = finding.doseAmount ? QVariant(*finding.doseAmount)
                                                 : QVariant(QMetaType::fromType<double>());
        for (const QVariant &value :
             {QVariant(runId), QVariant(lineIds.at(finding.lineNumber)), QVariant(finding.text),
              QVariant(finding.spanStart), QVariant(finding.spanLength), notNull(finding.drug),
              notNull(finding.generic), QVariant(finding.score), QVariant(compactJson(finding.candidates)), dose,
              nullable(finding.doseUnit), nullable(finding.doseUcum), nullable(finding.doseText),
              QVariant(compactJson(finding.warnings)), QVariant(finding.confidence),
              QVariant(findingKey(line.page, line.index, finding.spanStart, finding.spanLength, finding.text,
                                  finding.drug))})
            findingQuery.addBindValue(value);
        if (!runQuery(findingQuery))
            return abort();
    }
    if (!carryOverDecisions(run.documentId, runId, who, now) || !updateDocumentStatus(run.documentId, who, now)
        || !commit())
        return abort();
    emit runAdded(runId);
    return runId;
}

// A finding of the new run whose key matches a decided finding of an earlier run of the same
// document gets a copy of that finding's latest decision (same action, value and reviewer; the
// reason says where it came from). The earlier decision stays as it was.
bool ReviewDatabase::carryOverDecisions(qint64 documentId, qint64 runId, const QString &who, const QDateTime &now)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral(
        "SELECT f.id, d.id, d.action, d.corrected_value, d.reviewer, old.run_id FROM findings f "
        "JOIN findings old ON old.finding_key = f.finding_key AND old.run_id <> f.run_id "
        "JOIN runs r ON r.id = old.run_id AND r.document_id = ? "
        "JOIN decisions d ON d.finding_id = old.id "
        "WHERE f.run_id = ? AND d.id = (SELECT MAX(d2.id) FROM decisions d2 JOIN findings o2 ON o2.id = d2.finding_id "
        "JOIN runs r2 ON r2.id = o2.run_id WHERE o2.finding_key = f.finding_key AND r2.document_id = ? "
        "AND o2.run_id <> f.run_id)"));
    query.addBindValue(documentId);
    query.addBindValue(runId);
    query.addBindValue(documentId);
    if (!runQuery(query))
        return false;
    struct Carried {
        DecisionInput decision;
        qint64 fromDecision;
        qint64 fromRun;
    };
    QList<Carried> carried;
    while (query.next()) {
        const auto action = decisionActionFromName(query.value(2).toString());
        if (!action || *action == DecisionAction::Reopen)
            continue;
        DecisionInput decision{query.value(0).toLongLong(), *action, query.value(3).toString(),
                               query.value(4).toString(), {}};
        carried.append({decision, query.value(1).toLongLong(), query.value(5).toLongLong()});
    }
    query.finish();
    for (Carried &item : carried) {
        item.decision.reason = tr("carried over from decision %1 of run %2 (identical finding)")
                                   .arg(item.fromDecision)
                                   .arg(item.fromRun);
        if (insertDecision(item.decision, who, now) == 0)
            return false;
    }
    return true;
}

qint64 ReviewDatabase::insertDecision(const DecisionInput &decision, const QString &who, const QDateTime &now)
{
    QSqlQuery previous(connection());
    previous.prepare(QStringLiteral("SELECT action, corrected_value FROM decisions WHERE finding_id = ? "
                                    "ORDER BY id DESC LIMIT 1"));
    previous.addBindValue(decision.findingId);
    if (!runQuery(previous))
        return 0;
    const QString before = previous.next() ? stateText(previous.value(0).toString(), previous.value(1).toString())
                                           : findingStatusName(FindingStatus::Unreviewed);
    previous.finish();

    const QString action = decisionActionName(decision.action);
    const QString value = decision.action == DecisionAction::Correct ? decision.correctedValue : QString();
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO decisions (finding_id, action, corrected_value, reviewer, "
                                 "decided_utc, reason) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &entry : {QVariant(decision.findingId), QVariant(action), nullable(value),
                                  QVariant(decision.reviewer), QVariant(utcText(now)), nullable(decision.reason)})
        query.addBindValue(entry);
    if (!runQuery(query))
        return 0;
    const qint64 id = query.lastInsertId().toLongLong();
    if (insertAudit({0, who, now, QStringLiteral("finding"), decision.findingId, QStringLiteral("decision"), before,
                     stateText(action, value), decision.reason})
        == 0)
        return 0;
    return id;
}

bool ReviewDatabase::updateDocumentStatus(qint64 documentId, const QString &who, const QDateTime &now)
{
    // Counts over the document's latest run: its findings, and those whose latest decision is not
    // a reopen. Any decision on any run of the document marks it as in review.
    QSqlQuery query(connection());
    query.prepare(QStringLiteral(
        "SELECT d.status, "
        "(SELECT COUNT(*) FROM findings f WHERE f.run_id = (SELECT MAX(id) FROM runs WHERE document_id = d.id)), "
        "(SELECT COUNT(*) FROM findings f JOIN decisions x ON x.id = (SELECT MAX(id) FROM decisions "
        "WHERE finding_id = f.id) WHERE x.action <> 'reopen' AND "
        "f.run_id = (SELECT MAX(id) FROM runs WHERE document_id = d.id)), "
        "(SELECT COUNT(*) FROM decisions x JOIN findings f ON f.id = x.finding_id JOIN runs r ON r.id = f.run_id "
        "WHERE r.document_id = d.id) "
        "FROM documents d WHERE d.id = ?"));
    query.addBindValue(documentId);
    if (!runQuery(query))
        return false;
    if (!query.next())
        return true;
    const QString before = query.value(0).toString();
    const qint64 findings = query.value(1).toLongLong();
    const qint64 decided = query.value(2).toLongLong();
    const qint64 anyDecision = query.value(3).toLongLong();
    query.finish();
    DocumentStatus status = DocumentStatus::New;
    if (findings > 0 && decided == findings)
        status = DocumentStatus::Verified;
    else if (anyDecision > 0)
        status = DocumentStatus::InReview;
    const QString after = documentStatusName(status);
    if (after == before)
        return true;
    QSqlQuery update(connection());
    update.prepare(QStringLiteral("UPDATE documents SET status = ? WHERE id = ?"));
    update.addBindValue(after);
    update.addBindValue(documentId);
    if (!runQuery(update))
        return false;
    return insertAudit({0, who, now, QStringLiteral("document"), documentId, QStringLiteral("status"), before,
                        after, {}})
        != 0;
}

QList<qint64> ReviewDatabase::recordDecisions(const QList<DecisionInput> &decisions)
{
    if (decisions.isEmpty() || !beginWrite())
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<qint64> ids;
    QList<qint64> findingIds;
    QList<qint64> documentIds;
    QString lastWho;
    for (const DecisionInput &decision : decisions) {
        lastWho = reviewerActor(decision.reviewer);
        const qint64 id = insertDecision(decision, lastWho, now);
        if (id == 0) {
            rollback();
            return {};
        }
        ids.append(id);
        findingIds.append(decision.findingId);
        QSqlQuery document(connection());
        document.prepare(QStringLiteral("SELECT r.document_id FROM findings f JOIN runs r ON r.id = f.run_id "
                                        "WHERE f.id = ?"));
        document.addBindValue(decision.findingId);
        if (!runQuery(document)) {
            rollback();
            return {};
        }
        if (document.next() && !documentIds.contains(document.value(0).toLongLong()))
            documentIds.append(document.value(0).toLongLong());
    }
    for (qint64 documentId : documentIds) {
        if (!updateDocumentStatus(documentId, lastWho, now)) {
            rollback();
            return {};
        }
    }
    if (!commit())
        return {};
    emit decisionsRecorded(findingIds);
    return ids;
}

} // namespace vlmwb::core
