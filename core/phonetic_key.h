// A sound key for drug names: a simplified Metaphone tuned to the Greek and Latin spellings of
// drug names, so that names a reader would say alike get keys that are close.
#pragma once

#include <QString>

namespace vlmwb::core {

// Input: a normalised name (normalizeDrugName). Per word: OCR digits read as letters
// (0->o, 1->l, 5->s, 8->b); silent initial clusters (ps pn kn gn wr rh -> second letter), initial
// x -> s; ph->f, sch->sk, ch->k, ck->k, qu->kw, q->k, th->t, gh->g, dg->j, x->ks, z->s, c->s before
// e/i/y else k, g->j before e/i/y; h dropped after the first letter; vowels (a e i o u y) dropped
// except a leading one, written "a"; runs of one consonant collapsed. Words joined by one space.
// Characters outside a-z (Hangul jamo, other scripts) are kept as they are.
// Examples: "hydroxyzine" -> "hdrksn", "hydralazine" -> "hdrlsn", "Celebrex" -> "slbrks".
QString phoneticKey(const QString &normalizedName);

} // namespace vlmwb::core
