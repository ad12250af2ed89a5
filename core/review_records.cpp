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

QString findingStatusName(FindingStatus status)
{
    switch (status) {
    case FindingStatus::Unreviewed: return QStringLiteral("unreviewed");
    case FindingStatus::Accepted: return QStringLiteral("accepted");
    case FindingStatus::Corrected: return QStringLiteral("corrected");
    case FindingStatus::Rejected: return QStringLiteral("rejected");
    }
    return {};
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
