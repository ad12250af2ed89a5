// Document loading: every format written by the test itself (so the expected pixels are known),
// EXIF orientation, multi-page TIFF and PDF, and every bad input reported with the file's name.
#include "core/document_loader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <sys/stat.h>

#ifdef VLMWB_TEST_HAVE_LIBJPEG
#include <cstdio>
#include <jpeglib.h>
#endif

using vlmwb::core::DocumentLoader;
using vlmwb::core::DocumentLoadOptions;
using vlmwb::core::DocumentLoadResult;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// CRC-32 (ISO 3309, as PNG uses), bit by bit: short and independent of the code under test.
quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : bytes) {
        crc ^= static_cast<quint8>(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray bigEndian32(quint32 value)
{
    QByteArray bytes(4, '\0');
    for (int i = 0; i < 4; ++i)
        bytes[i] = static_cast<char>((value >> (24 - 8 * i)) & 0xFF);
    return bytes;
}

// A PDF from numbered object bodies (object i+1 = objects[i]) with a correct xref table.
QByteArray minimalPdf(const QList<QByteArray> &objects, const QByteArray &trailerEntries)
{
    QByteArray pdf = "%PDF-1.4\n";
    QList<int> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << static_cast<int>(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const int xref = static_cast<int>(pdf.size());
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const int offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R " + trailerEntries
           + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// 64 x 32, four solid quadrants: red, green / blue, white. Asymmetric under every EXIF transform.
QImage quadrantImage()
{
    QImage image(64, 32, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.fillRect(0, 0, 32, 16, Qt::red);
    painter.fillRect(32, 0, 32, 16, Qt::green);
    painter.fillRect(0, 16, 32, 16, Qt::blue);
    painter.fillRect(32, 16, 32, 16, Qt::white);
    return image;
}

// An APP1 "Exif" segment holding only IFD0 with the orientation tag (0x0112, SHORT), big-endian.
QByteArray exifOrientationSegment(int orientation)
{
    QByteArray tiff("MM\0*", 4);
    tiff += bigEndian32(8);                             // IFD0 right after the header
    tiff += QByteArray("\x00\x01", 2);                  // one entry
    tiff += QByteArray("\x01\x12\x00\x03", 4);          // tag 0x0112, type SHORT
    tiff += bigEndian32(1);                             // count
    tiff += QByteArray(1, '\0') + QByteArray(1, static_cast<char>(orientation)) + QByteArray(2, '\0');
    tiff += bigEndian32(0);                             // no next IFD
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    const int length = static_cast<int>(payload.size()) + 2;
    return QByteArray("\xFF\xE1", 2) + QByteArray(1, static_cast<char>(length >> 8))
           + QByteArray(1, static_cast<char>(length & 0xFF)) + payload;
}

// What a viewer shows for each EXIF orientation, built with QImage's own transforms.
QImage orientedByQt(const QImage &stored, int orientation)
{
    const QTransform clockwise = QTransform().rotate(90);
    switch (orientation) {
    case 2: return stored.mirrored(true, false);
    case 3: return stored.mirrored(true, true);
    case 4: return stored.mirrored(false, true);
    case 5: return stored.transformed(clockwise).mirrored(true, false);
    case 6: return stored.transformed(clockwise);
    case 7: return stored.transformed(clockwise).mirrored(false, true);
    case 8: return stored.transformed(QTransform().rotate(270));
    default: return stored;
    }
}

bool closeColour(QColor a, QColor b, int tolerance)
{
    return qAbs(a.red() - b.red()) <= tolerance && qAbs(a.green() - b.green()) <= tolerance
           && qAbs(a.blue() - b.blue()) <= tolerance;
}

// cv::Mat of the given type with a distinct value per pixel and channel, so any reordering shows.
cv::Mat patternMat(int rows, int columns, int type)
{
    cv::Mat mat(rows, columns, type);
    const int channels = mat.channels();
    const double top = CV_MAT_DEPTH(type) == CV_16U ? 65535.0 : 255.0;
    for (int y = 0; y < rows; ++y)
        for (int x = 0; x < columns; ++x)
            for (int c = 0; c < channels; ++c) {
                const double value = std::fmod((x * 7 + y * 13 + c * 61) * (top / 251.0), top + 1);
                if (CV_MAT_DEPTH(type) == CV_16U)
                    mat.ptr<quint16>(y)[x * channels + c] = static_cast<quint16>(value);
                else
                    mat.ptr<uchar>(y)[x * channels + c] = static_cast<uchar>(value);
            }
    return mat;
}

bool identical(const cv::Mat &a, const cv::Mat &b)
{
    return a.size() == b.size() && a.type() == b.type() && cv::norm(a, b, cv::NORM_INF) == 0;
}

} // namespace

class TestDocumentLoading : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString writeMat(const QString &name, const cv::Mat &mat, const std::vector<int> &parameters = {})
    {
        const QString file = path(name);
        if (!cv::imwrite(file.toStdString(), mat, parameters))
            qFatal("cannot write %s", qPrintable(file));
        return file;
    }

    QString writeQImage(const QString &name, const QImage &image, const char *format, int quality = -1)
    {
        const QString file = path(name);
        QImageWriter writer(file, format);
        writer.setQuality(quality);
        if (!writer.write(image))
            qFatal("cannot write %s: %s", qPrintable(file), qPrintable(writer.errorString()));
        return file;
    }

    static void verifyError(const DocumentLoadResult &result, const QString &file, const QString &cause)
    {
        QVERIFY2(!result.ok(), "a bad file was accepted");
        QVERIFY2(result.error.contains(file), qPrintable(result.error));
        QVERIFY2(result.error.contains(cause, Qt::CaseInsensitive), qPrintable(result.error));
    }

    QString pdfWith(const QString &name, int pageCount)
    {
        const QString file = path(name);
        QPdfWriter writer(file);
        writer.setResolution(100);
        writer.setPageSize(QPageSize(QPageSize::A6));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        for (int page = 0; page < pageCount; ++page) {
            if (page > 0)
                writer.newPage();
            // A black square whose position moves with the page number, in 100-dpi pixels.
            painter.fillRect(QRect(50 + 60 * page, 100, 40, 40), Qt::black);
        }
        painter.end();
        return file;
    }

private slots:
    void loadsPngAtEveryDepthAndChannelCount_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("8-bit grey") << CV_8UC1;
        QTest::newRow("8-bit RGB") << CV_8UC3;
        QTest::newRow("8-bit RGBA") << CV_8UC4;
        QTest::newRow("16-bit grey") << CV_16UC1;
        QTest::newRow("16-bit RGB") << CV_16UC3;
        QTest::newRow("16-bit RGBA") << CV_16UC4;
    }

    void loadsPngAtEveryDepthAndChannelCount()
    {
        QFETCH(int, type);
        const cv::Mat written = patternMat(23, 37, type);
        const QString file = writeMat(QString("pattern-%1.png").arg(type), written);
        const auto result = DocumentLoader().load(file);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.document.format, QString("PNG"));
        QCOMPARE(result.document.pages.size(), 1);
        const auto &page = result.document.pages.front();
        QVERIFY(identical(page.pixels, written));
        QCOMPARE(page.display.size(), QSize(37, 23));
        // The display copy is RGB(A) order at 8 bits: BGR pixel (x 5, y 4) read back channel by channel.
        if (written.channels() >= 3) {
            const double toEight = written.depth() == CV_16U ? 1.0 / 257.0 : 1.0;
            const QColor shown = page.display.pixelColor(5, 4);
            const auto at = [&](int channel) {
                const int index = 5 * written.channels() + channel;
                return written.depth() == CV_16U ? written.ptr<quint16>(4)[index] * toEight
                                                 : written.ptr<uchar>(4)[index] * toEight;
            };
            QVERIFY(qAbs(shown.red() - at(2)) <= 1 && qAbs(shown.green() - at(1)) <= 1 && qAbs(shown.blue() - at(0)) <= 1);
        }
        QCOMPARE(result.document.sha256,
                 QCryptographicHash::hash(readAll(file), QCryptographicHash::Sha256).toHex());
        QVERIFY(result.document.notes.isEmpty());
    }

    void readsPngResolution()
    {
        QImage image(20, 10, QImage::Format_RGB32);
        image.fill(Qt::white);
        image.setDotsPerMeterX(11811); // 300 dpi = 11811 px/m
        image.setDotsPerMeterY(11811);
        const auto result = DocumentLoader().load(writeQImage("dpi.png", image, "png"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(qAbs(result.document.pages.front().sourceDpi - 300.0) < 0.1);
    }

    void appliesExifOrientation_data()
    {
        QTest::addColumn<int>("orientation");
        for (int orientation = 1; orientation <= 8; ++orientation)
            QTest::newRow(qPrintable(QString("orientation %1").arg(orientation))) << orientation;
    }

    void appliesExifOrientation()
    {
        QFETCH(int, orientation);
        const QImage stored = quadrantImage();
        QByteArray jpeg = readAll(writeQImage("quadrants.jpg", stored, "jpeg", 95));
        jpeg.insert(2, exifOrientationSegment(orientation)); // right after SOI
        const QString file = path(QString("oriented-%1.jpg").arg(orientation));
        writeAll(file, jpeg);

        const auto result = DocumentLoader().load(file);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QImage expected = orientedByQt(stored, orientation);
        const QImage &shown = result.document.pages.front().display;
        QCOMPARE(shown.size(), expected.size());
        // Sample the middle of each 8 x 8 cell (JPEG blurs quadrant edges).
        for (int y = 4; y < expected.height(); y += 8)
            for (int x = 4; x < expected.width(); x += 8)
                QVERIFY2(closeColour(shown.pixelColor(x, y), expected.pixelColor(x, y), 40),
                         qPrintable(QString("pixel %1,%2").arg(x).arg(y)));
    }

    // Why the JPEG loader applies the orientation itself: OpenCV 4.6 applies it with IMREAD_COLOR
    // but not with IMREAD_UNCHANGED (the flag the loaders use to keep depth and alpha). If a newer
    // OpenCV changes this, the loader would turn pages twice; this test says so first.
    void openCvAppliesExifOnlyWithoutUnchanged()
    {
        QByteArray jpeg = readAll(writeQImage("quadrants.jpg", quadrantImage(), "jpeg", 95));
        jpeg.insert(2, exifOrientationSegment(6));
        const cv::Mat buffer(1, static_cast<int>(jpeg.size()), CV_8U, jpeg.data());
        QCOMPARE(cv::imdecode(buffer, cv::IMREAD_UNCHANGED).size(), cv::Size(64, 32));
        QCOMPARE(cv::imdecode(buffer, cv::IMREAD_COLOR).size(), cv::Size(32, 64));

        const QString file = path("oriented.jpg");
        writeAll(file, jpeg);
        QCOMPARE(DocumentLoader().load(file).document.pages.front().display.size(), QSize(32, 64));
    }

    void loadsCmykJpeg()
    {
#ifdef VLMWB_TEST_HAVE_LIBJPEG
        // Qt 6.4 cannot write CMYK, so libjpeg does. Adobe CMYK JPEGs store inverted ink (255 = no
        // ink); left half pure magenta+yellow (red), right half 50 % black (grey 127).
        const int width = 32;
        const int height = 16;
        const QString file = path("cmyk.jpg");
        FILE *output = std::fopen(QFile::encodeName(file).constData(), "wb");
        QVERIFY(output);
        jpeg_compress_struct compressor;
        jpeg_error_mgr errors;
        compressor.err = jpeg_std_error(&errors);
        jpeg_create_compress(&compressor);
        jpeg_stdio_dest(&compressor, output);
        compressor.image_width = width;
        compressor.image_height = height;
        compressor.input_components = 4;
        compressor.in_color_space = JCS_CMYK;
        jpeg_set_defaults(&compressor);
        jpeg_set_quality(&compressor, 95, TRUE);
        jpeg_start_compress(&compressor, TRUE);
        std::vector<JSAMPLE> row(static_cast<size_t>(width) * 4);
        for (int x = 0; x < width; ++x) {
            const bool red = x < width / 2;
            JSAMPLE *cmyk = &row[static_cast<size_t>(x) * 4];
            cmyk[0] = 255;
            cmyk[1] = red ? 0 : 255;
            cmyk[2] = red ? 0 : 255;
            cmyk[3] = red ? 255 : 127;
        }
        for (int y = 0; y < height; ++y) {
            JSAMPROW rows[1] = {row.data()};
            jpeg_write_scanlines(&compressor, rows, 1);
        }
        jpeg_finish_compress(&compressor);
        jpeg_destroy_compress(&compressor);
        std::fclose(output);

        const auto result = DocumentLoader().load(file);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QImage &shown = result.document.pages.front().display;
        QCOMPARE(shown.size(), QSize(width, height));
        QVERIFY(closeColour(shown.pixelColor(4, 8), QColor(255, 0, 0), 20));
        QVERIFY(closeColour(shown.pixelColor(28, 8), QColor(127, 127, 127), 20));
#else
        QSKIP("libjpeg development files were not found; Qt 6.4 cannot write a CMYK JPEG itself.");
#endif
    }

    void loadsEveryPageOfTiff()
    {
        const std::vector<cv::Mat> written = {patternMat(20, 30, CV_8UC1), patternMat(25, 35, CV_8UC3),
                                              patternMat(15, 10, CV_16UC1)};
        const QString file = path("three-pages.tiff");
        QVERIFY(cv::imwritemulti(file.toStdString(), written));
        const auto result = DocumentLoader().load(file);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.document.format, QString("TIFF"));
        QCOMPARE(result.document.pages.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(result.document.pages[i].index, i);
            QVERIFY2(identical(result.document.pages[i].pixels, written[static_cast<size_t>(i)]),
                     qPrintable(QString("page %1").arg(i + 1)));
        }
    }

    void loadsBmpAndLosslessWebp()
    {
        const cv::Mat written = patternMat(21, 33, CV_8UC3);
        for (const QString &name : {QString("pattern.bmp"), QString("pattern.webp")}) {
            const QString file = name.endsWith("webp") ? writeMat(name, written, {cv::IMWRITE_WEBP_QUALITY, 101})
                                                       : writeMat(name, written);
            const auto result = DocumentLoader().load(file);
            QVERIFY2(result.ok(), qPrintable(result.error));
            QVERIFY2(identical(result.document.pages.front().pixels, written), qPrintable(name));
        }
    }

    void rendersPdfPagesAtTheChosenDpi()
    {
        // Qt's A6 is 297 x 420 points (1/72 in): 413 x 583 px at 100 dpi, 825 x 1167 at the default 200.
        const QString three = pdfWith("three.pdf", 3);
        DocumentLoadOptions options;
        options.pdfDpi = 100;
        const auto result = DocumentLoader(options).load(three);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.document.format, QString("PDF"));
        QCOMPARE(result.document.pages.size(), 3);
        for (int page = 0; page < 3; ++page) {
            const auto &rendered = result.document.pages[page];
            QVERIFY(qAbs(rendered.display.width() - 413) <= 1 && qAbs(rendered.display.height() - 583) <= 1);
            QCOMPARE(rendered.sourceDpi, 100.0);
            // Inside this page's square: black; where the next page's square would be: white.
            QCOMPARE(qGray(rendered.display.pixel(70 + 60 * page, 120)), 0);
            QCOMPARE(qGray(rendered.display.pixel(70 + 60 * (page + 1), 120)), 255);
        }

        const auto one = DocumentLoader().load(pdfWith("one.pdf", 1));
        QVERIFY2(one.ok(), qPrintable(one.error));
        QCOMPARE(one.document.pages.size(), 1);
        const QSize size = one.document.pages.front().display.size();
        QVERIFY2(qAbs(size.width() - 825) <= 1 && qAbs(size.height() - 1167) <= 1,
                 qPrintable(QString("%1 x %2").arg(size.width()).arg(size.height())));
    }

    void refusesEncryptedPdf()
    {
        // Standard security handler, revision 2, with a /U entry no empty password matches: poppler
        // cannot open it without the user's password.
        const QByteArray u(32, '\x5A');
        const QByteArray o(32, '\x3C');
        const QByteArray pdf = minimalPdf(
            {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
             "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
             "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <" + o.toHex() + "> /U <" + u.toHex() + "> >>"},
            "/Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]");
        const QString file = path("locked.pdf");
        writeAll(file, pdf);
        verifyError(DocumentLoader().load(file), file, "password");
    }

    void refusesPdfWithoutPages()
    {
        const QString file = path("empty.pdf");
        writeAll(file, minimalPdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"}, ""));
        verifyError(DocumentLoader().load(file), file, "no pages");
    }

    void readsContentWhateverTheExtension()
    {
        const cv::Mat written = patternMat(12, 14, CV_8UC3);
        const QString png = writeMat("real.png", written);
        const QString disguised = path("disguised.jpg");
        QVERIFY(QFile::copy(png, disguised));
        const auto result = DocumentLoader().load(disguised);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.document.format, QString("PNG"));
        QVERIFY(identical(result.document.pages.front().pixels, written));
        QCOMPARE(result.document.notes.size(), 1);
        QVERIFY(result.document.notes.front().contains(disguised));
        QVERIFY(result.document.notes.front().contains("PNG"));

        // No extension at all is no lie: no note.
        const QString bare = path("scan-without-extension");
        QVERIFY(QFile::copy(png, bare));
        const auto unnamed = DocumentLoader().load(bare);
        QVERIFY2(unnamed.ok(), qPrintable(unnamed.error));
        QVERIFY(unnamed.document.notes.isEmpty());
    }

    void refusesBadFilesNamingThem_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("cause");
        QTest::newRow("zero bytes") << "empty.png" << QByteArray() << "0 bytes";
        QTest::newRow("text named .png") << "notes.png" << QByteArray("Amoxicillin 500 mg TID\n") << "not in a supported format";
        QByteArray noise(4096, '\0');
        QRandomGenerator random(12345);
        for (char &byte : noise)
            byte = static_cast<char>(random.bounded(256));
        noise[0] = 'x'; // no accidental signature
        QTest::newRow("random bytes") << "noise.bin" << noise << "not in a supported format";
        QTest::newRow("PDF signature only") << "stub.pdf" << QByteArray("%PDF-1.7\n") << "PDF";
    }

    void refusesBadFilesNamingThem()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, cause);
        const QString file = path(name);
        writeAll(file, bytes);
        verifyError(DocumentLoader().load(file), file, cause);
    }

    void refusesTruncatedFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("png") << "cut.png";
        QTest::newRow("jpeg") << "cut.jpg";
        QTest::newRow("bmp") << "cut.bmp";
        QTest::newRow("webp") << "cut.webp";
        QTest::newRow("tiff") << "cut.tiff";
    }

    void refusesTruncatedFiles()
    {
        QFETCH(QString, name);
        cv::Mat noisy(300, 400, CV_8UC3);
        cv::randu(noisy, 0, 256); // incompressible, so the pixel data dominates the file
        const QString file = writeMat(name, noisy);
        QByteArray bytes = readAll(file);
        bytes.truncate(bytes.size() * 6 / 10);
        writeAll(file, bytes);
        const auto result = DocumentLoader().load(file);
        QVERIFY2(!result.ok(), "a truncated file was accepted");
        QVERIFY2(result.error.contains(file), qPrintable(result.error));
        QVERIFY2(result.error.contains("truncated"), qPrintable(result.error));
    }

    void refusesMissingFileAndFolder()
    {
        const QString missing = path("no-such-file.png");
        verifyError(DocumentLoader().load(missing), missing, "does not exist");
        verifyError(DocumentLoader().load(m_dir.path()), m_dir.path(), "folder");
        // A named pipe with no writer would block a reader forever.
        const QString pipe = path("pipe.png");
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        verifyError(DocumentLoader().load(pipe), pipe, "not a regular file");
    }

    void refusesAbsurdDimensionsBeforeDecoding()
    {
        // A real PNG whose IHDR (with a valid CRC) then claims 100000 x 100000 pixels.
        QByteArray png = readAll(writeMat("small.png", patternMat(8, 8, CV_8UC1)));
        png.replace(16, 8, bigEndian32(100000) + bigEndian32(100000));
        png.replace(29, 4, bigEndian32(crc32(png.mid(12, 17))));
        const QString bomb = path("bomb.png");
        writeAll(bomb, png);
        verifyError(DocumentLoader().load(bomb), bomb, "10000000000 pixels");

        // The same for BMP (width and height at bytes 18 and 22) and JPEG (baseline SOF).
        QByteArray bmp = readAll(writeMat("small.bmp", patternMat(8, 8, CV_8UC3)));
        bmp.replace(18, 8, QByteArray("\xA0\x86\x01\x00\xA0\x86\x01\x00", 8)); // 100000 little-endian
        const QString bmpBomb = path("bomb.bmp");
        writeAll(bmpBomb, bmp);
        verifyError(DocumentLoader().load(bmpBomb), bmpBomb, "10000000000 pixels");

        QByteArray jpeg = readAll(writeMat("small.jpg", patternMat(8, 8, CV_8UC3)));
        const qsizetype frame = jpeg.indexOf(QByteArray("\xFF\xC0", 2));
        QVERIFY(frame > 0);
        jpeg.replace(frame + 5, 4, QByteArray("\xEA\x60\xEA\x60", 4)); // 60000 x 60000
        const QString jpegBomb = path("bomb.jpg");
        writeAll(jpegBomb, jpeg);
        verifyError(DocumentLoader().load(jpegBomb), jpegBomb, "3600000000 pixels");
    }

    void pixelLimitCanBeRaised()
    {
        const QString file = writeMat("limit.png", patternMat(50, 100, CV_8UC1));
        DocumentLoadOptions strict;
        strict.pixelLimit = 4999;
        verifyError(DocumentLoader(strict).load(file), file, "limit of 4999");
        DocumentLoadOptions raised;
        raised.pixelLimit = 5000;
        QVERIFY(DocumentLoader(raised).load(file).ok());

        // Per page in multi-page files: the second TIFF page (40 x 30) is over a limit of 1000.
        const QString tiff = path("limit.tiff");
        QVERIFY(cv::imwritemulti(tiff.toStdString(), std::vector<cv::Mat>{patternMat(20, 20, CV_8UC1),
                                                                           patternMat(30, 40, CV_8UC1)}));
        DocumentLoadOptions perPage;
        perPage.pixelLimit = 1000;
        verifyError(DocumentLoader(perPage).load(tiff), tiff, "(page 2)");
        // A6 at 200 dpi is 825 x 1167 = 962775 pixels.
        const QString pdf = pdfWith("limit.pdf", 1);
        perPage.pixelLimit = 962000;
        verifyError(DocumentLoader(perPage).load(pdf), pdf, "962775 pixels");
    }
};

QTEST_MAIN(TestDocumentLoading)
#include "tst_document_loading.moc"
