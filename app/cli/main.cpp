// vlmwb-cli: the workbench without a window, for scripts, evaluation and training.
#include "cli/cli_command.h"
#include "vlmwb/blas_core.h"
#include "vlmwb/heap_reuse.h"
#include "core/application_setup.h"

#include <QGuiApplication>

#include <cstdio>

namespace {

// Holds this file's tr(): lupdate files its strings under the context named here.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(vlmwb::cli)
};

void printHelp(QTextStream &out)
{
    out << CliText::tr("Usage: vlmwb-cli <command> [options]") << "\n\n" << CliText::tr("Commands:") << "\n";
    for (const vlmwb::cli::CliCommand &command : vlmwb::cli::cliCommands()) {
        out << "  " << QString::fromLatin1(command.name).leftJustified(10) << CliText::tr(command.summary);
        if (!command.run)
            out << ' ' << CliText::tr("(not built yet)");
        out << '\n';
    }
    out << '\n' << CliText::tr("Run 'vlmwb-cli <command> --help' for the options of a command.") << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    vlmwb::inference::reexecWithPreferredBlasCore(argv);
    vlmwb::inference::reuseFreedHeapMemory();
    // A QGuiApplication (on the offscreen platform unless one is asked for) because some commands
    // render text (synth); it opens no window.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    vlmwb::core::setUpApplication(application, "vlmwb-cli");
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (arguments.isEmpty() || arguments.first() == "--help" || arguments.first() == "-h"
        || arguments.first() == "help") {
        printHelp(out);
        return arguments.isEmpty() ? vlmwb::cli::exitUsage : vlmwb::cli::exitOk;
    }
    if (arguments.first() == "--version") {
        out << "vlmwb-cli " << QCoreApplication::applicationVersion() << '\n';
        return vlmwb::cli::exitOk;
    }

    const QString name = arguments.takeFirst();
    for (const vlmwb::cli::CliCommand &command : vlmwb::cli::cliCommands()) {
        if (name != QLatin1String(command.name))
            continue;
        if (!command.run) {
            err << CliText::tr("vlmwb-cli: the '%1' command is not built yet.").arg(name) << '\n';
            return vlmwb::cli::exitNotBuilt;
        }
        return command.run(arguments, {out, err});
    }
    err << CliText::tr("vlmwb-cli: unknown command '%1'. Run 'vlmwb-cli --help' for the list.").arg(name) << '\n';
    return vlmwb::cli::exitUsage;
}
