// A list of drug names (generic, brand, Korean) with the generic each maps to and how the drug is
// usually dosed. Loaded from the project's CSV, from RxNorm's RXNCONSO.RRF, or from the copy
// embedded in the program.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

class QIODevice;

namespace vlmwb::core {

enum class DrugNameKind { Generic, Brand, Korean };

QString drugNameKindName(DrugNameKind kind); // "generic", "brand" or "korean"

struct DrugEntry {
    QString name;          // as written on a label: "amoxicillin", "Amoxil", "아목시실린"
    QString generic;       // the generic this name maps to: "amoxicillin" (equal to name for generics)
    DrugNameKind kind = DrugNameKind::Generic;
    QStringList forms;     // "tablet", "capsule", "injection", ...
    QStringList routes;    // "PO", "IV", "topical", ...
    QStringList units;     // units the drug is usually dosed in: "mg", "mcg", "units", "mEq", "%"
    QStringList strengths; // usual strengths with unit: "250 mg", "125 mg/5 mL"
    QString source;        // where the entry came from: a file path or ":/lexicon/drugs.csv"
};

struct LexiconLoadResult {
    int added = 0;      // entries added by this load
    int skipped = 0;    // rows deliberately left out (RxNorm: other sources, suppressed, unmapped)
    QString error;      // a sentence naming the file, the line and the cause; empty on success
    bool ok() const { return error.isEmpty(); }
};

class DrugLexicon
{
public:
    // Fragments shorter than this many normalised characters get no match: a three-letter word
    // matches too many short names by chance.
    static constexpr int defaultMinimumNameLength = 4;
    static constexpr const char *defaultResourcePath = ":/lexicon/drugs.csv";

    // Columns name,generic,kind,forms,routes,units,strengths with a header row; the last four are
    // ';'-separated lists and may be empty. Nothing is added when the file has an error.
    LexiconLoadResult loadCsv(const QString &path);
    LexiconLoadResult loadCsvData(const QByteArray &bytes, const QString &nameForMessages);

    // RxNorm's RXNCONSO.RRF (18 '|'-terminated fields per line). Keeps rows with SAB=RXNORM and
    // SUPPRESS=N: TTY IN and PIN become generics; BN become brands, mapped to their ingredients
    // through the "[Brand]" suffix of SBD names (a combination's generic reads "a / b"); single-
    // ingredient SCD and SBD names ("amoxicillin 500 MG Oral Capsule") give strengths, units, forms
    // and routes. Other term types (MIN, SCDC, DF, ...), combination SCDs' dosing and brands that
    // no SBD names are skipped and counted. RXNREL.RRF is not needed.
    LexiconLoadResult loadRxNormConso(const QString &path);
    // The same from bytes already in memory (the fuzzer's and the tests' entry point).
    LexiconLoadResult loadRxNormConsoData(const QByteArray &bytes, const QString &nameForMessages);

    // The lexicon shipped with the program (resources/lexicon/drugs.csv).
    LexiconLoadResult loadDefault();

    void addEntry(const DrugEntry &entry) { m_entries.append(entry); }
    const QVector<DrugEntry> &entries() const { return m_entries; }
    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }

    int minimumNameLength() const { return m_minimumNameLength; }
    void setMinimumNameLength(int length) { m_minimumNameLength = length; }

private:
    // Reads line by line, so a full RXNCONSO.RRF (hundreds of MB) is never held whole.
    LexiconLoadResult readRxNormConso(QIODevice &device, const QString &nameForMessages);

    QVector<DrugEntry> m_entries;
    int m_minimumNameLength = defaultMinimumNameLength;
};

} // namespace vlmwb::core
