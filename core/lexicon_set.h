// Several drug lexicons used as one (the shipped list, an RxNorm import, a site's own list), with
// look-ups by generic name for dose checks.
#pragma once

#include "core/drug_lexicon.h"

#include <QHash>

namespace vlmwb::core {

class LexiconSet
{
public:
    LexiconSet() = default;

    // Appends lexicon's entries; entries keep their source. Earlier lexicons win look-ups.
    void add(const DrugLexicon &lexicon);

    // The shipped lexicon alone; *error is set (and the set empty) when it cannot be read.
    static LexiconSet withDefault(QString *error);

    const QVector<DrugEntry> &entries() const { return m_entries; }
    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // The largest minimumNameLength of the lexicons added (the strictest wins).
    int minimumNameLength() const { return m_minimumNameLength; }

    // Usual units and strengths of a generic, gathered from its generic entries (case-insensitive
    // generic name; empty when the generic is unknown or the lexicons give none).
    QStringList usualUnits(const QString &generic) const;
    QStringList usualStrengths(const QString &generic) const;

private:
    QStringList gather(const QString &generic, QStringList DrugEntry::*field) const;

    QVector<DrugEntry> m_entries;
    QHash<QString, QVector<int>> m_indicesByGeneric; // lower-case generic -> entry indices
    int m_minimumNameLength = 0;
};

} // namespace vlmwb::core
