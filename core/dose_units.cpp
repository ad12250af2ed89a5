#include "core/dose_units.h"

#include <QHash>

namespace vlmwb::core {

const DoseUnit *findDoseUnit(const QString &written)
{
    static const QHash<QString, DoseUnit> units = [] {
        const DoseUnit mg{QStringLiteral("mg"), QStringLiteral("mg"), UnitDimension::Mass, 1000.0};
        const DoseUnit mcg{QStringLiteral("mcg"), QStringLiteral("ug"), UnitDimension::Mass, 1.0};
        const DoseUnit g{QStringLiteral("g"), QStringLiteral("g"), UnitDimension::Mass, 1e6};
        const DoseUnit kg{QStringLiteral("kg"), QStringLiteral("kg"), UnitDimension::Mass, 1e9};
        const DoseUnit ml{QStringLiteral("mL"), QStringLiteral("mL"), UnitDimension::Volume, 1.0};
        const DoseUnit l{QStringLiteral("L"), QStringLiteral("L"), UnitDimension::Volume, 1000.0};
        const DoseUnit iu{QStringLiteral("IU"), QStringLiteral("[iU]"), UnitDimension::Units, 1.0};
        const DoseUnit unit{QStringLiteral("units"), QStringLiteral("[U]"), UnitDimension::Units, 1.0};
        const DoseUnit meq{QStringLiteral("mEq"), QStringLiteral("meq"), UnitDimension::Equivalents, 1.0};
        const DoseUnit mmol{QStringLiteral("mmol"), QStringLiteral("mmol"), UnitDimension::Moles, 1.0};
        const DoseUnit percent{QStringLiteral("%"), QStringLiteral("%"), UnitDimension::Percent, 1.0};
        const DoseUnit tablet{QStringLiteral("tablet"), QStringLiteral("{tablet}"), UnitDimension::Count, 1.0};
        const DoseUnit capsule{QStringLiteral("capsule"), QStringLiteral("{capsule}"), UnitDimension::Count, 1.0};
        const DoseUnit puff{QStringLiteral("puff"), QStringLiteral("{puff}"), UnitDimension::Count, 1.0};
        const DoseUnit drop{QStringLiteral("drop"), QStringLiteral("[drp]"), UnitDimension::Count, 1.0};
        const DoseUnit patch{QStringLiteral("patch"), QStringLiteral("{patch}"), UnitDimension::Count, 1.0};
        const DoseUnit spray{QStringLiteral("spray"), QStringLiteral("{spray}"), UnitDimension::Count, 1.0};
        const DoseUnit packet{QStringLiteral("packet"), QStringLiteral("{packet}"), UnitDimension::Count, 1.0};
        QHash<QString, DoseUnit> table;
        for (const char *name : {"mg", "milligram", "milligrams"})
            table.insert(QLatin1String(name), mg);
        for (const QString &name : {QStringLiteral("mcg"), QStringLiteral("ug"), QStringLiteral("µg"),
                                    QStringLiteral("μg"), QStringLiteral("microgram"), QStringLiteral("micrograms")})
            table.insert(name, mcg);
        for (const char *name : {"g", "gm", "gram", "grams"})
            table.insert(QLatin1String(name), g);
        table.insert(QStringLiteral("kg"), kg);
        for (const char *name : {"ml", "cc", "milliliter", "milliliters", "millilitre", "millilitres"})
            table.insert(QLatin1String(name), ml);
        for (const char *name : {"l", "liter", "liters", "litre", "litres"})
            table.insert(QLatin1String(name), l);
        table.insert(QStringLiteral("iu"), iu);
        for (const char *name : {"u", "unit", "units", "unt"})
            table.insert(QLatin1String(name), unit);
        table.insert(QStringLiteral("meq"), meq);
        table.insert(QStringLiteral("mmol"), mmol);
        table.insert(QStringLiteral("%"), percent);
        for (const QString &name : {QStringLiteral("tab"), QStringLiteral("tabs"), QStringLiteral("tablet"),
                                    QStringLiteral("tablets"), QStringLiteral("정")})
            table.insert(name, tablet);
        for (const QString &name : {QStringLiteral("cap"), QStringLiteral("caps"), QStringLiteral("capsule"),
                                    QStringLiteral("capsules"), QStringLiteral("캡슐")})
            table.insert(name, capsule);
        for (const char *name : {"puff", "puffs"})
            table.insert(QLatin1String(name), puff);
        for (const char *name : {"drop", "drops", "gtt", "gtts"})
            table.insert(QLatin1String(name), drop);
        for (const char *name : {"patch", "patches"})
            table.insert(QLatin1String(name), patch);
        for (const char *name : {"spray", "sprays"})
            table.insert(QLatin1String(name), spray);
        for (const QString &name : {QStringLiteral("packet"), QStringLiteral("packets"), QStringLiteral("포")})
            table.insert(name, packet);
        return table;
    }();
    const auto found = units.constFind(written.trimmed().toLower());
    return found == units.constEnd() ? nullptr : &found.value();
}

bool sameUnitFamily(const DoseUnit &a, const DoseUnit &b)
{
    if (a.dimension == UnitDimension::Units && b.dimension == UnitDimension::Units)
        return true;
    return a.canonical == b.canonical;
}

} // namespace vlmwb::core
