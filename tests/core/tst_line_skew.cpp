// A single-line image turned level before its ink box is cut: lines drawn level and turned by known
// angles (with and without a shadow), the crop of a turned line against the crop of the same line
// drawn level, and crop points mapped back onto the turned image where the turn put them.
#include "core/line_crop.h"
#include "core/line_skew.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QtTest>

#include <opencv2/imgproc.hpp>

using namespace vlmwb::core;

namespace {

cv::Mat drawnLine(const QString &text, const QString &family)
{
    QImage image(QSize(800, 110), QImage::Format_Grayscale8);
    image.fill(255);
    QPainter painter(&image);
    QFont font(family);
    font.setPixelSize(28);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QPoint(60, 65), text);
    painter.end();
    return cv::Mat(image.height(), image.width(), CV_8UC1, image.bits(), std::size_t(image.bytesPerLine())).clone();
}

// The level image turned by `degrees` about its centre, clockwise on screen: by the convention of
// PreprocessReport::skewDegrees its skew is then `degrees`.
QTransform turn(const cv::Mat &image, double degrees)
{
    QTransform forward;
    forward.translate(image.cols / 2.0, image.rows / 2.0);
    forward.rotate(degrees);
    forward.translate(-image.cols / 2.0, -image.rows / 2.0);
    return forward;
}

cv::Mat turned(const cv::Mat &image, double degrees)
{
    const QTransform forward = turn(image, degrees);
    const cv::Matx23d affine(forward.m11(), forward.m21(), forward.dx(), forward.m12(), forward.m22(), forward.dy());
    cv::Mat result;
    cv::warpAffine(image, result, affine, image.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(255));
    return result;
}

// Paper grey and a shadow darkening the left half by up to 40 %, as the corpus' strong degradations do.
cv::Mat shadowed(const cv::Mat &image)
{
    cv::Mat result;
    image.convertTo(result, CV_32F, 150.0 / 255.0, 80.0);
    for (int x = 0; x < result.cols / 2; ++x)
        result.col(x) *= 0.6 + 0.4 * x / (result.cols / 2.0);
    result.convertTo(result, CV_8U);
    return result;
}

const QString latinText = QStringLiteral("Amoxicillin 500 mg capsule PO TID x 7 days #21");
const QString koreanText = QStringLiteral("바라크루드 Entecavir 1 mg 1일 2회 식후 30분");

} // namespace

class TestLineSkew : public QObject {
    Q_OBJECT

private slots:
    void skewOfATurnedLineIsFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("family");
        QTest::addColumn<double>("degrees");
        for (const double degrees : {-3.0, -1.2, 0.8, 2.5}) {
            QTest::addRow("latin %+.1f", degrees) << latinText << QStringLiteral("DejaVu Sans") << degrees;
            QTest::addRow("korean %+.1f", degrees) << koreanText << QStringLiteral("NanumGothic") << degrees;
        }
    }

    void skewOfATurnedLineIsFound()
    {
        QFETCH(QString, text);
        QFETCH(QString, family);
        QFETCH(double, degrees);
        const cv::Mat level = drawnLine(text, family);
        // A level line is left as it is (levelLine turns from 0.2 degrees up).
        const double none = lineSkewDegrees(level);
        QVERIFY2(std::abs(none) < 0.2, qPrintable(QString("found %1 on the level line").arg(none)));
        const double clean = lineSkewDegrees(turned(level, degrees));
        // The turn adds to whatever the text's own shape reads as (mixed Korean and Latin glyphs
        // make a level line read up to ~0.15 degrees), within 0.1 degrees: 1 px over 600 px.
        QVERIFY2(std::abs(clean - none - degrees) <= 0.1,
                 qPrintable(QString("found %1, level %2, turned %3").arg(clean).arg(none).arg(degrees)));
        // The shadow must not vote: Otsu on the raw strip would mark the dark half as ink.
        const double shaded = lineSkewDegrees(shadowed(turned(level, degrees)));
        QVERIFY2(std::abs(shaded - none - degrees) <= 0.1,
                 qPrintable(QString("found %1 under a shadow, level %2, turned %3").arg(shaded).arg(none).arg(degrees)));
    }

    void aLevelLineIsLeftAsItIs()
    {
        const cv::Mat level = drawnLine(latinText, QStringLiteral("DejaVu Sans"));
        const LevelledLine result = levelLine(level);
        QCOMPARE(result.skewDegrees, 0.0);
        QVERIFY(result.toSource.isIdentity());
        QCOMPARE(result.image.data, level.data); // not even copied
        // Below the minimum a skew is found but not removed.
        const LevelledLine slight = levelLine(turned(level, 0.1));
        QCOMPARE(slight.skewDegrees, 0.0);
        // An image without ink has no skew.
        const cv::Mat blank(60, 300, CV_8UC1, cv::Scalar(230));
        QCOMPARE(lineSkewDegrees(blank), 0.0);
        QCOMPARE(levelLine(blank).skewDegrees, 0.0);
    }

    void cropOfATurnedLineIsCutLikeTheLevelOne()
    {
        const cv::Mat level = drawnLine(latinText, QStringLiteral("DejaVu Sans"));
        const double degrees = 2.5;
        const cv::Mat tilted = turned(level, degrees);
        const LineCrop levelCrop = cropWholeLine(level, 32);
        const LineCrop tiltedCrop = cropWholeLine(tilted, 32);
        // Source pixels per crop row: the line's height with margins. Left tilted, the box would be
        // taller by the drift across the text, 600 px * tan(2.5 deg) = 26 px.
        const double levelHeight = 32 / levelCrop.scale;
        const double tiltedHeight = 32 / tiltedCrop.scale;
        QVERIFY2(std::abs(tiltedHeight - levelHeight) <= 3,
                 qPrintable(QString("level %1 px, turned %2 px").arg(levelHeight).arg(tiltedHeight)));
        const double levelWidth = levelCrop.image.cols / levelCrop.scale;
        const double tiltedWidth = tiltedCrop.image.cols / tiltedCrop.scale;
        QVERIFY2(std::abs(tiltedWidth - levelWidth) <= 4,
                 qPrintable(QString("level %1 px wide, turned %2 px").arg(levelWidth).arg(tiltedWidth)));
        QVERIFY(levelCrop.toSource() == QTransform().translate(levelCrop.offset.x(), levelCrop.offset.y())
                                             .scale(1 / levelCrop.scale, 1 / levelCrop.scale));

        // Crop points land on the turned image where the turn took the same points of the level line:
        // the middle and both ends (a turn left out would miss the ends by 13 px, one the wrong way
        // round by 26).
        const QTransform forward = turn(level, degrees);
        const double middleRow = 16;
        for (const double fraction : {0.02, 0.5, 0.98}) {
            const QPointF inLevel = levelCrop.toSource().map(QPointF(fraction * levelCrop.image.cols, middleRow));
            const QPointF expected = forward.map(inLevel);
            const QPointF found = tiltedCrop.toSource().map(QPointF(fraction * tiltedCrop.image.cols, middleRow));
            QVERIFY2(QLineF(found, expected).length() <= 3,
                     qPrintable(QString("at %1 of the width: found %2,%3, expected %4,%5")
                                    .arg(fraction).arg(found.x()).arg(found.y()).arg(expected.x()).arg(expected.y())));
        }
    }
};

QTEST_MAIN(TestLineSkew)
#include "tst_line_skew.moc"
