#include "core/name_normalizer.h"

namespace vlmwb::core {

QString normalizeDrugName(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
            || category == QChar::Mark_SpacingCombining)
            continue;
        if (c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('.'))
            continue;
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !folded.isEmpty())
                folded.append(QLatin1Char(' '));
            pendingSpace = false;
            folded.append(c.toCaseFolded());
        } else {
            pendingSpace = true;
        }
    }
    return folded;
}

} // namespace vlmwb::core
