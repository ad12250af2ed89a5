#include "core/finding_extractor.h"

#include "core/dose_plausibility.h"
#include "core/dose_units.h"

#include <QCoreApplication>

namespace vlmwb::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vlmwb::core::FindingExtractor", text);
}

QString percent(double value)
{
    return QString::number(qRound(value * 100.0)) + QLatin1Char('%');
}

// A dose is an amount: a strength ("500 mg") or else a count ("1-2 tabs"). False when there is none.
bool setDose(Finding &finding, const ParsedDose &dose)
{
    if (!dose.hasStrength && dose.countLow <= 0)
        return false;
    finding.hasDose = true;
    finding.dose.amount = dose.hasStrength ? dose.amount : dose.countLow;
    finding.dose.amountHigh = dose.hasStrength ? dose.amountHigh : dose.countHigh;
    finding.dose.unit = dose.hasStrength ? dose.unitDisplay() : dose.countUnit;
    const DoseUnit *countUnit = dose.hasStrength ? nullptr : findDoseUnit(dose.countUnit);
    finding.dose.ucum = dose.hasStrength ? dose.ucum : (countUnit ? countUnit->ucum : QString());
    finding.dose.text = dose.text;
    finding.dose.frequency = dose.frequency;
    finding.dose.route = dose.route;
    finding.dose.durationDays = dose.durationDays;
    finding.dose.quantity = dose.quantity;
    return true;
}

} // namespace

Finding FindingExtractor::makeFinding(const DrugMention &mention, int lineIndex,
                                      const QString &doseText) const
{
    Finding finding;
    finding.text = mention.text;
    finding.line = lineIndex;
    finding.start = mention.start;
    finding.length = mention.length;
    const MatchResult &match = mention.match;
    for (const MatchCandidate &candidate : match.candidates)
        finding.candidates.append(FindingCandidate{candidate.name, candidate.generic, candidate.score, candidate.rank});
    finding.confidence = match.confidence;
    finding.ambiguous = match.state == MatchState::Ambiguous;
    const MatchCandidate *best = match.best();
    if (!best)
        return finding;
    finding.drug = best->name;
    finding.generic = best->generic;
    finding.score = best->score;

    if (finding.ambiguous) {
        const MatchCandidate &second = match.candidates.at(1);
        finding.warnings.append({QStringLiteral("ambiguous-match"),
                                 tr("\"%1\" could be %2 or %3 (%4 and %5 alike); check the document.")
                                     .arg(mention.text, best->name, second.name, percent(best->score),
                                          percent(second.score))});
    }
    if (!match.lasaPartners.isEmpty()) {
        const LasaPartner &partner = match.lasaPartners.first();
        finding.lasaPartner = partner.name;
        finding.lasaDisplay = partner.display();
        finding.warnings.append({QStringLiteral("look-alike"),
                                 tr("%1 is easily confused with %2 (%3); make sure which one is meant.")
                                     .arg(best->name, partner.name, partner.display())});
    }
    if (finding.confidence < m_options.lowConfidence) {
        finding.warnings.append({QStringLiteral("low-confidence"),
                                 tr("\"%1\" was matched to %2 with low confidence (%3); check it "
                                    "against the image.")
                                     .arg(mention.text, best->name, percent(finding.confidence))});
    }

    const ParsedDose dose = parseDose(doseText);
    finding.warnings += dose.warnings;
    if (setDose(finding, dose)) {
        finding.warnings += checkDosePlausibility(dose, best->name,
                                                  m_matcher.lexicons().usualUnits(best->generic),
                                                  m_matcher.lexicons().usualStrengths(best->generic));
    }
    return finding;
}

Finding FindingExtractor::unknownDrugFinding(const DrugMention &name, int lineIndex, const ParsedDose &dose) const
{
    Finding finding;
    finding.text = name.text;
    finding.line = lineIndex;
    finding.start = name.start;
    finding.length = name.length;
    for (const MatchCandidate &candidate : name.match.candidates)
        finding.candidates.append(FindingCandidate{candidate.name, candidate.generic, candidate.score, candidate.rank});
    finding.confidence = name.match.confidence;
    const QString strength = dose.strengthText.isEmpty() ? dose.text : dose.strengthText;
    finding.warnings.append(
        {QStringLiteral("unknown-drug"),
         finding.candidates.isEmpty()
             ? tr("\"%1\" is followed by a dose (%2) but matches no drug in the lexicon; read the name from the "
                  "image.")
                   .arg(name.text, strength)
             : tr("\"%1\" is followed by a dose (%2) but matches no drug in the lexicon closely enough (nearest: "
                  "%3, %4); read the name from the image.")
                   .arg(name.text, strength, finding.candidates.first().name,
                        percent(finding.candidates.first().score))});
    finding.warnings += dose.warnings;
    setDose(finding, dose);
    return finding;
}

QVector<Finding> FindingExtractor::extract(const QVector<OcrLineText> &lines) const
{
    QVector<Finding> findings;
    for (int lineIndex = 0; lineIndex < lines.size(); ++lineIndex) {
        const OcrLineText &line = lines.at(lineIndex);
        const QVector<DrugMention> mentions = m_finder.find(line.text, line.characterConfidences);
        if (mentions.isEmpty()) {
            // A strength with no drug name matched: the name was misread past matching or is not
            // in the lexicon. Shown as a finding without a drug rather than not at all. Counts
            // alone ("1회 1정") are left out: direction lines give them with no name.
            const ParsedDose dose = parseDose(line.text);
            if (dose.hasStrength) {
                const DrugMention name = m_finder.unmatchedName(line.text, dose.start, line.characterConfidences);
                if (name.length > 0)
                    findings.append(unknownDrugFinding(name, lineIndex, parseDose(line.text.mid(name.start + name.length))));
            }
            continue;
        }
        for (int i = 0; i < mentions.size(); ++i) {
            const int doseStart = mentions.at(i).start + mentions.at(i).length;
            const int doseEnd = i + 1 < mentions.size() ? mentions.at(i + 1).start : int(line.text.size());
            findings.append(makeFinding(mentions.at(i), lineIndex, line.text.mid(doseStart, doseEnd - doseStart)));
        }
    }
    return findings;
}

} // namespace vlmwb::core
