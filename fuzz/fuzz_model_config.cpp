// Feeds arbitrary bytes as the text of a model's config.json to parseModelConfig (torch-free). A
// refusal is a ModelFileError naming the file; checks that an accepted config survives the round
// trip modelConfigToJson promises: its JSON parses again to the same JSON.
#include "fuzz/fuzz_target.h"

#include "vlmwb/model_config.h"
#include "vlmwb/model_error.h"

namespace vlmwb::fuzz {

void feedModelConfig(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    inference::ModelConfig config;
    try {
        config = inference::parseModelConfig(text, "config.json");
    } catch (const inference::ModelFileError &error) {
        require(error.file() == "config.json", "a config error names the file");
        return;
    }
    const std::string written = inference::modelConfigToJson(config);
    inference::ModelConfig reread;
    try {
        reread = inference::parseModelConfig(written, "config.json");
    } catch (const inference::ModelFileError &error) {
        throw BrokenInvariant(std::string("a written config reads back: ") + error.what());
    }
    require(inference::modelConfigToJson(reread) == written, "a written config reads back unchanged");
}

} // namespace vlmwb::fuzz

VLMWB_FUZZ_TARGET(vlmwb::fuzz::feedModelConfig)
