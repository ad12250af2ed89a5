// The random source of the synthetic corpus. Every draw is computed here from the raw 64-bit
// output of std::mt19937_64, whose sequence the C++ standard fixes, so a seed gives the same corpus
// with every standard library and on every machine (std::uniform_*_distribution does not).
#pragma once

#include <QList>

#include <cstdint>
#include <random>

namespace vlmwb::core {

class SynthRandom
{
public:
    explicit SynthRandom(std::uint64_t seed) : m_engine(seed) {}

    // The seed of item `index` of a stream seeded with `seed`: items can be drawn in any order, in
    // parallel or from a resumed position, and stay the same.
    static std::uint64_t itemSeed(std::uint64_t seed, std::uint64_t index);

    std::uint64_t bits() { return m_engine(); }
    // Uniform in [low, high], both included; low <= high.
    int integer(int low, int high);
    // Uniform in [low, high).
    double real(double low, double high);
    // True with probability p.
    bool chance(double p) { return real(0.0, 1.0) < p; }
    // Standard normal (Box-Muller on real()).
    double normal();

    template <typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(integer(0, int(items.size()) - 1));
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace vlmwb::core
