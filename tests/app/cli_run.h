// Runs the built vlmwb-cli (VLMWB_CLI_PATH) with arguments and collects its exit code and output.
#pragma once

#include <QProcess>
#include <QStringList>
#include <QtGlobal>

struct CliRun {
    int exitCode;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(VLMWB_CLI_PATH), arguments);
    if (!process.waitForFinished(120000))
        qFatal("vlmwb-cli %s did not finish", qPrintable(arguments.join(' ')));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
