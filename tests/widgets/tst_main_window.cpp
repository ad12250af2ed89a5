// The main window, offscreen: opening the bundled sample, the status bar, errors, recent files.
#include "widgets/document_view.h"
#include "widgets/main_window.h"

#include <QDockWidget>
#include <QFile>
#include <QImageReader>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using vlmwb::widgets::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    const QString m_sample = QStringLiteral(VLMWB_SOURCE_DIR "/resources/samples/prescription-sample.png");

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName("VLM Workbench Tests");
        QCoreApplication::setApplicationName("tst_main_window");
        QSettings().clear();
    }

    void opensSampleAndReportsPixelSize()
    {
        // The expected size comes from Qt's own PNG reader, not from the loader under test.
        const QSize expected = QImageReader(m_sample).size();
        QVERIFY(expected.isValid());

        MainWindow window;
        window.show();
        QSignalSpy opened(&window, &MainWindow::documentOpened);
        QVERIFY(window.openFile(m_sample));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(window.documentView()->imageSize(), expected);
        QCOMPARE(window.pixelSizeText(), QString("%1 × %2 px").arg(expected.width()).arg(expected.height()));
        QVERIFY(window.windowTitle().contains("prescription-sample.png"));
        QCOMPARE(window.recentFiles().value(0), QFileInfo(m_sample).absoluteFilePath());
    }

    void zoomsAndReportsZoom()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_sample));
        window.documentView()->showActualSize();
        QCOMPARE(window.zoomText(), QString("Zoom 100%"));
        window.documentView()->zoomIn();
        QCOMPARE(window.zoomText(), QString("Zoom 125%"));
        window.documentView()->setZoom(1000.0); // clamped
        QCOMPARE(window.documentView()->zoom(), vlmwb::widgets::DocumentView::maximumZoom);
    }

    void fitShowsTheWholePage()
    {
        MainWindow window;
        window.resize(900, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(m_sample));
        window.documentView()->fitToWindow();
        const QSize image = window.documentView()->imageSize();
        const QSize viewport = window.documentView()->viewport()->size();
        const double zoom = window.documentView()->zoom();
        QVERIFY(image.width() * zoom <= viewport.width() + 1);
        QVERIFY(image.height() * zoom <= viewport.height() + 1);
    }

    void failedOpenKeepsTheCurrentDocumentAndNamesTheFile()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath("broken.png");
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x89PNG\r\n\x1a\n-truncated");
        file.close();

        MainWindow window;
        window.show();
        QVERIFY(window.openFile(m_sample));
        QSignalSpy failed(&window, &MainWindow::documentOpenFailed);
        QVERIFY(!window.openFile(bad));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().at(1).toString().contains(bad));
        QCOMPARE(window.currentFile(), QFileInfo(m_sample).absoluteFilePath());
    }

    void hasTheFourPanelDocks()
    {
        MainWindow window;
        for (const char *name : {"ocrTextDock", "verificationDock", "attentionDock", "costDock"})
            QVERIFY2(window.dock(name) != nullptr, name);
    }

    void recentFilesAreBoundedAndMostRecentFirst()
    {
        QSettings().clear();
        QTemporaryDir dir;
        MainWindow window;
        QImage image(4, 3, QImage::Format_RGB32);
        image.fill(Qt::black);
        QStringList written;
        for (int i = 0; i < MainWindow::maximumRecentFiles + 2; ++i) {
            const QString path = dir.filePath(QString("page%1.png").arg(i));
            QVERIFY(image.save(path));
            QVERIFY(window.openFile(path));
            written.prepend(QFileInfo(path).absoluteFilePath());
        }
        QCOMPARE(window.recentFiles(), written.mid(0, MainWindow::maximumRecentFiles));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
