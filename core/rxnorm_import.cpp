// DrugLexicon::loadRxNormConso: reads RxNorm's RXNCONSO.RRF. Field order (0-based) from the RxNorm
// technical documentation: 0 RXCUI, 1 LAT, 2 TS, 3 LUI, 4 STT, 5 SUI, 6 ISPREF, 7 RXAUI, 8 SAUI,
// 9 SCUI, 10 SDUI, 11 SAB, 12 TTY, 13 CODE, 14 STR, 15 SRL, 16 SUPPRESS, 17 CVF.
#include "core/drug_lexicon.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace vlmwb::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vlmwb::core::DrugLexicon", text);
}

constexpr int fieldCount = 18;
constexpr int fieldSource = 11;
constexpr int fieldTermType = 12;
constexpr int fieldString = 14;
constexpr int fieldSuppress = 16;

struct Component {
    QString ingredient; // "amoxicillin"
    QString strength;   // "500 mg", "100 units/mL"
    QString unit;       // numerator unit: "mg"
};

struct ClinicalDrug {
    QVector<Component> components;
    QString form;  // "capsule", "injectable solution"
    QString route; // "PO", "parenteral", ...
    QString brand; // from the "[Brand]" suffix of SBD names; empty for SCD
};

QString lexiconUnit(const QString &rxnormUnit)
{
    static const QHash<QString, QString> units{
        {QStringLiteral("MG"), QStringLiteral("mg")},     {QStringLiteral("MCG"), QStringLiteral("mcg")},
        {QStringLiteral("G"), QStringLiteral("g")},       {QStringLiteral("ML"), QStringLiteral("mL")},
        {QStringLiteral("UNT"), QStringLiteral("units")}, {QStringLiteral("MEQ"), QStringLiteral("mEq")},
        {QStringLiteral("MMOL"), QStringLiteral("mmol")}, {QStringLiteral("%"), QStringLiteral("%")},
        {QStringLiteral("HR"), QStringLiteral("h")},      {QStringLiteral("ACTUAT"), QStringLiteral("actuation")},
        {QStringLiteral("L"), QStringLiteral("L")}};
    return units.value(rxnormUnit, rxnormUnit.toLower());
}

// "Oral Tablet" -> route PO, form "tablet". Unknown routes stay empty.
void splitDoseForm(const QString &doseForm, QString *form, QString *route)
{
    static const QVector<QPair<QString, QString>> routeWords{
        {QStringLiteral("Oral"), QStringLiteral("PO")},
        {QStringLiteral("Sublingual"), QStringLiteral("SL")},
        {QStringLiteral("Buccal"), QStringLiteral("buccal")},
        {QStringLiteral("Injectable"), QStringLiteral("parenteral")},
        {QStringLiteral("Injection"), QStringLiteral("parenteral")},
        {QStringLiteral("Topical"), QStringLiteral("topical")},
        {QStringLiteral("Ophthalmic"), QStringLiteral("ophthalmic")},
        {QStringLiteral("Otic"), QStringLiteral("otic")},
        {QStringLiteral("Nasal"), QStringLiteral("nasal")},
        {QStringLiteral("Rectal"), QStringLiteral("PR")},
        {QStringLiteral("Vaginal"), QStringLiteral("vaginal")},
        {QStringLiteral("Transdermal"), QStringLiteral("transdermal")},
        {QStringLiteral("Inhal"), QStringLiteral("inhalation")}};
    route->clear();
    for (const auto &[word, code] : routeWords) {
        if (doseForm.contains(word)) {
            *route = code;
            break;
        }
    }
    QString cleaned = doseForm;
    cleaned.remove(QStringLiteral("Oral "));
    *form = cleaned.simplified().toLower();
}

// Parses "amoxicillin 875 MG / clavulanate 125 MG Oral Tablet [Augmentin]". Returns false when the
// string does not have that shape.
bool parseClinicalDrug(const QString &text, ClinicalDrug *drug)
{
    static const QRegularExpression brandSuffix(QStringLiteral(R"(\s*\[([^\]]+)\]\s*$)"));
    static const QRegularExpression component(
        QStringLiteral(R"(^(.+?) ([0-9]+(?:\.[0-9]+)?) ([A-Z%]+(?:/[A-Z]+)?)(?: (.+))?$)"));
    QString rest = text;
    const QRegularExpressionMatch brandMatch = brandSuffix.match(rest);
    if (brandMatch.hasMatch()) {
        drug->brand = brandMatch.captured(1).simplified();
        rest.truncate(brandMatch.capturedStart());
    }
    const QStringList parts = rest.split(QStringLiteral(" / "));
    for (int i = 0; i < parts.size(); ++i) {
        const QRegularExpressionMatch match = component.match(parts.at(i).trimmed());
        if (!match.hasMatch())
            return false;
        const bool last = i == parts.size() - 1;
        if (last == match.captured(4).isEmpty())
            return false; // the dose form must follow the last component, and only the last
        const QStringList unitParts = match.captured(3).split(QLatin1Char('/'));
        QStringList mapped;
        for (const QString &unit : unitParts)
            mapped.append(lexiconUnit(unit));
        Component parsed;
        parsed.ingredient = match.captured(1).simplified();
        parsed.unit = mapped.first();
        parsed.strength = match.captured(2) + QLatin1Char(' ') + mapped.join(QLatin1Char('/'));
        drug->components.append(parsed);
        if (last)
            splitDoseForm(match.captured(4), &drug->form, &drug->route);
    }
    return !drug->components.isEmpty();
}

void appendUnique(QStringList *list, const QString &value)
{
    if (!value.isEmpty() && !list->contains(value))
        list->append(value);
}

void addDosing(DrugEntry *entry, const Component &component, const ClinicalDrug &drug)
{
    appendUnique(&entry->strengths, component.strength);
    appendUnique(&entry->units, component.unit);
    appendUnique(&entry->forms, drug.form);
    appendUnique(&entry->routes, drug.route);
}

} // namespace

LexiconLoadResult DrugLexicon::loadRxNormConso(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LexiconLoadResult result;
        result.error = tr("%1: the RxNorm file cannot be opened (%2).").arg(path, file.errorString());
        return result;
    }
    return readRxNormConso(file, path);
}

LexiconLoadResult DrugLexicon::loadRxNormConsoData(const QByteArray &bytes, const QString &nameForMessages)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readRxNormConso(buffer, nameForMessages);
}

LexiconLoadResult DrugLexicon::readRxNormConso(QIODevice &device, const QString &path)
{
    LexiconLoadResult result;
    QVector<DrugEntry> entries;
    QHash<QString, int> entryByName; // lower-case name -> index in entries
    QVector<QString> brandNames;
    QVector<ClinicalDrug> clinicalDrugs;
    int lineNumber = 0;
    while (!device.atEnd()) {
        QByteArray bytes = device.readLine();
        ++lineNumber;
        while (bytes.endsWith('\n') || bytes.endsWith('\r'))
            bytes.chop(1);
        if (bytes.isEmpty())
            continue;
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString line = decoder.decode(bytes);
        if (decoder.hasError()) {
            result.error = tr("%1, line %2: the text is not valid UTF-8.").arg(path).arg(lineNumber);
            return result;
        }
        QStringList fields = line.split(QLatin1Char('|'));
        if (fields.size() == fieldCount + 1 && fields.last().isEmpty())
            fields.removeLast(); // each RRF line ends with the separator
        if (fields.size() != fieldCount) {
            result.error = tr("%1, line %2: %3 '|'-separated fields where RXNCONSO.RRF has %4; "
                              "is this RXNCONSO.RRF?")
                               .arg(path)
                               .arg(lineNumber)
                               .arg(fields.size())
                               .arg(fieldCount);
            return result;
        }
        const QString &source = fields.at(fieldSource);
        const QString &termType = fields.at(fieldTermType);
        const QString name = fields.at(fieldString).simplified();
        if (source != QLatin1String("RXNORM") || fields.at(fieldSuppress) != QLatin1String("N")
            || name.isEmpty()) {
            ++result.skipped;
            continue;
        }
        if (termType == QLatin1String("IN") || termType == QLatin1String("PIN")) {
            if (entryByName.contains(name.toLower()))
                continue;
            DrugEntry entry;
            entry.name = name;
            entry.generic = name;
            entry.kind = DrugNameKind::Generic;
            entry.source = path;
            entryByName.insert(name.toLower(), int(entries.size()));
            entries.append(entry);
        } else if (termType == QLatin1String("BN")) {
            brandNames.append(name);
        } else if (termType == QLatin1String("SCD") || termType == QLatin1String("SBD")) {
            ClinicalDrug drug;
            if (parseClinicalDrug(name, &drug))
                clinicalDrugs.append(drug);
            else
                ++result.skipped;
        } else {
            ++result.skipped;
        }
    }

    // Finds the generic entry for an SCD ingredient, which may be more precise than the IN
    // ("levothyroxine sodium" -> "levothyroxine").
    auto genericIndex = [&](QString ingredient) {
        while (!ingredient.isEmpty()) {
            const auto found = entryByName.constFind(ingredient.toLower());
            if (found != entryByName.constEnd())
                return found.value();
            const int space = int(ingredient.lastIndexOf(QLatin1Char(' ')));
            if (space < 0)
                break;
            ingredient.truncate(space);
        }
        return -1;
    };

    QHash<QString, QVector<ClinicalDrug>> drugsByBrand; // lower-case brand -> its SBDs
    for (const ClinicalDrug &drug : std::as_const(clinicalDrugs)) {
        if (!drug.brand.isEmpty()) {
            drugsByBrand[drug.brand.toLower()].append(drug);
            continue;
        }
        if (drug.components.size() != 1)
            continue; // a combination's strengths say nothing about one ingredient's dosing
        const int index = genericIndex(drug.components.first().ingredient);
        if (index >= 0)
            addDosing(&entries[index], drug.components.first(), drug);
    }

    for (const QString &brand : std::as_const(brandNames)) {
        const auto found = drugsByBrand.constFind(brand.toLower());
        if (found == drugsByBrand.constEnd() || entryByName.contains(brand.toLower())) {
            ++result.skipped;
            continue;
        }
        DrugEntry entry;
        entry.name = brand;
        entry.kind = DrugNameKind::Brand;
        entry.source = path;
        QStringList ingredients;
        for (const Component &component : found->first().components) {
            const int index = genericIndex(component.ingredient);
            ingredients.append(index >= 0 ? entries.at(index).generic : component.ingredient);
        }
        entry.generic = ingredients.join(QStringLiteral(" / "));
        for (const ClinicalDrug &drug : found.value()) {
            if (drug.components.size() == 1)
                addDosing(&entry, drug.components.first(), drug);
        }
        entryByName.insert(brand.toLower(), int(entries.size()));
        entries.append(entry);
    }

    m_entries += entries;
    result.added = int(entries.size());
    return result;
}

} // namespace vlmwb::core
