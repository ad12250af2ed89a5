// Joint CTC / attention beam search (see generation.h): the decoder proposes its most likely next
// tokens, and each hypothesis is ranked by
//   (1 - ctcWeight) * sum of the decoder's log-probabilities + ctcWeight * CTC prefix log-score,
// so a decoder that drifts into fluent text the image does not show loses to one that follows it.
#include "ctc_prefix_scorer.h"
#include "generation.h"

#include "vlmwb/tokenizer.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace vlmwb::inference {
namespace {

struct Hypothesis {
    bool live = false;
    bool finished = false;
    std::vector<int> ids;
    std::vector<float> probabilities;
    double attention = 0.0; // summed decoder log-probabilities
    float ctc = 0.0f;       // CTC prefix (or, once finished, complete) log-score
    ByteCtcState ctcState;
};

struct Candidate {
    std::size_t parent = 0;
    int token = 0;
    double attention = 0.0;
    float ctc = 0.0f;
    double total = 0.0;
};

double jointScore(double attention, float ctc, double weight)
{
    return (1.0 - weight) * attention + weight * static_cast<double>(ctc);
}

} // namespace

std::vector<GeneratedLine> generateWithCtc(VlmModel &model, VisualMemory memory, const std::vector<int> &prefix,
                                           const GenerationOptions &options, RunContext &context)
{
    const int64_t batch = memory.tokens.size(0);
    const int64_t beam = std::max(1, options.beam);
    const auto rows = static_cast<std::size_t>(batch * beam);
    const torch::Device device = memory.tokens.device();
    const auto longOptions = torch::TensorOptions().dtype(torch::kLong).device(device);
    const double weight = options.ctcWeight;
    // Decoder proposals per hypothesis; EOS is always among them so CTC can end a line, and so are
    // the CTC head's own best next characters, so the image can overrule a decoder that has not
    // learnt to follow it.
    const int64_t proposals = std::max<int64_t>(2 * beam, 6);
    const int ctcProposals = static_cast<int>(std::max<int64_t>(beam, 3));

    std::vector<CtcPrefixScorer> scorers;
    std::vector<ByteCtcScorer> byteScorers;
    scorers.reserve(static_cast<std::size_t>(batch));
    const torch::Tensor cpuLogProbabilities = memory.ctcLogProbabilities.to(torch::kCPU);
    for (int64_t line = 0; line < batch; ++line)
        scorers.emplace_back(cpuLogProbabilities[line].narrow(0, 0, memory.ctcFrames[static_cast<std::size_t>(line)]));
    for (const CtcPrefixScorer &scorer : scorers)
        byteScorers.emplace_back(scorer, *options.ctcVocabulary);

    std::vector<Hypothesis> hypotheses(rows);
    for (int64_t line = 0; line < batch; ++line) {
        Hypothesis &first = hypotheses[static_cast<std::size_t>(line * beam)];
        first.live = true;
        first.ctcState = byteScorers[static_cast<std::size_t>(line)].start();
    }

    const int64_t prefixPositions = memory.prefixPositions;
    // The state takes the memory over: a second reference here would keep early_fusion's prefix
    // keys and values alive beside the decoder's own copy for the whole line.
    DecoderState state = model.startDecoding(std::move(memory));
    state.select(torch::arange(batch, longOptions).repeat_interleave(beam));
    const torch::Tensor prefixIds =
        torch::tensor(std::vector<int64_t>(prefix.begin(), prefix.end()), torch::kLong).to(device);
    torch::Tensor pending = prefixIds.view({1, -1}).expand({static_cast<int64_t>(rows), -1}).contiguous();
    const int64_t positionsLeft =
        model.config().decoder.maxPositions - prefixPositions - static_cast<int64_t>(prefix.size());
    const int64_t steps = std::min<int64_t>(options.maxNewTokens, positionsLeft + 1);

    for (int64_t step = 0; step < steps; ++step) {
        const torch::Tensor logits = model.decode(state, pending, context).select(1, -1).to(torch::kFloat);
        const torch::Tensor logProbabilities = torch::log_softmax(logits, -1).to(torch::kCPU).contiguous();
        const std::tuple<torch::Tensor, torch::Tensor> top = logProbabilities.topk(proposals, 1);
        const torch::Tensor topIds = std::get<1>(top).contiguous();
        const auto vocab = logProbabilities.size(1);
        const float *values = logProbabilities.data_ptr<float>();
        const int64_t *ids = topIds.data_ptr<int64_t>();

        std::vector<Hypothesis> next(rows);
        std::vector<int64_t> parents(rows, 0);
        std::vector<int64_t> chosen(rows, token::Eos);
        bool anyOpen = false;
        for (int64_t line = 0; line < batch; ++line) {
            const ByteCtcScorer &scorer = byteScorers[static_cast<std::size_t>(line)];
            std::vector<Candidate> candidates;
            for (int64_t k = 0; k < beam; ++k) {
                const auto row = static_cast<std::size_t>(line * beam + k);
                const Hypothesis &hypothesis = hypotheses[row];
                if (!hypothesis.live)
                    continue;
                if (hypothesis.finished) {
                    candidates.push_back({row, token::Eos, hypothesis.attention, hypothesis.ctc,
                                          jointScore(hypothesis.attention, hypothesis.ctc, weight)});
                    continue;
                }
                std::vector<int> tokens;
                for (int64_t index = 0; index < proposals; ++index)
                    tokens.push_back(static_cast<int>(ids[static_cast<int64_t>(row) * proposals + index]));
                for (const int byte : scorer.proposals(hypothesis.ctcState, ctcProposals))
                    if (std::find(tokens.begin(), tokens.end(), byte) == tokens.end())
                        tokens.push_back(byte);
                if (std::find(tokens.begin(), tokens.end(), token::Eos) == tokens.end())
                    tokens.push_back(token::Eos);
                for (const int token : tokens) {
                    Candidate candidate;
                    candidate.parent = row;
                    candidate.token = token;
                    candidate.ctc = scorer.score(hypothesis.ctcState, token, nullptr);
                    if (candidate.ctc == -std::numeric_limits<float>::infinity())
                        continue;
                    candidate.attention = hypothesis.attention + values[static_cast<int64_t>(row) * vocab + token];
                    candidate.total = jointScore(candidate.attention, candidate.ctc, weight);
                    candidates.push_back(std::move(candidate));
                }
            }
            const auto kept = std::min<std::size_t>(candidates.size(), static_cast<std::size_t>(beam));
            std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(kept),
                              candidates.end(),
                              [](const Candidate &a, const Candidate &b) { return a.total > b.total; });
            for (std::size_t k = 0; k < kept; ++k) {
                const Candidate &candidate = candidates[k];
                const auto row = static_cast<std::size_t>(line * beam) + k;
                const Hypothesis &parent = hypotheses[candidate.parent];
                Hypothesis &child = next[row];
                child = parent;
                child.attention = candidate.attention;
                child.ctc = candidate.ctc;
                scorer.score(parent.ctcState, candidate.token, &child.ctcState);
                if (!parent.finished) {
                    child.ids.push_back(candidate.token);
                    child.probabilities.push_back(
                        std::exp(values[static_cast<int64_t>(candidate.parent) * vocab + candidate.token]));
                    child.finished = candidate.token == token::Eos;
                }
                anyOpen = anyOpen || !child.finished;
                parents[row] = static_cast<int64_t>(candidate.parent);
                chosen[row] = candidate.token;
            }
            // Rows without a hypothesis follow the line's first row so the cache stays well formed.
            for (std::size_t k = kept; k < static_cast<std::size_t>(beam); ++k)
                parents[static_cast<std::size_t>(line * beam) + k] = line * beam;
        }
        hypotheses = std::move(next);
        if (!anyOpen)
            break;
        state.select(torch::tensor(parents, torch::kLong).to(device));
        pending = torch::tensor(chosen, torch::kLong).to(device).view({-1, 1});
    }

    std::vector<GeneratedLine> lines(static_cast<std::size_t>(batch));
    for (int64_t line = 0; line < batch; ++line) {
        const Hypothesis *best = nullptr;
        for (int64_t k = 0; k < beam; ++k) {
            const Hypothesis &hypothesis = hypotheses[static_cast<std::size_t>(line * beam + k)];
            if (hypothesis.live
                && (!best || jointScore(hypothesis.attention, hypothesis.ctc, weight)
                                 > jointScore(best->attention, best->ctc, weight)))
                best = &hypothesis;
        }
        GeneratedLine &result = lines[static_cast<std::size_t>(line)];
        if (!best)
            continue;
        result.ids = best->ids;
        result.probabilities = best->probabilities;
        result.logProbability = best->attention;
    }
    return lines;
}

std::vector<GeneratedLine> readWithCtcHead(VlmModel &model, const ImageBatch &images, const CtcVocabulary &vocabulary,
                                           RunContext &context)
{
    torch::NoGradGuard noGrad;
    context.wantCtc = true;
    const VisualMemory memory = model.encodeImages(images, context);
    context.wantCtc = false;
    if (!memory.ctcLogProbabilities.defined())
        throw std::runtime_error("This " + model.config().pattern + " model has no CTC head to read with.");
    const torch::Tensor logProbabilities = memory.ctcLogProbabilities.to(torch::kCPU);
    const std::tuple<torch::Tensor, torch::Tensor> best = logProbabilities.max(2); // [batch, frames]
    std::vector<GeneratedLine> lines(static_cast<std::size_t>(logProbabilities.size(0)));
    for (std::size_t line = 0; line < lines.size(); ++line) {
        const int64_t frames = memory.ctcFrames[line];
        const torch::Tensor classes = std::get<1>(best)[static_cast<int64_t>(line)].narrow(0, 0, frames).contiguous();
        const torch::Tensor peaks = std::get<0>(best)[static_cast<int64_t>(line)].narrow(0, 0, frames).exp().contiguous();
        const int64_t *classData = classes.data_ptr<int64_t>();
        const float *peakData = peaks.data_ptr<float>();
        GeneratedLine &result = lines[line];
        int64_t previous = 0;
        for (int64_t frame = 0; frame < frames; ++frame) {
            const int64_t value = classData[frame];
            if (value != previous && value >= 1) {
                // The character's probability goes on its first byte, so the product over its bytes
                // (the per-character confidence) is the frame's probability.
                const std::vector<int> bytes = ByteTokenizer::encode(vocabulary.decodeGreedy({value}));
                for (std::size_t index = 0; index < bytes.size(); ++index) {
                    result.ids.push_back(bytes[index]);
                    result.probabilities.push_back(index == 0 ? peakData[frame] : 1.0f);
                    result.logProbability += index == 0 ? std::log(std::max(peakData[frame], 1e-30f)) : 0.0;
                }
            }
            previous = value;
        }
        result.ids.push_back(token::Eos);
        result.probabilities.push_back(1.0f);
    }
    return lines;
}

} // namespace vlmwb::inference
