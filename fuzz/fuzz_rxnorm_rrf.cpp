// Feeds arbitrary bytes to the RxNorm importer (DrugLexicon::loadRxNormConsoData, the in-memory twin
// of loadRxNormConso for RXNCONSO.RRF). Checks that an import either adds every entry it counts or,
// on an error, nothing, and that no entry is nameless.
#include "fuzz/fuzz_target.h"

#include "core/drug_lexicon.h"

namespace vlmwb::fuzz {

void feedRxNormRrf(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    core::DrugLexicon lexicon;
    const core::LexiconLoadResult loaded = lexicon.loadRxNormConsoData(bytes, QStringLiteral("RXNCONSO.RRF"));
    if (!loaded.ok()) {
        require(lexicon.isEmpty(), "an RRF file with an error adds nothing");
        return;
    }
    require(loaded.added == lexicon.size(), "added counts the entries added");
    require(loaded.skipped >= 0, "skipped is a count");
    for (const core::DrugEntry &entry : lexicon.entries())
        require(!entry.name.isEmpty(), "every imported entry has a name");
}

} // namespace vlmwb::fuzz

VLMWB_FUZZ_TARGET(vlmwb::fuzz::feedRxNormRrf)
