// Text of the synthetic corpus: prescription-like lines in English, Korean and both, each with
// its ground truth (the drug names and doses it mentions and where).
//
// Spans here are QString (UTF-16 code unit) indices, [begin, end). Every character the generator
// writes is in the Basic Multilingual Plane, so they are also code point indices. labels.jsonl
// stores UTF-8 byte offsets instead (see synth_labels.h), for the byte-level tokenizer.
#pragma once

#include "core/drug_lexicon.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vlmwb::core {

class SynthRandom;

struct SynthDrugMention {
    QString name;     // as printed in the line
    QString generic;
    int begin = 0;    // QString index of the first character
    int end = 0;      // one past the last
};

struct SynthDoseMention {
    QString text;     // as printed: "500 mg", ".5 mg", "1,000mg"
    double amount = 0; // the value the text means: 500, 0.5, 1000
    QString unit;     // as printed: "mg", "mcg", "µg", "g", "mL", "IU", "units", "mEq", "%",
                      // or a concentration such as "mg/5 mL"
    QString notation; // "" or the error-prone notation (ISMP) the verification must flag:
                      // "naked-decimal" (.5 mg), "trailing-zero" (5.0 mg), "microgram-symbol"
                      // (µg, read as mg) or "abbreviated-unit" (U, read as 0)
    int begin = 0;
    int end = 0;
};

struct SynthTextLine {
    QString text;
    QString kind;            // "drug" | "korean" | "mixed" | "header" | "table-row" | "random"
    QList<SynthDrugMention> drugs;
    QList<SynthDoseMention> doses;
    QList<int> cellStarts;   // table rows: index where each cell begins (cells are separated by
                             // one space in text); empty for an ordinary line

    // "latin", "korean" (Hangul and no Latin letter) or "mixed" (both), from the characters.
    QString script() const;
    bool hasHangul() const;
};

// True when text holds a Hangul syllable or jamo.
bool containsHangul(const QString &text);

// How often a SynthTextGenerator draws the names and line kinds the trainer may ask for more of.
// The defaults are `synth`'s, so the held-out and validation corpora keep their lines.
struct SynthTextShares {
    // upperCaseDrugNames is the share of English drug lines that print the name in capitals
    // ("LITHIUM CARBONATE"), as typed prescriptions often do. The trainer may raise it, since
    // capitals are where the models misread names most. The chance is drawn for every English drug
    // line whatever the share, so changing it changes the case of names and nothing else in the text.
    static constexpr double defaultUpperCaseDrugNames = 0.08;
    double upperCaseDrugNames = defaultUpperCaseDrugNames;
    // rareLetterDrugNames is the share of English drug lines whose name is drawn from the names that
    // hold a rare character: one found in fewer than SynthTextGenerator::rareCharacterShare of the
    // lexicon's Latin names (Q, J, W, digits; 105 of the shipped 2,423 names). Drawn uniformly, a
    // name with a Q is seen once for every 26 with an O, and models read "KISQALI" as "KISOALI".
    // At 0 no chance is drawn, so corpora stay as they were.
    double rareLetterDrugNames = 0.0;
    // rareSyllableKoreanDrugNames is the same for Korean names: the share of Korean and mixed drug
    // lines whose name is drawn from the Korean names that hold a syllable found in fewer than
    // SynthTextGenerator::rareSyllableShare of the lexicon's Korean names (349 of the shipped
    // 1,086). A Hangul syllable is one character to the models, and many are in one or two names
    // only ("쎈" in "티쎈트릭"), so drawn evenly they are seen far less than "트" (in 148). At 0 no
    // chance is drawn, so corpora stay as they were.
    double rareSyllableKoreanDrugNames = 0.0;
    // randomTextLines is the share of line() draws that give a randomTextLine() instead: words no
    // vocabulary predicts. A model trained only on the corpus' vocabulary learns to guess it, and on
    // a real document writes "서울이비인후" for a hospital name it has never seen. At 0 no chance is
    // drawn, so corpora stay as they were.
    double randomTextLines = 0.0;
    // randomDoses is the share of drug mentions with a dose whose amount and unit are drawn at random
    // (one to four digits, or a decimal, in any of the corpus' units) instead of from the drug's
    // strengths. Most names have two or three strengths, so a model learns to guess the dose from
    // the name and on a degraded line writes "50mg" for Feraheme's "510mg" or "0.3 mg" for
    // adapalene's "0.3%". Random amounts can only be read. At 0 no chance is drawn, so corpora stay
    // as they were.
    double randomDoses = 0.0;
};

class SynthTextGenerator
{
public:
    // drugs must not be empty: the names of a DrugLexicon, whose strengths carry their unit ("500 mg",
    // "100 units/mL"). Names in Hangul go into Korean and mixed lines, the others into English ones.
    explicit SynthTextGenerator(QVector<DrugEntry> drugs, SynthTextShares shares = {});

    // The rarity thresholds of SynthTextShares' rare-letter and rare-syllable names.
    static constexpr double rareCharacterShare = 0.03;
    static constexpr double rareSyllableShare = 0.005;

    bool hasDrugs() const { return !m_drugs.isEmpty(); }

    // A line of any kind, in the corpus' proportions.
    SynthTextLine line(SynthRandom &random) const;
    // Two to seven random words, kind "random": Latin letters in any case, Hangul syllables drawn
    // from the corpus' own Korean text (so a model's character set holds them), numbers and codes,
    // some with punctuation. No drugs or doses.
    SynthTextLine randomTextLine(SynthRandom &random) const;

    // number > 0 prefixes "1." style numbering some of the time.
    SynthTextLine drugLine(SynthRandom &random, int number = 0) const;
    // Labelled fields of a page's patient and prescriber block, by number: Korean 진단명, 용법,
    // 투약일수, 병원명, 환자명, a date, 의사, 전화; English Dr., License, Tel., Date, Patient, Refills.
    static constexpr int koreanFieldCount = 8;
    static constexpr int englishFieldCount = 6;

    // field in [0, koreanFieldCount) writes that field; -1 any Korean line, a drug line included.
    SynthTextLine koreanLine(SynthRandom &random, int field = -1) const;
    SynthTextLine mixedLine(SynthRandom &random) const;
    // field in [0, englishFieldCount) writes that field; -1 also a hospital name or a title.
    SynthTextLine headerLine(SynthRandom &random, int field = -1) const;

    // Page parts.
    SynthTextLine hospitalName(SynthRandom &random, bool korean) const;
    SynthTextLine documentTitle(SynthRandom &random, bool korean) const;
    // A table row: cells drug name / dose / frequency / days / quantity.
    SynthTextLine drugTableRow(SynthRandom &random, bool korean) const;
    SynthTextLine tableHeader(bool korean) const;

    QString koreanPersonName(SynthRandom &random) const;
    QString date(SynthRandom &random, bool korean) const;

private:
    // Those of indices whose name holds a character found in fewer than share of their names; all
    // of indices when none does.
    static QList<int> namesWithRareCharacters(const QVector<DrugEntry> &drugs, const QList<int> &indices,
                                              double share);
    // The index of a drug with a Korean name, from the rare-syllable names at their share.
    int pickKoreanDrug(SynthRandom &random) const;
    // A strength to print for drug ("500 mg"): one of its own, or a random one at the randomDoses
    // share; empty when the drug lists none with a number and no random one was drawn.
    QString pickDrugStrength(SynthRandom &random, const DrugEntry &drug) const;

    QVector<DrugEntry> m_drugs;
    QList<int> m_latinDrugs;  // indices of drugs with a Latin-script name
    QList<int> m_koreanDrugs; // indices of drugs with a Korean name
    QList<int> m_rareLetterDrugs; // those of m_latinDrugs holding a rare character (or all of them)
    QList<int> m_rareSyllableKoreanDrugs; // those of m_koreanDrugs holding a rare syllable (or all)
    SynthTextShares m_shares;
    QList<QChar> m_hangulSyllables; // of the Korean names and vocabulary, each once, in code order
};

} // namespace vlmwb::core
