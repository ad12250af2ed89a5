// vlmwb-cli estimate: visual tokens, memory and FLOPs of a preset or model folder on one input.
#include "cli/cli_command.h"
#include "core/cost_estimator.h"
#include "core/cost_presets.h"
#include "core/cost_report.h"
#include "core/model_config_architecture.h"
#include "core/roofline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace {

using namespace vlmwb::core;

// Holds this file's tr(): lupdate files its strings under the context named here.
class EstimateText
{
    Q_DECLARE_TR_FUNCTIONS(vlmwb::cli)
};

bool parseCount(const QCommandLineParser &parser, const QString &name, int minimum, int *value, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int parsed = parser.value(name).toInt(&ok);
    if (!ok || parsed < minimum) {
        *error = EstimateText::tr("--%1 needs a whole number of at least %2, not '%3'.").arg(name).arg(minimum).arg(parser.value(name));
        return false;
    }
    *value = parsed;
    return true;
}

void listPresets(QTextStream &out)
{
    for (const ModelArchitecture &model : modelPresets())
        out << model.name.leftJustified(22) << patternName(model.pattern).leftJustified(17) << model.description << '\n';
    out << '\n' << EstimateText::tr("GPU presets:") << '\n';
    for (const DeviceProfile &device : gpuDevices())
        out << device.name.leftJustified(12) << device.description << '\n';
}

void printTiers(QTextStream &out)
{
    for (const TierClaim &claim : tierClaims()) {
        const TierVerdict verdict = judgeTier(claim);
        out << claim.claimText << '\n'
            << "  " << EstimateText::tr("workbench: inference %1, QLoRA training %2")
                          .arg(formatGibibytes(verdict.inferenceBytes), formatGibibytes(verdict.trainingBytes))
            << '\n'
            << "  " << verdict.verdict << '\n';
    }
}

void printHuman(QTextStream &out, const ModelArchitecture &model, const CostEstimate &estimate,
                const QVector<DeviceProfile> &devices, const EstimateInput &input)
{
    const auto number = [](qint64 value) { return QLocale::c().toString(value); };
    const auto tera = [](qint64 macs) { return QString::number(2.0 * double(macs) / 1e12, 'f', 3); };
    out << model.name << " (" << patternName(model.pattern) << "): " << model.description << '\n';
    out << EstimateText::tr("visual tokens: %1 in the sequence, %2 cross-attended")
               .arg(number(estimate.visual.inSequence), number(estimate.visual.crossAttended))
        << '\n';
    out << EstimateText::tr("sequence: %1 prefill + %2 output = %3 (context %4)")
               .arg(number(estimate.prefillLength), number(input.outputTokens), number(estimate.sequenceLength),
                    number(estimate.contextLength))
        << '\n';
    const MemoryBytes &memory = estimate.memory;
    out << EstimateText::tr("memory: weights %1, KV cache %2, attention scores %3, activations %4, total %5")
               .arg(formatGibibytes(memory.weights), formatGibibytes(memory.kvCache),
                    formatGibibytes(memory.attentionScores), formatGibibytes(memory.activations),
                    formatGibibytes(memory.total))
        << '\n';
    out << EstimateText::tr("TFLOPs (prefill / decode): vision %1 / -, connector %2 / -, attention %3 / %4, FFN %5 / %6, "
                            "cross-attention %7 / %8, LM head %9 / %10")
               .arg(tera(estimate.prefill.visionEncoder), tera(estimate.prefill.connector),
                    tera(estimate.prefill.decoderAttention), tera(estimate.decode.decoderAttention),
                    tera(estimate.prefill.decoderFfn), tera(estimate.decode.decoderFfn),
                    tera(estimate.prefill.crossAttention), tera(estimate.decode.crossAttention),
                    tera(estimate.prefill.lmHead))
               .arg(tera(estimate.decode.lmHead))
        << '\n';
    for (const DeviceProfile &device : devices) {
        const RooflineTime time = rooflineTime(estimate, input, device);
        out << "  " << device.name.leftJustified(10)
            << EstimateText::tr("prefill %1 s, decode %2 s, %3")
                   .arg(time.prefillSeconds, 0, 'g', 3)
                   .arg(time.decodeSeconds, 0, 'g', 3)
                   .arg(memory.total <= device.memoryBytes ? EstimateText::tr("fits") : EstimateText::tr("does not fit"))
            << '\n';
    }
    for (const QString &note : estimate.notes)
        out << note << '\n';
}

} // namespace

int runEstimateCommand(const QStringList &arguments, vlmwb::cli::CliStreams streams)
{
    using vlmwb::cli::exitOk;
    using vlmwb::cli::exitUsage;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        EstimateText::tr("Estimate visual tokens, memory and FLOPs of a model.\n"
                         "JSON: visual_tokens, sequence_length, memory_bytes {weights, kv_cache, attention_scores, "
                         "activations, total} in bytes, flops {vision_encoder, connector, decoder_attention, decoder_ffn, "
                         "cross_attention, lm_head, total} in FLOPs (2 x MACs, prefill + decode), macs {prefill, decode} "
                         "in multiply-accumulates, roofline seconds per device, video frame budgets with --frames."));
    parser.addHelpOption();
    parser.addOptions({
        {"pattern", EstimateText::tr("Assemble the model in this pattern: cross_attention, projection, early_fusion."), "P"},
        {"preset", EstimateText::tr("A model preset (see --list-presets)."), "NAME"},
        {"model", EstimateText::tr("A VLM Workbench model folder (config.json)."), "DIR"},
        {"width", EstimateText::tr("Image width in pixels."), "W"},
        {"height", EstimateText::tr("Image height in pixels."), "H"},
        {"frames", EstimateText::tr("Treat the input as N video frames."), "N"},
        {"prompt-tokens", EstimateText::tr("Text tokens before generation (default 32)."), "N"},
        {"output-tokens", EstimateText::tr("Generated tokens (default 64)."), "N"},
        {"batch", EstimateText::tr("Batch size (default 1)."), "N"},
        {"dtype", EstimateText::tr("fp32, fp16, bf16, int8 or int4 (default fp16)."), "TYPE"},
        {"decoder-weights", EstimateText::tr("Number type of the decoder's weights (default: the preset's)."), "TYPE"},
        {"capture-attention", EstimateText::tr("Keep every layer's attention scores, as the attention trace does.")},
        {"device", EstimateText::tr("Roofline devices, comma-separated (default: every GPU preset)."), "NAMES"},
        {"measure-cpu", EstimateText::tr("Measure this machine's CPU and add it to the roofline.")},
        {"train", EstimateText::tr("Also estimate QLoRA training memory (batch, frames, LoRA rank below).")},
        {"lora-rank", EstimateText::tr("LoRA rank for --train (default 64)."), "R"},
        {"train-vision", EstimateText::tr("Train the vision encoder too (--train).")},
        {"no-checkpointing", EstimateText::tr("Turn gradient checkpointing off (--train).")},
        {"full-precision-decoder", EstimateText::tr("Train on a 16-bit decoder instead of a 4-bit one (--train).")},
        {"list-presets", EstimateText::tr("List the model and GPU presets.")},
        {"tiers", EstimateText::tr("Judge the course text's GPU-tier table.")},
        {"json", EstimateText::tr("Print JSON.")},
    });
    if (!parser.parse(QStringList{"vlmwb-cli estimate"} + arguments)) {
        streams.err << parser.errorText() << '\n';
        return exitUsage;
    }
    if (parser.isSet("help")) {
        streams.out << parser.helpText();
        return exitOk;
    }
    if (parser.isSet("list-presets")) {
        listPresets(streams.out);
        return exitOk;
    }
    if (parser.isSet("tiers")) {
        printTiers(streams.out);
        return exitOk;
    }
    const auto usage = [&](const QString &message) {
        streams.err << EstimateText::tr("vlmwb-cli estimate: %1").arg(message) << '\n';
        return exitUsage;
    };

    if (parser.isSet("preset") == parser.isSet("model"))
        return usage(EstimateText::tr("give exactly one of --preset NAME and --model DIR."));
    std::optional<ModelArchitecture> model;
    if (parser.isSet("model")) {
        QString error;
        model = loadModelArchitecture(parser.value("model"), &error);
        if (!model) {
            streams.err << EstimateText::tr("vlmwb-cli estimate: %1").arg(error) << '\n';
            return vlmwb::cli::exitFailure;
        }
    } else {
        model = findModelPreset(parser.value("preset"));
        if (!model)
            return usage(EstimateText::tr("there is no preset '%1'; run 'vlmwb-cli estimate --list-presets'.")
                             .arg(parser.value("preset")));
    }
    if (parser.isSet("pattern")) {
        VlmPattern pattern;
        if (!parsePatternName(parser.value("pattern"), &pattern))
            return usage(EstimateText::tr("unknown pattern '%1'; use cross_attention, projection or early_fusion.")
                             .arg(parser.value("pattern")));
        model = withPattern(*model, pattern);
    }
    if (!parser.isSet("width") || !parser.isSet("height"))
        return usage(EstimateText::tr("--width and --height are required."));

    EstimateInput input;
    input.promptTokens = 32;
    input.outputTokens = 64;
    QString error;
    if (!parseCount(parser, "width", 1, &input.width, &error) || !parseCount(parser, "height", 1, &input.height, &error)
        || !parseCount(parser, "frames", 1, &input.frames, &error)
        || !parseCount(parser, "prompt-tokens", 0, &input.promptTokens, &error)
        || !parseCount(parser, "output-tokens", 0, &input.outputTokens, &error)
        || !parseCount(parser, "batch", 1, &input.batch, &error))
        return usage(error);
    if (parser.isSet("dtype") && !parseNumericTypeName(parser.value("dtype"), &input.dtype))
        return usage(EstimateText::tr("unknown --dtype '%1'; use fp32, fp16, bf16, int8 or int4.").arg(parser.value("dtype")));
    if (parser.isSet("decoder-weights")) {
        if (!parseNumericTypeName(parser.value("decoder-weights"), &input.decoderWeights))
            return usage(EstimateText::tr("unknown --decoder-weights '%1'; use fp32, fp16, bf16, int8 or int4.")
                             .arg(parser.value("decoder-weights")));
        input.decoderWeightsSet = true;
    }
    input.captureAttention = parser.isSet("capture-attention");
    const QString invalid = validateEstimateInput(input);
    if (!invalid.isEmpty())
        return usage(invalid);

    QVector<DeviceProfile> devices;
    if (parser.isSet("device")) {
        for (const QString &name : parser.value("device").split(',', Qt::SkipEmptyParts)) {
            const DeviceProfile *device = findGpuDevice(name.trimmed());
            if (!device)
                return usage(EstimateText::tr("unknown --device '%1'; run 'vlmwb-cli estimate --list-presets'.").arg(name));
            devices << *device;
        }
    } else {
        devices = gpuDevices();
    }
    if (parser.isSet("measure-cpu"))
        devices << measureCpuRoofline();

    const CostEstimate estimate = estimateCost(*model, input);
    QJsonObject json = estimateToJson(*model, input, estimate, devices);
    if (parser.isSet("measure-cpu")) {
        const DeviceProfile &cpu = devices.last();
        json["cpu_measured"] = QJsonObject{{"fp32_flops_per_second", cpu.fp32},
                                           {"bandwidth_bytes_per_second", cpu.bandwidth},
                                           {"memory_bytes", double(cpu.memoryBytes)}};
    }
    if (parser.isSet("train")) {
        TrainingRecipe recipe;
        recipe.batch = input.batch;
        recipe.frames = input.frames;
        recipe.textTokens = input.promptTokens + input.outputTokens;
        recipe.trainVision = parser.isSet("train-vision");
        recipe.gradientCheckpointing = !parser.isSet("no-checkpointing");
        recipe.quantizedDecoder = !parser.isSet("full-precision-decoder");
        if (!parseCount(parser, "lora-rank", 0, &recipe.loraRank, &error))
            return usage(error);
        const TrainingMemory training = estimateTrainingMemory(*model, input.width, input.height, recipe);
        json["training_memory_bytes"] = QJsonObject{
            {"weights", double(training.weights)},
            {"gradients", double(training.gradients)},
            {"optimizer_states", double(training.optimizerStates)},
            {"activations", double(training.activations)},
            {"logits", double(training.logits)},
            {"total", double(training.total)},
            {"trainable_parameters", double(training.trainableParameters)},
            {"sequence_length", double(training.sequenceLength)},
        };
        if (!parser.isSet("json"))
            streams.out << EstimateText::tr("training memory: %1 (weights %2, gradients %3, AdamW %4, activations %5, "
                                            "logits %6)")
                               .arg(formatGibibytes(training.total), formatGibibytes(training.weights),
                                    formatGibibytes(training.gradients), formatGibibytes(training.optimizerStates),
                                    formatGibibytes(training.activations), formatGibibytes(training.logits))
                        << '\n';
    }
    if (parser.isSet("json"))
        streams.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    else
        printHuman(streams.out, *model, estimate, devices, input);
    return exitOk;
}
