// The main window, offscreen: opening the bundled sample, the status bar, errors, recent files,
// and OCR on the sample with a tiny random-weight model (lines in the panel, boxes on the view).
#include "widgets/document_view.h"
#include "widgets/main_window.h"
#include "widgets/ocr_text_panel.h"
#include "random_model.h"
#include "tests/core/attention_test_traces.h"
#include "core/attention_geometry.h"
#include "widgets/attention_block_plot.h"
#include "widgets/attention_comparison_view.h"
#include "widgets/attention_overlay_item.h"
#include "widgets/attention_panel.h"
#include "widgets/character_attention_view.h"
#include <QAction>

#include <QComboBox>
#include <QDir>
#include <QDir>
#include <QDockWidget>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include "widgets/cost_panel.h"
#include "widgets/verification_panel.h"
#include <QProgressBar>
#include <QFile>
#include <QImageReader>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QPainter>
#include <QStatusBar>
#include <QMap>
#include <QtTest>

using vlmwb::widgets::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    const QString m_sample = QStringLiteral(VLMWB_SOURCE_DIR "/resources/samples/prescription-sample.png");

    // A tiny random-weight model of the pattern in `models`, where the window looks for models.
    static void useRandomModel(const QTemporaryDir &models, const char *pattern)
    {
        vlmwb::test::saveRandomModel(models.filePath(pattern).toStdString(), pattern);
        qputenv("VLMWB_MODELS_DIR", models.path().toUtf8());
    }

    bool showSampleFor(MainWindow &window, const QString &pattern) const
    {
        window.show();
        if (!window.openFile(m_sample))
            return false;
        window.setOcrPattern(pattern);
        return true;
    }

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

    void showsThePreprocessedPage()
    {
        // A page drawn turned by 3 degrees, mid-grey paper: View > Show Preprocessed Page shows it
        // deskewed and levelled; binarised, it holds only black and white; switched off, the page
        // as opened comes back.
        QTemporaryDir dir;
        QImage page(900, 600, QImage::Format_Grayscale8);
        page.fill(150);
        {
            QPainter painter(&page);
            painter.translate(450, 300);
            painter.rotate(3);
            painter.setFont(QFont("Liberation Sans", 22));
            for (int line = 0; line < 6; ++line)
                painter.drawText(-380, -200 + 70 * line, "amoxicillin 500 mg PO TID x 7 days");
        }
        const QString path = dir.filePath("turned.png");
        QVERIFY(page.save(path));
        MainWindow window;
        QVERIFY(!window.showPreprocessedAction()->isEnabled());
        QVERIFY(window.openFile(path));
        QVERIFY(window.showPreprocessedAction()->isEnabled());
        const QImage opened = window.shownPageImage();
        QCOMPARE(opened.size(), QSize(900, 600));

        window.showPreprocessedAction()->setChecked(true);
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains("skew 3.") || message.contains("skew 2.9"), qPrintable(message));
        QVERIFY(window.shownPageImage() != opened);
        // Illumination levelled: the paper (the most common grey) is near white, not 150.
        QMap<int, int> histogram;
        const QImage levelled = window.shownPageImage();
        for (int y = 0; y < levelled.height(); y += 3)
            for (int x = 0; x < levelled.width(); x += 3)
                ++histogram[qGray(levelled.pixel(x, y))];
        int paper = 0;
        for (auto it = histogram.cbegin(); it != histogram.cend(); ++it)
            if (it.value() > histogram.value(paper))
                paper = it.key();
        QVERIFY2(paper > 230, qPrintable(QString::number(paper)));

        window.setPreprocessSteps(true, true, true);
        const QImage binary = window.shownPageImage();
        for (int y = 0; y < binary.height(); y += 7)
            for (int x = 0; x < binary.width(); x += 7) {
                const int grey = qGray(binary.pixel(x, y));
                QVERIFY2(grey == 0 || grey == 255, qPrintable(QString::number(grey)));
            }

        window.showPreprocessedAction()->setChecked(false);
        QCOMPARE(window.shownPageImage(), opened);
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

    // A folder of our own as the only model root, since the shipped models sit in the default ones.
    void ocrWithoutAModelSaysWhereToPutOne()
    {
        QTemporaryDir models;
        MainWindow window;
        window.setModelRoots({models.path()});
        window.show();
        QVERIFY(window.openFile(m_sample));
        window.setOcrPattern("early_fusion");
        QSignalSpy finished(&window, &MainWindow::ocrFinished);
        QVERIFY(!window.runOcr());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        const QString message = finished.first().at(1).toString();
        QVERIFY2(message.contains(QDir::toNativeSeparators(QDir(models.path()).filePath("early_fusion"))),
                 qPrintable(message));
        QVERIFY(message.contains("vlmwb-cli train"));
        QCOMPARE(window.ocrTextPanel()->lineCount(), 0);
    }

    void patternChooserAndMenuAgree()
    {
        MainWindow window;
        window.setOcrPattern("cross_attention");
        QCOMPARE(window.ocrPattern(), QString("cross_attention"));
        auto *box = window.findChild<QComboBox *>("ocrPatternBox");
        QVERIFY(box);
        box->setCurrentIndex(box->findData("early_fusion"));
        QCOMPARE(window.ocrPattern(), QString("early_fusion"));
    }

    void ocrOnTheSampleShowsLinesAndBoxes()
    {
        QTemporaryDir models;
        useRandomModel(models, "projection");
        MainWindow window;
        QVERIFY(showSampleFor(window, "projection"));
        QSignalSpy finished(&window, &MainWindow::ocrFinished);
        QVERIFY(window.runOcr());
        qunsetenv("VLMWB_MODELS_DIR");
        QVERIFY(window.isOcrRunning());
        QVERIFY(window.ocrProgressBar()->isVisible());
        QVERIFY(finished.wait(240000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(!window.ocrProgressBar()->isVisible());

        // The sample has 10 text lines (a title and nine below it) and a rule, which is not text.
        const int lines = window.ocrTextPanel()->lineCount();
        QCOMPARE(lines, 10);
        const QVector<QPolygonF> outlines = window.documentView()->lineOutlines();
        QCOMPARE(outlines.size(), lines);
        const QRectF image(QPointF(0, 0), QSizeF(window.documentView()->imageSize()));
        for (const QPolygonF &outline : outlines)
            QVERIFY(image.adjusted(-1, -1, 1, 1).contains(outline.boundingRect()));
        QCOMPARE(window.ocrTextPanel()->lineText(0), window.ocrResult().pages[0].lines[0].text);

        window.ocrTextPanel()->selectLine(2);
        QCOMPARE(window.documentView()->selectedLine(), 2);

        // The run was saved for review in the user's data folder (XDG_DATA_HOME of this test),
        // with one row per line read, checked through SQLite rather than the review code.
        const QString databasePath = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                         .filePath("review.sqlite");
        QVERIFY2(QFileInfo::exists(databasePath), qPrintable(databasePath));
        {
            QSqlDatabase check = QSqlDatabase::addDatabase("QSQLITE", "mainWindowCheck");
            check.setDatabaseName(databasePath);
            QVERIFY(check.open());
            QSqlQuery query(check);
            QVERIFY(query.exec("SELECT COUNT(*) FROM lines WHERE run_id = (SELECT MAX(id) FROM runs)"));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), lines);
        }
        QSqlDatabase::removeDatabase("mainWindowCheck");

        // OCR ▸ Trace Attention of Line reads line 3 again on a worker and shows its trace.
        QVERIFY(window.traceAttentionAction()->isEnabled());
        QSignalSpy traced(&window, &MainWindow::attentionTraced);
        window.traceAttentionAction()->trigger();
        QVERIFY(window.isTraceRunning());
        QVERIFY(traced.wait(120000));
        QVERIFY2(traced.first().at(0).toBool(), qPrintable(traced.first().at(1).toString()));
        const auto bundle = window.attentionPanel()->bundle();
        QVERIFY(bundle);
        QVERIFY(!bundle->trace.maps.empty());
        const QRectF box = window.ocrResult().pages[0].lines[2].box;
        QCOMPARE(bundle->lineBox, box);
        // The cells of the first character cover the crop of line 3 on the page: the line's box and
        // its margin (a tenth of the box height, at least 2 px; 2 px more for rounding and deskew).
        auto *characters = window.attentionPanel()->characterView();
        if (characters->characterCount() > 0) {
            QRectF covered;
            for (const vlmwb::core::AttentionCell &cell : window.documentView()->attentionOverlay()->cells())
                covered |= cell.rect;
            const double margin = std::max(2.0, box.height() / 10) + 2;
            QVERIFY(covered.contains(box.center()));
            QVERIFY2(box.adjusted(-margin, -margin, margin, margin).contains(covered),
                     qPrintable(QString("%1,%2 %3x%4").arg(covered.x()).arg(covered.y()).arg(covered.width())
                                    .arg(covered.height())));
        }

        // A click on a character in the OCR text panel: line 3 is the traced one, so its character
        // is shown at once; on line 1 the line is traced first, then the character shown.
        QLineEdit *field = window.ocrTextPanel()->characterField();
        qInfo("line 3 reads \"%s\", %d traced characters", qPrintable(field->text()), characters->characterCount());
        QCOMPARE(field->text(), window.ocrResult().pages[0].lines[2].text);
        if (characters->characterCount() > 1 && field->text().size() > 1) {
            field->setFocus();
            field->setCursorPosition(1);
            QCOMPARE(characters->currentCharacter(), 1);
            QCOMPARE(traced.count(), 1); // no second trace
        }
        window.ocrTextPanel()->selectLine(0);
        QCOMPARE(field->text(), window.ocrResult().pages[0].lines[0].text);
        if (field->text().size() > 1) {
            field->setFocus();
            field->setCursorPosition(1);
            QVERIFY(window.isTraceRunning());
            QVERIFY(traced.wait(120000));
            QVERIFY2(traced.last().at(0).toBool(), qPrintable(traced.last().at(1).toString()));
            QCOMPARE(window.attentionPanel()->bundle()->lineBox, window.ocrResult().pages[0].lines[0].box);
            if (characters->characterCount() > 1)
                QCOMPARE(characters->currentCharacter(), 1);
        }

        // OCR ▸ Compare Traced Line With ▸ early_fusion: the traced line read by the bundled early
        // fusion model, shown beside the projection trace.
        QSignalSpy compared(&window, &MainWindow::attentionCompared);
        QVERIFY(window.compareTracedLine("early_fusion"));
        QVERIFY(window.isComparisonRunning());
        QVERIFY(compared.wait(120000));
        QVERIFY2(compared.first().at(0).toBool(), qPrintable(compared.first().at(1).toString()));
        QVERIFY(window.comparisonView());
        QVERIFY(window.comparisonView()->isVisible());
        QCOMPARE(window.comparisonView()->left()->bundle(), window.attentionPanel()->bundle());
        const auto other = window.comparisonView()->right()->bundle();
        QVERIFY(other);
        QCOMPARE(other->config.value("pattern").toString(), QString("early_fusion"));
        QCOMPARE(other->lineBox, window.attentionPanel()->bundle()->lineBox); // the same line
    }

    void wholeLineReadingTakesTheImageAsOneLine()
    {
        QTemporaryDir models;
        useRandomModel(models, "projection");
        MainWindow window;
        QVERIFY(showSampleFor(window, "projection"));
        QVERIFY(!window.wholeLineAction()->isChecked()); // off until chosen: documents have pages
        window.wholeLineAction()->setChecked(true);
        QSignalSpy finished(&window, &MainWindow::ocrFinished);
        QVERIFY(window.runOcr());
        QVERIFY(finished.wait(240000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        // The ten-line sample read whole: one line, and its box is the page.
        QCOMPARE(window.ocrTextPanel()->lineCount(), 1);
        const QRectF page(QPointF(0, 0), QSizeF(window.documentView()->imageSize()));
        QCOMPARE(window.ocrResult().pages[0].lines[0].box, page);

        // Toggled after the run, a trace still cuts the line as the run did (the layout's first
        // line would be the title).
        window.wholeLineAction()->setChecked(false);
        window.ocrTextPanel()->selectLine(0);
        QSignalSpy traced(&window, &MainWindow::attentionTraced);
        window.traceAttentionAction()->trigger();
        QVERIFY(traced.wait(120000));
        qunsetenv("VLMWB_MODELS_DIR");
        QVERIFY2(traced.first().at(0).toBool(), qPrintable(traced.first().at(1).toString()));
        QCOMPARE(window.attentionPanel()->bundle()->lineBox, page);

        // The choice is remembered for the next window.
        window.wholeLineAction()->setChecked(true);
        MainWindow next;
        QVERIFY(next.wholeLineAction()->isChecked());
        next.wholeLineAction()->setChecked(false);
    }

    void attentionRunRoundTrip()
    {
        // A bundle as `vlmwb-cli attention` writes it: a bare line image read by a random model.
        QTemporaryDir dir;
        vlmwb::core::AttentionBundle written;
        written.trace = *vlmwb::test::randomModelTrace(dir, "early_fusion");
        const vlmwb::inference::LineImage line = vlmwb::test::barLine(40, 16);
        written.image = QImage(line.pixels.data(), line.width, line.height, line.width, QImage::Format_Grayscale8).copy();
        written.modelId = "random";
        written.generatedIds = vlmwb::core::generatedIds(written.trace);
        written.text = "run";
        written.lineBox = QRectF(0, 0, 40, 16);
        const QString folder = dir.filePath("run");
        QCOMPARE(vlmwb::core::saveAttentionBundle(written, folder), QString());

        MainWindow window;
        window.show();
        QVERIFY(window.openAttentionRun(folder));
        QCOMPARE(window.documentView()->imageSize(), QSize(40, 16));
        const auto opened = window.attentionPanel()->bundle();
        QVERIFY(opened);
        QCOMPARE(opened->text, QString("run"));
        QCOMPARE(opened->trace.maps.size(), written.trace.maps.size());
        // The plotted blocks are those of the trace that was written.
        using vlmwb::core::AttentionBlock;
        for (AttentionBlock block : {AttentionBlock::VisualToVisual, AttentionBlock::TextToVisual,
                                     AttentionBlock::TextToText}) {
            const vlmwb::core::BlockMatrix expected =
                vlmwb::core::attentionBlock(written.trace, block, window.attentionPanel()->selection());
            const vlmwb::core::BlockMatrix &shown = window.attentionPanel()->plot()->block(block);
            QCOMPARE(shown.rows, expected.rows);
            QCOMPARE(shown.columns, expected.columns);
            QVERIFY(shown.values == expected.values);
        }
        // Token -> image on the bundle's own image: the cells lie inside the 40 x 16 line.
        const int characters = window.attentionPanel()->characterView()->characterCount();
        QCOMPARE(characters, int(vlmwb::core::characterAttention(written.trace, QTransform(), {}).characters.size()));
        for (const vlmwb::core::AttentionCell &cell : window.documentView()->attentionOverlay()->cells())
            QVERIFY(cell.rect.isNull() || QRectF(0, 0, 40, 16).contains(cell.rect));

        // A folder that is not a bundle is refused with a message, and the open run stays.
        QVERIFY(!window.openAttentionRun(dir.filePath("missing")));
        QVERIFY(window.attentionPanel()->bundle() == opened);
    }

    void costPanelFollowsTheOpenDocument()
    {
        MainWindow window;
        QCOMPARE(window.dock("costDock")->widget(), static_cast<QWidget *>(window.costPanel()));
        QCOMPARE(window.dock("verificationDock")->widget(), static_cast<QWidget *>(window.verificationPanel()));
        QVERIFY(window.openFile(m_sample));
        QCOMPARE(window.costPanel()->documentSize(), QImageReader(m_sample).size());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
