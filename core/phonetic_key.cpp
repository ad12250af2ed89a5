#include "core/phonetic_key.h"

#include <QStringList>

namespace vlmwb::core {

namespace {

bool isVowel(QChar c)
{
    switch (c.unicode()) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': return true;
    default: return false;
    }
}

bool isSoftener(QChar c)
{
    return c == QLatin1Char('e') || c == QLatin1Char('i') || c == QLatin1Char('y');
}

QString wordKey(QString word)
{
    for (QChar &c : word) {
        switch (c.unicode()) {
        case '0': c = QLatin1Char('o'); break;
        case '1': c = QLatin1Char('l'); break;
        case '5': c = QLatin1Char('s'); break;
        case '8': c = QLatin1Char('b'); break;
        default: break;
        }
    }
    static const char *const silentInitials[] = {"ps", "pn", "kn", "gn", "wr", "rh"};
    for (const char *initial : silentInitials) {
        if (word.startsWith(QLatin1String(initial))) {
            word.remove(0, 1);
            break;
        }
    }
    if (word.startsWith(QLatin1Char('x')))
        word[0] = QLatin1Char('s');

    // Spell out sounds; vowels stay for now because c and g depend on the next letter.
    QString sounds;
    const int size = int(word.size());
    for (int i = 0; i < size; ++i) {
        const QChar c = word.at(i);
        const QChar next = i + 1 < size ? word.at(i + 1) : QChar();
        const QChar afterNext = i + 2 < size ? word.at(i + 2) : QChar();
        switch (c.unicode()) {
        case 'p':
            if (next == QLatin1Char('h')) { sounds += QLatin1Char('f'); ++i; }
            else sounds += c;
            break;
        case 's':
            if (next == QLatin1Char('c') && afterNext == QLatin1Char('h')) { sounds += QLatin1String("sk"); i += 2; }
            else sounds += c;
            break;
        case 'c':
            if (next == QLatin1Char('h') || next == QLatin1Char('k')) { sounds += QLatin1Char('k'); ++i; }
            else if (isSoftener(next)) sounds += QLatin1Char('s');
            else sounds += QLatin1Char('k');
            break;
        case 'q':
            if (next == QLatin1Char('u')) { sounds += QLatin1String("kw"); ++i; }
            else sounds += QLatin1Char('k');
            break;
        case 't':
        case 'g':
            if (next == QLatin1Char('h')) { sounds += c; ++i; }
            else if (c == QLatin1Char('g') && isSoftener(next)) sounds += QLatin1Char('j');
            else sounds += c;
            break;
        case 'd':
            if (next == QLatin1Char('g')) { sounds += QLatin1Char('j'); ++i; }
            else sounds += c;
            break;
        case 'x': sounds += QLatin1String("ks"); break;
        case 'z': sounds += QLatin1Char('s'); break;
        case 'h':
            if (i == 0) sounds += c;
            break;
        default: sounds += c; break;
        }
    }

    QString key;
    for (int i = 0; i < sounds.size(); ++i) {
        const QChar c = sounds.at(i);
        if (isVowel(c)) {
            if (i == 0)
                key += QLatin1Char('a');
            continue;
        }
        if (!key.isEmpty() && key.back() == c)
            continue;
        key += c;
    }
    return key;
}

} // namespace

QString phoneticKey(const QString &normalizedName)
{
    QStringList keys;
    for (const QString &word : normalizedName.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        keys.append(wordKey(word));
    return keys.join(QLatin1Char(' '));
}

} // namespace vlmwb::core
