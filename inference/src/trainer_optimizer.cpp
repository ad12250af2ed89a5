// AdamW and the schedule (see trainer_optimizer.h).
#include "trainer_optimizer.h"

#include <cmath>
#include <stdexcept>

namespace vlmwb::inference {
namespace {

bool endsWith(const std::string &text, const std::string &suffix)
{
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

NamedAdamW::NamedAdamW(std::vector<std::pair<std::string, torch::Tensor>> parameters, AdamWSettings settings)
    : m_settings(settings)
{
    for (auto &[name, parameter] : parameters) {
        Slot slot;
        slot.name = name;
        slot.parameter = parameter;
        slot.average = torch::zeros_like(parameter);
        slot.squareAverage = torch::zeros_like(parameter);
        slot.decay = parameter.dim() >= 2 && !endsWith(name, "embed.weight") && !endsWith(name, "_embed");
        m_slots.push_back(std::move(slot));
    }
}

void NamedAdamW::zeroGrad()
{
    for (Slot &slot : m_slots)
        if (slot.parameter.grad().defined())
            slot.parameter.mutable_grad().zero_();
}

double NamedAdamW::clipGradients(double maxNorm)
{
    torch::NoGradGuard noGrad;
    torch::Tensor total = torch::zeros({}, torch::kDouble);
    for (const Slot &slot : m_slots)
        if (slot.parameter.grad().defined())
            total += slot.parameter.grad().to(torch::kDouble).pow(2).sum().to(torch::kCPU);
    const double norm = std::sqrt(total.item<double>());
    if (maxNorm > 0.0 && norm > maxNorm && std::isfinite(norm)) {
        const double scale = maxNorm / (norm + 1e-6);
        for (Slot &slot : m_slots)
            if (slot.parameter.grad().defined())
                slot.parameter.mutable_grad().mul_(scale);
    }
    return norm;
}

void NamedAdamW::step(double learningRate)
{
    torch::NoGradGuard noGrad;
    ++m_steps;
    const double correction1 = 1.0 - std::pow(m_settings.beta1, static_cast<double>(m_steps));
    const double correction2 = 1.0 - std::pow(m_settings.beta2, static_cast<double>(m_steps));
    for (Slot &slot : m_slots) {
        const torch::Tensor gradient = slot.parameter.grad();
        if (!gradient.defined())
            continue;
        if (slot.decay)
            slot.parameter.mul_(1.0 - learningRate * m_settings.weightDecay);
        slot.average.mul_(m_settings.beta1).add_(gradient, 1.0 - m_settings.beta1);
        slot.squareAverage.mul_(m_settings.beta2).addcmul_(gradient, gradient, 1.0 - m_settings.beta2);
        const torch::Tensor denominator = (slot.squareAverage / correction2).sqrt_().add_(m_settings.epsilon);
        slot.parameter.addcdiv_(slot.average, denominator, -learningRate / correction1);
    }
}

std::map<std::string, torch::Tensor> NamedAdamW::state() const
{
    std::map<std::string, torch::Tensor> state;
    for (const Slot &slot : m_slots) {
        state["exp_avg." + slot.name] = slot.average.to(torch::kCPU);
        state["exp_avg_sq." + slot.name] = slot.squareAverage.to(torch::kCPU);
    }
    return state;
}

void NamedAdamW::loadState(const std::map<std::string, torch::Tensor> &state, int64_t steps, const std::string &fileName)
{
    torch::NoGradGuard noGrad;
    for (Slot &slot : m_slots) {
        for (auto [prefix, target] : {std::pair<std::string, torch::Tensor *>{"exp_avg.", &slot.average},
                                      std::pair<std::string, torch::Tensor *>{"exp_avg_sq.", &slot.squareAverage}}) {
            const auto found = state.find(prefix + slot.name);
            if (found == state.end() || !found->second.sizes().equals(target->sizes()))
                throw std::runtime_error("The optimizer state \"" + fileName + "\" has no matching tensor \"" + prefix
                                         + slot.name + "\": it belongs to another model or stage.");
            target->copy_(found->second);
        }
    }
    m_steps = steps;
}

double scheduledLearningRate(double peak, int step, int steps, int warmup)
{
    if (warmup > 0 && step < warmup)
        return peak * (step + 1) / warmup;
    const double span = std::max(1, steps - warmup);
    const double progress = std::min(1.0, (step - warmup) / span);
    const double floor = 0.1;
    const double pi = std::acos(-1.0);
    return peak * (floor + (1.0 - floor) * 0.5 * (1.0 + std::cos(pi * progress)));
}

} // namespace vlmwb::inference
