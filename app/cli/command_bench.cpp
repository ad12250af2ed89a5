// vlmwb-cli bench: prints speed figures measured on this machine. Each benchmark is a named entry,
// so the docs can quote "vlmwb-cli bench --only NAME" next to every figure.
#include "cli/cli_command.h"

#include "vlmwb/runtime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace vlmwb::cli {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("vlmwb::cli", text);
}

QJsonObject benchMatmul(QTextStream &out)
{
    const inference::RuntimeInfo runtime = inference::runtimeInfo();
    QJsonObject result;
    for (int size : {256, 512, 1024}) {
        const int repeats = size >= 1024 ? 10 : 40;
        const inference::MatmulMeasurement m = inference::measureCpuMatmul(size, repeats);
        out << translated("matmul %1x%1 float32, %2 threads: %3 GFLOP/s")
                   .arg(size)
                   .arg(runtime.cpuThreads)
                   .arg(m.gflops, 0, 'f', 1)
            << '\n';
        result.insert(QString("matmul_%1_gflops").arg(size), m.gflops);
    }
    return result;
}

} // namespace

int runBenchCommand(const QStringList &arguments, CliStreams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(translated("Measures speed on this machine and prints the figures."));
    parser.addHelpOption();
    const QCommandLineOption onlyOption("only", translated("Run only the benchmark <name> (matmul)."), "name");
    const QCommandLineOption jsonOption("json", translated("Print the figures as one JSON object."));
    const QCommandLineOption threadsOption("threads", translated("CPU threads for LibTorch (0: one per core)."),
                                           "n", "0");
    parser.addOptions({onlyOption, jsonOption, threadsOption});
    if (!parser.parse(QStringList{"vlmwb-cli bench"} + arguments)) {
        streams.err << parser.errorText() << '\n';
        return exitUsage;
    }
    if (parser.isSet("help")) {
        streams.out << parser.helpText();
        return exitOk;
    }
    bool threadsOk = false;
    const int threads = parser.value(threadsOption).toInt(&threadsOk);
    if (!threadsOk || threads < 0) {
        streams.err << translated("vlmwb-cli bench: --threads needs a whole number of 0 or more.") << '\n';
        return exitUsage;
    }
    inference::setCpuThreads(threads);

    const QStringList known{"matmul"};
    const QString only = parser.value(onlyOption);
    if (!only.isEmpty() && !known.contains(only)) {
        streams.err << translated("vlmwb-cli bench: unknown benchmark '%1'; known: %2.").arg(only, known.join(", "))
                    << '\n';
        return exitUsage;
    }
    QString human;
    QTextStream humanStream(&human);
    QJsonObject figures;
    if (only.isEmpty() || only == "matmul") {
        const QJsonObject matmul = benchMatmul(humanStream);
        for (auto it = matmul.begin(); it != matmul.end(); ++it)
            figures.insert(it.key(), it.value());
    }
    humanStream.flush();
    if (parser.isSet(jsonOption))
        streams.out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << '\n';
    else
        streams.out << human;
    return exitOk;
}

} // namespace vlmwb::cli
