#include "widgets/main_window.h"

#include "core/document_loader.h"
#include "vlmwb/runtime.h"
#include "widgets/document_view.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace vlmwb::widgets {

namespace {
const char *recentFilesKey = "recentFiles";
const char *geometryKey = "mainWindow/geometry";
const char *stateKey = "mainWindow/state";
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_documentView(new DocumentView(this))
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
    addPanelDock("ocrTextDock", tr("OCR text"), tr("Run OCR on a document to see its lines here."),
                 Qt::RightDockWidgetArea);
    addPanelDock("verificationDock", tr("Verification"),
                 tr("Drug names and doses found in the text will be listed here for review."),
                 Qt::RightDockWidgetArea);
    addPanelDock("attentionDock", tr("Attention"),
                 tr("The attention of a run, per layer and head, will be shown here."),
                 Qt::BottomDockWidgetArea);
    addPanelDock("costDock", tr("Cost"),
                 tr("Visual tokens, memory and FLOPs of the open document will be shown here."),
                 Qt::BottomDockWidgetArea);
    statusBar()->showMessage(tr("Open a document with File ▸ Open or drop an image here."));
    restoreWindowState();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openAction = fileMenu->addAction(tr("&Open…"), this, &MainWindow::showOpenDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
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

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About VLM Workbench"), this, &MainWindow::showAbout);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName("mainToolBar");
    toolBar->addAction(openAction);
    toolBar->addAction(zoomInAction);
    toolBar->addAction(zoomOutAction);
    toolBar->addAction(fitAction);
    rebuildRecentMenu();
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
        statusBar()->showMessage(loaded.error);
        // open() is window-modal and returns at once, so a failed load never blocks the caller.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open document"), loaded.error,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit documentOpenFailed(path, loaded.error);
        return false;
    }
    m_currentFile = QFileInfo(path).absoluteFilePath();
    // Only the first page is shown until the view learns to page through a document.
    const QImage &firstPage = loaded.document.pages.front().display;
    m_documentView->setImage(firstPage);
    m_pixelSizeLabel->setText(tr("%1 × %2 px").arg(firstPage.width()).arg(firstPage.height()));
    setWindowTitle(tr("%1 — VLM Workbench").arg(QFileInfo(path).fileName()));
    // Notes (e.g. an extension that did not match the content) follow the confirmation.
    const QStringList message = QStringList{tr("Opened %1").arg(QDir::toNativeSeparators(m_currentFile))}
                                + loaded.document.notes;
    statusBar()->showMessage(message.join(QLatin1Char(' ')), 5000);
    addToRecentFiles(m_currentFile);
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
