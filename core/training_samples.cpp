// Training sources for the inference trainer (see training_samples.h).
#include "core/training_samples.h"

#include "core/document_loader.h"
#include "core/line_crop.h"
#include "core/synth_random.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

namespace vlmwb::core {
namespace {

// Holds this file's tr(): lupdate files its strings under the context named here, the one
// QCoreApplication::translate() looks them up in at run time.
class TrainingSamplesText
{
    Q_DECLARE_TR_FUNCTIONS(vlmwb::core::TrainingSamples)
};

} // namespace

inference::LineImage toLineImage(const QImage &image)
{
    const QImage grey = image.format() == QImage::Format_Grayscale8 ? image
                                                                     : image.convertToFormat(QImage::Format_Grayscale8);
    inference::LineImage line;
    line.width = grey.width();
    line.height = grey.height();
    line.pixels.resize(std::size_t(line.width) * std::size_t(line.height));
    for (int row = 0; row < line.height; ++row) {
        const uchar *source = grey.constScanLine(row);
        std::copy(source, source + line.width, line.pixels.begin() + std::ptrdiff_t(row) * line.width);
    }
    return line;
}

inference::LineImage toCroppedLineImage(const QImage &image, int lineHeight)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat view(grey.height(), grey.width(), CV_8UC1, const_cast<uchar *>(grey.constBits()),
                       std::size_t(grey.bytesPerLine()));
    const cv::Mat crop = cropWholeLine(view, lineHeight).image;
    inference::LineImage line;
    line.width = crop.cols;
    line.height = crop.rows;
    line.pixels.reserve(std::size_t(crop.cols) * std::size_t(crop.rows));
    for (int row = 0; row < crop.rows; ++row)
        line.pixels.insert(line.pixels.end(), crop.ptr<uchar>(row), crop.ptr<uchar>(row) + crop.cols);
    return line;
}

SynthTrainingSource::SynthTrainingSource(QVector<DrugEntry> drugs, SynthOptions options, int lineHeight)
    : m_generator(drugs, options.text),
      m_source(std::move(drugs), options), m_options(options),
      m_lineHeight(lineHeight)
{
}

inference::TrainingSample SynthTrainingSource::sample(std::uint64_t index, bool withImage)
{
    inference::TrainingSample result;
    if (!withImage) {
        SynthRandom random(SynthRandom::itemSeed(m_options.seed, index));
        result.text = m_generator.line(random).text.toStdString();
        return result;
    }
    const SynthSample sample = m_source.sample(index);
    result.image = m_lineHeight > 0 ? toCroppedLineImage(sample.image, m_lineHeight) : toLineImage(sample.image);
    result.text = sample.text().toStdString();
    return result;
}

QString corpusCharacters(const QVector<DrugEntry> &drugs, std::uint64_t seed, int lines)
{
    const SynthTextGenerator generator(drugs);
    std::set<char32_t> characters;
    for (char32_t ascii = 0x20; ascii < 0x7f; ++ascii)
        characters.insert(ascii);
    for (int index = 0; index < lines; ++index) {
        SynthRandom random(SynthRandom::itemSeed(seed, std::uint64_t(index)));
        for (const char32_t character : generator.line(random).text.toStdU32String())
            characters.insert(character);
    }
    std::u32string joined(characters.begin(), characters.end());
    return QString::fromStdU32String(joined);
}

PairsTrainingSource::PairsTrainingSource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_error = TrainingSamplesText::tr("Cannot read the training pairs %1: %2.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
        return;
    }
    const QDir folder = QFileInfo(path).absoluteDir();
    const DocumentLoader loader;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonObject object = QJsonDocument::fromJson(line, &parseError).object();
        if (parseError.error != QJsonParseError::NoError || !object.value("image").isString()
            || !object.value("text").isString()) {
            m_error = TrainingSamplesText::tr(
                "Line %1 of %2 is not a training pair: each line must be a JSON object with "
                "\"image\" and \"text\" strings.")
                .arg(lineNumber)
                .arg(QDir::toNativeSeparators(path));
            return;
        }
        const DocumentLoadResult loaded = loader.load(folder.filePath(object.value("image").toString()));
        if (!loaded.ok()) {
            m_error = TrainingSamplesText::tr("Line %1 of %2: %3")
                .arg(lineNumber).arg(QDir::toNativeSeparators(path), loaded.error);
            return;
        }
        inference::TrainingSample pair;
        pair.image = toLineImage(loaded.document.pages.front().display);
        pair.text = object.value("text").toString().toStdString();
        m_pairs.append(pair);
    }
    if (m_pairs.isEmpty())
        m_error = TrainingSamplesText::tr("The training pairs file %1 holds no pairs.")
            .arg(QDir::toNativeSeparators(path));
}

inference::TrainingSample PairsTrainingSource::sample(std::uint64_t index, bool withImage)
{
    inference::TrainingSample pair = m_pairs.at(int(index % std::uint64_t(m_pairs.size())));
    if (!withImage)
        pair.image = {};
    return pair;
}

} // namespace vlmwb::core
