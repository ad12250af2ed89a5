#include "core/finding.h"

#include <QJsonArray>

namespace vlmwb::core {

QString findingStatusName(FindingStatus status)
{
    switch (status) {
    case FindingStatus::Unreviewed: return QStringLiteral("unreviewed");
    case FindingStatus::Accepted: return QStringLiteral("accepted");
    case FindingStatus::Corrected: return QStringLiteral("corrected");
    case FindingStatus::Rejected: return QStringLiteral("rejected");
    }
    return QString();
}

bool findingStatusFromName(const QString &name, FindingStatus *status)
{
    for (const FindingStatus candidate : {FindingStatus::Unreviewed, FindingStatus::Accepted,
                                          FindingStatus::Corrected, FindingStatus::Rejected}) {
        if (findingStatusName(candidate) == name) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

QJsonObject toJson(const Finding &finding)
{
    QJsonArray candidates;
    for (const FindingCandidate &candidate : finding.candidates) {
        candidates.append(QJsonObject{{QStringLiteral("name"), candidate.name},
                                      {QStringLiteral("generic"), candidate.generic},
                                      {QStringLiteral("score"), candidate.score},
                                      {QStringLiteral("rank"), candidate.rank}});
    }
    QJsonValue dose = QJsonValue::Null;
    if (finding.hasDose) {
        dose = QJsonObject{{QStringLiteral("amount"), finding.dose.amount},
                           {QStringLiteral("amountHigh"), finding.dose.amountHigh},
                           {QStringLiteral("unit"), finding.dose.unit},
                           {QStringLiteral("ucum"), finding.dose.ucum},
                           {QStringLiteral("text"), finding.dose.text},
                           {QStringLiteral("frequency"), finding.dose.frequency},
                           {QStringLiteral("route"), finding.dose.route},
                           {QStringLiteral("durationDays"), finding.dose.durationDays},
                           {QStringLiteral("quantity"), finding.dose.quantity}};
    }
    QJsonArray warnings;
    QJsonArray warningCodes;
    for (const VerificationWarning &warning : finding.warnings) {
        warnings.append(warning.message);
        warningCodes.append(warning.code);
    }
    auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    return QJsonObject{{QStringLiteral("text"), finding.text},
                       {QStringLiteral("drug"), orNull(finding.drug)},
                       {QStringLiteral("generic"), orNull(finding.generic)},
                       {QStringLiteral("score"), finding.score},
                       {QStringLiteral("candidates"), candidates},
                       {QStringLiteral("dose"), dose},
                       {QStringLiteral("warnings"), warnings},
                       {QStringLiteral("warningCodes"), warningCodes},
                       {QStringLiteral("status"), findingStatusName(finding.status)},
                       {QStringLiteral("line"), finding.line},
                       {QStringLiteral("start"), finding.start},
                       {QStringLiteral("length"), finding.length},
                       {QStringLiteral("ambiguous"), finding.ambiguous},
                       {QStringLiteral("lasaPartner"), orNull(finding.lasaPartner)},
                       {QStringLiteral("lasaDisplay"), finding.lasaDisplay},
                       {QStringLiteral("confidence"), finding.confidence}};
}

} // namespace vlmwb::core
