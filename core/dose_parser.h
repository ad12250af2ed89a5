// Reads the dose that follows a drug name on a prescription line: strength ("500 mg", "5 mg/mL",
// "1-2 tabs"), frequency, route, duration and quantity, in English and Korean, and flags the
// notations ISMP lists as error-prone.
#pragma once

#include "core/verification_warning.h"

#include <QString>
#include <QVector>

namespace vlmwb::core {

struct ParsedDose {
    // Strength per dose ("500 mg", "250 mg/5 mL", "1,000 units"); hasStrength false when none.
    bool hasStrength = false;
    double amount = 0.0;      // the amount, or the low end of a range ("1-2" -> 1)
    double amountHigh = 0.0;  // the high end of a range; equal to amount otherwise
    QString unitText;         // as written: "µg", "cc", "U"
    QString unit;             // canonical: "mcg", "mL", "units" (see dose_units.h)
    QString ucum;             // UCUM code of unit: "ug", "mL", "[U]"
    double perAmount = 0.0;   // for "250 mg/5 mL": 5; for "5 mg/mL": 1; 0 when not a rate or concentration
    QString perUnit;          // "mL", "kg", "h"
    QString strengthText;     // the strength as written: "250 mg/5 mL"

    // Units taken per dose when written as a count ("1-2 tabs", "2 puffs", "1정").
    double countLow = 0.0;    // 0 when none
    double countHigh = 0.0;
    QString countUnit;        // canonical: "tablet", "capsule", "puff", "drop", ...

    QString frequency;        // code: "QD", "BID", "TID", "QID", "QOD", "HS", "QAM", "QPM", "QWEEK",
                              // "q8h", "q4-6h", "5x/day", or "PRN" when only as needed; empty when none
    double timesPerDay = 0.0; // most doses a day the frequency allows (q4-6h -> 6); 0 when unknown
    bool asNeeded = false;    // PRN / as needed / 필요시
    QString route;            // "PO", "IV", "IM", "SC", "SL", "PR", "topical", "inhalation", ...
    int durationDays = 0;     // "x 7 days", "for 2 weeks" (14), "7일"; 0 when none
    int quantity = 0;         // "#30", "Disp: 30", "30 tabs"; 0 when none

    int start = -1;           // QChar span of all the parts found, in the parsed text
    int length = 0;
    QString text;             // that span
    QVector<VerificationWarning> warnings; // ISMP error-prone notations, decimal commas

    QString unitDisplay() const; // "mg", "mg/mL", "mg/5 mL"
    bool isEmpty() const { return start < 0; }
};

// Parses text (typically the part of a line after a drug name). Never fails: parts that are not
// found stay empty.
ParsedDose parseDose(const QString &text);

// The number as written on a label: "1,000", "0.5", ".5", "2,5" (decimal comma), "1/2", "½", "1½",
// "1 1/2". Returns false for anything else.
bool parseDoseNumber(const QString &written, double *value);

} // namespace vlmwb::core
