// The OCR pipeline on pages the test draws (ground truth: each drawn line's ink box, measured by
// drawing it alone). A scripted recognizer stands in for the model where the model's text does
// not matter (detection, boxes, batching, progress, cancellation); a tiny random-weight model runs
// the real engine end to end; a trained default model, when present, checks page-level CER.
#include "core/document.h"
#include "core/line_layout.h"
#include "core/model_locator.h"
#include "core/ocr_pipeline.h"
#include "core/engine_recognizer.h"
#include "random_model.h"

#include "rendered_page.h"

#include <QFile>
#include <QTemporaryDir>
#include <QPainter>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace vlmwb::core;
using vlmwb::test::pixelFont;
using vlmwb::test::RenderedPage;

namespace {

// Reads every line as "w<crop width>" with confidence 0.9 per character, and remembers what it saw.
class ScriptedRecognizer : public LineRecognizer
{
public:
    int inputHeight() const override { return 32; }
    QString pattern() const override { return QStringLiteral("projection"); }
    QString modelFolder() const override { return QStringLiteral("scripted"); }
    QString device() const override { return QStringLiteral("cpu"); }
    std::vector<vlmwb::inference::LineReading> read(const std::vector<vlmwb::inference::LineImage> &lines,
                                                    const vlmwb::inference::DecodeOptions &) override
    {
        QVector<int> widths;
        std::vector<vlmwb::inference::LineReading> readings;
        for (const auto &line : lines) {
            heights << line.height;
            widths << line.width;
            vlmwb::inference::LineReading reading;
            reading.text = "w" + std::to_string(line.width);
            reading.tokenIds.assign(reading.text.size(), 65);
            reading.tokenProbabilities.assign(reading.text.size(), 0.9f);
            reading.characterConfidences.assign(reading.text.size(), 0.9f);
            reading.meanLogProbability = std::log(0.9);
            readings.push_back(reading);
        }
        batches << widths;
        return readings;
    }

    QVector<QVector<int>> batches; // crop widths per read() call
    QVector<int> heights;
};

Document documentOf(const QImage &image, const QString &path = QStringLiteral("drawn.png"))
{
    Document document;
    document.path = path;
    document.format = QStringLiteral("PNG");
    Page page;
    page.pixels = vlmwb::test::toMat(image);
    page.display = image;
    document.pages << page;
    return document;
}

const QStringList prescription = {
    "Seoul Central Clinic", "Patient: Kim Minsu  Date: 2026-11-02", "Diagnosis: acute bronchitis (J20.9)",
    "1. Amoxicillin 500 mg cap PO TID x 7 days #21", "2. Ibuprofen 400 mg tab PO q8h PRN pain #15",
    "3. Levothyroxine 50 mcg tab PO QD #30", "4. Metformin 1000 mg tab PO BID with meals #60",
    "Take with water after meals", "Physician: Dr. Lee Jihoon", "License 12345"};

const QStringList korean = {
    "처방전 (Prescription)", "병원명: 서울중앙의원", "환자명: 김민수", "진단명: 급성 기관지염",
    "아목시실린 500 mg 1일 3회", "이부프로펜 400 mg 필요시", "레보티록신 50 mcg 1일 1회",
    "메트포르민 1000 mg 1일 2회", "용법: 식후 30분", "면허번호 12345"};

// A 1240 x 1754 page (A4 at 150 dpi) with the lines at a regular pitch.
RenderedPage page(const QString &family, int pixelSize, const QStringList &texts, int pitch)
{
    RenderedPage drawn(QSize(1240, 1754));
    const QFont font = pixelFont(family, pixelSize);
    for (int i = 0; i < texts.size(); ++i)
        drawn.addLine(texts[i], font, QPointF(110, 160 + i * pitch));
    return drawn;
}

int levenshtein(const QString &a, const QString &b)
{
    QVector<int> previous(b.size() + 1), current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1,
                                   previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

class TestOcrPipeline : public QObject
{
    Q_OBJECT
private slots:
    void detectsLinesOfCleanPages_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<int>("size");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<int>("pitch");
        QTest::newRow("Liberation Sans 28, prescription") << "Liberation Sans" << 28 << prescription << 90;
        QTest::newRow("Liberation Serif 22, tight") << "Liberation Serif" << 22 << prescription << 44;
        QTest::newRow("NanumGothic 30, Korean") << "NanumGothic" << 30 << korean << 80;
        QTest::newRow("Noto Sans CJK KR 18, Korean") << "Noto Sans CJK KR" << 18 << korean << 40;
    }

    // Recall over all rows: each drawn line matched (IoU >= 0.5) by a result line's box.
    void detectsLinesOfCleanPages()
    {
        QFETCH(QString, family);
        QFETCH(int, size);
        QFETCH(QStringList, texts);
        QFETCH(int, pitch);
        const RenderedPage drawn = page(family, size, texts, pitch);
        auto recognizer = std::make_shared<ScriptedRecognizer>();
        const OcrResult result = OcrPipeline(recognizer).readDocument(documentOf(drawn.image()));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.pages.size(), 1);
        int matched = 0;
        for (const QRectF &truth : drawn.truth()) {
            for (const OcrLine &line : result.pages[0].lines) {
                if (vlmwb::test::intersectionOverUnion(truth, line.box) >= 0.5) {
                    ++matched;
                    break;
                }
            }
        }
        m_matched += matched;
        m_drawn += drawn.truth().size();
        QVERIFY2(matched >= drawn.truth().size() - 1,
                 qPrintable(QString("%1 of %2 lines found").arg(matched).arg(drawn.truth().size())));
    }

    void recallOverAllCleanPagesIsAtLeast98Percent()
    {
        QVERIFY(m_drawn >= 40);
        QVERIFY2(m_matched >= 0.98 * m_drawn, qPrintable(QString("%1 of %2").arg(m_matched).arg(m_drawn)));
    }

    // One result line per detected line, boxes on the page, each reading back on its own line: the
    // scripted text is the crop width, which the test predicts from the box (crop = box + margin of
    // a tenth of the height, scaled to 32 rows; within 3 %, as deskewing by a few hundredths of a
    // degree makes the page box a fraction of a pixel taller than the cropped one).
    void readingsGoBackToTheirLines()
    {
        const RenderedPage drawn = page("Liberation Sans", 26, prescription, 70);
        auto recognizer = std::make_shared<ScriptedRecognizer>();
        const OcrResult result = OcrPipeline(recognizer).readDocument(documentOf(drawn.image()));
        QVERIFY(result.ok());
        const LineLayout layout = detectLines(vlmwb::test::toMat(drawn.image()));
        QCOMPARE(result.pages[0].lines.size(), layout.lines.size());
        const QRectF pageRect(0, 0, 1240, 1754);
        for (const OcrLine &line : result.pages[0].lines) {
            QVERIFY(pageRect.contains(line.box));
            const int margin = std::max(2, int(line.box.height()) / 10);
            const double expected = (line.box.width() + 2 * margin) * 32.0 / (line.box.height() + 2 * margin);
            const int read = line.text.mid(1).toInt();
            QVERIFY2(std::abs(read - expected) <= 0.03 * expected, qPrintable(QString("%1 for %2").arg(line.text).arg(expected)));
            QCOMPARE(line.confidence, 0.9);
            QCOMPARE(line.characterConfidences.size(), line.text.size());
        }
        QCOMPARE(result.pages[0].text().split('\n').size(), layout.lines.size());
        for (int height : recognizer->heights)
            QCOMPARE(height, 32);
    }

    void batchesHoldLinesOfSimilarWidth()
    {
        const RenderedPage drawn = page("Liberation Sans", 26, prescription, 70);
        auto recognizer = std::make_shared<ScriptedRecognizer>();
        OcrOptions options;
        options.batchSize = 3;
        const OcrResult result = OcrPipeline(recognizer, options).readDocument(documentOf(drawn.image()));
        QVERIFY(result.ok());
        QCOMPARE(recognizer->batches.size(), (result.lineCount() + 2) / 3);
        int previousWidest = 0;
        for (const QVector<int> &batch : recognizer->batches) {
            QVERIFY(batch.size() <= 3);
            QVERIFY(*std::min_element(batch.begin(), batch.end()) >= previousWidest);
            previousWidest = *std::max_element(batch.begin(), batch.end());
        }
    }

    void progressReachesTotal()
    {
        const RenderedPage drawn = page("Liberation Sans", 26, prescription, 70);
        OcrOptions options;
        options.batchSize = 4;
        QVector<QPair<int, int>> reports;
        const OcrResult result = OcrPipeline(std::make_shared<ScriptedRecognizer>(), options)
                                     .readDocument(documentOf(drawn.image()),
                                                   [&](int done, int total) { reports << qMakePair(done, total); });
        QVERIFY(result.ok());
        const int total = result.lineCount();
        QCOMPARE(total, prescription.size());
        QCOMPARE(reports.first(), qMakePair(0, total));
        QCOMPARE(reports.last(), qMakePair(total, total));
        for (int i = 1; i < reports.size(); ++i)
            QVERIFY(reports[i].first > reports[i - 1].first);
        QCOMPARE(reports.size(), 1 + (total + 3) / 4);
    }

    void cancellationStopsBetweenBatches()
    {
        const RenderedPage drawn = page("Liberation Sans", 26, prescription, 70);
        auto recognizer = std::make_shared<ScriptedRecognizer>();
        OcrOptions options;
        options.batchSize = 2;
        int asked = 0;
        const OcrResult result = OcrPipeline(recognizer, options)
                                     .readDocument(documentOf(drawn.image()), {}, [&] { return ++asked > 2; });
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok());
        QCOMPARE(recognizer->batches.size(), 2); // the third question stopped the run
    }

    void wholeLineModeReadsEachImageAsOneLine()
    {
        QImage line(300, 40, QImage::Format_Grayscale8);
        line.fill(255);
        auto recognizer = std::make_shared<ScriptedRecognizer>();
        OcrOptions options;
        options.wholeLines = true;
        const OcrResult result = OcrPipeline(recognizer, options).readDocument(documentOf(line));
        QVERIFY(result.ok());
        QCOMPARE(result.lineCount(), 1);
        QCOMPARE(result.pages[0].lines[0].box, QRectF(0, 0, 300, 40));
        QCOMPARE(result.pages[0].lines[0].text, QString("w240")); // 300 x 40 scaled to 32 rows
    }

    void wholeLineModeCutsTheLineOutOfWideMargins()
    {
        // One 200 x 20 bar in a 300 x 80 image: the ink box with the layout's margin (2 px) is
        // 204 x 24 source pixels, 272 x 32 at the model's height; the line keeps the image's box.
        QImage line(300, 80, QImage::Format_Grayscale8);
        line.fill(255);
        QPainter(&line).fillRect(QRect(50, 30, 200, 20), Qt::black);
        auto recognizer = std::make_shared<ScriptedRecognizer>();
        OcrOptions options;
        options.wholeLines = true;
        const OcrResult result = OcrPipeline(recognizer, options).readDocument(documentOf(line));
        QVERIFY(result.ok());
        QCOMPARE(result.pages[0].lines[0].text, QString("w272"));
        QCOMPARE(result.pages[0].lines[0].box, QRectF(0, 0, 300, 80));
    }

    void badInputsNameTheFile()
    {
        QTemporaryDir dir;
        const OcrPipeline pipeline(std::make_shared<ScriptedRecognizer>());
        const QString missing = dir.filePath("missing.png");
        OcrResult result = pipeline.readFile(missing);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(missing), qPrintable(result.error));

        const QString corrupt = dir.filePath("corrupt.png");
        QFile file(corrupt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x89PNG\r\n\x1a\n-truncated");
        file.close();
        result = pipeline.readFile(corrupt);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(corrupt), qPrintable(result.error));

        const QString empty = dir.filePath("empty-model");
        QVERIFY(QDir().mkpath(empty));
        ModelLocation location = locateModel(empty, "projection");
        QVERIFY(!location.ok());
        QVERIFY2(location.error.contains(QDir::toNativeSeparators(empty)), qPrintable(location.error));
        location = locateModel(dir.filePath("nowhere"), "projection");
        QVERIFY(!location.ok());
        QVERIFY2(location.error.contains("nowhere"), qPrintable(location.error));
    }

    // Roots of our own, since the shipped models sit in the default roots beside the test.
    void missingDefaultModelSaysWhereAndHow()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath("first"), second = dir.filePath("second");
        const ModelLocation location = locateModel(QString(), "early_fusion", {first, second});
        QVERIFY(!location.ok());
        for (const QString &root : {first, second})
            QVERIFY2(location.error.contains(QDir::toNativeSeparators(QDir(root).filePath("early_fusion"))),
                     qPrintable(location.error));
        QVERIFY(location.error.contains("vlmwb-cli train --pattern early_fusion"));

        // A model in the second root is found once the first has none.
        const QString model = QDir(second).filePath("early_fusion");
        vlmwb::test::saveRandomModel(model.toStdString(), "early_fusion");
        const ModelLocation found = locateModel(QString(), "early_fusion", {first, second});
        QVERIFY2(found.ok(), qPrintable(found.error));
        QCOMPARE(found.folder, model);
    }

    void defaultModelFoundThroughTheEnvironment()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath("projection");
        QVERIFY(QDir().mkpath(folder));
        for (const char *name : {"config.json", "model.safetensors"}) {
            QFile file(QDir(folder).filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        qputenv("VLMWB_MODELS_DIR", dir.path().toUtf8());
        const ModelLocation location = locateModel(QString(), "projection");
        qunsetenv("VLMWB_MODELS_DIR");
        QVERIFY2(location.ok(), qPrintable(location.error));
        QCOMPARE(location.folder, folder);
    }

    void randomModelReadsAPageEndToEnd()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath("projection");
        vlmwb::test::saveRandomModel(folder.toStdString(), "projection");
        const RecognizerOpenResult opened = openCachedRecognizer({folder, "cpu"});
        QVERIFY2(opened.recognizer, qPrintable(opened.error));
        QCOMPARE(openCachedRecognizer({folder, "cpu"}).recognizer, opened.recognizer); // loaded once
        const RenderedPage drawn = page("Liberation Sans", 26, prescription, 70);
        const QString path = dir.filePath("page.png");
        QVERIFY(drawn.image().save(path));
        OcrOptions options;
        options.decode.maxNewTokens = 6;
        const OcrResult result = OcrPipeline(opened.recognizer, options).readFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.pattern, QString("projection"));
        const LineLayout layout = detectLines(vlmwb::test::toMat(drawn.image()));
        QCOMPARE(result.pages[0].lines.size(), layout.lines.size());
        for (const OcrLine &line : result.pages[0].lines) {
            QVERIFY(QRectF(0, 0, 1240, 1754).contains(line.box));
            QVERIFY(line.confidence >= 0 && line.confidence <= 1);
            QCOMPARE(line.characterConfidences.size(), line.text.toUcs4().size());
        }
        QVERIFY(result.timings.recognitionMs > 0);
    }

    void brokenModelFolderNamesTheFolder()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath("broken");
        QVERIFY(QDir().mkpath(folder));
        for (const char *name : {"config.json", "model.safetensors"}) {
            QFile file(QDir(folder).filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a model");
        }
        const RecognizerOpenResult opened = openCachedRecognizer({folder, "cpu"});
        QVERIFY(!opened.recognizer);
        QVERIFY2(opened.error.contains(QDir::toNativeSeparators(folder)), qPrintable(opened.error));
    }

    // Reading a whole page may lose accuracy to layout and cropping, but not much: page-text CER
    // within 1.5 x the CER of the same lines drawn one per image.
    void pageCerCloseToLineCer()
    {
        const ModelLocation location = locateModel(QString(), "projection");
        if (!location.ok())
            QSKIP(qPrintable("needs a trained default Projection model: " + location.error));
        const RecognizerOpenResult opened = openCachedRecognizer({location.folder, "auto"});
        QVERIFY2(opened.recognizer, qPrintable(opened.error));
        const QStringList texts = prescription;
        const RenderedPage drawn = page("Liberation Sans", 28, texts, 90);
        // Greedy for both reads: the comparison holds for any decoding, and the model's own beam of 8
        // made this the slowest case of the suite under the sanitizers.
        OcrOptions pageOptions;
        pageOptions.decode.beam = 1;
        const OcrResult pageResult = OcrPipeline(opened.recognizer, pageOptions).readDocument(documentOf(drawn.image()));
        QVERIFY(pageResult.ok());
        const QString truth = texts.join('\n');
        const double pageCer = double(levenshtein(pageResult.pages[0].text(), truth)) / truth.size();

        OcrOptions lineOptions = pageOptions;
        lineOptions.wholeLines = true;
        const OcrPipeline linePipeline(opened.recognizer, lineOptions);
        int errors = 0, characters = 0;
        for (int i = 0; i < texts.size(); ++i) {
            // The line alone, cut around its drawn ink box like a line-level data set would be.
            const QRect box = drawn.truth()[i].toAlignedRect().adjusted(-4, -4, 4, 4);
            const OcrResult line = linePipeline.readDocument(documentOf(drawn.image().copy(box)));
            QVERIFY(line.ok());
            errors += levenshtein(line.pages[0].lines[0].text, texts[i]);
            characters += texts[i].size();
        }
        const double lineCer = double(errors) / characters;
        qInfo("page CER %.4f, line CER %.4f", pageCer, lineCer);
        QVERIFY2(pageCer <= 1.5 * lineCer + 0.005, qPrintable(QString("page %1, lines %2").arg(pageCer).arg(lineCer)));
    }

private:
    int m_matched = 0;
    int m_drawn = 0;
};

QTEST_MAIN(TestOcrPipeline)
#include "tst_ocr_pipeline.moc"
