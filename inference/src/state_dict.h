// Loads a safetensors file into a torch::nn::Module by exact parameter and buffer names (the names
// Python's state_dict() gives), and saves a module the same way.
#pragma once

#include <torch/torch.h>

#include <map>
#include <string>
#include <vector>

namespace vlmwb::inference {

struct SafetensorsFile;

struct StateDictOptions
{
    bool allowMissing = false;    // model tensors absent from the file keep their values
    bool allowUnexpected = false; // file tensors the model does not have are ignored
    bool convertFloatingPoint = false; // e.g. an F16 file into F32 parameters; otherwise a dtype error
};

struct StateDictReport
{
    std::vector<std::string> loaded;     // model names that received a value
    std::vector<std::string> missing;    // model names the file lacks (only with allowMissing)
    std::vector<std::string> unexpected; // file names the model lacks (only with allowUnexpected)
};

// Parameters then buffers, by their dotted names; tied tensors appear under each of their names.
std::vector<std::pair<std::string, torch::Tensor>> namedStateTensors(const torch::nn::Module &module);

// Each parameter once, tied ones included once: LibTorch's parameters() lists a tied tensor under
// every name, and an optimizer given it twice would update it twice per step.
std::vector<torch::Tensor> distinctParameters(const torch::nn::Module &module);

// Copies the file's tensors into the module's parameters and buffers (on whatever device they are).
// Missing, unexpected, mis-shaped and wrongly typed names are all reported in one ModelFileError that
// names the file. Tensors tied in the module (one storage under several names, like a language
// model's head and its token embedding) are satisfied by any one of their names; when the file has
// several of them they must be equal.
StateDictReport loadStateDict(torch::nn::Module &module, const SafetensorsFile &file,
                              const StateDictOptions &options = {});
StateDictReport loadStateDict(torch::nn::Module &module, const std::string &path,
                              const StateDictOptions &options = {});

// Writes every parameter and buffer under its name (tied tensors under each name, as Python's
// state_dict() does), atomically.
void saveStateDict(const torch::nn::Module &module, const std::string &path,
                   const std::map<std::string, std::string> &metadata = {});

} // namespace vlmwb::inference
