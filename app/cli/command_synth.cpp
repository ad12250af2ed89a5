// vlmwb-cli synth: renders the synthetic medical-document corpus into a folder.
#include "cli/cli_command.h"
#include "core/synth_corpus.h"
#include "core/drug_lexicon.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

namespace {

// Holds this file's tr(): lupdate files its strings under the context named here.
class SynthText
{
    Q_DECLARE_TR_FUNCTIONS(vlmwb::cli::synth)
};

} // namespace

int runSynthCommand(const QStringList &arguments, vlmwb::cli::CliStreams streams)
{
    using namespace vlmwb;
    QCommandLineParser parser;
    parser.setApplicationDescription(SynthText::tr("Render a synthetic medical-document corpus: DIR/images/*.png "
                                                   "and DIR/labels.jsonl with every line's text and box and every "
                                                   "drug and dose."));
    parser.addHelpOption();
    const QCommandLineOption outOption("out", SynthText::tr("Write the corpus into <folder>."), SynthText::tr("folder"));
    const QCommandLineOption seedOption("seed", SynthText::tr("Seed of the corpus (default 0)."), SynthText::tr("number"), "0");
    const QCommandLineOption countOption("count", SynthText::tr("Number of images (default 100)."), SynthText::tr("number"), "100");
    const QCommandLineOption kindOption("kind", SynthText::tr("lines (default) or pages."), SynthText::tr("kind"), "lines");
    const QCommandLineOption degradeOption("degrade", SynthText::tr("Degradation: 0 clean, 1 mild, 2 strong or mixed (default)."),
                                           SynthText::tr("level"), "mixed");
    const QCommandLineOption heightOption("height", SynthText::tr("Scale line images to this height in pixels (default: as rendered)."),
                                          SynthText::tr("pixels"), "0");
    const QCommandLineOption randomTextOption(
        "random-text-lines", SynthText::tr("Share of line images that hold random words instead of prescription text, "
                                           "0 to 1 (default 0): a set that measures reading rather than guessing "
                                           "the corpus' vocabulary."),
        SynthText::tr("share"), "0");
    const QCommandLineOption randomDosesOption(
        "random-doses", SynthText::tr("Share of drug doses whose amount and unit are drawn at random instead of from "
                                      "the drug's strengths, 0 to 1 (default 0): a set that measures reading doses "
                                      "rather than guessing them from the name."),
        SynthText::tr("share"), "0");
    parser.addOptions({outOption, seedOption, countOption, kindOption, degradeOption, heightOption, randomTextOption,
                       randomDosesOption});
    if (!parser.parse(QStringList{"vlmwb-cli synth"} + arguments)) {
        streams.err << "vlmwb-cli synth: " << parser.errorText() << '\n';
        return cli::exitUsage;
    }
    if (parser.isSet("help")) {
        streams.out << parser.helpText();
        return cli::exitOk;
    }
    auto usageError = [&streams](const QString &message) {
        streams.err << "vlmwb-cli synth: " << message << '\n';
        return int(cli::exitUsage);
    };
    if (!parser.isSet(outOption))
        return usageError(SynthText::tr("--out <folder> is required."));

    core::SynthOptions options;
    bool valid = false;
    options.seed = parser.value(seedOption).toULongLong(&valid);
    if (!valid)
        return usageError(SynthText::tr("--seed must be a non-negative integer, not '%1'.").arg(parser.value(seedOption)));
    const int count = parser.value(countOption).toInt(&valid);
    if (!valid || count < 1)
        return usageError(SynthText::tr("--count must be a positive integer, not '%1'.").arg(parser.value(countOption)));
    const QString kind = parser.value(kindOption);
    if (kind != "lines" && kind != "pages")
        return usageError(SynthText::tr("--kind must be lines or pages, not '%1'.").arg(kind));
    options.pages = kind == "pages";
    const QString degrade = parser.value(degradeOption);
    if (degrade == "mixed")
        options.degradeLevel = -1;
    else if (degrade == "0" || degrade == "1" || degrade == "2")
        options.degradeLevel = degrade.toInt();
    else
        return usageError(SynthText::tr("--degrade must be 0, 1, 2 or mixed, not '%1'.").arg(degrade));
    options.height = parser.value(heightOption).toInt(&valid);
    if (!valid || options.height < 0 || options.height > 1024)
        return usageError(SynthText::tr("--height must be a number of pixels from 0 to 1024, not '%1'.")
                              .arg(parser.value(heightOption)));
    options.text.randomTextLines = parser.value(randomTextOption).toDouble(&valid);
    if (!valid || options.text.randomTextLines < 0.0 || options.text.randomTextLines > 1.0)
        return usageError(SynthText::tr("--random-text-lines must be a number from 0 to 1, not '%1'.")
                              .arg(parser.value(randomTextOption)));
    options.text.randomDoses = parser.value(randomDosesOption).toDouble(&valid);
    if (!valid || options.text.randomDoses < 0.0 || options.text.randomDoses > 1.0)
        return usageError(SynthText::tr("--random-doses must be a number from 0 to 1, not '%1'.")
                              .arg(parser.value(randomDosesOption)));

    core::DrugLexicon lexicon;
    const core::LexiconLoadResult loaded = lexicon.loadDefault();
    if (!loaded.ok() || lexicon.isEmpty()) {
        streams.err << "vlmwb-cli synth: " << loaded.error << '\n';
        return cli::exitFailure;
    }
    const core::SynthTextGenerator generator(lexicon.entries(), options.text);
    QElapsedTimer timer;
    timer.start();
    const int step = std::max(1, count / 20);
    const QString error = core::writeSynthCorpus(parser.value(outOption), generator, options, count, [&](int done, int total) {
        if (done % step == 0 || done == total) {
            streams.err << SynthText::tr("synth: %1/%2 images, %3 s").arg(done).arg(total).arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                        << '\n';
            streams.err.flush();
        }
    });
    if (!error.isEmpty()) {
        streams.err << "vlmwb-cli synth: " << error << '\n';
        return cli::exitFailure;
    }
    streams.out << SynthText::tr("Wrote %1 images and labels.jsonl to %2.").arg(count).arg(parser.value(outOption)) << '\n';
    return cli::exitOk;
}
