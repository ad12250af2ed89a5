// Lays synthetic text out as a line image or an A4 page, before any degradation.
#pragma once

#include "core/synth_sample.h"

namespace vlmwb::core {

class SynthFontLibrary;
class SynthRandom;
class SynthTextGenerator;

// A4 at 150 dpi.
constexpr int synthPageWidth = 1240;
constexpr int synthPageHeight = 1754;

// One line, tightly cropped with small margins, in a random face and size (text 24-40 px).
SynthSample composeSynthLine(const SynthTextGenerator &generator, const SynthFontLibrary &fonts,
                             SynthRandom &random);

// A prescription page: header, patient block, drugs as a list or a ruled table, footer; 8-25 lines,
// some set in two columns.
SynthSample composeSynthPage(const SynthTextGenerator &generator, const SynthFontLibrary &fonts,
                             SynthRandom &random);

} // namespace vlmwb::core
