// The synthetic corpus as a stream (for the trainer, in memory) and as a folder on disk
// (`vlmwb-cli synth`). Sample i of a seed is a pure function of (seed, i, options): the same on
// every run and machine, in any order.
#pragma once

#include "core/synth_sample.h"
#include "core/synth_text.h"

#include <QString>

#include <cstdint>
#include <functional>

namespace vlmwb::core {

struct SynthOptions {
    std::uint64_t seed = 0;
    bool pages = false;     // whole pages instead of line images
    int degradeLevel = -1;  // 0 clean, 1 mild, 2 strong, -1 mixed (20% / 45% / 35%)
    // With degradeLevel -1, the share of strongly degraded (level 2) samples; the rest stay clean
    // and mild as 20 : 45. Only the trainer changes it (--strong-degradation), so synth's sets keep
    // the default mix.
    static constexpr double defaultStrongDegradation = 0.35;
    double strongDegradation = defaultStrongDegradation;
    int height = 0;         // line images scaled to this height; 0 keeps the rendered size
    // The text generator's shares (SynthTextGenerator), for line sources that build their own
    // generator (the trainer's); synth's sets keep the defaults.
    SynthTextShares text;
};

// Sample `index` of the corpus. Needs SynthFontLibrary::instance().ok().
SynthSample makeSynthSample(const SynthTextGenerator &generator, const SynthOptions &options, std::uint64_t index);

// An endless stream of line samples (image + text + ground truth), for training without disk.
// sample() is const and reentrant, so worker threads may draw different indices at once; create
// the first source (which loads the fonts) on the thread that owns the QGuiApplication.
class SyntheticLineSource
{
public:
    SyntheticLineSource(QVector<DrugEntry> drugs, SynthOptions options);

    // False (with a sentence in error()) when the fonts cannot be loaded or drugs is empty; then
    // sample() must not be called.
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    SynthSample next() { return sample(m_position++); }
    SynthSample sample(std::uint64_t index) const;
    // Resumes the stream at a step, e.g. after a checkpoint.
    void seek(std::uint64_t position) { m_position = position; }
    std::uint64_t position() const { return m_position; }

private:
    SynthTextGenerator m_generator;
    SynthOptions m_options;
    std::uint64_t m_position = 0;
    QString m_error;
};

// Writes count samples to folder/images/NNNNNN.png and folder/labels.jsonl. Returns an empty
// string, or a sentence naming the file and the cause. progress(done, count) after each sample.
QString writeSynthCorpus(const QString &folder, const SynthTextGenerator &generator, const SynthOptions &options,
                         int count, const std::function<void(int, int)> &progress = {});

} // namespace vlmwb::core
