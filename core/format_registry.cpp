#include "core/format_loader.h"

namespace vlmwb::core {

const std::vector<std::unique_ptr<FormatLoader>> &formatLoaders()
{
    static const std::vector<std::unique_ptr<FormatLoader>> loaders = [] {
        std::vector<std::unique_ptr<FormatLoader>> list;
        list.push_back(makePngLoader());
        list.push_back(makeJpegLoader());
        list.push_back(makeTiffLoader());
        list.push_back(makeBmpLoader());
        list.push_back(makeWebpLoader());
        list.push_back(makePdfLoader());
        return list;
    }();
    return loaders;
}

} // namespace vlmwb::core
