// vlmwb-cli average: the element-wise mean of model folders trained from one starting point (a
// "model soup"), written as a model folder that every command reads.
#include "cli/cli_command.h"

#include "vlmwb/model_average.h"
#include "vlmwb/model_config.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <stdexcept>

namespace {

// Holds this file's tr(): lupdate files its strings under the context named here.
class AverageText
{
    Q_DECLARE_TR_FUNCTIONS(vlmwb::cli::average)
};

} // namespace

int runAverageCommand(const QStringList &arguments, vlmwb::cli::CliStreams streams)
{
    using namespace vlmwb;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        AverageText::tr("Average the weights of model folders trained from the same starting point (same pattern "
                        "and shape): model.safetensors holds the element-wise mean, config.json the first "
                        "folder's with a record of the averaged runs."));
    parser.addHelpOption();
    const QCommandLineOption outOption("out", AverageText::tr("Write the averaged folder here."),
                                       AverageText::tr("folder"));
    const QCommandLineOption beamOption(
        "beam", AverageText::tr("Store this beam width as the folder's decoding default (1 to %1).")
                    .arg(inference::DecodingConfig::maxBeam),
        AverageText::tr("width"));
    const QCommandLineOption ctcWeightOption(
        "ctc-weight", AverageText::tr("Store this CTC weight as the folder's decoding default (0 to 1)."),
        AverageText::tr("weight"));
    parser.addOptions({outOption, beamOption, ctcWeightOption});
    parser.addPositionalArgument("folders", AverageText::tr("Two or more model folders."),
                                 AverageText::tr("folder folder [folder...]"));
    const auto usageError = [&](const QString &message) {
        streams.err << "vlmwb-cli average: " << message << '\n';
        return cli::exitUsage;
    };
    if (!parser.parse(QStringList{"vlmwb-cli average"} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet("help")) {
        streams.out << parser.helpText();
        return cli::exitOk;
    }
    const QStringList folders = parser.positionalArguments();
    if (!parser.isSet(outOption) || folders.size() < 2)
        return usageError(AverageText::tr("--out <folder> and at least two model folders are required."));

    inference::WeightAverageOptions options;
    if (parser.isSet(beamOption)) {
        bool ok = false;
        const int beam = parser.value(beamOption).toInt(&ok);
        if (!ok || beam < 1 || beam > inference::DecodingConfig::maxBeam)
            return usageError(AverageText::tr("--beam must be a whole number from 1 to %1, not '%2'.")
                                  .arg(inference::DecodingConfig::maxBeam)
                                  .arg(parser.value(beamOption)));
        options.beam = beam;
    }
    if (parser.isSet(ctcWeightOption)) {
        bool ok = false;
        const double weight = parser.value(ctcWeightOption).toDouble(&ok);
        if (!ok || !(weight >= 0.0 && weight <= 1.0))
            return usageError(
                AverageText::tr("--ctc-weight must be a number from 0 to 1, not '%1'.").arg(parser.value(ctcWeightOption)));
        options.ctcWeight = weight;
    }
    std::vector<std::string> paths;
    for (const QString &folder : folders)
        paths.push_back(folder.toStdString());
    try {
        const inference::WeightAverage average =
            inference::averageModelFolders(paths, parser.value(outOption).toStdString(), options);
        streams.out << AverageText::tr("Wrote %1: the mean of %2 tensors over %3 folders.")
                           .arg(parser.value(outOption))
                           .arg(average.tensors)
                           .arg(average.folders)
                    << '\n';
    } catch (const std::exception &error) {
        streams.err << "vlmwb-cli average: " << QString::fromLocal8Bit(error.what()) << '\n';
        return cli::exitFailure;
    }
    return cli::exitOk;
}
