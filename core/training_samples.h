// Training data for the inference trainer, as plain line images and UTF-8 text: the synthetic
// corpus streamed in memory, or the image/text pairs exported from the review database.
#pragma once

#include "core/synth_corpus.h"

#include "vlmwb/engine.h"
#include "vlmwb/trainer.h"

#include <QImage>
#include <QString>
#include <QVector>

#include <utility>

namespace vlmwb::core {

// 8-bit grey copy of an image of any format (rows packed, no padding).
inference::LineImage toLineImage(const QImage &image);

// A line image as the OCR pipeline reads it with --lines: grey, cut to its ink box with a detected
// line's margin and scaled to lineHeight rows (cropWholeLine).
inference::LineImage toCroppedLineImage(const QImage &image, int lineHeight);

// The synthetic corpus of a seed: sample i is line i of the corpus; text-only requests skip the
// rendering and draw the same kind of line from the item's seed. Each image is cut to its ink box
// at lineHeight rows (cropWholeLine, as the OCR pipeline cuts a line image), or left as rendered
// when lineHeight is 0.
class SynthTrainingSource : public inference::TrainingSampleSource
{
public:
    SynthTrainingSource(QVector<DrugEntry> drugs, SynthOptions options, int lineHeight = 0);
    bool ok() const { return m_source.ok(); }
    QString error() const { return m_source.error(); }
    inference::TrainingSample sample(std::uint64_t index, bool withImage) override;

private:
    SynthTextGenerator m_generator;
    SyntheticLineSource m_source;
    SynthOptions m_options;
    int m_lineHeight = 0;
};

// Every character (code point) the corpus' text generator writes in its first `lines` lines of
// the seed, plus printable ASCII, in code point order: the CTC vocabulary of the encoder.
QString corpusCharacters(const QVector<DrugEntry> &drugs, std::uint64_t seed, int lines);

// {"image": "crop.png", "text": "..."} per line (vlmwb-cli export --format jsonl); image paths are
// relative to the file's folder. Cycles through the pairs.
class PairsTrainingSource : public inference::TrainingSampleSource
{
public:
    // Reads the file and every image; error() names the file, the line and the cause.
    explicit PairsTrainingSource(const QString &path);
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    int count() const { return int(m_pairs.size()); }
    inference::TrainingSample sample(std::uint64_t index, bool withImage) override;

private:
    QVector<inference::TrainingSample> m_pairs;
    QString m_error;
};

} // namespace vlmwb::core
