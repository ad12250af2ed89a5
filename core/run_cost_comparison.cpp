// A run's counted MACs and measured memory beside the estimate (see run_cost_comparison.h).
#include "core/run_cost_comparison.h"

#include "core/cost_estimator.h"
#include "core/model_config_architecture.h"

#include "vlmwb/model_config.h"

#include <QDir>
#include <QFileInfo>

#include <exception>

namespace vlmwb::core {

RunCostComparison compareRunWithEstimate(const OcrResult &result, const ModelArchitecture &model, int promptTokens,
                                         NumericType type)
{
    RunCostComparison comparison;
    const OcrRunMeasurement &measured = result.measured;
    for (const OcrBatchShape &batch : measured.batches) {
        if (batch.lines <= 0 || batch.width <= 0 || batch.height <= 0)
            continue;
        // The engine pads every line to the widest and decodes all of them until the last one
        // ends, so a batch costs `lines` copies of its widest line over its longest output.
        EstimateInput input;
        input.width = batch.width;
        input.height = batch.height;
        input.promptTokens = promptTokens;
        input.outputTokens = batch.steps;
        input.batch = batch.lines;
        input.dtype = type;
        input.decoderWeightsSet = true;
        input.decoderWeights = type;
        const CostEstimate estimate = estimateCost(model, input);
        for (qint64 ComponentMacs::*member : {&ComponentMacs::visionEncoder, &ComponentMacs::connector,
                                              &ComponentMacs::decoderAttention, &ComponentMacs::decoderFfn,
                                              &ComponentMacs::crossAttention, &ComponentMacs::lmHead})
            comparison.estimatedMacs.*member += estimate.prefill.*member + estimate.decode.*member;
        if (estimate.memory.total > comparison.estimatedMemory.total)
            comparison.estimatedMemory = estimate.memory;
        ++comparison.batches;
        comparison.lines += batch.lines;
    }
    comparison.valid = comparison.batches > 0;
    comparison.measuredMacs.visionEncoder = qint64(measured.macs.visionEncoder);
    comparison.measuredMacs.connector = qint64(measured.macs.connector);
    comparison.measuredMacs.decoderAttention = qint64(measured.macs.decoderAttention);
    comparison.measuredMacs.decoderFfn = qint64(measured.macs.decoderFfn);
    comparison.measuredMacs.crossAttention = qint64(measured.macs.crossAttention);
    comparison.measuredMacs.lmHead = qint64(measured.macs.lmHead);
    comparison.memoryCounted = measured.memoryCounted;
    comparison.measuredWorkingBytes = measured.peakTensorBytes - measured.baselineTensorBytes;
    comparison.generatedTokens = measured.generatedTokens;
    comparison.beam = result.decoding.beam;
    return comparison;
}

RunCostComparison compareRunWithItsModel(const OcrResult &result, QString *error)
{
    const QString path = QDir(result.modelFolder).filePath(QStringLiteral("config.json"));
    try {
        const inference::ModelConfig config = inference::loadModelConfig(path.toStdString());
        const ModelArchitecture model = architectureFromModelConfig(config, QFileInfo(result.modelFolder).fileName());
        const NumericType type = result.device.startsWith(QLatin1String("cuda")) ? NumericType::Bf16 : NumericType::Fp32;
        return compareRunWithEstimate(result, model, 1 + int(config.prompt.size()), type); // BOS + prompt bytes
    } catch (const std::exception &exception) {
        if (error)
            *error = QString::fromStdString(exception.what());
        return {};
    }
}

} // namespace vlmwb::core
