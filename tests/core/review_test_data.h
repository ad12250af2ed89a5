// A small prescription for the review-database tests: two lines, three findings.
#pragma once

#include "core/review_database.h"

#include <QCryptographicHash>

namespace review_test_data {

using namespace vlmwb::core;

inline DocumentInput prescription(const QByteArray &content = "prescription bytes")
{
    return {QCryptographicHash::hash(content, QCryptographicHash::Sha256), QStringLiteral("/scans/rx-001.png"),
            content.size(), 1};
}

inline QList<LineInput> lines()
{
    return {{0, 0, QRectF(10, 20, 300, 30), QStringLiteral("Amoxicilin 500 mg TID"), 0.91},
            {0, 1, QRectF(10, 60, 300, 30), QStringLiteral("Metformn 850 mg, Lisinopril 10 mg"), 0.88}};
}

inline FindingInput finding(int line, const QString &text, int start, const QString &drug, double score)
{
    FindingInput finding;
    finding.lineNumber = line;
    finding.text = text;
    finding.spanStart = start;
    finding.spanLength = static_cast<int>(text.size());
    finding.drug = drug;
    finding.generic = drug.toLower();
    finding.score = score;
    finding.candidates = QJsonArray{QJsonObject{{"name", drug}, {"generic", drug.toLower()}, {"score", score},
                                                {"rank", 1}}};
    finding.confidence = 0.9;
    return finding;
}

inline QList<FindingInput> findings()
{
    QList<FindingInput> result = {finding(0, QStringLiteral("Amoxicilin"), 0, QStringLiteral("Amoxicillin"), 0.95),
                                  finding(1, QStringLiteral("Metformn"), 0, QStringLiteral("Metformin"), 0.93),
                                  finding(1, QStringLiteral("Lisinopril"), 17, QStringLiteral("Lisinopril"), 1.0)};
    result[0].doseAmount = 500;
    result[0].doseUnit = QStringLiteral("mg");
    result[0].doseUcum = QStringLiteral("mg");
    result[0].doseText = QStringLiteral("500 mg");
    return result;
}

inline RunInput run(qint64 documentId, const QString &model = QStringLiteral("projection-small@0.1.0"))
{
    return {documentId, model, QStringLiteral("projection"), QStringLiteral("cpu"), QJsonObject{{"beam", 1}},
            QJsonObject{{"decode_ms", 120}}};
}

inline DecisionInput decide(qint64 findingId, DecisionAction action, const QString &value = {},
                            const QString &reviewer = QStringLiteral("kim"))
{
    return {findingId, action, value, reviewer, {}};
}

} // namespace review_test_data
