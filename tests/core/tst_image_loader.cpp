// The image loader: formats that load, and every failure reported with the file's name.
#include "core/image_loader.h"

#include <QBuffer>
#include <QFile>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QtTest>

using vlmwb::core::ImageLoader;

class TestImageLoader : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString writeImage(const QString &name, const char *format, int width, int height)
    {
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(Qt::white);
        image.setPixelColor(3, 2, QColor(10, 20, 30));
        const QString path = m_dir.filePath(name);
        QImageWriter writer(path, format);
        if (!writer.write(image))
            qFatal("cannot write test image %s: %s", qPrintable(path), qPrintable(writer.errorString()));
        return path;
    }

private slots:
    void loadsEachRasterFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("png") << "png";
        QTest::newRow("jpeg") << "jpg";
        QTest::newRow("tiff") << "tiff";
        QTest::newRow("bmp") << "bmp";
    }

    void loadsEachRasterFormat()
    {
        QFETCH(QString, format);
        const QString path = writeImage("page." + format, format.toLatin1().constData(), 37, 23);
        const auto result = ImageLoader().load(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.image.size(), QSize(37, 23));
        if (format != "jpg") { // lossless formats keep the exact pixel, in RGB order
            QCOMPARE(result.image.pixelColor(3, 2), QColor(10, 20, 30));
        }
    }

    void refusesTruncatedPngNamingTheFile()
    {
        const QString path = writeImage("truncated.png", "png", 200, 100);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 fullSize = file.size();
        QVERIFY(file.resize(fullSize / 2));
        file.close();
        const auto result = ImageLoader().load(path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(path), qPrintable(result.error));
        QVERIFY2(result.error.contains("truncated"), qPrintable(result.error));
    }

    void refusesEmptyFile()
    {
        const QString path = m_dir.filePath("empty.png");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const auto result = ImageLoader().load(path);
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains(path));
        QVERIFY(result.error.contains("0 bytes"));
    }

    void refusesMissingFile()
    {
        const QString path = m_dir.filePath("no-such-file.png");
        const auto result = ImageLoader().load(path);
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains(path));
        QVERIFY(result.error.contains("does not exist"));
    }

    void refusesTextWithImageExtension()
    {
        const QString path = m_dir.filePath("notes.png");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Amoxicillin 500 mg TID\n");
        file.close();
        const auto result = ImageLoader().load(path);
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains(path));
    }

    void refusesImagesOverThePixelLimit()
    {
        const QString path = writeImage("big.png", "png", 100, 50);
        const auto refused = ImageLoader(4999).load(path);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error.contains("5000"));
        QVERIFY(ImageLoader(5000).load(path).ok());
    }
};

QTEST_GUILESS_MAIN(TestImageLoader)
#include "tst_image_loader.moc"
