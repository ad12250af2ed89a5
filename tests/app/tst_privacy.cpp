// Privacy: reading a document opens no network connection, and vlmwb-cli writes files only where the
// user asked (the review database, the export), never into the working folder, the home folder or
// the temporary folder behind the user's back.
#include "cli_run.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString sample = QStringLiteral(VLMWB_SOURCE_DIR "/resources/samples/prescription-sample.png");
// A small TIFF that loads (its IFD loop is ignored); the TIFF loader decodes through a temporary copy.
const QString tiff = QStringLiteral(VLMWB_SOURCE_DIR "/tests/bad-inputs/documents/tiff-ifd-loop.tif");

struct Traced {
    int exitCode = -1;
    QStringList internetCalls; // socket() or connect() lines naming AF_INET or AF_INET6
    int socketCalls = 0;
    QString error;
};

// Runs program under strace -f, tracing socket() and connect().
Traced traceSockets(const QString &strace, const QString &program, const QStringList &arguments, const QString &log)
{
    QProcess process;
    // LeakSanitizer cannot run under ptrace; in a sanitized build (scripts/sanitize-tests.sh) the
    // traced program keeps ASan's memory checks but not its exit-time leak scan.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString asanOptions = environment.value(QStringLiteral("ASAN_OPTIONS"));
    environment.insert(QStringLiteral("ASAN_OPTIONS"),
                       asanOptions + (asanOptions.isEmpty() ? "" : ":") + QStringLiteral("detect_leaks=0"));
    process.setProcessEnvironment(environment);
    process.start(strace, QStringList{"-f", "-qq", "-e", "trace=socket,connect", "-o", log, program} + arguments);
    Traced traced;
    if (!process.waitForFinished(300000)) {
        traced.error = QStringLiteral("did not finish");
        return traced;
    }
    traced.exitCode = process.exitCode();
    traced.error = QString::fromUtf8(process.readAllStandardError());
    QFile file(log);
    if (!file.open(QIODevice::ReadOnly))
        return traced;
    for (const QByteArray &line : file.readAll().split('\n')) {
        traced.socketCalls += line.contains("socket(");
        if (line.contains("AF_INET"))
            traced.internetCalls << QString::fromUtf8(line);
    }
    return traced;
}

// Every entry below dir (hidden ones too) with its size and modification time.
QMap<QString, QString> snapshot(const QString &dir)
{
    QMap<QString, QString> entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        // A folder's time changes with its files; only its existence counts.
        entries.insert(QDir(dir).relativeFilePath(info.filePath()),
                       info.isDir() ? QStringLiteral("folder")
                                    : QStringLiteral("%1 bytes %2").arg(info.size())
                                          .arg(info.lastModified().toMSecsSinceEpoch()));
    }
    return entries;
}

QStringList changed(const QMap<QString, QString> &before, const QMap<QString, QString> &after)
{
    QStringList paths;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (before.value(it.key()) != it.value())
            paths << it.key();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!after.contains(it.key()))
            paths << it.key() + QStringLiteral(" (removed)");
    return paths;
}

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT
private slots:
    void readingOpensNoNetworkConnection()
    {
        const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
        if (strace.isEmpty())
            QSKIP("strace is not installed (scripts/install-deps.sh installs it); the network check is skipped");
        QTemporaryDir dir;
        // The check can fail: bash's /dev/tcp opens an AF_INET socket and connects (refused here).
        const Traced control = traceSockets(strace, QStringLiteral("/bin/bash"),
                                            {"-c", "exec 3<>/dev/tcp/127.0.0.1/9 || true"}, dir.filePath("control.log"));
        if (control.exitCode != 0 && control.internetCalls.isEmpty())
            QSKIP(qPrintable("strace cannot trace here (ptrace refused?): " + control.error));
        QVERIFY2(!control.internetCalls.isEmpty(), "strace saw no AF_INET socket in the control run");

        const Traced ocr = traceSockets(strace, QStringLiteral(VLMWB_CLI_PATH),
                                        {"ocr", "--lines", "--device", "cpu", sample}, dir.filePath("ocr.log"));
        QVERIFY2(ocr.exitCode == 0, qPrintable(ocr.error));
        QVERIFY2(ocr.internetCalls.isEmpty(), qPrintable(ocr.internetCalls.join('\n')));
        qInfo("vlmwb-cli ocr --lines: %d socket() calls, none AF_INET or AF_INET6", ocr.socketCalls);
    }

    void writesOnlyWhereTheUserChose()
    {
        QTemporaryDir root;
        const QString home = root.filePath("home");
        const QString work = root.filePath("work");
        const QString temporary = root.filePath("tmp");
        for (const QString &dir : {home, work + "/chosen", work + "/out", temporary})
            QVERIFY(QDir().mkpath(dir));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("HOME", home);
        environment.insert("TMPDIR", temporary);
        // As in a login session: without it Qt makes an empty runtime folder in TMPDIR.
        environment.insert("XDG_RUNTIME_DIR", root.filePath("runtime"));
        QVERIFY(QDir().mkpath(root.filePath("runtime")));
        QFile::setPermissions(root.filePath("runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        // Settings, caches and data would go below HOME.
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                                 "VLMWB_MODELS_DIR"})
            environment.remove(name);
        const auto watched = [&] {
            return QMap<QString, QMap<QString, QString>>{
                {"home", snapshot(home)}, {"work", snapshot(work)}, {"tmp", snapshot(temporary)}};
        };
        const auto expectNewFiles = [&](const QMap<QString, QMap<QString, QString>> &before,
                                        const QMap<QString, QStringList> &expected) {
            const auto after = watched();
            for (const QString &place : before.keys()) {
                QStringList paths = changed(before[place], after[place]);
                paths.sort();
                QStringList wanted = expected.value(place);
                wanted.sort();
                QVERIFY2(paths == wanted, qPrintable(place + ": " + paths.join(", ")));
            }
        };

        auto before = watched();
        const CliRun json = runCli({"ocr", "--json", "--lines", "--device", "cpu", sample, tiff}, environment, work);
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value("documents").toArray().size(), 2);
        expectNewFiles(before, {});
        if (QTest::currentTestFailed())
            return;

        before = watched();
        const CliRun recorded = runCli({"ocr", "--lines", "--device", "cpu", "--db", "chosen/review.sqlite", sample},
                                       environment, work);
        QVERIFY2(recorded.exitCode == 0, qPrintable(recorded.err));
        expectNewFiles(before, {{"work", {"chosen/review.sqlite"}}});
        if (QTest::currentTestFailed())
            return;

        before = watched();
        const CliRun toStdout = runCli({"export", "--db", "chosen/review.sqlite", "--format", "json"}, environment, work);
        QVERIFY2(toStdout.exitCode == 0, qPrintable(toStdout.err));
        expectNewFiles(before, {});
        if (QTest::currentTestFailed())
            return;

        before = watched();
        const CliRun toFile = runCli({"export", "--db", "chosen/review.sqlite", "--format", "csv", "--out",
                                      "out/corrections.csv"}, environment, work);
        QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.err));
        expectNewFiles(before, {{"work", {"out/corrections.csv"}}});
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
