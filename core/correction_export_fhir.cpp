// Verified corrections as a FHIR R4 Bundle (type "collection") of MedicationStatement resources.
// The medication is RxNorm-coded when the chosen lexicon candidate carries an "rxcui", the dose is
// a UCUM quantity when the dose parser found a UCUM code; otherwise both are plain text.
#include "core/correction_export.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace vlmwb::core {

namespace {

const QUuid exportNamespace = QUuid(QStringLiteral("{6f1d3c8e-4b5a-4c1f-9f0e-2d7a9b3c5e10}"));

QString rxcuiOf(const VerifiedCorrection &correction)
{
    for (const QJsonValue &candidate : correction.finding.candidates) {
        const QJsonObject object = candidate.toObject();
        if (object.value("name").toString().compare(correction.verifiedValue, Qt::CaseInsensitive) == 0)
            return object.value("rxcui").toString();
    }
    return {};
}

QJsonObject medicationStatement(const VerifiedCorrection &correction)
{
    QJsonObject medication{{"text", correction.verifiedValue}};
    if (const QString rxcui = rxcuiOf(correction); !rxcui.isEmpty()) {
        medication.insert("coding", QJsonArray{QJsonObject{{"system", "http://www.nlm.nih.gov/research/umls/rxnorm"},
                                                           {"code", rxcui},
                                                           {"display", correction.verifiedValue}}});
    }
    const FindingRecord &finding = correction.finding;
    QJsonObject resource{
        {"resourceType", "MedicationStatement"},
        // What the patient takes is not known from a document alone.
        {"status", "unknown"},
        {"medicationCodeableConcept", medication},
        {"subject", QJsonObject{{"display", QStringLiteral("Patient of document %1")
                                                .arg(QString::fromLatin1(correction.document.contentHash.left(12)))}}},
        {"dateAsserted", correction.decision.decidedAt.toString(Qt::ISODate)},
        {"note", QJsonArray{QJsonObject{{"text", QStringLiteral("Read as \"%1\" on line %2 of %3; %4 by %5.")
                                                     .arg(finding.text)
                                                     .arg(correction.line.index + 1)
                                                     .arg(correction.document.path,
                                                          decisionActionName(correction.decision.action),
                                                          correction.decision.reviewer)}}}},
    };
    if (finding.doseAmount || !finding.doseText.isEmpty()) {
        QJsonObject dosage{{"text", finding.doseText}};
        if (finding.doseAmount) {
            QJsonObject quantity{{"value", *finding.doseAmount}, {"unit", finding.doseUnit}};
            if (!finding.doseUcum.isEmpty()) {
                quantity.insert("system", "http://unitsofmeasure.org");
                quantity.insert("code", finding.doseUcum);
            }
            dosage.insert("doseAndRate", QJsonArray{QJsonObject{{"doseQuantity", quantity}}});
        }
        resource.insert("dosage", QJsonArray{dosage});
    }
    return resource;
}

} // namespace

QByteArray CorrectionExport::toFhirBundle() const
{
    QJsonArray entries;
    for (const VerifiedCorrection &correction : m_corrections) {
        // A stable id: exporting twice gives the same resources, so a receiver can deduplicate.
        const QUuid id = QUuid::createUuidV5(exportNamespace, QString::fromLatin1(correction.document.contentHash)
                                                                  + QLatin1Char('/') + correction.finding.findingKey);
        QJsonObject resource = medicationStatement(correction);
        resource.insert("id", id.toString(QUuid::WithoutBraces));
        entries.append(QJsonObject{{"fullUrl", QStringLiteral("urn:uuid:") + id.toString(QUuid::WithoutBraces)},
                                   {"resource", resource}});
    }
    const QJsonObject bundle{{"resourceType", "Bundle"}, {"type", "collection"}, {"entry", entries}};
    return QJsonDocument(bundle).toJson(QJsonDocument::Indented);
}

} // namespace vlmwb::core
