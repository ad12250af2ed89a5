#include "core/review_records.h"

namespace vlmwb::core {

QString documentStatusName(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::New: return QStringLiteral("new");
    case DocumentStatus::InReview: return QStringLiteral("in_review");
    case DocumentStatus::Verified: return QStringLiteral("verified");
    }
    return {};
}

DocumentStatus documentStatusFromName(const QString &name)
{
    if (name == QLatin1String("in_review"))
        return DocumentStatus::InReview;
    if (name == QLatin1String("verified"))
        return DocumentStatus::Verified;
    return DocumentStatus::New;
}

QString decisionActionName(DecisionAction action)
{
    switch (action) {
    case DecisionAction::Accept: return QStringLiteral("accept");
    case DecisionAction::Correct: return QStringLiteral("correct");
    case DecisionAction::Reject: return QStringLiteral("reject");
    case DecisionAction::Reopen: return QStringLiteral("reopen");
    }
    return {};
}

std::optional<DecisionAction> decisionActionFromName(const QString &name)
{
    for (DecisionAction action : {DecisionAction::Accept, DecisionAction::Correct, DecisionAction::Reject,
                                  DecisionAction::Reopen}) {
        if (decisionActionName(action) == name)
            return action;
    }
    return std::nullopt;
}

FindingInput toFindingInput(const Finding &finding)
{
    FindingInput input;
    input.lineNumber = finding.line;
    input.text = finding.text;
    input.spanStart = finding.start;
    input.spanLength = finding.length;
    input.drug = finding.drug;
    input.generic = finding.generic;
    input.score = finding.score;
    input.candidates = toJson(finding).value(QStringLiteral("candidates")).toArray();
    if (finding.hasDose) {
        input.doseAmount = finding.dose.amount;
        input.doseUnit = finding.dose.unit;
        input.doseUcum = finding.dose.ucum;
        input.doseText = finding.dose.text;
    }
    for (const VerificationWarning &warning : finding.warnings)
        input.warnings.append(QJsonObject{{QStringLiteral("code"), warning.code},
                                          {QStringLiteral("message"), warning.message}});
    input.confidence = finding.confidence;
    return input;
}

QString reviewerActor(const QString &name)
{
    return QStringLiteral("reviewer:") + name;
}

QString engineActor(const QString &modelId)
{
    return QStringLiteral("engine:") + modelId;
}

} // namespace vlmwb::core
