// Preprocessing on pages the test draws: the skew of a page turned by a known angle, an illumination
// gradient flattened, binarisation against a plain threshold, and the map back to the original.
#include "core/preprocess.h"

#include "rendered_page.h"

#include <QtTest>

#include <opencv2/imgproc.hpp>

using vlmwb::core::PreprocessOptions;
using vlmwb::core::preprocess;
using vlmwb::test::RenderedPage;

namespace {

RenderedPage prescriptionPage()
{
    RenderedPage page(QSize(1000, 1200));
    const QFont font = vlmwb::test::pixelFont("Liberation Sans", 26);
    const QStringList lines = {"Patient: Kim Minji   DOB 1984-03-12", "Rx  Amoxicillin 500 mg capsules",
                               "Sig: 1 capsule by mouth three times daily", "Disp: #30 (thirty)   Refills: 0",
                               "Metformin 850 mg tablets", "Take one tablet twice daily with meals",
                               "Atorvastatin 20 mg at bedtime", "Lisinopril 10 mg once daily",
                               "Prescriber: Dr. Lee, Seoul Clinic", "Date: 2024-05-02   Signature ________"};
    for (int i = 0; i < lines.size(); ++i)
        page.addLine(lines[i], font, QPointF(120, 200 + 80 * i));
    return page;
}

PreprocessOptions only(bool illumination, bool deskew, bool binarise)
{
    PreprocessOptions options;
    options.normaliseIllumination = illumination;
    options.deskew = deskew;
    options.binarise = binarise;
    return options;
}

} // namespace

class TestPreprocess : public QObject
{
    Q_OBJECT
private slots:
    void estimatesTheSkewOfATurnedPage_data()
    {
        QTest::addColumn<double>("degrees");
        for (const double degrees : {-7.5, -3.2, -0.6, 0.0, 0.4, 1.7, 4.1, 9.0})
            QTest::newRow(qPrintable(QString::number(degrees))) << degrees;
    }

    void estimatesTheSkewOfATurnedPage()
    {
        QFETCH(double, degrees);
        const RenderedPage turned = prescriptionPage().rotated(degrees);
        const auto result = preprocess(vlmwb::test::toMat(turned.image()), only(true, true, false));
        QVERIFY2(qAbs(result.report.skewDegrees - degrees) <= 0.3,
                 qPrintable(QString("estimated %1").arg(result.report.skewDegrees)));
        QCOMPARE(result.report.steps, QStringList({"illumination", "deskew"}));
    }

    void deskewedLinesAreLevelAndMapBack()
    {
        const double degrees = 3.0;
        const RenderedPage level = prescriptionPage();
        const RenderedPage turned = level.rotated(degrees);
        const auto result = preprocess(vlmwb::test::toMat(turned.image()), only(false, true, false));

        // The test's own rotation about the centre, as RenderedPage::rotated applies it.
        QTransform turn;
        turn.translate(500, 600);
        turn.rotate(degrees);
        turn.translate(-500, -600);
        for (const QRectF &box : level.truth()) {
            const QPointF left = turn.map(QPointF(box.left(), box.center().y()));
            const QPointF right = turn.map(QPointF(box.right(), box.center().y()));
            const QPointF processedLeft = result.fromOriginal.map(left);
            const QPointF processedRight = result.fromOriginal.map(right);
            QVERIFY2(qAbs(processedLeft.y() - processedRight.y()) < 2.0,
                     qPrintable(QString("%1 vs %2").arg(processedLeft.y()).arg(processedRight.y())));
            // Back to the original within a hundredth of a pixel.
            const QPointF back = result.toOriginal.map(processedLeft);
            QVERIFY(QLineF(back, left).length() < 0.01);
            // The middle of the line is ink in the processed image: the map points at real pixels.
            const QPoint middle = result.fromOriginal.map(turn.map(box.center())).toPoint();
            cv::Mat around = result.image(cv::Rect(middle.x() - 20, middle.y() - 3, 40, 6));
            double darkest = 0;
            cv::minMaxLoc(around, &darkest);
            QVERIFY(darkest < 100);
        }
    }

    void flattensAnIlluminationGradient()
    {
        const RenderedPage page = prescriptionPage();
        const cv::Mat clean = vlmwb::test::toMat(page.image());
        // Light falls off from 255 on the left to about 128 on the right.
        cv::Mat shaded(clean.size(), CV_8UC1);
        for (int y = 0; y < clean.rows; ++y)
            for (int x = 0; x < clean.cols; ++x)
                shaded.at<uchar>(y, x) = cv::saturate_cast<uchar>(clean.at<uchar>(y, x) * (1.0 - 0.5 * x / clean.cols));

        // Paper: pixels at least 6 px away from any ink of the clean page.
        cv::Mat ink = clean < 200;
        cv::dilate(ink, ink, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(13, 13)));
        const cv::Mat paper = ~ink;
        const cv::Rect leftStripe(0, 0, 150, clean.rows);
        const cv::Rect rightStripe(clean.cols - 150, 0, 150, clean.rows);
        const auto paperMean = [&](const cv::Mat &image, const cv::Rect &stripe) {
            return cv::mean(image(stripe), paper(stripe))[0];
        };
        QVERIFY(paperMean(shaded, leftStripe) - paperMean(shaded, rightStripe) > 100); // the test's premise

        const auto result = preprocess(shaded, only(true, false, false));
        QCOMPARE(result.report.steps, QStringList({"illumination"}));
        QVERIFY2(qAbs(paperMean(result.image, leftStripe) - paperMean(result.image, rightStripe)) < 8,
                 qPrintable(QString("%1 vs %2").arg(paperMean(result.image, leftStripe))
                                .arg(paperMean(result.image, rightStripe))));
        QVERIFY(cv::mean(result.image, paper)[0] > 245);
        // Text stays dark, on the dim side too.
        const cv::Mat core = clean < 60;
        QVERIFY(cv::mean(result.image, core)[0] < 90);
    }

    void binarisesLikeAPlainThresholdOnACleanPage()
    {
        const cv::Mat clean = vlmwb::test::toMat(prescriptionPage().image());
        const auto result = preprocess(clean, only(false, false, true));
        QCOMPARE(result.report.steps, QStringList({"binarise"}));
        cv::Mat plain;
        cv::threshold(clean, plain, 128, 255, cv::THRESH_BINARY);
        const double agreement = 1.0 - cv::countNonZero(plain != result.image) / double(clean.total());
        QVERIFY2(agreement > 0.99, qPrintable(QString::number(agreement)));
    }

    void acceptsSixteenBitAndTransparentPages()
    {
        // 16-bit grey 0x8080 is 8-bit 128 (divided by 257).
        const cv::Mat deep(30, 30, CV_16UC1, cv::Scalar(0x8080));
        const auto fromDeep = preprocess(deep, only(false, false, false));
        QCOMPARE(fromDeep.image.type(), CV_8UC1);
        QCOMPARE(int(fromDeep.image.at<uchar>(10, 10)), 128);

        // Fully transparent black is white paper; opaque black stays black.
        cv::Mat transparent(30, 30, CV_8UC4, cv::Scalar(0, 0, 0, 0));
        transparent(cv::Rect(0, 0, 10, 30)).setTo(cv::Scalar(0, 0, 0, 255));
        const auto composed = preprocess(transparent, only(false, false, false));
        QCOMPARE(int(composed.image.at<uchar>(5, 20)), 255);
        QCOMPARE(int(composed.image.at<uchar>(5, 5)), 0);
    }

    void everyStepCanBeSwitchedOff()
    {
        cv::Mat colour(40, 60, CV_8UC3, cv::Scalar(10, 200, 30));
        PreprocessOptions none = only(false, false, false);
        none.greyscale = false;
        const auto untouched = preprocess(colour, none);
        QVERIFY(untouched.report.steps.isEmpty());
        QVERIFY(untouched.toOriginal.isIdentity());
        QCOMPARE(cv::norm(untouched.image, colour, cv::NORM_INF), 0.0);

        const auto grey = preprocess(colour, only(false, false, false));
        QCOMPARE(grey.report.steps, QStringList({"greyscale"}));
        QCOMPARE(grey.image.channels(), 1);
        // BT.601 luma of (R 30, G 200, B 10): 0.299*30 + 0.587*200 + 0.114*10 = 127.5
        QVERIFY(qAbs(grey.image.at<uchar>(5, 5) - 127.5) <= 1);
    }
};

QTEST_MAIN(TestPreprocess)
#include "tst_preprocess.moc"
