// What each slot of a batched decoder sequence holds, so attention masks follow from data rather
// than from per-pattern code: lines of different lengths share one tensor, their padding slots are
// invalid, and each slot carries the learned-position index it would have if its line ran alone.
#pragma once

#include <torch/torch.h>

namespace vlmwb::inference {

struct SequenceSlots {
    torch::Tensor positions; // [batch, slots] int64, learned-position index of the slot
    torch::Tensor valid;     // [batch, slots] bool, false for padding
    torch::Tensor visual;    // [batch, slots] bool, part of the image prefix

    int64_t length() const { return positions.defined() ? positions.size(1) : 0; }
    void append(const SequenceSlots &more);
    void select(const torch::Tensor &order); // keeps batch rows `order`

    // Text slots continuing each line: positions start[b] + 0..count-1, all valid, not visual.
    static SequenceSlots text(const torch::Tensor &start, int64_t count);
    // An image prefix of `slots` slots per line, of which lengths[b] are real.
    static SequenceSlots image(const std::vector<int64_t> &lengths, int64_t slots, torch::Device device);
};

// [batch, queries, keys] bool: true where the query may attend to the key.
// Padding keys are never seen. Text sees every real visual slot and earlier-or-equal text
// positions. Visual slots never see text; among themselves they see each other (prefix mask) or
// only earlier-or-equal positions (causalVisual). A padding query sees every key (its row is
// discarded; this only keeps its softmax finite).
torch::Tensor allowedAttention(const SequenceSlots &queries, const SequenceSlots &keys, bool causalVisual);

} // namespace vlmwb::inference
