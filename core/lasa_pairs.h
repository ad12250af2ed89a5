// Look-alike/sound-alike (LASA) drug name pairs, after ISMP's list of confused drug names, with the
// Tall Man lettering that tells the two apart ("hydrOXYzine / hydrALAZINE").
#pragma once

#include <QHash>
#include <QString>
#include <QVector>

namespace vlmwb::core {

struct LasaPartner {
    QString name;          // the other name of the pair, as in the file: "hydralazine"
    QString nameTallMan;   // the name looked up, in Tall Man letters: "hydrOXYzine"
    QString partnerTallMan; // the partner in Tall Man letters: "hydrALAZINE"
    QString display() const { return nameTallMan + QStringLiteral(" / ") + partnerTallMan; }
};

struct LasaLoadResult {
    int added = 0;
    QString error; // a sentence naming the file, the line and the cause; empty on success
    bool ok() const { return error.isEmpty(); }
};

class LasaPairs
{
public:
    static constexpr const char *defaultResourcePath = ":/lexicon/lasa_pairs.csv";

    // Columns first,second,first_tall_man,second_tall_man with a header row; the Tall Man columns
    // may be empty, and are then computed by tallMan().
    LasaLoadResult loadCsv(const QString &path);
    LasaLoadResult loadDefault() { return loadCsv(QString::fromLatin1(defaultResourcePath)); }

    void addPair(const QString &first, const QString &second, QString firstTallMan = QString(),
                 QString secondTallMan = QString());

    // Partners of a name (any case, any spacing); empty when the name is in no pair.
    QVector<LasaPartner> partners(const QString &name) const;
    int pairCount() const { return m_pairCount; }

    // Tall Man lettering computed for a pair: the letters between the longest common prefix and
    // the longest common suffix (compared without case) are capitalised in both names; prefix and
    // suffix keep their case: ("hydroxyzine", "hydralazine") -> ("hydrOXYzine", "hydrALAzine").
    // ISMP's own spellings (in the file) win over this where they differ.
    static QPair<QString, QString> tallMan(const QString &first, const QString &second);

private:
    QHash<QString, QVector<LasaPartner>> m_partners; // normalised name -> partners
    int m_pairCount = 0;
};

} // namespace vlmwb::core
