// Greedy and beam-search decoding over a batch of line images, with the KV cache of DecoderState.
#pragma once

#include "ctc.h"
#include "vlm_model.h"

namespace vlmwb::inference {

struct GenerationOptions {
    int maxNewTokens = 64;
    int beam = 1;          // 1 = greedy
    bool useCache = true;  // false: recompute the whole sequence at every step (reference path)
    // Optional: receives the logits [batch * beam, vocab] of every step (tests compare paths).
    std::vector<torch::Tensor> *stepLogits = nullptr;
    // Joint CTC / attention decoding (generation_ctc.cpp) when > 0, the vocabulary is given and the
    // model's vision encoder has a CTC head; otherwise the decoder alone.
    double ctcWeight = 0.0;
    const CtcVocabulary *ctcVocabulary = nullptr;
};

struct GeneratedLine {
    std::vector<int> ids;             // generated ids, EOS included when it was generated
    std::vector<float> probabilities; // model probability of each generated id
    double logProbability = 0.0;      // sum of the ids' log-probabilities (the beam score)
};

// prefix: the ids every line starts with (BOS + prompt bytes). Beam search keeps `beam` hypotheses
// per line ranked by summed log-probability; a finished hypothesis (EOS) keeps its score. The best
// hypothesis of each line is returned. MACs go to context.macs.
// Joint CTC / attention beam search over memory with CTC log-probabilities (generation_ctc.cpp).
std::vector<GeneratedLine> generateWithCtc(VlmModel &model, VisualMemory memory, const std::vector<int> &prefix,
                                           const GenerationOptions &options, RunContext &context);

// Reads each line with the vision encoder's CTC head alone (greedy: best class per frame, repeats
// merged, blanks dropped): what the encoder sees before any decoder. Throws when there is no head.
std::vector<GeneratedLine> readWithCtcHead(VlmModel &model, const ImageBatch &images, const CtcVocabulary &vocabulary,
                                           RunContext &context);

std::vector<GeneratedLine> generate(VlmModel &model, const ImageBatch &images, const std::vector<int> &prefix,
                                    const GenerationOptions &options, RunContext &context);

} // namespace vlmwb::inference
