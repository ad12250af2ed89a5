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

// program (a vlmwb-cli) in workingDirectory with environment (both inherited when empty).
inline CliRun runCliAt(const QString &program, const QStringList &arguments,
                       const QProcessEnvironment &environment = {}, const QString &workingDirectory = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        qFatal("vlmwb-cli %s did not finish", qPrintable(arguments.join(' ')));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The built vlmwb-cli.
inline CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment = {},
                     const QString &workingDirectory = {})
{
    return runCliAt(QStringLiteral(VLMWB_CLI_PATH), arguments, environment, workingDirectory);
}
