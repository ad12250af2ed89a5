// A warning raised while verifying a drug mention or dose: a stable code for programs and the
// review database, and a sentence for the reviewer.
#pragma once

#include <QString>

namespace vlmwb::core {

struct VerificationWarning {
    QString code;    // kebab-case, stable: "trailing-zero", "unit-implausible", "look-alike", ...
    QString message; // translated sentence naming the text concerned
    bool operator==(const VerificationWarning &other) const
    {
        return code == other.code && message == other.message;
    }
};

} // namespace vlmwb::core
