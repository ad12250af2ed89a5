#include "core/lexicon_set.h"

#include <algorithm>

namespace vlmwb::core {

void LexiconSet::add(const DrugLexicon &lexicon)
{
    for (const DrugEntry &entry : lexicon.entries()) {
        m_indicesByGeneric[entry.generic.toLower()].append(int(m_entries.size()));
        m_entries.append(entry);
    }
    m_minimumNameLength = std::max(m_minimumNameLength, lexicon.minimumNameLength());
}

LexiconSet LexiconSet::withDefault(QString *error)
{
    LexiconSet set;
    DrugLexicon lexicon;
    const LexiconLoadResult result = lexicon.loadDefault();
    if (error)
        *error = result.error;
    if (result.ok())
        set.add(lexicon);
    return set;
}

QStringList LexiconSet::gather(const QString &generic, QStringList DrugEntry::*field) const
{
    QStringList values;
    const QVector<int> indices = m_indicesByGeneric.value(generic.toLower());
    // Generic rows first: brand rows of a lexicon may copy them, RxNorm brands carry their own.
    for (const bool genericRows : {true, false}) {
        for (const int index : indices) {
            const DrugEntry &entry = m_entries.at(index);
            if ((entry.kind == DrugNameKind::Generic) != genericRows)
                continue;
            for (const QString &value : entry.*field) {
                if (!values.contains(value))
                    values.append(value);
            }
        }
        if (!values.isEmpty())
            break;
    }
    return values;
}

QStringList LexiconSet::usualUnits(const QString &generic) const
{
    return gather(generic, &DrugEntry::units);
}

QStringList LexiconSet::usualStrengths(const QString &generic) const
{
    return gather(generic, &DrugEntry::strengths);
}

} // namespace vlmwb::core
