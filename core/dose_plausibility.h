// Checks a parsed dose against how the matched drug is usually dosed (units and strengths from the
// lexicon): "Levothyroxine 50 mg" is flagged as likely 50 mcg.
#pragma once

#include "core/dose_parser.h"

#include <QStringList>

namespace vlmwb::core {

// Warnings (codes "unit-implausible", "unit-unusual", "dose-above-usual-range",
// "dose-below-usual-range") for dose given the drug's display name and its usual units and
// strengths (DrugEntry::units, DrugEntry::strengths). No warning when the dose has no strength or
// the lexicon gives no units. The range check compares one dose (the high end of a range, or the
// low end for the lower bound) with single strengths of the same dimension, not concentrations:
// more than ten times the largest, or less than a tenth of the smallest, is flagged; ten leaves
// room for several tablets a dose and for paediatric doses.
QVector<VerificationWarning> checkDosePlausibility(const ParsedDose &dose, const QString &drugName,
                                                   const QStringList &usualUnits,
                                                   const QStringList &usualStrengths);

} // namespace vlmwb::core
