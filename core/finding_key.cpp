#include "core/finding_key.h"

#include <QCryptographicHash>
#include <QStringList>

namespace vlmwb::core {

QString findingKey(int page, int lineIndex, int spanStart, int spanLength, const QString &textAsRead,
                   const QString &bestMatch)
{
    // Unit separators (U+001F) keep "ab"+"c" and "a"+"bc" apart.
    QStringList parts;
    parts << QString::number(page) << QString::number(lineIndex) << QString::number(spanStart)
          << QString::number(spanLength) << textAsRead << bestMatch;
    const QString joined = parts.join(QChar(0x1f));
    return QString::fromLatin1(QCryptographicHash::hash(joined.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace vlmwb::core
