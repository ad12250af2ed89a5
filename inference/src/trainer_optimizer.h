// AdamW over named parameters, whose moments are saved by parameter name (so a resumed run
// continues exactly), and the learning-rate schedule: linear warm-up, then cosine to 10 %.
#pragma once

#include <torch/torch.h>

#include <map>
#include <string>
#include <vector>

namespace vlmwb::inference {

struct AdamWSettings {
    double beta1 = 0.9;
    double beta2 = 0.999;
    double epsilon = 1e-8;
    double weightDecay = 0.01;
};

class NamedAdamW
{
public:
    // parameters: the trainable ones, each tensor once. Weight decay applies to matrices of two or
    // more dimensions except embeddings (names ending in "embed.weight" / "_embed").
    NamedAdamW(std::vector<std::pair<std::string, torch::Tensor>> parameters, AdamWSettings settings);

    void zeroGrad();
    // Clips the global gradient norm to maxNorm (<= 0: no clipping); returns the norm before.
    double clipGradients(double maxNorm);
    void step(double learningRate);

    int64_t steps() const { return m_steps; }
    // Moments as "exp_avg.NAME" / "exp_avg_sq.NAME" (on the CPU) and the step count.
    std::map<std::string, torch::Tensor> state() const;
    // Throws std::runtime_error when a moment is missing or mis-shaped.
    void loadState(const std::map<std::string, torch::Tensor> &state, int64_t steps, const std::string &fileName);

private:
    struct Slot {
        std::string name;
        torch::Tensor parameter;
        torch::Tensor average;
        torch::Tensor squareAverage;
        bool decay = true;
    };
    std::vector<Slot> m_slots;
    AdamWSettings m_settings;
    int64_t m_steps = 0;
};

// Learning rate of step (0-based) in a schedule of `steps` with `warmup` warm-up steps.
double scheduledLearningRate(double peak, int step, int steps, int warmup);

} // namespace vlmwb::inference
