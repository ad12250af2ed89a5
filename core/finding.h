// One drug mention found in OCR text, as the verification panel shows it and the review database
// stores it: plain data, copied freely.
#pragma once

#include "core/verification_warning.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace vlmwb::core {

enum class FindingStatus { Unreviewed, Accepted, Corrected, Rejected };

QString findingStatusName(FindingStatus status); // "unreviewed", "accepted", "corrected", "rejected"
bool findingStatusFromName(const QString &name, FindingStatus *status);

struct FindingCandidate {
    QString name;       // lexicon spelling: "Amoxil"
    QString generic;    // "amoxicillin"
    double score = 0.0; // [0, 1]
    int rank = 0;       // 1 for the best
};

struct FindingDose {
    double amount = 0.0;     // low end of a range
    double amountHigh = 0.0; // high end; equal to amount when not a range
    QString unit;            // canonical, with any "per" part: "mg", "mcg", "mg/mL", "mg/5 mL"
    QString ucum;            // UCUM code of the amount's unit: "mg", "ug", "[U]", "meq"
    QString text;            // the dose text as read: "500 mg PO TID x 7 days"
    QString frequency;       // "TID", "q8h", ... or empty
    QString route;           // "PO", "IV", ... or empty
    int durationDays = 0;    // 0 when none
    int quantity = 0;        // 0 when none
};

struct Finding {
    QString text;       // the drug name as read: "Amoxici11in"
    int line = 0;       // index of the OCR line (0-based)
    int start = 0;      // QChar offset of text in the line
    int length = 0;     // QChar length of text
    QString drug;       // best match (lexicon spelling); empty when nothing matched
    QString generic;    // generic of the best match; empty when nothing matched
    double score = 0.0; // score of the best match
    QVector<FindingCandidate> candidates; // best first
    bool ambiguous = false;    // the runner-up, another drug, scores close to the best
    QString lasaPartner;       // ISMP look-alike partner of the best match, or empty
    QString lasaDisplay;       // the pair in Tall Man letters: "hydrOXYzine / hydrALAZINE"
    bool hasDose = false;
    FindingDose dose;          // meaningful only when hasDose
    QVector<VerificationWarning> warnings;
    FindingStatus status = FindingStatus::Unreviewed;
    double confidence = 0.0;   // [0, 1], DrugMatcher::confidence
};

// Keys: text, drug (null when unmatched), generic, score, candidates [{name, generic, score, rank}],
// dose ({amount, amountHigh, unit, ucum, text, frequency, route, durationDays, quantity} or null),
// warnings (the sentences), warningCodes, status, line, start, length, ambiguous, lasaPartner
// (null when none), lasaDisplay, confidence.
QJsonObject toJson(const Finding &finding);

} // namespace vlmwb::core
