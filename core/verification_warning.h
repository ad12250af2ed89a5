// A warning raised while verifying a drug mention or dose: a stable code for programs and the
// review database, and a sentence for the reviewer.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace vlmwb::core {

struct VerificationWarning {
    QString code;    // kebab-case, stable: "trailing-zero", "unit-implausible", "look-alike", ...
    QString message; // translated sentence naming the text concerned
    bool operator==(const VerificationWarning &other) const
    {
        return code == other.code && message == other.message;
    }
};

inline QStringList warningCodes(const QVector<VerificationWarning> &warnings)
{
    QStringList codes;
    for (const VerificationWarning &warning : warnings)
        codes.append(warning.code);
    return codes;
}

} // namespace vlmwb::core
