#include "core/synth_drugs.h"

#include <QCoreApplication>

namespace vlmwb::core {

QList<SynthDrug> defaultSynthDrugs(QString *error)
{
    // Placeholder until core/drug_lexicon.h lands from wt/verification-match.
    *error = QCoreApplication::translate("vlmwb::core::SynthDrugs", "The drug lexicon is not built yet.");
    return {};
}

} // namespace vlmwb::core
