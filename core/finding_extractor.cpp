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
    // A dose is an amount: a strength ("500 mg") or else a count ("1-2 tabs").
    if (dose.hasStrength || dose.countLow > 0) {
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
        finding.warnings += checkDosePlausibility(dose, best->name,
                                                  m_matcher.lexicons().usualUnits(best->generic),
                                                  m_matcher.lexicons().usualStrengths(best->generic));
    }
    return finding;
}

QVector<Finding> FindingExtractor::extract(const QVector<OcrLineText> &lines) const
{
    QVector<Finding> findings;
    for (int lineIndex = 0; lineIndex < lines.size(); ++lineIndex) {
        const OcrLineText &line = lines.at(lineIndex);
        const QVector<DrugMention> mentions = m_finder.find(line.text, line.characterConfidences);
        for (int i = 0; i < mentions.size(); ++i) {
            const int doseStart = mentions.at(i).start + mentions.at(i).length;
            const int doseEnd = i + 1 < mentions.size() ? mentions.at(i + 1).start : int(line.text.size());
            findings.append(makeFinding(mentions.at(i), lineIndex, line.text.mid(doseStart, doseEnd - doseStart)));
        }
    }
    return findings;
}

} // namespace vlmwb::core
