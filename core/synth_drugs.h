// The drugs the synthetic corpus writes, taken from the project's drug lexicon.
#pragma once

#include "core/synth_text.h"

namespace vlmwb::core {

// Every name of the default lexicon (generic, brand and Korean). Empty, with a sentence in *error,
// when the lexicon cannot be loaded.
QList<SynthDrug> defaultSynthDrugs(QString *error);

} // namespace vlmwb::core
