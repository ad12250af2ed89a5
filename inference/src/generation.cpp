// Greedy / beam search with a KV cache (see generation.h).
#include "generation.h"

#include "vlmwb/tokenizer.h"

namespace vlmwb::inference {

std::vector<GeneratedLine> generate(VlmModel &model, const ImageBatch &images, const std::vector<int> &prefix,
                                    const GenerationOptions &options, RunContext &context)
{
    torch::NoGradGuard noGrad;
    const int64_t batch = images.pixels.size(0);
    const int64_t beam = std::max(1, options.beam);
    const torch::Device device = images.pixels.device();
    const auto longOptions = torch::TensorOptions().dtype(torch::kLong).device(device);
    context.wantCtc = options.ctcWeight > 0.0 && options.ctcVocabulary != nullptr;
    VisualMemory memory = model.encodeImages(images, context);
    context.wantCtc = false;
    if (memory.ctcLogProbabilities.defined())
        return generateWithCtc(model, std::move(memory), prefix, options, context);

    // Every hypothesis: row b * beam + k. All rows start identical; only beam 0 is live at first.
    const torch::Tensor expand = torch::arange(batch, longOptions).repeat_interleave(beam);
    const torch::Tensor prefixIds =
        torch::tensor(std::vector<int64_t>(prefix.begin(), prefix.end()), torch::kLong).to(device);
    torch::Tensor sequences = prefixIds.view({1, -1}).expand({batch * beam, -1}).contiguous(); // [rows, length]
    torch::Tensor scores = torch::full({batch, beam}, -std::numeric_limits<float>::infinity(),
                                       torch::TensorOptions().dtype(torch::kFloat).device(device));
    scores.select(1, 0).fill_(0.0f);
    torch::Tensor finished = torch::zeros({batch * beam}, torch::TensorOptions().dtype(torch::kBool).device(device));
    std::vector<std::vector<float>> probabilities(batch * beam);

    DecoderState state = model.startDecoding(memory);
    state.select(expand);
    const VisualMemory beamMemory = state.memory;
    torch::Tensor pending = sequences; // ids not yet fed with the cache
    // Stop before the learned positions run out.
    const int64_t positionsLeft =
        model.config().decoder.maxPositions - memory.prefixPositions - static_cast<int64_t>(prefix.size());
    const int64_t steps = std::min<int64_t>(options.maxNewTokens, positionsLeft + 1);
    for (int64_t step = 0; step < steps; ++step) {
        torch::Tensor logits;
        if (options.useCache) {
            logits = model.decode(state, pending, context).select(1, -1);
        } else {
            DecoderState fresh = model.startDecoding(beamMemory);
            logits = model.decode(fresh, sequences, context).select(1, -1);
        }
        logits = logits.to(torch::kFloat);
        if (options.stepLogits)
            options.stepLogits->push_back(logits);
        torch::Tensor logProbabilities = torch::log_softmax(logits, -1); // [rows, vocab]
        const int64_t vocab = logProbabilities.size(1);
        // A finished hypothesis only continues with EOS at no cost, so its score stays fixed.
        const torch::Tensor finishedRows = finished.view({-1, 1});
        torch::Tensor onlyEos = torch::full_like(logProbabilities, -std::numeric_limits<float>::infinity());
        onlyEos.select(1, token::Eos).fill_(0.0f);
        logProbabilities = torch::where(finishedRows, onlyEos, logProbabilities);
        const torch::Tensor candidates = (scores.view({batch, beam, 1}) + logProbabilities.view({batch, beam, vocab}))
                                             .view({batch, beam * vocab});
        const auto best = candidates.topk(beam, 1);
        scores = std::get<0>(best);
        const torch::Tensor choice = std::get<1>(best);
        const torch::Tensor parent = torch::div(choice, vocab, "floor") + torch::arange(batch, longOptions).view({-1, 1}) * beam;
        const torch::Tensor chosen = (choice % vocab).view({-1});
        const torch::Tensor parentRows = parent.view({-1});
        const torch::Tensor chosenProbabilities =
            torch::log_softmax(logits, -1).index_select(0, parentRows).gather(1, chosen.view({-1, 1})).exp().view({-1});
        // Reorder everything by parent, then append the chosen ids.
        const torch::Tensor cpuParents = parentRows.to(torch::kCPU);
        const torch::Tensor cpuProbabilities = chosenProbabilities.to(torch::kCPU);
        const torch::Tensor wasFinished = finished.index_select(0, parentRows);
        const torch::Tensor cpuWasFinished = wasFinished.to(torch::kCPU);
        std::vector<std::vector<float>> reordered(batch * beam);
        for (int64_t row = 0; row < batch * beam; ++row) {
            reordered[row] = probabilities[cpuParents[row].item<int64_t>()];
            if (!cpuWasFinished[row].item<bool>())
                reordered[row].push_back(cpuProbabilities[row].item<float>());
        }
        probabilities = std::move(reordered);
        sequences = torch::cat({sequences.index_select(0, parentRows), chosen.view({-1, 1})}, 1);
        finished = wasFinished | chosen.eq(token::Eos);
        if (options.useCache)
            state.select(parentRows);
        pending = chosen.view({-1, 1});
        if (finished.all().item<bool>())
            break;
    }

    std::vector<GeneratedLine> lines(batch);
    const torch::Tensor bestBeam = scores.argmax(1).to(torch::kCPU);
    const torch::Tensor cpuSequences = sequences.to(torch::kCPU);
    const torch::Tensor cpuScores = scores.to(torch::kCPU);
    const int64_t prefixLength = static_cast<int64_t>(prefix.size());
    for (int64_t line = 0; line < batch; ++line) {
        const int64_t k = bestBeam[line].item<int64_t>();
        const int64_t row = line * beam + k;
        GeneratedLine &result = lines[line];
        result.probabilities = probabilities[row];
        for (std::size_t index = 0; index < result.probabilities.size(); ++index)
            result.ids.push_back(static_cast<int>(cpuSequences[row][prefixLength + index].item<int64_t>()));
        result.logProbability = cpuScores[line][k].item<float>();
    }
    return lines;
}

} // namespace vlmwb::inference
