#include "widgets/main_window.h"

#include "core/document_loader.h"
#include "core/engine_recognizer.h"
#include "core/model_locator.h"
#include "core/ocr_findings.h"
#include "core/ocr_task.h"
#include "core/review_database.h"
#include "core/run_cost_comparison.h"
#include "vlmwb/runtime.h"
#include "widgets/attention_panel.h"
#include "widgets/character_attention_view.h"
#include "widgets/cost_panel.h"
#include "widgets/document_view.h"
#include "widgets/ocr_text_panel.h"
#include "widgets/verification_panel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>
#include <QStatusBar>
#include <QToolBar>

#include <algorithm>

namespace vlmwb::widgets {

namespace {
const char *recentFilesKey = "recentFiles";
const char *geometryKey = "mainWindow/geometry";
const char *stateKey = "mainWindow/state";
const char *patternKey = "ocr/pattern";
const char *wholeLineKey = "ocr/wholeLine";
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_documentView(new DocumentView(this))
    , m_ocrPanel(new OcrTextPanel(this))
    , m_ocrTask(new core::OcrTask(this))
    , m_verificationPanel(new VerificationPanel(this))
    , m_costPanel(new CostPanel(this))
    , m_attentionPanel(new AttentionPanel(this))
    , m_undoStack(new QUndoStack(this))
{
    setObjectName("MainWindow");
    setWindowTitle(tr("VLM Workbench"));
    setAcceptDrops(true);
    setCentralWidget(m_documentView);

    m_pixelSizeLabel = new QLabel(this);
    m_zoomLabel = new QLabel(this);
    m_cursorLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_cursorLabel);
    statusBar()->addPermanentWidget(m_pixelSizeLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
    connect(m_documentView, &DocumentView::zoomChanged, this, &MainWindow::updateZoomLabel);
    connect(m_documentView, &DocumentView::pixelHovered, this, [this](QPoint pixel) {
        m_cursorLabel->setText(pixel.x() < 0 ? QString() : tr("x %1, y %2").arg(pixel.x()).arg(pixel.y()));
    });

    createActions();
    QDockWidget *ocrDock = addPanelDock("ocrTextDock", tr("OCR text"), QString(), Qt::RightDockWidgetArea);
    delete ocrDock->widget(); // the placeholder
    ocrDock->setWidget(m_ocrPanel);
    connect(m_ocrPanel, &OcrTextPanel::lineSelected, m_documentView, &DocumentView::selectLine);
    connect(m_documentView, &DocumentView::lineClicked, m_ocrPanel, &OcrTextPanel::selectLine);
    connect(m_ocrTask, &core::OcrTask::progressed, this, [this](int done, int total) {
        m_ocrProgress->setMaximum(std::max(total, 1));
        m_ocrProgress->setValue(done);
        m_ocrProgress->setFormat(tr("OCR: %1 of %2 lines").arg(done).arg(total));
    });
    connect(m_ocrTask, &core::OcrTask::finished, this, &MainWindow::finishOcr);
    QDockWidget *verificationDock = addPanelDock("verificationDock", tr("Verification"), QString(),
                                                 Qt::RightDockWidgetArea);
    delete verificationDock->widget();
    verificationDock->setWidget(m_verificationPanel);
    connect(m_verificationPanel, &VerificationPanel::findingSelected, m_ocrPanel,
            [this](int lineIndex, int, int) { m_ocrPanel->selectLine(lineIndex); });
    QDockWidget *attentionDock = addPanelDock("attentionDock", tr("Attention"), QString(), Qt::BottomDockWidgetArea);
    delete attentionDock->widget();
    attentionDock->setWidget(m_attentionPanel);
    connect(m_attentionPanel->characterView(), &CharacterAttentionView::cellsChanged, m_documentView,
            &DocumentView::setAttentionCells);
    connect(m_ocrPanel, &OcrTextPanel::lineSelected, this, &MainWindow::updateTraceAction);
    connect(m_ocrPanel, &OcrTextPanel::characterPicked, this, &MainWindow::pickCharacter);
    connect(&m_traceWatcher, &QFutureWatcher<core::LineTraceResult>::finished, this, &MainWindow::finishTrace);
    connect(&m_comparisonWatcher, &QFutureWatcher<core::LineTraceResult>::finished, this,
            &MainWindow::finishComparison);
    QDockWidget *costDock = addPanelDock("costDock", tr("Cost"), QString(), Qt::BottomDockWidgetArea);
    delete costDock->widget();
    costDock->setWidget(m_costPanel);
    statusBar()->showMessage(tr("Open a document with File ▸ Open or drop an image here."));
    restoreWindowState();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openAction = fileMenu->addAction(tr("&Open…"), this, &MainWindow::showOpenDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    fileMenu->addAction(tr("Open Attention &Run…"), this, &MainWindow::showOpenAttentionRunDialog);
    m_saveAttentionAction = fileMenu->addAction(tr("&Save Attention Run…"), this,
                                                &MainWindow::showSaveAttentionRunDialog);
    m_saveAttentionAction->setEnabled(false); // until a trace is shown
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *zoomInAction = m_viewMenu->addAction(tr("Zoom &In"), m_documentView, &DocumentView::zoomIn);
    zoomInAction->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOutAction = m_viewMenu->addAction(tr("Zoom &Out"), m_documentView, &DocumentView::zoomOut);
    zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    QAction *fitAction = m_viewMenu->addAction(tr("&Fit to Window"), m_documentView, &DocumentView::fitToWindow);
    fitAction->setShortcut(Qt::CTRL | Qt::Key_0);
    QAction *actualAction = m_viewMenu->addAction(tr("&Actual Size"), m_documentView,
                                                  &DocumentView::showActualSize);
    actualAction->setShortcut(Qt::CTRL | Qt::Key_1);
    m_viewMenu->addSeparator();
    createPreprocessActions();
    m_viewMenu->addSeparator();

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);

    QMenu *ocrMenu = menuBar()->addMenu(tr("&OCR"));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About VLM Workbench"), this, &MainWindow::showAbout);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName("mainToolBar");
    toolBar->addAction(openAction);
    toolBar->addAction(zoomInAction);
    toolBar->addAction(zoomOutAction);
    toolBar->addAction(fitAction);
    toolBar->addSeparator();
    createOcrControls(ocrMenu, toolBar);
    rebuildRecentMenu();
}

void MainWindow::createOcrControls(QMenu *ocrMenu, QToolBar *toolBar)
{
    m_runOcrAction = ocrMenu->addAction(tr("&Run OCR"), this, &MainWindow::runOcr);
    m_runOcrAction->setShortcut(Qt::CTRL | Qt::Key_R);
    m_runOcrAction->setEnabled(false); // until a document is open
    // A label strip or a cropped line has no page layout to find; read whole, it is levelled and
    // cut to its ink the way the models were trained (docs/OCR_PIPELINE.md).
    m_wholeLineAction = ocrMenu->addAction(tr("Read Image as One &Line"));
    m_wholeLineAction->setCheckable(true);
    m_wholeLineAction->setToolTip(tr("For a single text line or a label strip: no layout, the whole image is one line"));
    m_wholeLineAction->setChecked(QSettings().value(wholeLineKey, false).toBool());
    connect(m_wholeLineAction, &QAction::toggled, this,
            [](bool checked) { QSettings().setValue(wholeLineKey, checked); });
    m_traceAction = ocrMenu->addAction(tr("&Trace Attention of Line"), this, &MainWindow::traceSelectedLine);
    m_traceAction->setToolTip(tr("Reads the selected line again, capturing every attention map"));
    m_traceAction->setEnabled(false); // until an OCR line is selected
    m_compareMenu = ocrMenu->addMenu(tr("&Compare Traced Line With"));
    m_compareMenu->setToolTip(tr("Reads the traced line with a second pattern and shows both side by side"));
    for (const QString &pattern : {QStringLiteral("cross_attention"), QStringLiteral("projection"),
                                   QStringLiteral("early_fusion")})
        m_compareMenu->addAction(pattern, this, [this, pattern] { compareTracedLine(pattern); });
    m_compareMenu->setEnabled(false); // until a line is traced
    QMenu *patternMenu = ocrMenu->addMenu(tr("&Pattern"));
    m_patternGroup = new QActionGroup(this);
    m_patternBox = new QComboBox(this);
    m_patternBox->setObjectName("ocrPatternBox");
    m_patternBox->setToolTip(tr("The model pattern OCR runs with"));
    const QList<QPair<QString, QString>> patterns = {{"cross_attention", tr("Cross-Attention")},
                                                     {"projection", tr("Projection")},
                                                     {"early_fusion", tr("Early Fusion")}};
    for (const auto &[key, title] : patterns) {
        QAction *action = patternMenu->addAction(title);
        action->setCheckable(true);
        action->setData(key);
        m_patternGroup->addAction(action);
        m_patternBox->addItem(title, key);
        connect(action, &QAction::triggered, this, [this, key = key] { setOcrPattern(key); });
    }
    connect(m_patternBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setOcrPattern(m_patternBox->itemData(index).toString()); });
    // Early Fusion: the most accurate bundled model (docs/EVALUATION.md, session 7).
    setOcrPattern(QSettings().value(patternKey, "early_fusion").toString());
    toolBar->addAction(m_runOcrAction);
    toolBar->addWidget(m_patternBox);

    m_ocrProgress = new QProgressBar(this);
    m_ocrProgress->setMaximumWidth(220);
    m_ocrProgress->setTextVisible(true);
    m_cancelOcrButton = new QPushButton(tr("Cancel"), this);
    connect(m_cancelOcrButton, &QPushButton::clicked, this, &MainWindow::cancelOcr);
    statusBar()->addWidget(m_ocrProgress);
    statusBar()->addWidget(m_cancelOcrButton);
    m_ocrProgress->hide();
    m_cancelOcrButton->hide();
}

QString MainWindow::ocrPattern() const
{
    return m_patternBox->currentData().toString();
}

void MainWindow::setOcrPattern(const QString &pattern)
{
    const int index = m_patternBox->findData(pattern);
    if (index < 0)
        return;
    if (m_patternBox->currentIndex() != index)
        m_patternBox->setCurrentIndex(index); // comes back here through currentIndexChanged
    for (QAction *action : m_patternGroup->actions())
        action->setChecked(action->data().toString() == pattern);
    QSettings().setValue(patternKey, pattern);
}

bool MainWindow::isOcrRunning() const
{
    return m_ocrTask->isRunning();
}

QStringList MainWindow::modelRoots() const
{
    return m_modelRoots.isEmpty() ? core::defaultModelRoots() : m_modelRoots;
}

bool MainWindow::runOcr()
{
    if (isOcrRunning() || isTraceRunning()) // one model, one reader at a time
        return false;
    if (m_currentFile.isEmpty()) {
        failOcr(tr("Open a document before running OCR."));
        return false;
    }
    const core::ModelLocation location = core::locateModel(QString(), ocrPattern(), modelRoots());
    if (!location.ok()) {
        failOcr(location.error);
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor); // the first run of a model loads it here
    const core::RecognizerOpenResult opened = core::openCachedRecognizer({location.folder, QStringLiteral("auto")});
    QApplication::restoreOverrideCursor();
    if (!opened.recognizer) {
        failOcr(opened.error);
        return false;
    }
    m_ocrProgress->setRange(0, 0); // busy until layout has counted the lines
    m_ocrProgress->setFormat(tr("OCR: finding lines…"));
    m_ocrProgress->show();
    m_cancelOcrButton->show();
    m_cancelOcrButton->setEnabled(true);
    m_runOcrAction->setEnabled(false);
    statusBar()->clearMessage();
    m_ocrRunOptions = core::OcrOptions();
    m_ocrRunOptions.wholeLines = m_wholeLineAction->isChecked();
    m_ocrTask->start(opened.recognizer, m_ocrRunOptions, m_currentFile);
    return true;
}

void MainWindow::cancelOcr()
{
    m_ocrTask->cancel();
    m_cancelOcrButton->setEnabled(false);
}

void MainWindow::finishOcr()
{
    m_ocrProgress->hide();
    m_cancelOcrButton->hide();
    m_runOcrAction->setEnabled(!m_currentFile.isEmpty());
    const core::OcrResult &result = m_ocrTask->result();
    if (result.cancelled) {
        statusBar()->showMessage(tr("OCR cancelled."), 5000);
        emit ocrFinished(false, tr("OCR cancelled."));
        return;
    }
    if (!result.error.isEmpty()) {
        failOcr(result.error);
        return;
    }
    // A result for a document that is no longer open is dropped.
    if (QFileInfo(result.path).absoluteFilePath() != m_currentFile) {
        emit ocrFinished(false, tr("The document changed while OCR ran."));
        return;
    }
    m_ocrResult = result;
    m_tracedLine = -1; // the panel's trace belongs to the previous run
    showOcrResult();
    const core::RunCostComparison comparison = core::compareRunWithItsModel(result, nullptr);
    if (comparison.valid)
        m_costPanel->setRunComparison(comparison, QFileInfo(result.modelFolder).fileName());
    updateTraceAction();
    recordForReview();
    const QString message = tr("Read %n line(s) with the %1 model in %2 ms.", nullptr, result.lineCount())
                                .arg(result.pattern)
                                .arg(result.timings.totalMs(), 0, 'f', 0);
    statusBar()->showMessage(message, 8000);
    emit ocrFinished(true, message);
}

void MainWindow::showOcrResult()
{
    if (m_showPreprocessedAction && m_showPreprocessedAction->isChecked())
        return; // the outlines are placed on the page as opened, not on the preprocessed one
    if (m_ocrResult.pages.isEmpty()) {
        m_ocrPanel->clear();
        m_documentView->setLineOutlines({});
        return;
    }
    // The view shows the first page only, so the panel lists that page's lines.
    const core::OcrPage &page = m_ocrResult.pages.front();
    m_ocrPanel->setPage(page);
    QVector<QPolygonF> outlines;
    for (const core::OcrLine &line : page.lines)
        outlines << (line.outline.isEmpty() ? QPolygonF(line.box) : line.outline);
    m_documentView->setLineOutlines(outlines);
}

bool MainWindow::openReviewDatabase()
{
    if (m_reviewDatabase && m_reviewDatabase->isOpen())
        return true;
    // The default review database lives with the user's data; every decision is saved there at once.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    delete m_reviewDatabase;
    m_reviewDatabase = new core::ReviewDatabase(this);
    if (!m_reviewDatabase->open(QDir(folder).filePath(QStringLiteral("review.sqlite")))) {
        statusBar()->showMessage(m_reviewDatabase->errorString());
        return false;
    }
    const QString reviewer = QSettings().value(QStringLiteral("review/reviewer"),
                                               QString::fromLocal8Bit(qgetenv("USER"))).toString();
    m_verificationPanel->setReviewDatabase(m_reviewDatabase, m_undoStack, reviewer);
    return true;
}

void MainWindow::recordForReview()
{
    QString error;
    const QVector<core::Finding> findings = core::findOcrFindings(m_ocrResult, &error);
    if (!error.isEmpty()) {
        statusBar()->showMessage(error);
        return;
    }
    if (!openReviewDatabase())
        return;
    const qint64 runId = core::recordOcrRun(*m_reviewDatabase, m_ocrResult, findings,
                                            tr("engine %1").arg(m_ocrResult.pattern), &error);
    if (runId == 0) {
        statusBar()->showMessage(error);
        return;
    }
    m_verificationPanel->showRun(runId);
}

void MainWindow::failOcr(const QString &message)
{
    warn(tr("Cannot run OCR"), message);
    emit ocrFinished(false, message);
}

void MainWindow::warn(const QString &title, const QString &message)
{
    statusBar()->showMessage(message);
    // open() is window-modal and returns at once, so a failure never blocks the caller.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QDockWidget *MainWindow::addPanelDock(const QString &objectName, const QString &title,
                                      const QString &placeholder, Qt::DockWidgetArea area)
{
    auto *dockWidget = new QDockWidget(title, this);
    dockWidget->setObjectName(objectName);
    auto *label = new QLabel(placeholder, dockWidget);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(12);
    dockWidget->setWidget(label);
    addDockWidget(area, dockWidget);
    m_viewMenu->addAction(dockWidget->toggleViewAction());
    return dockWidget;
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    return findChild<QDockWidget *>(objectName);
}

bool MainWindow::openFile(const QString &path)
{
    const core::DocumentLoadResult loaded = core::DocumentLoader().load(path);
    if (!loaded.ok()) {
        warn(tr("Cannot open document"), loaded.error);
        emit documentOpenFailed(path, loaded.error);
        return false;
    }
    m_currentFile = QFileInfo(path).absoluteFilePath();
    // Only the first page is shown until the view learns to page through a document.
    m_firstPage = loaded.document.pages.front();
    const QImage &firstPage = m_firstPage.display;
    m_ocrResult = core::OcrResult(); // before showPage(), which draws the result's line outlines
    showPage();
    m_pixelSizeLabel->setText(tr("%1 × %2 px").arg(firstPage.width()).arg(firstPage.height()));
    setWindowTitle(tr("%1 — VLM Workbench").arg(QFileInfo(path).fileName()));
    // Notes (e.g. an extension that did not match the content) follow the confirmation.
    const QStringList message = QStringList{tr("Opened %1").arg(QDir::toNativeSeparators(m_currentFile))}
                                + loaded.document.notes;
    statusBar()->showMessage(message.join(QLatin1Char(' ')), 5000);
    addToRecentFiles(m_currentFile);
    m_ocrResult = core::OcrResult();
    m_ocrPanel->clear();
    m_attentionPanel->setBundle(nullptr); // a trace belongs to the document it was read from
    updateTraceAction();
    m_costPanel->setDocumentSize(firstPage.size());
    m_runOcrAction->setEnabled(!isOcrRunning());
    emit documentOpened(m_currentFile);
    return true;
}

void MainWindow::showOpenDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open document"), QFileInfo(m_currentFile).absolutePath(),
        tr("Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::showAbout()
{
    const inference::RuntimeInfo runtime = inference::runtimeInfo();
    const QString device = runtime.cudaAvailable ? tr("CUDA (%1 GPU)").arg(runtime.cudaDeviceCount)
                                                 : tr("CPU (%1 threads)").arg(runtime.cpuThreads);
    QMessageBox::about(
        this, tr("About VLM Workbench"),
        tr("<h3>VLM Workbench %1</h3>"
           "<p>Checks what vision-language models read from medical documents: OCR with three model "
           "patterns, drug-name verification, attention and cost analysis.</p>"
           "<p>LibTorch %2 on %3; Qt %4.</p>")
            .arg(QApplication::applicationVersion(), QString::fromStdString(runtime.torchVersion), device,
                 QString::fromLatin1(qVersion())));
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(recentFilesKey).toStringList();
}

void MainWindow::addToRecentFiles(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maximumRecentFiles)
        files.removeLast();
    QSettings().setValue(recentFilesKey, files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString &file : files) {
        m_recentMenu->addAction(QDir::toNativeSeparators(file), this, [this, file] { openFile(file); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

QString MainWindow::pixelSizeText() const
{
    return m_pixelSizeLabel->text();
}

QString MainWindow::zoomText() const
{
    return m_zoomLabel->text();
}

void MainWindow::updateZoomLabel(double factor)
{
    m_zoomLabel->setText(tr("Zoom %1%").arg(qRound(factor * 100)));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1280, 860);
    restoreState(settings.value(stateKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_ocrTask->cancel();
    m_traceWatcher.waitForFinished(); // the trace holds the model; one line does not take long
    m_comparisonWatcher.waitForFinished();
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        openFile(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

} // namespace vlmwb::widgets
