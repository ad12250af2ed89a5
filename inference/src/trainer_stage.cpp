// Stage parameter selection and initialisation from other model folders (see trainer_stage.h).
#include "trainer_stage.h"

#include "safetensors.h"
#include "state_dict.h"
#include "vision_encoder.h"

#include <cctype>
#include <filesystem>
#include <map>
#include <set>

namespace vlmwb::inference {
namespace {

bool startsWith(const std::string &text, const std::string &prefix)
{
    return text.compare(0, prefix.size(), prefix) == 0;
}

struct StageRule {
    std::vector<std::string> included; // name prefixes ("" matches everything)
    std::vector<std::string> excluded;
};

StageRule stageRule(const std::string &pattern, TrainingStage stage)
{
    const bool fusion = pattern == "early_fusion";
    switch (stage) {
    case TrainingStage::Ctc:
        // early_fusion reads the image with its decoder: the CTC stage trains everything but the
        // text embedding (the LM head is the same tensor).
        if (fusion)
            return {{"patch_embed.", "newline_embed", "image_end_embed", "pos_embed.", "layers.", "norm.", "ctc_head."},
                    {}};
        return {{"vision."}, {}};
    case TrainingStage::LanguageModel:
        if (fusion)
            return {{"text_embed.", "pos_embed.", "layers.", "norm.", "head."}, {}};
        return {{"decoder."}, {"decoder.cross_blocks."}};
    case TrainingStage::Connector:
        if (fusion)
            return {{"patch_embed.", "newline_embed", "image_end_embed"}, {}};
        if (pattern == "cross_attention")
            return {{"resampler_input.", "resampler.", "decoder.cross_blocks."}, {}};
        return {{"connector."}, {}};
    case TrainingStage::Full:
        return {{""}, {}};
    }
    return {{""}, {}};
}

bool matches(const StageRule &rule, const std::string &name)
{
    for (const std::string &prefix : rule.excluded)
        if (startsWith(name, prefix))
            return false;
    for (const std::string &prefix : rule.included)
        if (startsWith(name, prefix))
            return true;
    return false;
}

// "vision.layers.3.ffn.3.weight" -> {"vision.layers", 3, "ffn.3.weight"}; false for a name outside
// a numbered transformer stack.
bool splitStackName(const std::string &name, std::string *stack, int *index, std::string *rest)
{
    static const std::string marker = "layers.";
    const std::size_t at = name.find(marker);
    if (at == std::string::npos || (at > 0 && name[at - 1] != '.'))
        return false;
    const std::size_t digits = at + marker.size();
    std::size_t end = digits;
    while (end < name.size() && std::isdigit(static_cast<unsigned char>(name[end])))
        ++end;
    if (end == digits || end >= name.size() || name[end] != '.')
        return false;
    *stack = name.substr(0, at + marker.size() - 1);
    *index = std::stoi(name.substr(digits, end - digits));
    *rest = name.substr(end + 1);
    return true;
}

// A stack seeded by --init but deeper than the model it came from: each layer that got no tensor
// starts as the identity (its attention and feed-forward outputs zero, as in a pre-norm block the
// residual then passes through unchanged), so the grown model starts by reading as the one it
// copies and training starts from there instead of from the noise of random layers.
void startNewLayersAsIdentity(VlmModel &model, const std::set<std::string> &copied)
{
    std::map<std::string, std::set<int>> seededLayers;
    for (const std::string &name : copied) {
        std::string stack, rest;
        int index = 0;
        if (splitStackName(name, &stack, &index, &rest))
            seededLayers[stack].insert(index);
    }
    for (auto &[name, tensor] : namedStateTensors(model.module())) {
        std::string stack, rest;
        int index = 0;
        if (!splitStackName(name, &stack, &index, &rest) || !seededLayers.count(stack)
            || seededLayers[stack].count(index))
            continue;
        if (rest == "attn.out_proj.weight" || rest == "attn.out_proj.bias" || rest == "ffn.3.weight"
            || rest == "ffn.3.bias")
            tensor.zero_();
    }
}

bool endsWith(const std::string &name, const std::string &suffix)
{
    return name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The Perceiver resampler's latents are a set, not a sequence (nothing gives them positions), so a
// resampler with k times the stored latents starts with each stored latent k times: duplicated keys
// and values leave every softmax average unchanged, and the model reads as the stored one did.
bool isResamplerLatents(const std::string &name)
{
    return endsWith(name, "resampler.latents");
}

// Tensors that may grow along their first axis by whole copies of the stored one:
// - a CTC head with more frames per token (CtcHeadConfig::framesPerToken): its outputs are
//   framesPerToken blocks of the classes, so each block starts as the stored head and every token's
//   frames start equal; greedy CTC merges the repeats and reads as the stored head did;
// - the resampler's latents (isResamplerLatents).
// Returns the copy count, or 0 when `name` is neither or the shapes do not fit.
int grownTensorRepeats(const std::string &name, const torch::Tensor &stored, const torch::Tensor &target)
{
    const bool growable =
        endsWith(name, "ctc_head.weight") || endsWith(name, "ctc_head.bias") || isResamplerLatents(name);
    if (!growable || stored.dim() != target.dim() || stored.size(0) == 0 || target.size(0) <= stored.size(0)
        || target.size(0) % stored.size(0) != 0)
        return 0;
    for (int64_t axis = 1; axis < target.dim(); ++axis)
        if (stored.size(axis) != target.size(axis))
            return 0;
    return static_cast<int>(target.size(0) / stored.size(0));
}

// Exact copies of a latent get exactly equal gradients and would stay copies for ever; a nudge of
// 2 % of the stored latents' spread lets them drift apart while the model still reads as before.
void separateLatentCopies(torch::Tensor &latents, int64_t storedCount)
{
    torch::Tensor copies = latents.narrow(0, storedCount, latents.size(0) - storedCount);
    const double spread = latents.narrow(0, 0, storedCount).std().item<double>();
    copies.add_(torch::randn_like(copies) * (0.02 * spread));
}

} // namespace

std::vector<std::pair<std::string, torch::Tensor>> stageParameters(VlmModel &model, TrainingStage stage)
{
    const StageRule rule = stageRule(model.config().pattern, stage);
    std::vector<std::pair<std::string, torch::Tensor>> selected;
    std::set<const void *> seen;
    for (const auto &item : model.module().named_parameters(true)) {
        torch::Tensor parameter = item.value();
        if (!seen.insert(parameter.unsafeGetTensorImpl()).second)
            continue; // a tied tensor under its second name
        const bool trained = matches(rule, item.key());
        parameter.set_requires_grad(trained);
        if (trained)
            selected.emplace_back(item.key(), parameter);
    }
    if (selected.empty())
        throw std::runtime_error("The " + trainingStageName(stage) + " stage has no parameters to train in this "
                                 + model.config().pattern + " model.");
    return selected;
}

std::shared_ptr<VisionEncoderImpl> visionEncoderOf(VlmModel &model)
{
    for (const auto &child : model.module().named_children())
        if (child.key() == "vision")
            return std::dynamic_pointer_cast<VisionEncoderImpl>(child.value());
    return nullptr;
}

std::vector<InitReport> initializeFrom(VlmModel &model, const std::vector<std::string> &folders,
                                       const std::vector<std::string> &visionFolders)
{
    std::vector<InitReport> reports;
    torch::NoGradGuard noGrad;
    std::set<std::string> copied;
    std::vector<std::pair<std::string, bool>> sources; // folder, vision encoder only
    for (const std::string &folder : folders)
        sources.emplace_back(folder, false);
    for (const std::string &folder : visionFolders)
        sources.emplace_back(folder, true);
    for (const auto &[folder, visionOnly] : sources) {
        InitReport report;
        report.folder = folder;
        report.visionOnly = visionOnly;
        const ModelConfig config = loadModelConfig((std::filesystem::path(folder) / "config.json").string());
        report.trainingJson = config.trainingJson;
        const SafetensorsFile file = readSafetensors((std::filesystem::path(folder) / "model.safetensors").string());
        for (auto &[name, tensor] : namedStateTensors(model.module())) {
            if (visionOnly && !startsWith(name, "vision."))
                continue;
            std::vector<std::string> candidates = {name, "decoder." + name};
            if (startsWith(name, "decoder."))
                candidates.push_back(name.substr(8));
            for (const std::string &candidate : candidates) {
                const auto found = file.tensors.find(candidate);
                if (found == file.tensors.end())
                    continue;
                const int repeats =
                    found->second.sizes().equals(tensor.sizes()) ? 1 : grownTensorRepeats(name, found->second, tensor);
                if (repeats == 0)
                    continue;
                std::vector<int64_t> blocks(static_cast<std::size_t>(tensor.dim()), 1);
                blocks[0] = repeats;
                tensor.copy_(found->second.to(tensor.dtype()).repeat(blocks));
                if (repeats > 1 && isResamplerLatents(name))
                    separateLatentCopies(tensor, found->second.size(0));
                copied.insert(name);
                ++report.tensors;
                break;
            }
        }
        if (report.tensors == 0)
            throw std::runtime_error("The model folder \"" + folder + "\" has no " + (visionOnly ? "vision " : "")
                                     + "tensor of the same name and shape as this " + model.config().pattern
                                     + " model: it cannot seed it.");
        reports.push_back(report);
    }
    startNewLayersAsIdentity(model, copied);
    return reports;
}

} // namespace vlmwb::inference
