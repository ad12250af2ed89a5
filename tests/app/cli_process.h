// Runs vlmwb-cli (VLMWB_CLI_PATH) as a user would and collects what it printed.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace vlmwb::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &arguments,
                     const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                     int timeoutMs = 300000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(VLMWB_CLI_PATH), arguments);
    if (!process.waitForFinished(timeoutMs))
        qFatal("vlmwb-cli %s did not finish", qPrintable(arguments.join(' ')));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace vlmwb::test
