#include "core/review_schema.h"

#include "core/finding_key.h"

#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace vlmwb::core {

namespace {

using Migration = std::function<QSqlError(QSqlDatabase &, const SqlDialect &)>;

QSqlError runAll(QSqlDatabase &database, const QStringList &statements)
{
    for (const QString &statement : statements) {
        QSqlQuery query(database);
        if (!query.exec(statement))
            return query.lastError();
    }
    return {};
}

// Version 1: documents, runs, lines, findings, decisions and the append-only audit log. Times are
// ISO 8601 UTC text, JSON columns are text: both read the same on SQLite and PostgreSQL.
QSqlError createInitialSchema(QSqlDatabase &database, const SqlDialect &dialect)
{
    const QString id = dialect.identityColumn();
    QStringList statements = {
        QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"),
        QStringLiteral("CREATE TABLE documents (%1, content_hash TEXT NOT NULL UNIQUE, path TEXT NOT NULL, "
                       "size_bytes BIGINT NOT NULL, pages INTEGER NOT NULL, status TEXT NOT NULL "
                       "CHECK (status IN ('new', 'in_review', 'verified')), created_utc TEXT NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE TABLE runs (%1, document_id BIGINT NOT NULL REFERENCES documents (id), "
                       "model_id TEXT NOT NULL, pattern TEXT NOT NULL, device TEXT NOT NULL, "
                       "parameters_json TEXT NOT NULL, timings_json TEXT NOT NULL, created_utc TEXT NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE TABLE lines (%1, run_id BIGINT NOT NULL REFERENCES runs (id), page INTEGER NOT NULL, "
                       "line_index INTEGER NOT NULL, box_x DOUBLE PRECISION NOT NULL, box_y DOUBLE PRECISION NOT NULL, "
                       "box_w DOUBLE PRECISION NOT NULL, box_h DOUBLE PRECISION NOT NULL, line_text TEXT NOT NULL, "
                       "confidence DOUBLE PRECISION NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE TABLE findings (%1, run_id BIGINT NOT NULL REFERENCES runs (id), "
                       "line_id BIGINT NOT NULL REFERENCES lines (id), text_as_read TEXT NOT NULL, "
                       "span_start INTEGER NOT NULL, span_length INTEGER NOT NULL, drug TEXT NOT NULL, "
                       "generic TEXT NOT NULL, score DOUBLE PRECISION NOT NULL, candidates_json TEXT NOT NULL, "
                       "dose_amount DOUBLE PRECISION, dose_unit TEXT, dose_ucum TEXT, dose_text TEXT, "
                       "warnings_json TEXT NOT NULL, confidence DOUBLE PRECISION NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE TABLE decisions (%1, finding_id BIGINT NOT NULL REFERENCES findings (id), "
                       "action TEXT NOT NULL CHECK (action IN ('accept', 'correct', 'reject', 'reopen')), "
                       "corrected_value TEXT, reviewer TEXT NOT NULL, decided_utc TEXT NOT NULL, reason TEXT)")
            .arg(id),
        QStringLiteral("CREATE TABLE audit_log (%1, who TEXT NOT NULL, at_utc TEXT NOT NULL, entity TEXT NOT NULL, "
                       "entity_id BIGINT NOT NULL, field TEXT, before_value TEXT, after_value TEXT, reason TEXT)")
            .arg(id),
        QStringLiteral("CREATE INDEX runs_document ON runs (document_id)"),
        QStringLiteral("CREATE INDEX lines_run ON lines (run_id)"),
        QStringLiteral("CREATE INDEX findings_run ON findings (run_id)"),
        QStringLiteral("CREATE INDEX decisions_finding ON decisions (finding_id)"),
        QStringLiteral("CREATE INDEX audit_entity ON audit_log (entity, entity_id)"),
    };
    // A decision is history too: undo writes a compensating decision instead of editing one.
    statements += dialect.appendOnlyTriggers(QStringLiteral("audit_log"),
                                             QStringLiteral("audit_log is append-only"));
    statements += dialect.appendOnlyTriggers(QStringLiteral("decisions"),
                                             QStringLiteral("decisions are append-only"));
    return runAll(database, statements);
}

// Version 2: findings get their stable key, so decisions carry over to identical findings of a new
// run. Existing findings are keyed from their line's page and index.
QSqlError addFindingKeys(QSqlDatabase &database, const SqlDialect &)
{
    if (QSqlError error = runAll(database, {QStringLiteral("ALTER TABLE findings ADD COLUMN finding_key TEXT")});
        error.isValid())
        return error;
    QSqlQuery select(database);
    if (!select.exec(QStringLiteral("SELECT f.id, l.page, l.line_index, f.span_start, f.span_length, "
                                    "f.text_as_read, f.drug FROM findings f JOIN lines l ON l.id = f.line_id")))
        return select.lastError();
    QList<QPair<qint64, QString>> keys;
    while (select.next()) {
        keys.append({select.value(0).toLongLong(),
                     findingKey(select.value(1).toInt(), select.value(2).toInt(), select.value(3).toInt(),
                                select.value(4).toInt(), select.value(5).toString(), select.value(6).toString())});
    }
    select.finish();
    QSqlQuery update(database);
    update.prepare(QStringLiteral("UPDATE findings SET finding_key = ? WHERE id = ?"));
    for (const auto &[findingId, key] : keys) {
        update.addBindValue(key);
        update.addBindValue(findingId);
        if (!update.exec())
            return update.lastError();
    }
    return runAll(database, {QStringLiteral("CREATE INDEX findings_key ON findings (finding_key)")});
}

// Version 3: SQLite's INSERT OR REPLACE (and REPLACE INTO) removes the row whose id it collides with
// without firing delete triggers (unless recursive_triggers is on), so it could rewrite an audit row
// or a decision under its old id. An insert whose id is taken is now refused.
QSqlError refuseReplacingHistory(QSqlDatabase &database, const SqlDialect &dialect)
{
    return runAll(database, dialect.noReplaceTriggers(QStringLiteral("audit_log"),
                                                      QStringLiteral("audit_log is append-only"))
                                + dialect.noReplaceTriggers(QStringLiteral("decisions"),
                                                            QStringLiteral("decisions are append-only")));
}

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {createInitialSchema, addFindingKeys, refuseReplacingHistory};
    return all;
}

} // namespace

int ReviewSchema::latestVersion()
{
    return static_cast<int>(migrations().size());
}

int ReviewSchema::currentVersion(const QSqlDatabase &database, QSqlError *error)
{
    QSqlQuery query(database);
    if (query.exec(QStringLiteral("SELECT version FROM schema_version")))
        return query.next() ? query.value(0).toInt() : 0;
    const QSqlError readError = query.lastError();
    query = QSqlQuery();
    if (!database.tables().contains(QStringLiteral("schema_version")) && database.lastError().type() == QSqlError::NoError)
        return 0;
    if (error)
        *error = readError;
    return -1;
}

QSqlError ReviewSchema::migrate(QSqlDatabase &database, const SqlDialect &dialect, int targetVersion)
{
    if (targetVersion <= 0)
        targetVersion = latestVersion();
    QSqlError readError;
    const int current = currentVersion(database, &readError);
    if (current < 0)
        return readError;
    for (int version = current + 1; version <= targetVersion; ++version) {
        QSqlQuery begin(database);
        if (!begin.exec(dialect.beginWriteTransaction()))
            return begin.lastError();
        QSqlError error = migrations().at(version - 1)(database, dialect);
        if (!error.isValid()) {
            QSqlQuery setVersion(database);
            setVersion.prepare(QStringLiteral("UPDATE schema_version SET version = ?"));
            setVersion.addBindValue(version);
            if (!setVersion.exec())
                error = setVersion.lastError();
        }
        QSqlQuery end(database);
        if (error.isValid()) {
            end.exec(QStringLiteral("ROLLBACK"));
            return error;
        }
        if (!end.exec(QStringLiteral("COMMIT"))) {
            const QSqlError commitError = end.lastError();
            QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
            return commitError;
        }
    }
    return {};
}

} // namespace vlmwb::core
