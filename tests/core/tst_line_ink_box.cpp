// The ink box of a single-line image and the crop cut from it: boxes drawn at known places, text
// under shading, specks and low contrast against the box of the same text drawn clean, and the
// synthetic corpus' own ground-truth boxes over every degradation level.
#include "core/drug_lexicon.h"
#include "core/line_crop.h"
#include "core/line_ink_box.h"
#include "core/synth_corpus.h"
#include "core/synth_fonts.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QtTest>

#include <opencv2/imgproc.hpp>

using namespace vlmwb::core;

namespace {

cv::Mat white(int width, int height)
{
    return cv::Mat(height, width, CV_8UC1, cv::Scalar(255));
}

cv::Mat toMat(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    return cv::Mat(grey.height(), grey.width(), CV_8UC1, const_cast<uchar *>(grey.constBits()),
                   std::size_t(grey.bytesPerLine()))
        .clone();
}

// The bounding box of the pixels darker than mid-grey: the truth on a clean drawing.
QRect darkBox(const cv::Mat &grey)
{
    cv::Mat dark;
    cv::threshold(grey, dark, 127, 255, cv::THRESH_BINARY_INV);
    const cv::Rect box = cv::boundingRect(dark);
    return QRect(box.x, box.y, box.width, box.height);
}

QImage drawnLine(const QString &text, const QString &family, int pixelSize, QSize size, QPoint origin)
{
    QImage image(size, QImage::Format_Grayscale8);
    image.fill(255);
    QPainter painter(&image);
    QFont font(family);
    font.setPixelSize(pixelSize);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(origin, text);
    return image;
}

bool near(const QRect &found, const QRect &truth, int slack)
{
    return std::abs(found.left() - truth.left()) <= slack && std::abs(found.top() - truth.top()) <= slack
           && std::abs(found.right() - truth.right()) <= slack && std::abs(found.bottom() - truth.bottom()) <= slack;
}

} // namespace

class TestLineInkBox : public QObject
{
    Q_OBJECT
private slots:
    void blankAndTinyImagesAreTakenWhole()
    {
        QCOMPARE(lineInkBox(white(300, 40)), QRect(0, 0, 300, 40));
        QCOMPARE(lineInkBox(white(5, 5)), QRect(0, 0, 5, 5));
        QCOMPARE(lineInkBox(cv::Mat()), QRect());
        // Paper with a faint smudge only (nothing darker than 200 after levelling) is no text.
        cv::Mat faint = white(300, 40);
        cv::rectangle(faint, cv::Rect(100, 10, 40, 20), cv::Scalar(235), cv::FILLED);
        QCOMPARE(lineInkBox(faint), QRect(0, 0, 300, 40));
    }

    void drawnBlocksGiveTheirExactBox()
    {
        // Three "letters" 10 x 20 and a period 3 x 3 on the baseline after them.
        cv::Mat grey = white(400, 100);
        for (int x : {60, 80, 100})
            cv::rectangle(grey, cv::Rect(x, 40, 10, 20), cv::Scalar(0), cv::FILLED);
        cv::rectangle(grey, cv::Rect(115, 57, 3, 3), cv::Scalar(0), cv::FILLED);
        QCOMPARE(lineInkBox(grey), QRect(60, 40, 58, 20));
        // A speck far to the right and a blot well above the line stay out of it.
        cv::rectangle(grey, cv::Rect(350, 50, 2, 2), cv::Scalar(0), cv::FILLED);
        cv::rectangle(grey, cv::Rect(200, 2, 12, 12), cv::Scalar(0), cv::FILLED);
        QCOMPARE(lineInkBox(grey), QRect(60, 40, 58, 20));
    }

    void textUnderShadingNoiseAndLowContrastKeepsItsBox()
    {
        const QImage clean = drawnLine("amoxicillin 500 mg PO TID x 7 days", "Liberation Sans", 22,
                                       QSize(520, 70), QPoint(40, 42));
        const cv::Mat cleanMat = toMat(clean);
        const QRect truth = darkBox(cleanMat);
        QVERIFY(near(lineInkBox(cleanMat), truth, 1));

        // Low contrast (ink 120, paper 210), a shadow darkening the right half by a third, and
        // Gaussian noise: what the corpus' strong degradations do.
        cv::Mat degraded;
        cleanMat.convertTo(degraded, CV_32F, 90.0 / 255.0, 120.0);
        for (int x = degraded.cols / 2; x < degraded.cols; ++x)
            degraded.col(x) *= 0.67;
        cv::Mat noise(degraded.size(), CV_32F);
        cv::randn(noise, 0, 6);
        degraded += noise;
        degraded.convertTo(degraded, CV_8U);
        const QRect found = lineInkBox(degraded);
        QVERIFY2(near(found, truth, 2), qPrintable(QString("found %1,%2 %3x%4, drawn %5,%6 %7x%8")
                                                       .arg(found.x()).arg(found.y()).arg(found.width()).arg(found.height())
                                                       .arg(truth.x()).arg(truth.y()).arg(truth.width()).arg(truth.height())));
    }

    void koreanSyllablesMakeOneLine()
    {
        const QImage clean = drawnLine("용법: 1일 3회 식후 30분", "NanumGothic", 26, QSize(420, 80), QPoint(30, 50));
        const cv::Mat grey = toMat(clean);
        QVERIFY(near(lineInkBox(grey), darkBox(grey), 1));
    }

    void cropWholeLineCutsTheBoxWithTheLayoutMargin()
    {
        cv::Mat grey = white(300, 80);
        cv::rectangle(grey, cv::Rect(50, 30, 200, 20), cv::Scalar(0), cv::FILLED);
        // Box 200 x 20, margin max(2, 20 / 10) = 2: 204 x 24 source pixels scaled to 32 rows.
        const LineCrop crop = cropWholeLine(grey, 32);
        QCOMPARE(crop.offset, QPointF(48, 28));
        QCOMPARE(crop.image.rows, 32);
        QCOMPARE(crop.image.cols, 272); // 204 * 32 / 24
        // At the source's scale the crop is the box and its margins.
        const LineCrop native = cropWholeLine(grey, 0);
        QCOMPARE(native.image.rows, 24);
        QCOMPARE(native.image.cols, 204);
        // No ink: the whole image, no margin added.
        const LineCrop blank = cropWholeLine(white(300, 40), 32);
        QCOMPARE(blank.image.cols, 240);
        QCOMPARE(blank.offset, QPointF(0, 0));
    }

    void corpusLinesAreFoundAtEveryDegradationLevel()
    {
        QVERIFY2(SynthFontLibrary::instance().ok(), qPrintable(SynthFontLibrary::instance().error()));
        DrugLexicon lexicon;
        QVERIFY(lexicon.loadDefault().ok());
        for (int level = 0; level <= 2; ++level) {
            SynthOptions options;
            options.seed = 777;
            options.degradeLevel = level;
            const SyntheticLineSource source(lexicon.entries(), options);
            QVERIFY2(source.ok(), qPrintable(source.error()));
            int good = 0;
            const int count = 60;
            for (int index = 0; index < count; ++index) {
                const SynthSample sample = source.sample(std::uint64_t(index));
                const QRect truth = sample.lines.front().box;
                const QRect found = lineInkBox(toMat(sample.image));
                // Good: the found box holds the drawn ink within a pixel or two (blur and
                // perspective move edges) and adds at most a fifth of the line's height around it.
                const int slack = std::max(2, truth.height() / 5);
                const bool holds = found.adjusted(-2, -2, 2, 2).contains(truth);
                const bool tight = truth.adjusted(-slack, -slack, slack, slack).contains(found);
                if (holds && tight)
                    ++good;
                else
                    qInfo("level %d sample %d: found %d,%d %dx%d, truth %d,%d %dx%d", level, index, found.x(),
                          found.y(), found.width(), found.height(), truth.x(), truth.y(), truth.width(), truth.height());
            }
            qInfo("level %d: %d of %d boxes found", level, good, count);
            QVERIFY2(good >= (level == 2 ? 54 : 58), qPrintable(QString("level %1: %2 of %3").arg(level).arg(good).arg(count)));
        }
    }
};

QTEST_MAIN(TestLineInkBox)
#include "tst_line_ink_box.moc"
