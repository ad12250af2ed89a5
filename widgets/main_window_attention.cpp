// MainWindow's attention explorer: tracing a line of the OCR result on a worker, opening and saving
// run bundles, and showing them in the attention panel and the document view.
#include "widgets/main_window.h"

#include "core/attention_bundle.h"
#include "core/engine_recognizer.h"
#include "core/model_locator.h"
#include "widgets/attention_comparison_view.h"
#include "widgets/attention_panel.h"
#include "widgets/character_attention_view.h"
#include "widgets/document_view.h"
#include "widgets/ocr_text_panel.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QtConcurrent>

#include <utility>

namespace vlmwb::widgets {

bool MainWindow::isTraceRunning() const
{
    return m_traceWatcher.isRunning();
}

void MainWindow::updateTraceAction()
{
    m_traceAction->setEnabled(!m_ocrResult.pages.isEmpty() && m_ocrPanel->selectedLine() >= 0 && !isOcrRunning()
                              && !isTraceRunning());
    m_compareMenu->setEnabled(m_tracedLine >= 0 && m_attentionPanel->bundle() && !isOcrRunning() && !isTraceRunning()
                              && !isComparisonRunning());
}

bool MainWindow::isComparisonRunning() const
{
    return m_comparisonWatcher.isRunning();
}

bool MainWindow::compareTracedLine(const QString &pattern)
{
    if (isOcrRunning() || isTraceRunning() || isComparisonRunning()) {
        failComparison(tr("Wait for the running OCR, trace or comparison to finish."));
        return false;
    }
    if (m_tracedLine < 0 || !m_attentionPanel->bundle() || m_ocrResult.pages.isEmpty()) {
        failComparison(tr("Trace a line of the OCR result first: the comparison reads that line with a second pattern."));
        return false;
    }
    const core::ModelLocation location = core::locateModel(QString(), pattern, modelRoots());
    if (!location.ok()) {
        failComparison(location.error);
        return false;
    }
    const core::RecognizerOpenResult opened = core::openCachedRecognizer({location.folder, QStringLiteral("auto")});
    if (!opened.recognizer) {
        failComparison(opened.error);
        return false;
    }
    core::LineTraceRequest request;
    request.documentPath = m_ocrResult.path;
    request.page = 0;
    request.line = m_tracedLine;
    request.recognizer = opened.recognizer;
    request.options = m_ocrRunOptions; // the lines cut as the run cut them
    m_comparisonWatcher.setFuture(QtConcurrent::run(core::traceOcrLine, request));
    updateTraceAction();
    statusBar()->showMessage(tr("Reading line %1 with the %2 model…").arg(m_tracedLine + 1).arg(pattern));
    return true;
}

void MainWindow::finishComparison()
{
    const core::LineTraceResult result = m_comparisonWatcher.result();
    updateTraceAction();
    if (!result.ok()) {
        failComparison(result.error);
        return;
    }
    if (QFileInfo(m_ocrResult.path).absoluteFilePath() != m_currentFile || !m_attentionPanel->bundle()) {
        emit attentionCompared(false, tr("The document changed while the comparison ran."));
        return;
    }
    if (!m_comparisonView) {
        m_comparisonView = new AttentionComparisonView(this);
        m_comparisonView->setWindowFlag(Qt::Window);
        m_comparisonView->setWindowTitle(tr("Attention of one line, two patterns — VLM Workbench"));
        m_comparisonView->resize(1400, 800);
    }
    m_comparisonView->setBundles(m_attentionPanel->bundle(), std::make_shared<const core::AttentionBundle>(result.bundle));
    m_comparisonView->show();
    m_comparisonView->raise();
    const QString message = tr("Line %1 read by two patterns: “%2” and “%3”.")
                                .arg(m_tracedLine + 1)
                                .arg(m_attentionPanel->bundle()->text, result.bundle.text);
    statusBar()->showMessage(message, 8000);
    emit attentionCompared(true, message);
}

void MainWindow::failComparison(const QString &message)
{
    warn(tr("Cannot compare patterns"), message);
    emit attentionCompared(false, message);
}

bool MainWindow::traceSelectedLine()
{
    const int line = m_ocrPanel->selectedLine();
    if (isOcrRunning() || isTraceRunning()) {
        failTrace(tr("Wait for the running OCR or trace to finish."));
        return false;
    }
    if (m_ocrResult.pages.isEmpty() || line < 0) {
        failTrace(tr("Run OCR and select a line before tracing its attention."));
        return false;
    }
    const core::RecognizerOpenResult opened = core::openCachedRecognizer({m_ocrResult.modelFolder, QStringLiteral("auto")});
    if (!opened.recognizer) {
        failTrace(opened.error);
        return false;
    }
    core::LineTraceRequest request;
    request.documentPath = m_ocrResult.path;
    request.page = 0; // the view and the text panel show the first page
    request.line = line;
    request.recognizer = opened.recognizer;
    request.options = m_ocrRunOptions; // the lines cut as the run cut them
    m_tracingLine = line;
    m_traceWatcher.setFuture(QtConcurrent::run(core::traceOcrLine, request));
    m_traceAction->setEnabled(false);
    m_runOcrAction->setEnabled(false);
    statusBar()->showMessage(tr("Tracing the attention of line %1…").arg(line + 1));
    return true;
}

void MainWindow::finishTrace()
{
    m_runOcrAction->setEnabled(!m_currentFile.isEmpty());
    updateTraceAction();
    const core::LineTraceResult result = m_traceWatcher.result();
    const int pending = std::exchange(m_pendingCharacter, -1);
    if (!result.ok()) {
        failTrace(result.error);
        return;
    }
    // A trace of a document that is no longer open would land on the wrong page.
    if (QFileInfo(m_ocrResult.path).absoluteFilePath() != m_currentFile) {
        emit attentionTraced(false, tr("The document changed while the trace ran."));
        return;
    }
    showAttention(std::make_shared<const core::AttentionBundle>(result.bundle));
    m_tracedLine = m_tracingLine;
    updateTraceAction();
    if (pending >= 0)
        m_attentionPanel->characterView()->selectCharacter(pending);
    const QString message = tr("Traced “%1”: %n attention map(s).", nullptr, int(result.bundle.trace.maps.size()))
                                .arg(result.bundle.text);
    statusBar()->showMessage(message, 8000);
    emit attentionTraced(true, message);
}

void MainWindow::pickCharacter(int line, int character)
{
    if (line == m_tracedLine && m_attentionPanel->bundle()) {
        m_attentionPanel->characterView()->selectCharacter(character);
        if (QDockWidget *attentionDock = dock("attentionDock")) {
            attentionDock->show();
            attentionDock->raise();
        }
        return;
    }
    if (isTraceRunning() && line == m_tracingLine) {
        m_pendingCharacter = character; // the trace on its way shows it
        return;
    }
    if (m_ocrPanel->selectedLine() != line)
        m_ocrPanel->selectLine(line);
    m_pendingCharacter = character;
    if (!traceSelectedLine())
        m_pendingCharacter = -1;
}

void MainWindow::failTrace(const QString &message)
{
    warn(tr("Cannot trace attention"), message);
    emit attentionTraced(false, message);
}

void MainWindow::showAttention(std::shared_ptr<const core::AttentionBundle> bundle)
{
    m_attentionPanel->setBundle(std::move(bundle));
    m_saveAttentionAction->setEnabled(m_attentionPanel->bundle() != nullptr);
    if (QDockWidget *attentionDock = dock("attentionDock")) {
        attentionDock->show();
        attentionDock->raise();
    }
}

bool MainWindow::openAttentionRun(const QString &folder)
{
    core::AttentionBundleLoad loaded = core::loadAttentionBundle(folder);
    if (!loaded.ok()) {
        warn(tr("Cannot open attention run"), loaded.error);
        return false;
    }
    // The view shows the image the model read, so the overlay is placed on that image rather than
    // on the page it was cut from (which may not be at hand).
    loaded.bundle.lineToDocument = QTransform();
    m_currentFile.clear();
    m_tracedLine = -1;
    m_ocrResult = core::OcrResult();
    m_ocrPanel->clear();
    m_firstPage = core::Page(); // the bundle's line image is shown, not a page
    m_showPreprocessedAction->setChecked(false);
    m_showPreprocessedAction->setEnabled(false);
    m_documentView->setImage(loaded.bundle.image);
    m_shownPageImage = loaded.bundle.image;
    m_runOcrAction->setEnabled(false);
    updateTraceAction();
    setWindowTitle(tr("%1 — VLM Workbench").arg(QFileInfo(folder).fileName()));
    showAttention(std::make_shared<const core::AttentionBundle>(std::move(loaded.bundle)));
    statusBar()->showMessage(tr("Opened the attention run %1").arg(QDir::toNativeSeparators(folder)), 5000);
    return true;
}

void MainWindow::showOpenAttentionRunDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open attention run"));
    if (!folder.isEmpty())
        openAttentionRun(folder);
}

void MainWindow::showSaveAttentionRunDialog()
{
    if (!m_attentionPanel->bundle())
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save attention run into folder"));
    if (folder.isEmpty())
        return;
    const QString error = core::saveAttentionBundle(*m_attentionPanel->bundle(), folder);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Cannot save attention run"), error);
    else
        statusBar()->showMessage(tr("Saved the attention run to %1").arg(QDir::toNativeSeparators(folder)), 5000);
}

} // namespace vlmwb::widgets
