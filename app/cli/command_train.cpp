// vlmwb-cli train: trains (or fine-tunes) a model of one pattern, one stage at a time, on the
// synthetic corpus streamed in memory or on exported image/text pairs.
#include "cli/cli_command.h"
#include "core/drug_lexicon.h"
#include "core/training_samples.h"

#include "vlmwb/model_config.h"
#include "vlmwb/trainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

namespace {

// Holds this file's tr(): lupdate files its strings under the context named here.
class TrainText
{
    Q_DECLARE_TR_FUNCTIONS(vlmwb::cli::train)
};

QString duration(double seconds)
{
    const int total = int(seconds + 0.5);
    if (total >= 3600)
        return QString("%1h%2m").arg(total / 3600).arg((total % 3600) / 60, 2, 10, QChar('0'));
    return QString("%1m%2s").arg(total / 60).arg(total % 60, 2, 10, QChar('0'));
}

// Lines of the corpus whose characters make up the CTC vocabulary.
constexpr int vocabularyLines = 20000;

// The whole number an option that shapes a new model holds, from `lowest` to `highest`; nullopt
// with `error` naming the option and its value otherwise.
std::optional<int> shapeNumber(const QCommandLineParser &parser, const QCommandLineOption &option, int lowest,
                               int highest, QString &error)
{
    bool valid = false;
    const int number = parser.value(option).toInt(&valid);
    if (valid && number >= lowest && number <= highest)
        return number;
    error = TrainText::tr("--%1 must be a whole number from %2 to %3, not '%4'.")
                .arg(option.names().constFirst())
                .arg(lowest)
                .arg(highest)
                .arg(parser.value(option));
    return std::nullopt;
}

// The share an option that shapes the synthetic corpus holds, from 0 to 1; nullopt with `error`
// naming the option and its value otherwise.
std::optional<double> shareValue(const QCommandLineParser &parser, const QCommandLineOption &option, QString &error)
{
    bool valid = false;
    const double share = parser.value(option).toDouble(&valid);
    if (valid && share >= 0.0 && share <= 1.0)
        return share;
    error = TrainText::tr("--%1 must be a number from 0 to 1, not '%2'.")
                .arg(option.names().constFirst(), parser.value(option));
    return std::nullopt;
}

// What --resume takes from the run stored in --out: it continues on the pattern, input height and
// corpus it was started with, so that it ends with the weights an uninterrupted run would have.
struct StoredRun {
    QString pattern;
    int inputHeight = 0;
    QJsonObject corpus; // {"kind": "synthetic", "seed": "N", ...} or {"kind": "pairs", "file": ...}
};

std::optional<StoredRun> readStoredRun(const QString &folder, QString &error)
{
    const QString path = QDir(folder).filePath(QStringLiteral("config.json"));
    try {
        const vlmwb::inference::ModelConfig config = vlmwb::inference::loadModelConfig(path.toStdString());
        StoredRun run;
        run.pattern = QString::fromStdString(config.pattern);
        run.inputHeight = config.inputHeight;
        const QJsonObject training = QJsonDocument::fromJson(QByteArray::fromStdString(config.trainingJson)).object();
        run.corpus = training.value(QStringLiteral("corpus")).toObject();
        return run;
    } catch (const std::exception &failure) {
        error = TrainText::tr("There is no training run to resume in \"%1\": %2").arg(folder, QString::fromLocal8Bit(failure.what()));
        return std::nullopt;
    }
}

} // namespace

int runTrainCommand(const QStringList &arguments, vlmwb::cli::CliStreams streams)
{
    using namespace vlmwb;
    QCommandLineParser parser;
    parser.setApplicationDescription(TrainText::tr(
        "Train a model of one pattern in one stage: ctc (the image reader with a CTC head: the vision encoder, "
        "or early_fusion's decoder), lm (byte decoder "
        "as a language model), connector (connector / resampler, the rest frozen) or full (everything, CTC "
        "kept as an auxiliary loss). DIR receives config.json, model.safetensors and the state --resume needs."));
    parser.addHelpOption();
    const QCommandLineOption patternOption("pattern", TrainText::tr("cross_attention, projection or early_fusion."),
                                           TrainText::tr("pattern"));
    const QCommandLineOption outOption("out", TrainText::tr("Write the model and checkpoints into <folder>."),
                                       TrainText::tr("folder"));
    const QCommandLineOption stageOption("stage", TrainText::tr("ctc, lm, connector or full (default full)."),
                                         TrainText::tr("stage"), "full");
    const QCommandLineOption initOption("init", TrainText::tr("Seed the weights from this model folder (repeatable; "
                                                              "tensors are matched by name and shape)."),
                                        TrainText::tr("folder"));
    const QCommandLineOption initVisionOption(
        "init-vision", TrainText::tr("After --init, seed only the vision encoder (and its CTC head) from this model "
                                     "folder (repeatable), e.g. a projection encoder in a cross_attention model "
                                     "built with the same --vision-dim, --vision-layers and --stem-residual."),
        TrainText::tr("folder"));
    const QCommandLineOption stepsOption("steps", TrainText::tr("Optimizer steps of the schedule (default 2000)."),
                                         TrainText::tr("number"), "2000");
    const QCommandLineOption batchOption("batch", TrainText::tr("Lines per step (default 16)."), TrainText::tr("number"), "16");
    const QCommandLineOption lrOption("lr", TrainText::tr("Peak learning rate (default 0.001)."), TrainText::tr("rate"), "0.001");
    const QCommandLineOption seedOption("seed", TrainText::tr("Seed of the weight initialisation (default 1)."),
                                       TrainText::tr("number"), "1");
    const QCommandLineOption corpusSeedOption("corpus-seed", TrainText::tr("Seed of the synthetic training corpus "
                                                                           "(default 1000)."),
                                              TrainText::tr("number"), "1000");
    const QCommandLineOption upperCaseOption(
        "upper-case-drugs", TrainText::tr("Share of the synthetic corpus' English drug lines that print the name in "
                                          "capitals, 0 to 1 (default 0.08, as in vlmwb-cli synth)."),
        TrainText::tr("share"), QString::number(core::SynthTextShares::defaultUpperCaseDrugNames));
    const QCommandLineOption rareLetterOption(
        "rare-letter-drugs", TrainText::tr("Share of the synthetic corpus' English drug lines whose name holds a letter "
                                           "rare among the lexicon's names (Q, J, W), 0 to 1 (default 0: names drawn "
                                           "evenly, as in vlmwb-cli synth)."),
        TrainText::tr("share"), "0");
    const QCommandLineOption rareSyllableOption(
        "rare-syllable-korean-drugs",
        TrainText::tr("Share of the synthetic corpus' Korean and mixed drug lines whose name holds a syllable rare "
                      "among the lexicon's Korean names, 0 to 1 (default 0: names drawn evenly, as in vlmwb-cli "
                      "synth)."),
        TrainText::tr("share"), "0");
    const QCommandLineOption randomDosesOption(
        "random-doses", TrainText::tr("Share of the synthetic corpus' drug doses whose amount and unit are drawn at "
                                      "random instead of from the drug's strengths, 0 to 1 (default 0, as in "
                                      "vlmwb-cli synth)."),
        TrainText::tr("share"), "0");
    const QCommandLineOption strongDegradationOption(
        "strong-degradation", TrainText::tr("Share of the synthetic corpus' lines that are strongly degraded, 0 to 1; "
                                            "the rest stay clean and mild as 20 : 45 (default 0.35, as in vlmwb-cli "
                                            "synth)."),
        TrainText::tr("share"), QString::number(core::SynthOptions::defaultStrongDegradation));
    const QCommandLineOption randomTextOption(
        "random-text-lines", TrainText::tr("Share of the synthetic corpus' lines that hold random words (Latin, Hangul, "
                                           "numbers) instead of prescription text, 0 to 1 (default 0, as in vlmwb-cli "
                                           "synth)."),
        TrainText::tr("share"), "0");
    const QCommandLineOption threadsOption("threads", TrainText::tr("CPU threads (default: LibTorch's choice)."),
                                           TrainText::tr("number"), "0");
    const QCommandLineOption deviceOption("device", TrainText::tr("auto, cpu or cuda (default auto)."),
                                          TrainText::tr("device"), "auto");
    const QCommandLineOption resumeOption("resume", TrainText::tr("Continue the run stored in --out exactly."));
    const QCommandLineOption minutesOption("minutes", TrainText::tr("Stop with a checkpoint after this many minutes."),
                                           TrainText::tr("minutes"), "0");
    const QCommandLineOption checkpointOption("checkpoint-minutes",
                                              TrainText::tr("Minutes between checkpoints (default 5)."),
                                              TrainText::tr("minutes"), "5");
    const QCommandLineOption pairsOption("pairs", TrainText::tr("Fine-tune on image/text pairs from vlmwb-cli export "
                                                                "--format jsonl instead of the synthetic corpus."),
                                         TrainText::tr("file"));
    const QCommandLineOption stemResidualOption(
        "stem-residual", TrainText::tr("Residual convolutions after each stride-2 convolution of the vision encoder's "
                                       "conv stem (default 0). They start at zero, so a stem seeded by --init "
                                       "starts as the one it copies."),
        TrainText::tr("number"), "0");
    const QCommandLineOption decoderLayersOption(
        "decoder-layers", TrainText::tr("Layers of the decoder (default: the pattern's). Layers that --init finds no "
                                        "weights for start as identities, so a deeper model seeded by a shallower one "
                                        "starts as the one it copies."),
        TrainText::tr("number"));
    const QCommandLineOption visionLayersOption(
        "vision-layers", TrainText::tr("Layers of a new cross_attention or projection run's vision encoder (default: "
                                       "the pattern's). As with --decoder-layers, layers that --init finds no weights "
                                       "for start as identities."),
        TrainText::tr("number"));
    const QCommandLineOption visionDimOption(
        "vision-dim", TrainText::tr("Width of a new cross_attention run's vision encoder (default: the decoder's). "
                                    "Another width puts a linear projection in front of the resampler."),
        TrainText::tr("number"));
    const QCommandLineOption latentsOption(
        "resampler-latents", TrainText::tr("Latents of a new cross_attention run's Perceiver resampler (default: the "
                                           "pattern's). A multiple of the --init folder's count starts as its "
                                           "latents repeated, so the model starts reading as the one it copies."),
        TrainText::tr("number"));
    const QCommandLineOption ctcFramesOption(
        "ctc-frames-per-token", TrainText::tr("CTC frames the CTC head gives per image token, 1 to %1 (default 1). More "
                                              "frames let CTC read narrow letters that share a patch column; a head "
                                              "seeded by --init with fewer starts as that head repeated.")
                                    .arg(inference::maxCtcFramesPerToken),
        TrainText::tr("number"), "1");
    parser.addOptions({patternOption, outOption, stageOption, initOption, initVisionOption, stepsOption, batchOption,
                       lrOption, seedOption, corpusSeedOption, upperCaseOption, rareLetterOption, rareSyllableOption,
                       randomDosesOption, strongDegradationOption, randomTextOption, threadsOption, deviceOption, resumeOption,
                       minutesOption, checkpointOption, pairsOption, stemResidualOption, decoderLayersOption, visionLayersOption,
                       visionDimOption, latentsOption, ctcFramesOption});
    if (!parser.parse(QStringList{"vlmwb-cli train"} + arguments)) {
        streams.err << "vlmwb-cli train: " << parser.errorText() << '\n';
        return cli::exitUsage;
    }
    if (parser.isSet("help")) {
        streams.out << parser.helpText();
        return cli::exitOk;
    }
    auto usageError = [&streams](const QString &message) {
        streams.err << "vlmwb-cli train: " << message << '\n';
        return int(cli::exitUsage);
    };
    if (!parser.isSet(outOption))
        return usageError(TrainText::tr("--out <folder> is required."));

    inference::TrainerOptions options;
    options.outputFolder = parser.value(outOption).toStdString();
    options.resume = parser.isSet(resumeOption);
    options.pattern = parser.value(patternOption).toStdString();
    std::optional<StoredRun> stored;
    if (options.resume) {
        QString error;
        stored = readStoredRun(parser.value(outOption), error);
        if (!stored) {
            streams.err << "vlmwb-cli train: " << error << '\n';
            return cli::exitFailure;
        }
        if (parser.isSet(patternOption) && parser.value(patternOption) != stored->pattern)
            return usageError(TrainText::tr("--resume continues the %1 run in \"%2\": leave out --pattern %3.")
                                  .arg(stored->pattern, parser.value(outOption), parser.value(patternOption)));
        options.pattern = stored->pattern.toStdString();
    } else {
        const std::vector<std::string> &patterns = inference::knownPatterns();
        if (std::find(patterns.begin(), patterns.end(), options.pattern) == patterns.end())
            return usageError(TrainText::tr("--pattern must be cross_attention, projection or early_fusion, not '%1'.")
                                  .arg(parser.value(patternOption)));
    }
    try {
        options.stage = inference::parseTrainingStage(parser.value(stageOption).toStdString());
        options.device = inference::parseDeviceRequest(parser.value(deviceOption).toStdString());
    } catch (const std::invalid_argument &error) {
        return usageError(QString::fromStdString(error.what()));
    }
    for (const QString &folder : parser.values(initOption))
        options.initFolders.push_back(folder.toStdString());
    for (const QString &folder : parser.values(initVisionOption))
        options.initVisionFolders.push_back(folder.toStdString());
    bool valid = false;
    options.steps = parser.value(stepsOption).toInt(&valid);
    if (!valid || options.steps < 1)
        return usageError(TrainText::tr("--steps must be a positive integer, not '%1'.").arg(parser.value(stepsOption)));
    options.batch = parser.value(batchOption).toInt(&valid);
    if (!valid || options.batch < 1 || options.batch > 4096)
        return usageError(TrainText::tr("--batch must be an integer from 1 to 4096, not '%1'.").arg(parser.value(batchOption)));
    options.learningRate = parser.value(lrOption).toDouble(&valid);
    if (!valid || options.learningRate <= 0.0 || options.learningRate > 1.0)
        return usageError(TrainText::tr("--lr must be a number above 0 and at most 1, not '%1'.").arg(parser.value(lrOption)));
    options.seed = parser.value(seedOption).toULongLong(&valid);
    if (!valid)
        return usageError(TrainText::tr("--seed must be a non-negative integer, not '%1'.").arg(parser.value(seedOption)));
    std::uint64_t corpusSeed = parser.value(corpusSeedOption).toULongLong(&valid);
    if (!valid)
        return usageError(TrainText::tr("--corpus-seed must be a non-negative integer, not '%1'.")
                              .arg(parser.value(corpusSeedOption)));
    double upperCaseDrugs = 0.0, rareLetterDrugs = 0.0, strongDegradation = 0.0, randomTextLines = 0.0,
           rareSyllableDrugs = 0.0, randomDoses = 0.0;
    const std::pair<const QCommandLineOption *, double *> shares[] = {{&upperCaseOption, &upperCaseDrugs},
                                                                      {&rareLetterOption, &rareLetterDrugs},
                                                                      {&strongDegradationOption, &strongDegradation},
                                                                      {&randomTextOption, &randomTextLines},
                                                                      {&rareSyllableOption, &rareSyllableDrugs},
                                                                      {&randomDosesOption, &randomDoses}};
    for (const auto &[option, share] : shares) {
        QString shareError;
        const std::optional<double> value = shareValue(parser, *option, shareError);
        if (!value)
            return usageError(shareError);
        *share = *value;
    }
    const bool corpusShapeSet = parser.isSet(upperCaseOption) || parser.isSet(rareLetterOption)
                                || parser.isSet(strongDegradationOption) || parser.isSet(randomTextOption)
                                || parser.isSet(rareSyllableOption) || parser.isSet(randomDosesOption);
    if (parser.isSet(stemResidualOption) || parser.isSet(decoderLayersOption) || parser.isSet(visionLayersOption)
        || parser.isSet(visionDimOption) || parser.isSet(latentsOption)) {
        inference::ModelConfig config = inference::defaultModelConfig(options.pattern);
        QString shapeError;
        if (parser.isSet(stemResidualOption)) {
            if (options.resume || options.pattern == "early_fusion")
                return usageError(TrainText::tr("--stem-residual shapes the vision encoder of a new cross_attention "
                                                "or projection run; a resumed run keeps its own, and early_fusion has "
                                                "none."));
            const std::optional<int> residual = shapeNumber(parser, stemResidualOption, 0, 16, shapeError);
            if (!residual)
                return usageError(shapeError);
            config.vision.stemResidual = *residual;
        }
        if (parser.isSet(decoderLayersOption)) {
            if (options.resume)
                return usageError(TrainText::tr("--decoder-layers shapes a new run; a resumed run keeps its own."));
            const std::optional<int> layers = shapeNumber(parser, decoderLayersOption, 1, 48, shapeError);
            if (!layers)
                return usageError(shapeError);
            config.decoder.layers = *layers;
        }
        if (parser.isSet(visionLayersOption)) {
            if (options.resume || options.pattern == "early_fusion")
                return usageError(TrainText::tr("--vision-layers shapes the vision encoder of a new cross_attention "
                                                "or projection run; a resumed run keeps its own, and early_fusion has "
                                                "none."));
            const std::optional<int> layers = shapeNumber(parser, visionLayersOption, 1, 48, shapeError);
            if (!layers)
                return usageError(shapeError);
            config.vision.layers = *layers;
        }
        if (parser.isSet(visionDimOption)) {
            if (options.resume || options.pattern != "cross_attention")
                return usageError(TrainText::tr("--vision-dim shapes the vision encoder of a new cross_attention run; "
                                                "a resumed run keeps its own, and the other patterns' widths are "
                                                "fixed."));
            const std::optional<int> dim = shapeNumber(parser, visionDimOption, 8, 4096, shapeError);
            if (!dim)
                return usageError(shapeError);
            config.vision.dim = *dim;
        }
        if (parser.isSet(latentsOption)) {
            if (options.resume || options.pattern != "cross_attention")
                return usageError(TrainText::tr("--resampler-latents shapes the resampler of a new cross_attention "
                                                "run; a resumed run keeps its own, and the other patterns have none."));
            const std::optional<int> latents = shapeNumber(parser, latentsOption, 1, 1024, shapeError);
            if (!latents)
                return usageError(shapeError);
            config.resampler.latents = *latents;
        }
        try {
            inference::validateModelConfig(config, "--stem-residual / --decoder-layers / --vision-layers / --vision-dim / "
                                                   "--resampler-latents");
        } catch (const std::exception &error) {
            return usageError(QString::fromLocal8Bit(error.what()));
        }
        options.config = config;
    }
    if (parser.isSet(ctcFramesOption)) {
        if (options.resume)
            return usageError(TrainText::tr("--ctc-frames-per-token shapes a new run; a resumed run keeps its own."));
        QString shapeError;
        const std::optional<int> frames = shapeNumber(parser, ctcFramesOption, 1, inference::maxCtcFramesPerToken, shapeError);
        if (!frames)
            return usageError(shapeError);
        options.ctcFramesPerToken = *frames;
    }
    QString pairsFile = parser.value(pairsOption);
    if (stored) {
        // The stored corpus wins; a different one on the command line is a mistake worth naming.
        const bool storedPairs = stored->corpus.value(QStringLiteral("kind")).toString() == QLatin1String("pairs");
        const QString storedSeed = stored->corpus.value(QStringLiteral("seed")).toString();
        if (storedPairs) {
            const QString storedFile = stored->corpus.value(QStringLiteral("file")).toString();
            if ((parser.isSet(pairsOption) && pairsFile != storedFile) || parser.isSet(corpusSeedOption)
                || corpusShapeSet)
                return usageError(TrainText::tr("--resume continues the run in \"%1\" on its pairs file \"%2\": "
                                                "leave out --pairs, --corpus-seed and the options that shape the "
                                                "synthetic corpus.")
                                      .arg(parser.value(outOption), storedFile));
            pairsFile = storedFile;
        } else {
            const std::uint64_t seed = storedSeed.toULongLong(&valid);
            // Runs from before the option have no "upper_case_drugs": theirs was the default.
            const double storedUpperCase = stored->corpus.value(QStringLiteral("upper_case_drugs"))
                                               .toDouble(core::SynthTextShares::defaultUpperCaseDrugNames);
            const double storedRareLetters = stored->corpus.value(QStringLiteral("rare_letter_drugs")).toDouble(0.0);
            const double storedStrong = stored->corpus.value(QStringLiteral("strong_degradation"))
                                            .toDouble(core::SynthOptions::defaultStrongDegradation);
            const double storedRandomText = stored->corpus.value(QStringLiteral("random_text_lines")).toDouble(0.0);
            const double storedRareSyllables =
                stored->corpus.value(QStringLiteral("rare_syllable_korean_drugs")).toDouble(0.0);
            const double storedRandomDoses = stored->corpus.value(QStringLiteral("random_doses")).toDouble(0.0);
            if (!valid || parser.isSet(pairsOption) || (parser.isSet(corpusSeedOption) && corpusSeed != seed)
                || (parser.isSet(upperCaseOption) && upperCaseDrugs != storedUpperCase)
                || (parser.isSet(rareLetterOption) && rareLetterDrugs != storedRareLetters)
                || (parser.isSet(strongDegradationOption) && strongDegradation != storedStrong)
                || (parser.isSet(randomTextOption) && randomTextLines != storedRandomText)
                || (parser.isSet(rareSyllableOption) && rareSyllableDrugs != storedRareSyllables)
                || (parser.isSet(randomDosesOption) && randomDoses != storedRandomDoses))
                return usageError(TrainText::tr("--resume continues the run in \"%1\" on its corpus (seed %2, "
                                                "upper-case drug names %3, rare-letter drug names %4, strongly "
                                                "degraded lines %5, random-text lines %6, rare-syllable Korean drug "
                                                "names %7, random doses %8): leave out --corpus-seed, --pairs and the "
                                                "options that shape the synthetic corpus.")
                                      .arg(parser.value(outOption), storedSeed)
                                      .arg(storedUpperCase)
                                      .arg(storedRareLetters)
                                      .arg(storedStrong)
                                      .arg(storedRandomText)
                                      .arg(storedRareSyllables)
                                      .arg(storedRandomDoses));
            corpusSeed = seed;
            upperCaseDrugs = storedUpperCase;
            rareLetterDrugs = storedRareLetters;
            strongDegradation = storedStrong;
            randomTextLines = storedRandomText;
            rareSyllableDrugs = storedRareSyllables;
            randomDoses = storedRandomDoses;
        }
    }
    if (!stored && !pairsFile.isEmpty() && corpusShapeSet)
        return usageError(TrainText::tr("--upper-case-drugs, --rare-letter-drugs, --rare-syllable-korean-drugs, "
                                        "--random-doses, --strong-degradation and --random-text-lines shape the synthetic "
                                        "corpus; a run on --pairs trains on the pairs' own images and text."));
    options.threads = parser.value(threadsOption).toInt(&valid);
    if (!valid || options.threads < 0)
        return usageError(TrainText::tr("--threads must be a non-negative integer, not '%1'.").arg(parser.value(threadsOption)));
    options.minutes = parser.value(minutesOption).toDouble(&valid);
    if (!valid || options.minutes < 0.0)
        return usageError(TrainText::tr("--minutes must be a non-negative number, not '%1'.").arg(parser.value(minutesOption)));
    options.checkpointMinutes = parser.value(checkpointOption).toDouble(&valid);
    if (!valid || options.checkpointMinutes <= 0.0)
        return usageError(TrainText::tr("--checkpoint-minutes must be a positive number, not '%1'.")
                              .arg(parser.value(checkpointOption)));

    core::DrugLexicon lexicon;
    const core::LexiconLoadResult loaded = lexicon.loadDefault();
    if (!loaded.ok() || lexicon.isEmpty()) {
        streams.err << "vlmwb-cli train: " << loaded.error << '\n';
        return cli::exitFailure;
    }
    std::unique_ptr<inference::TrainingSampleSource> source;
    QJsonObject corpus;
    if (!pairsFile.isEmpty()) {
        auto pairs = std::make_unique<core::PairsTrainingSource>(pairsFile);
        if (!pairs->ok()) {
            streams.err << "vlmwb-cli train: " << pairs->error() << '\n';
            return cli::exitFailure;
        }
        corpus = {{"kind", "pairs"}, {"file", pairsFile}, {"pairs", pairs->count()}};
        source = std::move(pairs);
    } else {
        core::SynthOptions synth;
        synth.seed = corpusSeed;
        synth.text.upperCaseDrugNames = upperCaseDrugs;
        synth.text.rareLetterDrugNames = rareLetterDrugs;
        synth.strongDegradation = strongDegradation;
        synth.text.randomTextLines = randomTextLines;
        synth.text.rareSyllableKoreanDrugNames = rareSyllableDrugs;
        synth.text.randomDoses = randomDoses;
        // Rendered at full size, then cut to the ink box at the model's input height, as
        // `vlmwb-cli ocr` cuts a line (cropWholeLine).
        const int lineHeight = stored ? stored->inputHeight : inference::defaultModelConfig(options.pattern).inputHeight;
        auto stream = std::make_unique<core::SynthTrainingSource>(lexicon.entries(), synth, lineHeight);
        if (!stream->ok()) {
            streams.err << "vlmwb-cli train: " << stream->error() << '\n';
            return cli::exitFailure;
        }
        corpus = {{"kind", "synthetic"}, {"seed", QString::number(corpusSeed)}, {"degrade", "mixed"}, {"crop", "ink-box"},
                  {"upper_case_drugs", upperCaseDrugs}, {"rare_letter_drugs", rareLetterDrugs},
                  {"strong_degradation", strongDegradation}, {"random_text_lines", randomTextLines},
                  {"rare_syllable_korean_drugs", rareSyllableDrugs}, {"random_doses", randomDoses}};
        source = std::move(stream);
    }
    options.corpusJson = QJsonDocument(corpus).toJson(QJsonDocument::Compact).toStdString();
    if (!options.resume) // a resumed run keeps the characters its head was trained on
        options.ctcCharacters = core::corpusCharacters(lexicon.entries(), corpusSeed, vocabularyLines).toStdString();

    auto report = [&streams](const inference::TrainingProgress &progress) {
        streams.err << TrainText::tr("step %1/%2  loss %3 (text %4, ctc %5)  lr %6  %7 samples/s  elapsed %8  ETA %9")
                           .arg(progress.step)
                           .arg(progress.steps)
                           .arg(progress.loss, 0, 'f', 4)
                           .arg(progress.textLoss, 0, 'f', 4)
                           .arg(progress.ctcLoss, 0, 'f', 4)
                           .arg(progress.learningRate, 0, 'e', 2)
                           .arg(progress.samplesPerSecond, 0, 'f', 1)
                           .arg(duration(progress.elapsedSeconds), duration(progress.etaSeconds));
        if (progress.checkpointWritten)
            streams.err << TrainText::tr("  [checkpoint]");
        streams.err << '\n';
        streams.err.flush();
    };
    try {
        const inference::TrainingSummary summary = inference::trainModel(options, *source, report);
        streams.out << TrainText::tr("Trained %1 to step %2/%3 on %4 in %5: loss %6 (text %7, ctc %8). Model in %9.")
                           .arg(QString::fromStdString(options.resume ? std::string("the run") : options.pattern))
                           .arg(summary.step)
                           .arg(summary.steps)
                           .arg(QString::fromStdString(summary.device), duration(summary.seconds))
                           .arg(summary.loss, 0, 'f', 4)
                           .arg(summary.textLoss, 0, 'f', 4)
                           .arg(summary.ctcLoss, 0, 'f', 4)
                           .arg(parser.value(outOption))
                    << '\n';
    } catch (const std::exception &error) {
        streams.err << "vlmwb-cli train: " << QString::fromStdString(error.what()) << '\n';
        return cli::exitFailure;
    }
    return cli::exitOk;
}
