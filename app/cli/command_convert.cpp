// vlmwb-cli convert: rewrites a model folder's weights at another precision (f16 halves the folder;
// the engine computes in float32 whatever the folder stores).
#include "cli/cli_command.h"

#include "vlmwb/model_precision.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <stdexcept>

namespace {

// Holds this file's tr(): lupdate files its strings under the context named here.
class ConvertText
{
    Q_DECLARE_TR_FUNCTIONS(vlmwb::cli::convert)
};

QString megabytes(std::uint64_t bytes)
{
    return QString::number(static_cast<double>(bytes) / 1e6, 'f', 2);
}

} // namespace

int runConvertCommand(const QStringList &arguments, vlmwb::cli::CliStreams streams)
{
    using namespace vlmwb;
    QCommandLineParser parser;
    parser.setApplicationDescription(ConvertText::tr("Rewrite a model folder's weights at another precision: "
                                                     "config.json is copied as it is, model.safetensors is "
                                                     "written with every floating-point weight at the precision."));
    parser.addHelpOption();
    const QCommandLineOption modelOption("model", ConvertText::tr("The model folder to convert."),
                                         ConvertText::tr("folder"));
    const QCommandLineOption outOption("out", ConvertText::tr("Write the converted folder here (may be --model)."),
                                       ConvertText::tr("folder"));
    const QCommandLineOption precisionOption(
        "precision", ConvertText::tr("f16 (default), bf16 or f32."), ConvertText::tr("precision"), "f16");
    parser.addOptions({modelOption, outOption, precisionOption});
    if (!parser.parse(QStringList{"vlmwb-cli convert"} + arguments)) {
        streams.err << "vlmwb-cli convert: " << parser.errorText() << '\n';
        return cli::exitUsage;
    }
    if (parser.isSet("help")) {
        streams.out << parser.helpText();
        return cli::exitOk;
    }
    if (!parser.isSet(modelOption) || !parser.isSet(outOption)) {
        streams.err << "vlmwb-cli convert: " << ConvertText::tr("--model <folder> and --out <folder> are required.")
                    << '\n';
        return cli::exitUsage;
    }
    inference::WeightPrecision precision;
    try {
        precision = inference::parseWeightPrecision(parser.value(precisionOption).toStdString());
    } catch (const std::invalid_argument &) {
        streams.err << "vlmwb-cli convert: "
                    << ConvertText::tr("--precision must be f16, bf16 or f32, not '%1'.").arg(parser.value(precisionOption))
                    << '\n';
        return cli::exitUsage;
    }
    try {
        const inference::PrecisionConversion conversion = inference::convertModelPrecision(
            parser.value(modelOption).toStdString(), parser.value(outOption).toStdString(), precision);
        streams.out << ConvertText::tr("Wrote %1 at %2: model.safetensors %3 MB (was %4 MB); largest weight change "
                                       "%5 (largest weight %6).")
                           .arg(parser.value(outOption), parser.value(precisionOption), megabytes(conversion.bytesAfter),
                                megabytes(conversion.bytesBefore))
                           .arg(conversion.largestChange, 0, 'g', 3)
                           .arg(conversion.largestWeight, 0, 'g', 3)
                    << '\n';
    } catch (const std::exception &error) {
        streams.err << "vlmwb-cli convert: " << QString::fromLocal8Bit(error.what()) << '\n';
        return cli::exitFailure;
    }
    return cli::exitOk;
}
