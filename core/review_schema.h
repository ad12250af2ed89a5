// The review database's schema as numbered migrations: migration N takes a database from version
// N-1 to N inside one transaction, and schema_version holds the version reached. A database is
// never changed by a version it does not know (a newer file is refused, not downgraded).
#pragma once

#include "core/sql_dialect.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace vlmwb::core {

class ReviewSchema
{
public:
    static int latestVersion();
    // 0 for an empty database (no schema_version table); -1 when the version cannot be read (a
    // damaged file), with the cause in *error.
    static int currentVersion(const QSqlDatabase &database, QSqlError *error = nullptr);
    // Runs every migration from the current version up to targetVersion (latest when 0). On failure
    // the failing migration is rolled back, earlier ones stay, and the error is returned.
    static QSqlError migrate(QSqlDatabase &database, const SqlDialect &dialect, int targetVersion = 0);
};

} // namespace vlmwb::core
