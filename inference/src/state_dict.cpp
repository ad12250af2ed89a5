#include "state_dict.h"

#include "safetensors.h"
#include "vlmwb/model_error.h"

namespace vlmwb::inference {

namespace {

// Lists at most this many names per kind of problem; a wrong file would otherwise list hundreds.
constexpr std::size_t kListedNames = 12;

std::string nameList(const std::vector<std::string> &names)
{
    std::string text;
    for (std::size_t i = 0; i < names.size() && i < kListedNames; ++i)
        text += (i ? ", " : "") + ("\"" + names[i] + "\"");
    if (names.size() > kListedNames)
        text += " and " + std::to_string(names.size() - kListedNames) + " more";
    return text;
}

std::string shapeText(torch::IntArrayRef shape)
{
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

std::string typeText(torch::ScalarType type)
{
    const std::optional<TensorDtype> dtype = toTensorDtype(type);
    return dtype ? tensorDtypeName(*dtype) : c10::toString(type);
}

// Names of the module that share one tensor: normally one, several for tied weights.
struct TiedGroup
{
    std::vector<std::string> names;
    torch::Tensor target;
};

std::vector<TiedGroup> tiedGroups(const torch::nn::Module &module)
{
    std::vector<TiedGroup> groups;
    std::map<const void *, std::size_t> groupOfImpl;
    for (auto &[name, tensor] : namedStateTensors(module)) {
        const void *impl = tensor.unsafeGetTensorImpl();
        const auto [found, inserted] = groupOfImpl.emplace(impl, groups.size());
        if (inserted)
            groups.push_back({{}, tensor});
        groups[found->second].names.push_back(name);
    }
    return groups;
}

// Why the file's tensor cannot go into target; empty when it can.
std::string mismatch(const std::string &name, const torch::Tensor &source, const torch::Tensor &target,
                     const StateDictOptions &options)
{
    if (source.sizes() != target.sizes())
        return "\"" + name + "\" has shape " + shapeText(source.sizes()) + " in the file but "
               + shapeText(target.sizes()) + " in the model";
    const bool convertible = options.convertFloatingPoint && source.is_floating_point() && target.is_floating_point();
    if (source.scalar_type() != target.scalar_type() && !convertible)
        return "\"" + name + "\" is " + typeText(source.scalar_type()) + " in the file but "
               + typeText(target.scalar_type()) + " in the model";
    return {};
}

} // namespace

std::vector<std::pair<std::string, torch::Tensor>> namedStateTensors(const torch::nn::Module &module)
{
    std::vector<std::pair<std::string, torch::Tensor>> tensors;
    for (const auto &item : module.named_parameters())
        tensors.emplace_back(item.key(), item.value());
    for (const auto &item : module.named_buffers())
        tensors.emplace_back(item.key(), item.value());
    return tensors;
}

std::vector<torch::Tensor> distinctParameters(const torch::nn::Module &module)
{
    std::vector<torch::Tensor> parameters;
    std::set<const void *> seen;
    for (const torch::Tensor &parameter : module.parameters()) {
        if (seen.insert(parameter.unsafeGetTensorImpl()).second)
            parameters.push_back(parameter);
    }
    return parameters;
}

StateDictReport loadStateDict(torch::nn::Module &module, const SafetensorsFile &file, const StateDictOptions &options)
{
    StateDictReport report;
    std::vector<std::string> problems;
    std::vector<std::pair<torch::Tensor, torch::Tensor>> copies; // (target, source)
    std::set<std::string> known;

    for (const TiedGroup &group : tiedGroups(module)) {
        known.insert(group.names.begin(), group.names.end());
        std::vector<std::string> present;
        for (const std::string &name : group.names) {
            if (file.contains(name))
                present.push_back(name);
        }
        if (present.empty()) {
            report.missing.insert(report.missing.end(), group.names.begin(), group.names.end());
            continue;
        }
        bool usable = true;
        for (const std::string &name : present) {
            const std::string why = mismatch(name, file.tensor(name), group.target, options);
            if (!why.empty())
                problems.push_back(why);
            usable = usable && why.empty();
        }
        if (!usable)
            continue;
        const torch::Tensor &source = file.tensor(present.front());
        for (std::size_t i = 1; i < present.size(); ++i) {
            if (!torch::equal(file.tensor(present[i]).to(source.scalar_type()), source))
                problems.push_back("\"" + present.front() + "\" and \"" + present[i]
                                   + "\" are one tied tensor in the model but differ in the file");
        }
        copies.emplace_back(group.target, source);
        report.loaded.insert(report.loaded.end(), group.names.begin(), group.names.end());
    }
    for (const auto &[name, tensor] : file.tensors) {
        if (!known.count(name))
            report.unexpected.push_back(name);
    }

    if (!report.missing.empty() && !options.allowMissing)
        problems.insert(problems.begin(), "the model's " + nameList(report.missing) + " "
                                              + (report.missing.size() == 1 ? "is" : "are") + " missing from the file");
    if (!report.unexpected.empty() && !options.allowUnexpected)
        problems.push_back("the file's " + nameList(report.unexpected) + " "
                           + (report.unexpected.size() == 1 ? "is" : "are") + " not part of the model");
    if (!problems.empty()) {
        std::string cause = "the weights do not fit the model: ";
        for (std::size_t i = 0; i < problems.size(); ++i)
            cause += (i ? "; " : "") + problems[i];
        throw ModelFileError(file.path, cause + ".");
    }

    torch::NoGradGuard noGrad;
    for (auto &[target, source] : copies)
        target.copy_(source);
    return report;
}

StateDictReport loadStateDict(torch::nn::Module &module, const std::string &path, const StateDictOptions &options)
{
    return loadStateDict(module, readSafetensors(path), options);
}

void saveStateDict(const torch::nn::Module &module, const std::string &path,
                   const std::map<std::string, std::string> &metadata)
{
    std::map<std::string, torch::Tensor> tensors;
    for (auto &[name, tensor] : namedStateTensors(module))
        tensors.emplace(name, tensor.detach());
    writeSafetensors(path, tensors, metadata);
}

} // namespace vlmwb::inference
