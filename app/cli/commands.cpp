#include "cli/cli_command.h"

#include <QtGlobal>

int runEstimateCommand(const QStringList &arguments, vlmwb::cli::CliStreams streams);
int runSynthCommand(const QStringList &arguments, vlmwb::cli::CliStreams streams);
int runTrainCommand(const QStringList &arguments, vlmwb::cli::CliStreams streams);
int runEvalCommand(const QStringList &arguments, vlmwb::cli::CliStreams streams);
int runConvertCommand(const QStringList &arguments, vlmwb::cli::CliStreams streams);
int runAverageCommand(const QStringList &arguments, vlmwb::cli::CliStreams streams);

namespace vlmwb::cli {

int runBenchCommand(const QStringList &arguments, CliStreams streams);
int runOcrCommand(const QStringList &arguments, CliStreams streams);
int runExportCommand(const QStringList &arguments, CliStreams streams);
int runAttentionCommand(const QStringList &arguments, CliStreams streams);

const QList<CliCommand> &cliCommands()
{
    static const QList<CliCommand> commands = {
        {"ocr", QT_TRANSLATE_NOOP("vlmwb::cli", "Read documents with a vision-language model."), runOcrCommand},
        {"eval", QT_TRANSLATE_NOOP("vlmwb::cli", "Measure CER, WER, drug and dose accuracy on a held-out set."),
         runEvalCommand},
        {"train", QT_TRANSLATE_NOOP("vlmwb::cli", "Train or fine-tune a model of one pattern."), runTrainCommand},
        {"convert", QT_TRANSLATE_NOOP("vlmwb::cli", "Rewrite a model folder's weights at another precision (f16: half "
                                                    "the size)."),
         runConvertCommand},
        {"average", QT_TRANSLATE_NOOP("vlmwb::cli", "Average the weights of model folders trained from one starting "
                                                    "point."),
         runAverageCommand},
        {"synth", QT_TRANSLATE_NOOP("vlmwb::cli", "Render a synthetic medical-document corpus."), runSynthCommand},
        {"estimate", QT_TRANSLATE_NOOP("vlmwb::cli", "Estimate visual tokens, memory and FLOPs of a model."),
         runEstimateCommand},
        {"export", QT_TRANSLATE_NOOP("vlmwb::cli", "Export verified corrections from a review database."),
         runExportCommand},
        {"bench", QT_TRANSLATE_NOOP("vlmwb::cli", "Run the speed and memory benchmarks."), runBenchCommand},
        {"attention", QT_TRANSLATE_NOOP("vlmwb::cli", "Read one line image and write its attention run bundle."),
         runAttentionCommand},
    };
    return commands;
}

} // namespace vlmwb::cli
