#include "core/cost_report.h"

#include "core/cost_presets.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace vlmwb::core {

namespace {

QJsonObject componentsToJson(const ComponentMacs &macs, qint64 factor)
{
    QJsonObject object;
    object["vision_encoder"] = double(factor * macs.visionEncoder);
    object["connector"] = double(factor * macs.connector);
    object["decoder_attention"] = double(factor * macs.decoderAttention);
    object["decoder_ffn"] = double(factor * macs.decoderFfn);
    object["cross_attention"] = double(factor * macs.crossAttention);
    object["lm_head"] = double(factor * macs.lmHead);
    object["total"] = double(factor * macs.total());
    return object;
}

ComponentMacs sum(const ComponentMacs &first, const ComponentMacs &second)
{
    ComponentMacs total;
    total.visionEncoder = first.visionEncoder + second.visionEncoder;
    total.connector = first.connector + second.connector;
    total.decoderAttention = first.decoderAttention + second.decoderAttention;
    total.decoderFfn = first.decoderFfn + second.decoderFfn;
    total.crossAttention = first.crossAttention + second.crossAttention;
    total.lmHead = first.lmHead + second.lmHead;
    return total;
}

} // namespace

QString formatGibibytes(qint64 bytes)
{
    return QStringLiteral("%1 GiB").arg(double(bytes) / double(qint64(1) << 30), 0, 'f', 2);
}

QJsonObject estimateToJson(const ModelArchitecture &model, const EstimateInput &input, const CostEstimate &estimate,
                           const QVector<DeviceProfile> &devices)
{
    QJsonObject json;
    json["model"] = model.name;
    json["pattern"] = patternName(model.pattern);
    json["source"] = model.source;
    json["dtype"] = numericTypeName(input.dtype);
    json["decoder_weights"] = numericTypeName(estimate.decoderWeights);
    json["batch"] = input.batch;
    json["frames"] = input.frames;
    json["width"] = input.width;
    json["height"] = input.height;

    const VisualTokenCount &visual = estimate.visual;
    // visual_tokens: tokens the decoder reads from the image - in its sequence, or through
    // cross-attention for the cross_attention pattern.
    json["visual_tokens"] = double(visual.inSequence + visual.crossAttended);
    QJsonObject visualJson;
    visualJson["in_sequence"] = double(visual.inSequence);
    visualJson["cross_attended"] = double(visual.crossAttended);
    visualJson["per_frame"] = double(visual.perFrame);
    visualJson["newline_tokens"] = double(visual.newlineTokens);
    visualJson["encoder_passes"] = double(visual.encoderImages);
    visualJson["encoder_tokens_per_pass"] = double(visual.encoderTokensPerImage);
    visualJson["grid_rows"] = visual.gridRows;
    visualJson["grid_columns"] = visual.gridColumns;
    visualJson["resized_width"] = visual.resizedWidth;
    visualJson["resized_height"] = visual.resizedHeight;
    json["visual"] = visualJson;
    json["text_tokens"] = double(estimate.textTokens);
    json["prefill_length"] = double(estimate.prefillLength);
    json["sequence_length"] = double(estimate.sequenceLength);
    json["context_length"] = estimate.contextLength;

    const ParameterCounts &parameters = estimate.parameters;
    QJsonObject parametersJson;
    parametersJson["vision"] = double(parameters.vision);
    parametersJson["connector"] = double(parameters.connector);
    parametersJson["decoder"] = double(parameters.decoderLinear + parameters.decoderOther);
    parametersJson["decoder_active"] = double(parameters.decoderActive);
    parametersJson["total"] = double(parameters.total());
    json["parameters"] = parametersJson;

    const MemoryBytes &memory = estimate.memory;
    QJsonObject memoryJson;
    memoryJson["weights"] = double(memory.weights);
    memoryJson["kv_cache"] = double(memory.kvCache);
    memoryJson["cross_attention_kv"] = double(memory.crossAttentionKv);
    memoryJson["attention_scores"] = double(memory.attentionScores);
    memoryJson["attention_scores_all_layers"] = double(memory.attentionScoresAllLayers);
    memoryJson["activations"] = double(memory.activations);
    memoryJson["total"] = double(memory.total);
    json["memory_bytes"] = memoryJson;

    // flops: floating-point operations, 2 per multiply-accumulate, prefill + decode together;
    // macs: multiply-accumulates split by phase.
    json["flops"] = componentsToJson(sum(estimate.prefill, estimate.decode), 2);
    QJsonObject macsJson;
    macsJson["prefill"] = componentsToJson(estimate.prefill, 1);
    macsJson["decode"] = componentsToJson(estimate.decode, 1);
    json["macs"] = macsJson;

    QJsonObject rooflineJson;
    for (const DeviceProfile &device : devices) {
        const RooflineTime time = rooflineTime(estimate, input, device);
        QJsonObject deviceJson;
        deviceJson["prefill_seconds"] = time.prefillSeconds;
        deviceJson["decode_seconds"] = time.decodeSeconds;
        deviceJson["prefill_bound"] = time.prefillComputeBound ? "compute" : "memory";
        deviceJson["decode_bound"] = time.decodeComputeBound ? "compute" : "memory";
        deviceJson["fits_memory"] = memory.total <= device.memoryBytes;
        deviceJson["memory_bytes"] = double(device.memoryBytes);
        deviceJson["peak_flops"] = peakFlops(device, input.dtype);
        deviceJson["bandwidth_bytes_per_second"] = device.bandwidth;
        rooflineJson[device.name] = deviceJson;
    }
    json["roofline"] = rooflineJson;
    if (input.frames > 0) {
        QJsonObject memoryFrames;
        for (const DeviceProfile &device : devices)
            memoryFrames[device.name] = maxFramesFitting(model, input, device.memoryBytes);
        json["video"] = QJsonObject{{"frames_in_context", maxFramesFitting(model, input, 0)},
                                    {"frames_in_memory_and_context", memoryFrames}};
    }
    json["notes"] = QJsonArray::fromStringList(estimate.notes);
    return json;
}

EstimateInput tierInput(const ModelArchitecture &model)
{
    EstimateInput input;
    input.width = input.height = model.geometry.imageSize;
    input.promptTokens = 512;
    input.outputTokens = 256;
    input.dtype = NumericType::Fp16;
    input.decoderWeightsSet = true;
    input.decoderWeights = NumericType::Int4;
    return input;
}

TierVerdict judgeTier(const TierClaim &claim)
{
    TierVerdict verdict;
    verdict.claim = claim;
    const std::optional<ModelArchitecture> model = findModelPreset(claim.preset);
    const DeviceProfile *device = findGpuDevice(claim.device);
    if (!model || !device)
        return verdict;
    const EstimateInput input = tierInput(*model);
    verdict.inferenceBytes = estimateCost(*model, input).memory.total;
    verdict.trainingBytes = estimateTrainingMemory(*model, input.width, input.height, TrainingRecipe()).total;
    verdict.capacityBytes = device->memoryBytes;
    verdict.fitsInference = verdict.inferenceBytes <= verdict.capacityBytes;
    verdict.fitsTraining = verdict.trainingBytes <= verdict.capacityBytes;
    const QString training = verdict.fitsTraining
        ? QCoreApplication::translate("vlmwb::core::TierVerdict", "fits for QLoRA training with %1 to spare")
              .arg(formatGibibytes(verdict.capacityBytes - verdict.trainingBytes))
        : QCoreApplication::translate("vlmwb::core::TierVerdict", "does not fit for QLoRA training (%1 short)")
              .arg(formatGibibytes(verdict.trainingBytes - verdict.capacityBytes));
    const QString inference = verdict.fitsInference
        ? QCoreApplication::translate("vlmwb::core::TierVerdict", "fits for inference with %1 to spare")
              .arg(formatGibibytes(verdict.capacityBytes - verdict.inferenceBytes))
        : QCoreApplication::translate("vlmwb::core::TierVerdict", "does not fit for inference (%1 short)")
              .arg(formatGibibytes(verdict.inferenceBytes - verdict.capacityBytes));
    verdict.verdict = QCoreApplication::translate("vlmwb::core::TierVerdict", "%1 on %2: %3; %4.")
                          .arg(claim.preset, device->description, inference, training);
    return verdict;
}

} // namespace vlmwb::core
