// Shared set-up of the verification tests: the shipped lexicon and LASA pairs behind one matcher.
#pragma once

#include "core/drug_matcher.h"

#include <QtTest>

#include <memory>

namespace vlmwb::core::testing {

// The matcher over resources/lexicon; fails the calling test when a file cannot be read.
inline std::unique_ptr<DrugMatcher> defaultMatcher()
{
    QString error;
    LexiconSet lexicons = LexiconSet::withDefault(&error);
    if (!error.isEmpty()) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return nullptr;
    }
    LasaPairs pairs;
    const LasaLoadResult lasa = pairs.loadDefault();
    if (!lasa.ok()) {
        QTest::qFail(qPrintable(lasa.error), __FILE__, __LINE__);
        return nullptr;
    }
    return std::make_unique<DrugMatcher>(lexicons, pairs);
}

} // namespace vlmwb::core::testing
