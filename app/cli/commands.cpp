#include "cli/cli_command.h"

#include <QtGlobal>

int runSynthCommand(const QStringList &arguments, vlmwb::cli::CliStreams streams);
int runTrainCommand(const QStringList &arguments, vlmwb::cli::CliStreams streams);
int runEvalCommand(const QStringList &arguments, vlmwb::cli::CliStreams streams);

namespace vlmwb::cli {

int runBenchCommand(const QStringList &arguments, CliStreams streams);

const QList<CliCommand> &cliCommands()
{
    static const QList<CliCommand> commands = {
        {"ocr", QT_TRANSLATE_NOOP("vlmwb::cli", "Read documents with a vision-language model."), nullptr},
        {"eval", QT_TRANSLATE_NOOP("vlmwb::cli", "Measure CER, WER, drug and dose accuracy on a held-out set."),
         runEvalCommand},
        {"train", QT_TRANSLATE_NOOP("vlmwb::cli", "Train or fine-tune a model of one pattern."), runTrainCommand},
        {"synth", QT_TRANSLATE_NOOP("vlmwb::cli", "Render a synthetic medical-document corpus."), runSynthCommand},
        {"estimate", QT_TRANSLATE_NOOP("vlmwb::cli", "Estimate visual tokens, memory and FLOPs of a model."),
         nullptr},
        {"export", QT_TRANSLATE_NOOP("vlmwb::cli", "Export verified corrections from a review database."),
         nullptr},
        {"bench", QT_TRANSLATE_NOOP("vlmwb::cli", "Run the speed and memory benchmarks."), runBenchCommand},
    };
    return commands;
}

} // namespace vlmwb::cli
