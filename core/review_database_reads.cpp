// The review database's reads.
#include "core/review_database.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace vlmwb::core {

namespace {

QDateTime utcFromText(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QJsonObject objectFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonArray arrayFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

const QString documentColumns = QStringLiteral("id, content_hash, path, size_bytes, pages, status, created_utc");

DocumentRecord documentFrom(const QSqlQuery &query, int first = 0)
{
    DocumentRecord record;
    record.id = query.value(first).toLongLong();
    record.contentHash = query.value(first + 1).toString().toLatin1();
    record.path = query.value(first + 2).toString();
    record.size = query.value(first + 3).toLongLong();
    record.pages = query.value(first + 4).toInt();
    record.status = documentStatusFromName(query.value(first + 5).toString());
    record.created = utcFromText(query.value(first + 6).toString());
    return record;
}

const QString lineColumns =
    QStringLiteral("l.id, l.run_id, l.page, l.line_index, l.box_x, l.box_y, l.box_w, l.box_h, l.line_text, l.confidence");

LineRecord lineFrom(const QSqlQuery &query, int first = 0)
{
    LineRecord line;
    line.id = query.value(first).toLongLong();
    line.runId = query.value(first + 1).toLongLong();
    line.page = query.value(first + 2).toInt();
    line.index = query.value(first + 3).toInt();
    line.box = QRectF(query.value(first + 4).toDouble(), query.value(first + 5).toDouble(),
                      query.value(first + 6).toDouble(), query.value(first + 7).toDouble());
    line.text = query.value(first + 8).toString();
    line.confidence = query.value(first + 9).toDouble();
    return line;
}

// Findings with their line's page and index and their latest decision (x, possibly NULL).
const QString findingSelect = QStringLiteral(
    "SELECT f.id, f.run_id, f.line_id, f.text_as_read, f.span_start, f.span_length, f.drug, f.generic, f.score, "
    "f.candidates_json, f.dose_amount, f.dose_unit, f.dose_ucum, f.dose_text, f.warnings_json, f.confidence, "
    "f.finding_key, l.page, l.line_index, x.action, x.corrected_value FROM findings f "
    "JOIN lines l ON l.id = f.line_id "
    "LEFT JOIN decisions x ON x.id = (SELECT MAX(id) FROM decisions WHERE finding_id = f.id) ");
constexpr int findingColumnCount = 21;

FindingRecord findingFrom(const QSqlQuery &query, int first = 0)
{
    FindingRecord finding;
    finding.id = query.value(first).toLongLong();
    finding.runId = query.value(first + 1).toLongLong();
    finding.lineId = query.value(first + 2).toLongLong();
    finding.text = query.value(first + 3).toString();
    finding.spanStart = query.value(first + 4).toInt();
    finding.spanLength = query.value(first + 5).toInt();
    finding.drug = query.value(first + 6).toString();
    finding.generic = query.value(first + 7).toString();
    finding.score = query.value(first + 8).toDouble();
    finding.candidates = arrayFromText(query.value(first + 9).toString());
    if (!query.isNull(first + 10))
        finding.doseAmount = query.value(first + 10).toDouble();
    finding.doseUnit = query.value(first + 11).toString();
    finding.doseUcum = query.value(first + 12).toString();
    finding.doseText = query.value(first + 13).toString();
    finding.warnings = arrayFromText(query.value(first + 14).toString());
    finding.confidence = query.value(first + 15).toDouble();
    finding.findingKey = query.value(first + 16).toString();
    finding.page = query.value(first + 17).toInt();
    finding.lineIndex = query.value(first + 18).toInt();
    const QString action = query.value(first + 19).toString();
    if (action == QLatin1String("accept"))
        finding.status = FindingStatus::Accepted;
    else if (action == QLatin1String("correct"))
        finding.status = FindingStatus::Corrected;
    else if (action == QLatin1String("reject"))
        finding.status = FindingStatus::Rejected;
    finding.correctedValue = query.value(first + 20).toString();
    return finding;
}

const QString decisionColumns =
    QStringLiteral("id, finding_id, action, corrected_value, reviewer, reason, decided_utc");

DecisionRecord decisionFrom(const QSqlQuery &query, int first = 0)
{
    DecisionRecord decision;
    decision.id = query.value(first).toLongLong();
    decision.findingId = query.value(first + 1).toLongLong();
    decision.action = decisionActionFromName(query.value(first + 2).toString()).value_or(DecisionAction::Reopen);
    decision.correctedValue = query.value(first + 3).toString();
    decision.reviewer = query.value(first + 4).toString();
    decision.reason = query.value(first + 5).toString();
    decision.decidedAt = utcFromText(query.value(first + 6).toString());
    return decision;
}

} // namespace

std::optional<DocumentRecord> ReviewDatabase::document(qint64 documentId) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT %1 FROM documents WHERE id = ?").arg(documentColumns));
    query.addBindValue(documentId);
    if (!runQuery(query) || !query.next())
        return std::nullopt;
    return documentFrom(query);
}

std::optional<DocumentRecord> ReviewDatabase::documentByHash(const QByteArray &sha256) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT %1 FROM documents WHERE content_hash = ?").arg(documentColumns));
    query.addBindValue(QString::fromLatin1(sha256.toHex()));
    if (!runQuery(query) || !query.next())
        return std::nullopt;
    return documentFrom(query);
}

QList<RunRecord> ReviewDatabase::runs(qint64 documentId) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT id, document_id, model_id, pattern, device, parameters_json, timings_json, "
                                 "created_utc FROM runs WHERE document_id = ? ORDER BY id"));
    query.addBindValue(documentId);
    QList<RunRecord> result;
    if (!runQuery(query))
        return result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString(),
                       objectFromText(query.value(5).toString()), objectFromText(query.value(6).toString()),
                       utcFromText(query.value(7).toString())});
    }
    return result;
}

QList<LineRecord> ReviewDatabase::lines(qint64 runId) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT %1 FROM lines l WHERE l.run_id = ? ORDER BY l.page, l.line_index, l.id")
                      .arg(lineColumns));
    query.addBindValue(runId);
    QList<LineRecord> result;
    if (!runQuery(query))
        return result;
    while (query.next())
        result.append(lineFrom(query));
    return result;
}

QList<FindingRecord> ReviewDatabase::findings(qint64 runId) const
{
    QSqlQuery query(connection());
    query.prepare(findingSelect + QStringLiteral("WHERE f.run_id = ? ORDER BY l.page, l.line_index, f.span_start, f.id"));
    query.addBindValue(runId);
    QList<FindingRecord> result;
    if (!runQuery(query))
        return result;
    while (query.next())
        result.append(findingFrom(query));
    return result;
}

std::optional<FindingRecord> ReviewDatabase::finding(qint64 findingId) const
{
    QSqlQuery query(connection());
    query.prepare(findingSelect + QStringLiteral("WHERE f.id = ?"));
    query.addBindValue(findingId);
    if (!runQuery(query) || !query.next())
        return std::nullopt;
    return findingFrom(query);
}

QList<DecisionRecord> ReviewDatabase::decisions(qint64 findingId) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT %1 FROM decisions WHERE finding_id = ? ORDER BY id").arg(decisionColumns));
    query.addBindValue(findingId);
    QList<DecisionRecord> result;
    if (!runQuery(query))
        return result;
    while (query.next())
        result.append(decisionFrom(query));
    return result;
}

QList<AuditEntry> ReviewDatabase::auditLog() const
{
    QSqlQuery query(connection());
    QList<AuditEntry> result;
    if (!runQuery(query, QStringLiteral("SELECT id, who, at_utc, entity, entity_id, field, before_value, "
                                        "after_value, reason FROM audit_log ORDER BY id")))
        return result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(), utcFromText(query.value(2).toString()),
                       query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toString(),
                       query.value(6).toString(), query.value(7).toString(), query.value(8).toString()});
    }
    return result;
}

QList<VerifiedCorrection> ReviewDatabase::verifiedCorrections() const
{
    QSqlQuery query(connection());
    const QString statement =
        findingSelect.left(findingSelect.indexOf(QStringLiteral(" FROM findings f")))
        + QStringLiteral(", %1, d.id, d.content_hash, d.path, d.size_bytes, d.pages, d.status, d.created_utc, "
                         "r.model_id, x.id, x.finding_id, x.action, x.corrected_value, x.reviewer, x.reason, "
                         "x.decided_utc FROM findings f JOIN lines l ON l.id = f.line_id "
                         "JOIN runs r ON r.id = f.run_id JOIN documents d ON d.id = r.document_id "
                         "JOIN decisions x ON x.id = (SELECT MAX(id) FROM decisions WHERE finding_id = f.id) "
                         "ORDER BY x.id")
              .arg(lineColumns);
    QList<VerifiedCorrection> result;
    if (!runQuery(query, statement))
        return result;
    // Later decisions replace earlier ones of the same document and key (carried copies, or a
    // reject on a new run of a finding accepted on an old one); only accepts and corrects are kept.
    QHash<QString, int> positionOfKey;
    while (query.next()) {
        VerifiedCorrection correction;
        correction.finding = findingFrom(query);
        correction.line = lineFrom(query, findingColumnCount);
        correction.document = documentFrom(query, findingColumnCount + 10);
        correction.modelId = query.value(findingColumnCount + 17).toString();
        correction.decision = decisionFrom(query, findingColumnCount + 18);
        if (correction.decision.action == DecisionAction::Correct)
            correction.verifiedValue = correction.decision.correctedValue;
        else
            correction.verifiedValue = correction.finding.drug.isEmpty() ? correction.finding.text
                                                                         : correction.finding.drug;
        const QString key = QString::number(correction.document.id) + QLatin1Char('/') + correction.finding.findingKey;
        if (const auto known = positionOfKey.constFind(key); known != positionOfKey.constEnd()) {
            result[known.value()] = correction;
        } else {
            positionOfKey.insert(key, static_cast<int>(result.size()));
            result.append(correction);
        }
    }
    result.erase(std::remove_if(result.begin(), result.end(),
                                [](const VerifiedCorrection &correction) {
                                    return correction.decision.action != DecisionAction::Accept
                                        && correction.decision.action != DecisionAction::Correct;
                                }),
                 result.end());
    return result;
}

} // namespace vlmwb::core
