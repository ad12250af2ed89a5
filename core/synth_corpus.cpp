#include "core/synth_corpus.h"

#include "core/synth_compose.h"
#include "core/synth_fonts.h"
#include "core/synth_random.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QJsonDocument>

#include <cmath>

namespace vlmwb::core {

namespace {

// Holds this file's tr(): lupdate files its strings under the context named here, the one
// QCoreApplication::translate() looks them up in at run time.
class SynthCorpusText
{
    Q_DECLARE_TR_FUNCTIONS(vlmwb::core::SynthCorpus)
};

QRect boundingBox(const QPolygonF &hull, const QRect &image)
{
    const QRectF bounds = hull.boundingRect();
    const QRect box(QPoint(int(std::floor(bounds.left())), int(std::floor(bounds.top()))),
                    QPoint(int(std::ceil(bounds.right())) - 1, int(std::ceil(bounds.bottom())) - 1));
    return box.intersected(image);
}

int levelFor(SynthRandom &random, const SynthOptions &options)
{
    if (options.degradeLevel >= 0)
        return options.degradeLevel;
    // Clean and mild share what strong leaves as 20 : 45. At the default, 1 - 0.35 is the double
    // 0.2 + 0.45, so the thresholds are 0.2 and 0.65 exactly and every set keeps its levels.
    constexpr double clean = 0.2, mild = 0.45;
    const double notStrong = 1.0 - options.strongDegradation;
    const double draw = random.real(0.0, 1.0);
    return draw < clean * (notStrong / (clean + mild)) ? 0 : draw < notStrong ? 1 : 2;
}

} // namespace

SynthSample makeSynthSample(const SynthTextGenerator &generator, const SynthOptions &options, std::uint64_t index)
{
    SynthRandom random(SynthRandom::itemSeed(options.seed, index));
    const SynthFontLibrary &fonts = SynthFontLibrary::instance();
    SynthSample sample = options.pages ? composeSynthPage(generator, fonts, random)
                                       : composeSynthLine(generator, fonts, random);
    QRectF ink;
    for (const SynthPlacedLine &line : sample.lines)
        ink = ink.united(line.box);
    const int level = levelFor(random, options);
    sample.image = degradeSynthImage(sample.image, level, random, ink, &sample.degradation);

    QTransform transform = sample.degradation.geometry;
    if (!options.pages && options.height > 0 && sample.image.height() != options.height) {
        const double scale = double(options.height) / sample.image.height();
        const int width = std::max(1, int(std::lround(sample.image.width() * scale)));
        transform *= QTransform::fromScale(double(width) / sample.image.width(), scale);
        sample.image = sample.image.scaled(width, options.height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    if (!transform.isIdentity()) {
        for (SynthPlacedLine &line : sample.lines) {
            line.hull = transform.map(line.hull);
            line.box = boundingBox(line.hull, sample.image.rect());
        }
    }
    return sample;
}

SyntheticLineSource::SyntheticLineSource(QVector<DrugEntry> drugs, SynthOptions options)
    : m_generator(std::move(drugs), options.text),
      m_options(options)
{
    m_options.pages = false;
    if (!SynthFontLibrary::instance().ok())
        m_error = SynthFontLibrary::instance().error();
    else if (!m_generator.hasDrugs())
        m_error = SynthCorpusText::tr("The synthetic corpus needs at least one drug; the lexicon given is empty.");
}

SynthSample SyntheticLineSource::sample(std::uint64_t index) const
{
    return makeSynthSample(m_generator, m_options, index);
}

QString writeSynthCorpus(const QString &folder, const SynthTextGenerator &generator, const SynthOptions &options,
                         int count, const std::function<void(int, int)> &progress)
{
    if (!SynthFontLibrary::instance().ok())
        return SynthFontLibrary::instance().error();
    if (!generator.hasDrugs())
        return SynthCorpusText::tr("The synthetic corpus needs at least one drug; the lexicon given is empty.");
    const QDir root(folder);
    if (!QDir().mkpath(root.filePath("images")))
        return SynthCorpusText::tr("Cannot create the folder %1: check that its parent exists and is writable.")
            .arg(QDir::toNativeSeparators(root.filePath("images")));
    QFile labels(root.filePath("labels.jsonl"));
    if (!labels.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return SynthCorpusText::tr("Cannot write %1: %2.")
            .arg(QDir::toNativeSeparators(labels.fileName()), labels.errorString());
    for (int i = 0; i < count; ++i) {
        const SynthSample sample = makeSynthSample(generator, options, std::uint64_t(i));
        const QString name = QString("images/%1.png").arg(i, 6, 10, QChar('0'));
        QImageWriter writer(root.filePath(name), "png");
        writer.setQuality(80); // zlib level 1: ~1/6 less time than the default for ~7% larger files
        if (!writer.write(sample.image))
            return SynthCorpusText::tr("Cannot write the image %1: %2.")
                .arg(QDir::toNativeSeparators(root.filePath(name)), writer.errorString());
        const QByteArray record = QJsonDocument(synthLabel(sample, name)).toJson(QJsonDocument::Compact) + '\n';
        if (labels.write(record) != record.size())
            return SynthCorpusText::tr("Cannot write %1: %2.")
                .arg(QDir::toNativeSeparators(labels.fileName()), labels.errorString());
        if (progress)
            progress(i + 1, count);
    }
    if (!labels.flush())
        return SynthCorpusText::tr("Cannot write %1: %2.")
            .arg(QDir::toNativeSeparators(labels.fileName()), labels.errorString());
    return {};
}

} // namespace vlmwb::core
