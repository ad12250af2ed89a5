#include "core/finding_key.h"

#include <QCryptographicHash>

namespace vlmwb::core {

QString findingKey(int page, int lineIndex, int spanStart, int spanLength, const QString &textAsRead,
                   const QString &bestMatch)
{
    // Unit separators (U+001F) keep "ab"+"c" and "a"+"bc" apart.
    const QString joined = QStringList{QString::number(page), QString::number(lineIndex),
                                       QString::number(spanStart), QString::number(spanLength),
                                       textAsRead, bestMatch}
                               .join(QChar(0x1f));
    return QString::fromLatin1(QCryptographicHash::hash(joined.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace vlmwb::core
