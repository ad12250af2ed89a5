// Masks from slot descriptions (see sequence_slots.h).
#include "sequence_slots.h"

namespace vlmwb::inference {

void SequenceSlots::append(const SequenceSlots &more)
{
    if (!positions.defined()) {
        *this = more;
        return;
    }
    positions = torch::cat({positions, more.positions}, 1);
    valid = torch::cat({valid, more.valid}, 1);
    visual = torch::cat({visual, more.visual}, 1);
}

void SequenceSlots::select(const torch::Tensor &order)
{
    if (!positions.defined())
        return;
    positions = positions.index_select(0, order);
    valid = valid.index_select(0, order);
    visual = visual.index_select(0, order);
}

SequenceSlots SequenceSlots::text(const torch::Tensor &start, int64_t count)
{
    SequenceSlots slots;
    const auto options = torch::TensorOptions().dtype(torch::kLong).device(start.device());
    slots.positions = start.view({-1, 1}) + torch::arange(count, options).view({1, -1});
    slots.valid = torch::ones_like(slots.positions, torch::kBool);
    slots.visual = torch::zeros_like(slots.positions, torch::kBool);
    return slots;
}

SequenceSlots SequenceSlots::image(const std::vector<int64_t> &lengths, int64_t slots, torch::Device device)
{
    SequenceSlots result;
    const auto options = torch::TensorOptions().dtype(torch::kLong).device(device);
    const int64_t batch = static_cast<int64_t>(lengths.size());
    result.positions = torch::arange(slots, options).view({1, -1}).expand({batch, slots}).contiguous();
    const torch::Tensor length = torch::tensor(lengths, torch::kLong).to(device).view({-1, 1});
    result.valid = result.positions < length;
    result.visual = torch::ones_like(result.valid);
    return result;
}

torch::Tensor allowedAttention(const SequenceSlots &queries, const SequenceSlots &keys, bool causalVisual)
{
    const torch::Tensor queryPosition = queries.positions.unsqueeze(2); // [b, q, 1]
    const torch::Tensor keyPosition = keys.positions.unsqueeze(1);      // [b, 1, k]
    const torch::Tensor queryVisual = queries.visual.unsqueeze(2);
    const torch::Tensor keyVisual = keys.visual.unsqueeze(1);
    const torch::Tensor notLater = keyPosition <= queryPosition;
    const torch::Tensor visualToVisual = queryVisual & keyVisual & (causalVisual ? notLater : torch::ones_like(notLater));
    const torch::Tensor textToVisual = queryVisual.logical_not() & keyVisual;
    const torch::Tensor textToText = queryVisual.logical_not() & keyVisual.logical_not() & notLater;
    const torch::Tensor seen = (visualToVisual | textToVisual | textToText) & keys.valid.unsqueeze(1);
    return seen | queries.valid.logical_not().unsqueeze(2);
}

} // namespace vlmwb::inference
