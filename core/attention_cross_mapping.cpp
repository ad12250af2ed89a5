#include "core/attention_cross_mapping.h"

#include <QCoreApplication>

namespace vlmwb::core {

using inference::AttentionComponent;
using inference::AttentionMap;

std::vector<float> composeAttention(const std::vector<float> &first, int rows, int inner,
                                    const std::vector<float> &second, int columns)
{
    const std::size_t r = static_cast<std::size_t>(rows), n = static_cast<std::size_t>(inner),
                      c = static_cast<std::size_t>(columns);
    if (rows < 0 || inner < 0 || columns < 0 || first.size() != r * n || second.size() != n * c)
        return {};
    std::vector<double> sum(r * c, 0.0);
    for (std::size_t row = 0; row < r; ++row)
        for (std::size_t middle = 0; middle < n; ++middle) {
            const double weight = first[row * n + middle];
            for (std::size_t column = 0; column < c; ++column)
                sum[row * c + column] += weight * second[middle * c + column];
        }
    return std::vector<float>(sum.begin(), sum.end());
}

TextToPatch textToPatchAttention(const inference::AttentionTrace &trace, const AttentionSelection &textSelection,
                                 int resamplerLayer)
{
    TextToPatch result;
    const std::vector<const AttentionMap *> textMaps =
        selectMaps(trace, AttentionComponent::GatedCross, textSelection.layer);
    std::vector<const AttentionMap *> resamplerMaps = selectMaps(trace, AttentionComponent::ResamplerCross, resamplerLayer);
    if (resamplerLayer < 0 && !resamplerMaps.empty())
        resamplerMaps = {resamplerMaps.back()};
    if (textMaps.empty() || resamplerMaps.empty()) {
        result.error = QCoreApplication::translate("vlmwb::core::AttentionCrossMapping",
                                                   "The trace holds no %1 attention for the chosen layer, so text "
                                                   "cannot be mapped to image patches.")
                           .arg(QString::fromLatin1(inference::attentionComponentName(
                               textMaps.empty() ? AttentionComponent::GatedCross : AttentionComponent::ResamplerCross)));
        return result;
    }
    const HeadAggregation resamplerHeads =
        textSelection.heads == HeadAggregation::Single ? HeadAggregation::Mean : textSelection.heads;
    const std::vector<float> textToLatent = combineMaps(textMaps, textSelection.heads, textSelection.head);
    const std::vector<float> latentToPatch = combineMaps(resamplerMaps, resamplerHeads, 0);
    const AttentionMap &text = *textMaps.front();
    const AttentionMap &resampler = *resamplerMaps.front();
    result.values = composeAttention(textToLatent, text.queries, text.keys, latentToPatch, resampler.keys);
    if (result.values.empty()) {
        result.error = QCoreApplication::translate("vlmwb::core::AttentionCrossMapping",
                                                   "The gated cross-attention attends %1 latents but the resampler "
                                                   "has %2, or the chosen head does not exist.")
                           .arg(text.keys)
                           .arg(resampler.queries);
        return result;
    }
    result.queries = text.queries;
    result.patches = resampler.keys;
    return result;
}

} // namespace vlmwb::core
