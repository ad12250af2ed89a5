// Helper of tst_review_database_crash: records decisions on one finding, one transaction each,
// and prints each decision's id on its own line once its COMMIT has returned.
// Usage: tst_review_database_crash_writer DATABASE FINDING_ID COUNT
#include "core/review_database.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: %s DATABASE FINDING_ID COUNT\n", argv[0]);
        return 2;
    }
    vlmwb::core::ReviewDatabase database;
    if (!database.open(arguments.at(1))) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return 1;
    }
    const qint64 findingId = arguments.at(2).toLongLong();
    const int count = arguments.at(3).toInt();
    for (int index = 0; index < count; ++index) {
        const auto action = index % 2 ? vlmwb::core::DecisionAction::Reject : vlmwb::core::DecisionAction::Accept;
        const QList<qint64> ids = database.recordDecisions({{findingId, action, {}, QStringLiteral("crash"), {}}});
        if (ids.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(ids.first()));
        std::fflush(stdout);
    }
    return 0;
}
