// Feeds arbitrary bytes to the CSV reader (parseCsv) and to the drug lexicon's CSV loader
// (DrugLexicon::loadCsvData), the path a user-chosen lexicon file takes. Checks that records come in
// file order with 1-based lines, and that a load either adds every row or, on an error, nothing.
#include "fuzz/fuzz_target.h"

#include "core/csv_reader.h"
#include "core/drug_lexicon.h"

namespace vlmwb::fuzz {

void feedLexiconCsv(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const core::CsvReadResult csv = core::parseCsv(bytes, QStringLiteral("fuzz.csv"));
    int previousLine = 0;
    for (const core::CsvRecord &record : csv.records) {
        require(record.line > previousLine, "CSV records start on increasing 1-based lines");
        require(!record.fields.isEmpty(), "a CSV record has at least one field");
        previousLine = record.line;
    }

    core::DrugLexicon lexicon;
    const core::LexiconLoadResult loaded = lexicon.loadCsvData(bytes, QStringLiteral("fuzz.csv"));
    if (!loaded.ok()) {
        require(lexicon.isEmpty(), "a lexicon CSV with an error adds nothing");
        return;
    }
    require(csv.ok(), "the lexicon loads only CSV that parses");
    require(loaded.added == lexicon.size(), "added counts the entries added");
    for (const core::DrugEntry &entry : lexicon.entries())
        require(!entry.name.isEmpty() && !entry.generic.isEmpty(), "every lexicon entry has a name and a generic");
}

} // namespace vlmwb::fuzz

VLMWB_FUZZ_TARGET(vlmwb::fuzz::feedLexiconCsv)
