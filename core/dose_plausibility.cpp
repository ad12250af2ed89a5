#include "core/dose_plausibility.h"

#include "core/dose_units.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace vlmwb::core {

namespace {

// Holds this file's tr(): lupdate files its strings under the context named here, the one
// QCoreApplication::translate() looks them up in at run time.
class DosePlausibilityText
{
    Q_DECLARE_TR_FUNCTIONS(vlmwb::core::DosePlausibility)
};

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

QVector<VerificationWarning> checkDosePlausibility(const ParsedDose &dose, const QString &drugName,
                                                   const QStringList &usualUnits,
                                                   const QStringList &usualStrengths)
{
    QVector<VerificationWarning> warnings;
    const DoseUnit *unit = findDoseUnit(dose.unit);
    if (!dose.hasStrength || !unit || usualUnits.isEmpty())
        return warnings;
    const QString written = dose.strengthText.simplified();

    QVector<const DoseUnit *> usual;
    for (const QString &name : usualUnits) {
        if (const DoseUnit *known = findDoseUnit(name))
            usual.append(known);
    }
    const bool unitIsUsual = std::any_of(usual.cbegin(), usual.cend(),
                                         [&](const DoseUnit *u) { return sameUnitFamily(*u, *unit); });
    if (!unitIsUsual && !usual.isEmpty()) {
        const auto sameDimension = std::find_if(usual.cbegin(), usual.cend(), [&](const DoseUnit *u) {
            return u->dimension == unit->dimension;
        });
        if (sameDimension != usual.cend()) {
            warnings.append({QStringLiteral("unit-implausible"),
                             DosePlausibilityText::tr(
                                 "%1 is usually dosed in %2, not %3; \"%4\" may be a misreading of "
                                 "%5 %2.")
                                 .arg(drugName, (*sameDimension)->canonical, unit->canonical, written,
                                      number(dose.amount))});
        } else {
            warnings.append({QStringLiteral("unit-unusual"),
                             DosePlausibilityText::tr("%1 is usually dosed in %2; check the unit of \"%3\".")
                                 .arg(drugName, usualUnits.join(QStringLiteral(", ")), written)});
        }
    }

    if (!dose.perUnit.isEmpty())
        return warnings; // a concentration or rate is not one dose
    static const QRegularExpression single(QStringLiteral(R"(^([0-9]+(?:\.[0-9]+)?)\s*([^\s/]+)$)"));
    double smallest = std::numeric_limits<double>::max();
    double largest = 0.0;
    QString smallestText;
    QString largestText;
    for (const QString &strength : usualStrengths) {
        const QRegularExpressionMatch match = single.match(strength.trimmed());
        if (!match.hasMatch())
            continue;
        const DoseUnit *strengthUnit = findDoseUnit(match.captured(2));
        if (!strengthUnit || strengthUnit->dimension != unit->dimension
            || unit->dimension == UnitDimension::Percent)
            continue;
        const double base = match.captured(1).toDouble() * strengthUnit->factor;
        if (base < smallest) {
            smallest = base;
            smallestText = strength;
        }
        if (base > largest) {
            largest = base;
            largestText = strength;
        }
    }
    if (largest <= 0.0)
        return warnings;
    const double high = dose.amountHigh * unit->factor;
    const double low = dose.amount * unit->factor;
    if (high > 10.0 * largest) {
        warnings.append({QStringLiteral("dose-above-usual-range"),
                         DosePlausibilityText::tr(
                             "\"%1\" of %2 is more than ten times its largest usual strength (%3).")
                             .arg(written, drugName, largestText)});
    } else if (low > 0.0 && low < smallest / 10.0) {
        warnings.append({QStringLiteral("dose-below-usual-range"),
                         DosePlausibilityText::tr(
                             "\"%1\" of %2 is less than a tenth of its smallest usual strength (%3).")
                             .arg(written, drugName, smallestText)});
    }
    return warnings;
}

} // namespace vlmwb::core
