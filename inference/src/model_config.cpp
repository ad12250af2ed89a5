// Strict reading and writing of a model folder's config.json (see vlmwb/model_config.h).
#include "vlmwb/model_config.h"

#include "vlmwb/model_error.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

namespace vlmwb::inference {
namespace {

// More would make the stem the bulk of a line's cost; a bound also keeps a damaged file from
// asking for millions of convolutions.
constexpr int maxStemResidual = 4;

using Json = nlohmann::json;

// Reads the keys of one JSON object and names file and key path in every error.
class SectionReader
{
public:
    SectionReader(const Json &object, std::string fileName, std::string path)
        : m_object(object), m_fileName(std::move(fileName)), m_path(std::move(path))
    {
        if (!m_object.is_object() && m_path.empty())
            throw ModelFileError(m_fileName, "the model configuration must be a JSON object; this file holds a JSON "
                                                 + std::string(m_object.type_name()) + ".");
        if (!m_object.is_object())
            fail(m_path, "must be a JSON object");
    }

    [[noreturn]] void fail(const std::string &key, const std::string &cause) const
    {
        throw ModelFileError(m_fileName, "key \"" + key + "\" " + cause + ".", key);
    }

    std::string keyPath(const std::string &key) const { return m_path.empty() ? key : m_path + "." + key; }

    bool has(const std::string &key) const { return m_object.contains(key); }

    const Json &value(const std::string &key) const
    {
        if (!m_object.contains(key))
            fail(keyPath(key), "is missing");
        return m_object.at(key);
    }

    int positiveInt(const std::string &key) const { return intAtLeast(key, 1); }

    int intAtLeast(const std::string &key, int minimum) const
    {
        const Json &v = value(key);
        if (!v.is_number_integer())
            fail(keyPath(key), "must be an integer");
        // Above INT64_MAX nlohmann holds an unsigned number, which would read back as negative.
        if (v.is_number_unsigned() && v.get<unsigned long long>() > (1u << 30))
            fail(keyPath(key), "is too large (" + v.dump() + ")");
        const long long number = v.get<long long>();
        if (number < minimum)
            fail(keyPath(key), "must be at least " + std::to_string(minimum) + ", but is " + std::to_string(number));
        if (number > 1 << 30)
            fail(keyPath(key), "is too large (" + std::to_string(number) + ")");
        return static_cast<int>(number);
    }

    int optionalIntAtLeast(const std::string &key, int minimum, int fallback) const
    {
        return has(key) ? intAtLeast(key, minimum) : fallback;
    }

    std::string string(const std::string &key) const
    {
        const Json &v = value(key);
        if (!v.is_string())
            fail(keyPath(key), "must be a string");
        return v.get<std::string>();
    }

    std::string choice(const std::string &key, const std::vector<std::string> &allowed) const
    {
        const std::string text = string(key);
        for (const std::string &candidate : allowed)
            if (candidate == text)
                return text;
        std::string list;
        for (const std::string &candidate : allowed)
            list += (list.empty() ? "" : ", ") + candidate;
        fail(keyPath(key), "has the unknown value \"" + text + "\" (expected one of: " + list + ")");
    }

    SectionReader section(const std::string &key) const { return SectionReader(value(key), m_fileName, keyPath(key)); }

    // Rejects keys outside `known`, so a misspelt key is an error rather than a silent default.
    void rejectUnknownKeys(const std::set<std::string> &known) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!known.count(it.key()))
                fail(keyPath(it.key()), "is not a known setting");
    }

private:
    const Json &m_object;
    std::string m_fileName;
    std::string m_path;
};

CtcHeadConfig readCtcHead(const SectionReader &reader)
{
    reader.rejectUnknownKeys({"vocab", "size", "frames_per_token"});
    CtcHeadConfig head;
    head.vocab = reader.choice("vocab", {"bytes", "chars"});
    head.size = reader.intAtLeast("size", 2);
    head.framesPerToken = reader.optionalIntAtLeast("frames_per_token", 1, 1);
    return head;
}

VisionConfig readVision(const SectionReader &reader)
{
    reader.rejectUnknownKeys({"dim", "layers", "heads", "ff_mult", "ctc_head", "stem", "stem_residual"});
    VisionConfig vision;
    vision.dim = reader.positiveInt("dim");
    vision.layers = reader.intAtLeast("layers", 0);
    vision.heads = reader.positiveInt("heads");
    vision.ffMult = reader.optionalIntAtLeast("ff_mult", 1, 4);
    if (reader.has("stem"))
        vision.stem = reader.choice("stem", {"linear", "conv"});
    vision.stemResidual = reader.optionalIntAtLeast("stem_residual", 0, 0);
    if (reader.has("ctc_head"))
        vision.ctcHead = readCtcHead(reader.section("ctc_head"));
    return vision;
}

ConnectorConfig readConnector(const SectionReader &reader)
{
    reader.rejectUnknownKeys({"kind", "pool_rows", "pool_cols", "conv_layers"});
    ConnectorConfig connector;
    connector.kind = reader.choice("kind", {"linear", "mlp", "downsample", "c_abstractor"});
    connector.poolRows = reader.optionalIntAtLeast("pool_rows", 1, 1);
    connector.poolCols = reader.optionalIntAtLeast("pool_cols", 1, 2);
    connector.convLayers = reader.optionalIntAtLeast("conv_layers", 1, 2);
    return connector;
}

ResamplerConfig readResampler(const SectionReader &reader)
{
    reader.rejectUnknownKeys({"latents", "layers", "heads"});
    ResamplerConfig resampler;
    resampler.latents = reader.positiveInt("latents");
    resampler.layers = reader.intAtLeast("layers", 0);
    resampler.heads = reader.positiveInt("heads");
    return resampler;
}

DecodingConfig readDecoding(const SectionReader &reader)
{
    reader.rejectUnknownKeys({"beam", "ctc_weight"});
    DecodingConfig decoding;
    decoding.beam = reader.optionalIntAtLeast("beam", 1, decoding.beam);
    if (decoding.beam > DecodingConfig::maxBeam)
        reader.fail(reader.keyPath("beam"), "must be at most " + std::to_string(DecodingConfig::maxBeam) + ", but is "
                                                + std::to_string(decoding.beam));
    if (reader.has("ctc_weight")) {
        const Json &weight = reader.value("ctc_weight");
        if (!weight.is_number() || weight.get<double>() < 0.0 || weight.get<double>() > 1.0)
            reader.fail(reader.keyPath("ctc_weight"), "must be a number from 0 to 1, but is " + weight.dump());
        decoding.ctcWeight = weight.get<double>();
    }
    return decoding;
}

DecoderConfig readDecoder(const SectionReader &reader)
{
    reader.rejectUnknownKeys({"dim", "layers", "heads", "ff_mult", "max_positions", "cross_attention_interval"});
    DecoderConfig decoder;
    decoder.dim = reader.positiveInt("dim");
    decoder.layers = reader.positiveInt("layers");
    decoder.heads = reader.positiveInt("heads");
    decoder.ffMult = reader.optionalIntAtLeast("ff_mult", 1, 4);
    decoder.maxPositions = reader.positiveInt("max_positions");
    decoder.crossAttentionInterval = reader.optionalIntAtLeast("cross_attention_interval", 1, 1);
    return decoder;
}

[[noreturn]] void failKey(const std::string &fileName, const std::string &key, const std::string &cause)
{
    throw ModelFileError(fileName, "key \"" + key + "\" " + cause + ".", key);
}

void requireDivisible(const std::string &fileName, const std::string &key, int value, int divisor,
                      const std::string &divisorKey)
{
    if (value % divisor != 0)
        failKey(fileName, key,
                "is " + std::to_string(value) + ", which is not a multiple of " + divisorKey + " ("
                    + std::to_string(divisor) + ")");
}

} // namespace

std::vector<int> convStemChannels(const VisionConfig &vision, int patchSize)
{
    std::vector<int> channels;
    if (vision.stem != "conv")
        return channels;
    int stages = 0;
    for (int size = patchSize; size > 1; size /= 2)
        ++stages;
    for (int stage = stages - 1; stage >= 0; --stage)
        channels.push_back(vision.dim >> stage);
    return channels;
}

const std::vector<std::string> &knownPatterns()
{
    static const std::vector<std::string> patterns = {"cross_attention", "projection", "early_fusion"};
    return patterns;
}

void validateModelConfig(const ModelConfig &config, const std::string &fileName)
{
    const auto positive = [&](const std::string &key, int value) {
        if (value < 1)
            failKey(fileName, key, "must be at least 1, but is " + std::to_string(value));
    };
    if (config.format != "vlmwb-model")
        failKey(fileName, "format", "must be \"vlmwb-model\", but is \"" + config.format + "\"");
    if (config.version != 1)
        failKey(fileName, "version", "is " + std::to_string(config.version) + ", but only version 1 is supported");
    bool knownPattern = false;
    for (const std::string &pattern : knownPatterns())
        knownPattern = knownPattern || pattern == config.pattern;
    if (!knownPattern)
        failKey(fileName, "pattern",
                "has the unknown value \"" + config.pattern
                    + "\" (expected one of: cross_attention, projection, early_fusion)");
    if (config.tokenizer != "bytes-v1")
        failKey(fileName, "tokenizer", "has the unknown value \"" + config.tokenizer + "\" (expected bytes-v1)");
    positive("input_height", config.inputHeight);
    positive("patch_size", config.patchSize);
    positive("max_image_width", config.maxImageWidth);
    requireDivisible(fileName, "input_height", config.inputHeight, config.patchSize, "patch_size");
    requireDivisible(fileName, "max_image_width", config.maxImageWidth, config.patchSize, "patch_size");
    // bytes-v1 has 256 byte ids and 6 specials (see tokenizer.h).
    if (config.vocabSize < 262)
        failKey(fileName, "vocab_size",
                "is " + std::to_string(config.vocabSize) + ", but the bytes-v1 tokenizer needs at least 262 ids");

    const DecoderConfig &decoder = config.decoder;
    positive("decoder.dim", decoder.dim);
    positive("decoder.layers", decoder.layers);
    positive("decoder.heads", decoder.heads);
    positive("decoder.ff_mult", decoder.ffMult);
    positive("decoder.max_positions", decoder.maxPositions);
    requireDivisible(fileName, "decoder.dim", decoder.dim, decoder.heads, "decoder.heads");

    // 64-bit: rows and columns may each be up to 2^30, so their product overflows an int.
    const std::int64_t rows = config.patchRows();
    const std::int64_t columns = config.maxPatchColumns();
    std::int64_t visualTokens = 0;
    if (config.pattern == "cross_attention" || config.pattern == "projection") {
        const VisionConfig &vision = config.vision;
        positive("vision.dim", vision.dim);
        positive("vision.heads", vision.heads);
        positive("vision.ff_mult", vision.ffMult);
        requireDivisible(fileName, "vision.dim", vision.dim, vision.heads, "vision.heads");
        if (vision.layers < 0)
            failKey(fileName, "vision.layers", "must not be negative");
        if (vision.stem == "conv") {
            const int patch = config.patchSize;
            if (patch < 2 || (patch & (patch - 1)) != 0)
                failKey(fileName, "vision.stem",
                        "is \"conv\", which needs patch_size to be a power of two from 2, not " + std::to_string(patch));
            const int stages = static_cast<int>(convStemChannels(vision, patch).size());
            if (vision.dim % (1 << (stages - 1)) != 0)
                failKey(fileName, "vision.stem",
                        "is \"conv\", whose " + std::to_string(stages) + " convolutions halve vision.dim "
                            + std::to_string(vision.dim) + " " + std::to_string(stages - 1)
                            + " times; it must be divisible by " + std::to_string(1 << (stages - 1)));
        } else if (vision.stem != "linear") {
            failKey(fileName, "vision.stem", "has the unknown value \"" + vision.stem + "\" (expected linear or conv)");
        }
        if (vision.stemResidual < 0 || vision.stemResidual > maxStemResidual)
            failKey(fileName, "vision.stem_residual",
                    "must be from 0 to " + std::to_string(maxStemResidual) + ", not " + std::to_string(vision.stemResidual));
        if (vision.stemResidual > 0 && vision.stem != "conv")
            failKey(fileName, "vision.stem_residual", "needs vision.stem \"conv\" (the linear stem has no stages)");
    }
    if (config.pattern == "cross_attention") {
        const ResamplerConfig &resampler = config.resampler;
        positive("resampler.latents", resampler.latents);
        positive("resampler.heads", resampler.heads);
        // The resampler's latents live in the decoder's width, which its gated blocks read as keys and
        // values; a vision encoder of another width reaches them through a linear projection
        // (resampler_input), so an encoder pretrained for another pattern can seed this one.
        requireDivisible(fileName, "decoder.dim", decoder.dim, resampler.heads, "resampler.heads");
        positive("decoder.cross_attention_interval", decoder.crossAttentionInterval);
        if (decoder.crossAttentionInterval > decoder.layers)
            failKey(fileName, "decoder.cross_attention_interval",
                    "is " + std::to_string(decoder.crossAttentionInterval) + ", more than decoder.layers ("
                        + std::to_string(decoder.layers) + "), so no cross-attention block would exist");
    } else if (config.pattern == "projection") {
        const ConnectorConfig &connector = config.connector;
        if (connector.kind != "linear" && connector.kind != "mlp" && connector.kind != "downsample"
            && connector.kind != "c_abstractor")
            failKey(fileName, "connector.kind",
                    "has the unknown value \"" + connector.kind + "\" (expected linear, mlp, downsample or c_abstractor)");
        positive("connector.pool_rows", connector.poolRows);
        positive("connector.pool_cols", connector.poolCols);
        positive("connector.conv_layers", connector.convLayers);
        const bool pooled = connector.kind == "downsample" || connector.kind == "c_abstractor";
        if (pooled) {
            requireDivisible(fileName, "input_height", static_cast<int>(rows), connector.poolRows, "connector.pool_rows (in patches)");
            visualTokens = (rows / connector.poolRows) * ((columns + connector.poolCols - 1) / connector.poolCols);
        } else {
            visualTokens = rows * columns;
        }
    } else {
        visualTokens = rows * (columns + 1) + 1; // a newline after each row, then image-end
    }
    if (const auto &head = ctcHeadOf(config); head && (head->framesPerToken < 1 || head->framesPerToken > maxCtcFramesPerToken))
        failKey(fileName, (config.pattern == "early_fusion" ? "early_fusion" : "vision") + std::string(".ctc_head.frames_per_token"),
                "must be from 1 to " + std::to_string(maxCtcFramesPerToken) + ", not " + std::to_string(head->framesPerToken));
    if (config.pattern != "cross_attention" && visualTokens + 2 > decoder.maxPositions)
        failKey(fileName, "decoder.max_positions",
                "is " + std::to_string(decoder.maxPositions) + ", too small for the "
                    + std::to_string(visualTokens) + " visual tokens of the widest image plus text");
}

ModelConfig parseModelConfig(const std::string &jsonText, const std::string &fileName)
{
    Json root;
    try {
        root = Json::parse(jsonText);
    } catch (const Json::parse_error &error) {
        throw ModelFileError(fileName, "the model configuration is not valid JSON (" + std::string(error.what()) + ").");
    }
    const SectionReader reader(root, fileName, "");
    reader.rejectUnknownKeys({"format", "version", "pattern", "input_height", "patch_size", "max_image_width",
                              "tokenizer", "vocab_size", "vision", "connector", "resampler", "decoder",
                              "early_fusion", "prompt", "decoding", "training"});
    ModelConfig config;
    config.format = reader.choice("format", {"vlmwb-model"});
    config.version = reader.intAtLeast("version", 1);
    std::vector<std::string> patterns = knownPatterns();
    config.pattern = reader.choice("pattern", patterns);
    config.inputHeight = reader.positiveInt("input_height");
    config.patchSize = reader.positiveInt("patch_size");
    config.maxImageWidth = reader.positiveInt("max_image_width");
    config.tokenizer = reader.choice("tokenizer", {"bytes-v1"});
    config.vocabSize = reader.positiveInt("vocab_size");
    const bool needsVision = config.pattern != "early_fusion";
    if (needsVision || reader.has("vision"))
        config.vision = readVision(reader.section("vision"));
    if (config.pattern == "projection" || reader.has("connector"))
        config.connector = readConnector(reader.section("connector"));
    if (config.pattern == "cross_attention" || reader.has("resampler"))
        config.resampler = readResampler(reader.section("resampler"));
    config.decoder = readDecoder(reader.section("decoder"));
    if (config.pattern == "early_fusion" || reader.has("early_fusion")) {
        const SectionReader earlyFusion = reader.section("early_fusion");
        earlyFusion.rejectUnknownKeys({"mask", "ctc_head"});
        config.earlyFusion.mask = earlyFusion.choice("mask", {"prefix", "causal"});
        if (earlyFusion.has("ctc_head"))
            config.earlyFusion.ctcHead = readCtcHead(earlyFusion.section("ctc_head"));
    }
    if (reader.has("prompt"))
        config.prompt = reader.string("prompt");
    if (reader.has("decoding"))
        config.decoding = readDecoding(reader.section("decoding"));
    if (reader.has("training")) {
        if (!root.at("training").is_object())
            reader.fail("training", "must be a JSON object");
        config.trainingJson = root.at("training").dump();
    }
    validateModelConfig(config, fileName);
    return config;
}

ModelConfig loadModelConfig(const std::string &path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        throw ModelFileError(path, "the model configuration cannot be opened: the file is missing or not readable.");
    std::ostringstream text;
    text << file.rdbuf();
    return parseModelConfig(text.str(), path);
}

namespace {

Json ctcHeadJson(const CtcHeadConfig &head)
{
    Json json = {{"vocab", head.vocab}, {"size", head.size}};
    if (head.framesPerToken != 1)
        json["frames_per_token"] = head.framesPerToken; // older readers reject the key, so only when used
    return json;
}

} // namespace

const std::optional<CtcHeadConfig> &ctcHeadOf(const ModelConfig &config)
{
    return config.pattern == "early_fusion" ? config.earlyFusion.ctcHead : config.vision.ctcHead;
}

std::string modelConfigToJson(const ModelConfig &config)
{
    Json root = Json::object();
    root["format"] = config.format;
    root["version"] = config.version;
    root["pattern"] = config.pattern;
    root["input_height"] = config.inputHeight;
    root["patch_size"] = config.patchSize;
    root["max_image_width"] = config.maxImageWidth;
    root["tokenizer"] = config.tokenizer;
    root["vocab_size"] = config.vocabSize;
    if (config.pattern != "early_fusion") {
        Json vision = {{"dim", config.vision.dim},
                       {"layers", config.vision.layers},
                       {"heads", config.vision.heads},
                       {"ff_mult", config.vision.ffMult}};
        if (config.vision.stem != "linear")
            vision["stem"] = config.vision.stem;
        if (config.vision.stemResidual > 0)
            vision["stem_residual"] = config.vision.stemResidual;
        if (config.vision.ctcHead)
            vision["ctc_head"] = ctcHeadJson(*config.vision.ctcHead);
        root["vision"] = vision;
    }
    if (config.pattern == "projection")
        root["connector"] = {{"kind", config.connector.kind},
                             {"pool_rows", config.connector.poolRows},
                             {"pool_cols", config.connector.poolCols},
                             {"conv_layers", config.connector.convLayers}};
    if (config.pattern == "cross_attention")
        root["resampler"] = {{"latents", config.resampler.latents},
                             {"layers", config.resampler.layers},
                             {"heads", config.resampler.heads}};
    root["decoder"] = {{"dim", config.decoder.dim},
                       {"layers", config.decoder.layers},
                       {"heads", config.decoder.heads},
                       {"ff_mult", config.decoder.ffMult},
                       {"max_positions", config.decoder.maxPositions},
                       {"cross_attention_interval", config.decoder.crossAttentionInterval}};
    if (config.pattern == "early_fusion") {
        root["early_fusion"] = {{"mask", config.earlyFusion.mask}};
        if (config.earlyFusion.ctcHead)
            root["early_fusion"]["ctc_head"] = ctcHeadJson(*config.earlyFusion.ctcHead);
    }
    root["prompt"] = config.prompt;
    if (!(config.decoding == DecodingConfig()))
        root["decoding"] = {{"beam", config.decoding.beam}, {"ctc_weight", config.decoding.ctcWeight}};
    root["training"] = Json::parse(config.trainingJson.empty() ? "{}" : config.trainingJson);
    return root.dump(2) + "\n";
}

} // namespace vlmwb::inference
