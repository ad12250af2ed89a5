#include "core/synth_random.h"

#include <cmath>

namespace vlmwb::core {

namespace {

// SplitMix64's finaliser: a bijection that spreads neighbouring inputs over the whole range.
std::uint64_t mix(std::uint64_t value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

} // namespace

std::uint64_t SynthRandom::itemSeed(std::uint64_t seed, std::uint64_t index)
{
    return mix(mix(seed) ^ mix(index + 0x632be59bd9b4e019ULL));
}

int SynthRandom::integer(int low, int high)
{
    const std::uint64_t range = std::uint64_t(std::int64_t(high) - std::int64_t(low)) + 1;
    // Rejection sampling: only the largest multiple of range below 2^64 is used, so no value is
    // favoured.
    const std::uint64_t limit = std::uint64_t(0) - (std::uint64_t(0) - range) % range;
    std::uint64_t value = bits();
    while (limit != 0 && value >= limit)
        value = bits();
    return int(std::int64_t(low) + std::int64_t(value % range));
}

double SynthRandom::real(double low, double high)
{
    // 53 random bits: every double in [0, 1) with spacing 2^-53.
    const double unit = double(bits() >> 11) * (1.0 / 9007199254740992.0);
    return low + (high - low) * unit;
}

double SynthRandom::normal()
{
    const double u1 = 1.0 - real(0.0, 1.0); // (0, 1]: log is finite
    const double u2 = real(0.0, 1.0);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
}

} // namespace vlmwb::core
