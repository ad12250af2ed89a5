// Units a dose is written in, with their UCUM codes and how they convert within one dimension.
#pragma once

#include <QString>

namespace vlmwb::core {

enum class UnitDimension { Mass, Volume, Units, Equivalents, Moles, Percent, Count };

struct DoseUnit {
    QString canonical;        // "mg", "mcg", "g", "kg", "mL", "L", "IU", "units", "mEq", "mmol", "%", "tablet", ...
    QString ucum;             // "mg", "ug", "g", "kg", "mL", "L", "[iU]", "[U]", "meq", "mmol", "%", "{tablet}", ...
    UnitDimension dimension = UnitDimension::Mass;
    double factor = 1.0;      // to the dimension's base: mass in mcg, volume in mL, others 1
};

// The unit written as text ("mg", "µg", "ug", "cc", "U", "Units", "mEq", "%", "tabs", "정"); case
// is ignored except that "L" and "l" both mean litre. Returns nullptr for anything else.
const DoseUnit *findDoseUnit(const QString &written);

// True when the two canonical units can stand for each other in a plausibility check ("IU" and
// "units" are both unit counts; "mg" and "mcg" are not).
bool sameUnitFamily(const DoseUnit &a, const DoseUnit &b);

} // namespace vlmwb::core
