// vlmwb-cli as a user runs it: the help lists every subcommand, and unbuilt ones say so.
#include "cli_run.h"

#include <QtTest>

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void helpListsEverySubcommand()
    {
        const CliRun run = runCli({"--help"});
        QCOMPARE(run.exitCode, 0);
        for (const char *name : {"ocr", "eval", "train", "convert", "synth", "estimate", "export", "bench", "attention"})
            QVERIFY2(run.out.contains(QRegularExpression(QString("\\n  %1 ").arg(name))), name);
    }

    void unknownCommandIsAUsageError()
    {
        const CliRun run = runCli({"frobnicate"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("frobnicate"));
    }

    void unbuiltCommandsSaySoAndFail()
    {
        const CliRun help = runCli({"--help"});
        const QStringList lines = help.out.split('\n');
        int unbuilt = 0;
        for (const QString &line : lines) {
            if (!line.contains("(not built yet)"))
                continue;
            const QString name = line.trimmed().section(' ', 0, 0);
            const CliRun run = runCli({name});
            QCOMPARE(run.exitCode, 3);
            QVERIFY2(run.err.contains(QString("'%1' command is not built yet").arg(name)), qPrintable(run.err));
            ++unbuilt;
        }
        if (unbuilt == 0)
            QSKIP("every subcommand is built");
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
