// vlmwb-cli as a user runs it: the help lists every subcommand, and unbuilt ones say so.
#include <QProcess>
#include <QtTest>

class TestCli : public QObject
{
    Q_OBJECT
private:
    struct Run {
        int exitCode;
        QString out;
        QString err;
    };

    Run runCli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(VLMWB_CLI_PATH), arguments);
        if (!process.waitForFinished(120000))
            qFatal("vlmwb-cli %s did not finish", qPrintable(arguments.join(' ')));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void helpListsEverySubcommand()
    {
        const Run run = runCli({"--help"});
        QCOMPARE(run.exitCode, 0);
        for (const char *name : {"ocr", "eval", "train", "synth", "estimate", "export", "bench"})
            QVERIFY2(run.out.contains(QRegularExpression(QString("\\n  %1 ").arg(name))), name);
    }

    void unknownCommandIsAUsageError()
    {
        const Run run = runCli({"frobnicate"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("frobnicate"));
    }

    void unbuiltCommandsSaySoAndFail()
    {
        const Run help = runCli({"--help"});
        const QStringList lines = help.out.split('\n');
        int unbuilt = 0;
        for (const QString &line : lines) {
            if (!line.contains("(not built yet)"))
                continue;
            const QString name = line.trimmed().section(' ', 0, 0);
            const Run run = runCli({name});
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
