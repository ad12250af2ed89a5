// The workbench's main window: the document in the centre, docks for the OCR text, verification,
// attention and cost panels, File menu with recent files, drag-and-drop, state kept in QSettings.
#pragma once

#include "core/attention_line_trace.h"
#include "core/document.h"
#include "core/preprocess.h"
#include "core/ocr_result.h"

#include <QFutureWatcher>

#include <QMainWindow>
#include <QStringList>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QToolBar;
class QUndoStack;

namespace vlmwb::core {
class OcrTask;
class ReviewDatabase;
}

namespace vlmwb::widgets {

class AttentionComparisonView;
class AttentionPanel;
class CostPanel;
class DocumentView;
class OcrTextPanel;
class VerificationPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    DocumentView *documentView() const { return m_documentView; }
    OcrTextPanel *ocrTextPanel() const { return m_ocrPanel; }
    VerificationPanel *verificationPanel() const { return m_verificationPanel; }
    CostPanel *costPanel() const { return m_costPanel; }
    AttentionPanel *attentionPanel() const { return m_attentionPanel; }
    QAction *traceAttentionAction() const { return m_traceAction; }
    // Checked: each image is read as one text line (no layout), as `vlmwb-cli ocr --lines` does.
    QAction *wholeLineAction() const { return m_wholeLineAction; }
    bool isTraceRunning() const;
    // "cross_attention", "projection" or "early_fusion": the pattern the next OCR run uses.
    QString ocrPattern() const;
    void setOcrPattern(const QString &pattern);
    // The folders the patterns' default models are looked for in, in order; empty (the default)
    // means core::defaultModelRoots() at each run, $VLMWB_MODELS_DIR and the shipped models.
    void setModelRoots(const QStringList &roots) { m_modelRoots = roots; }
    bool isOcrRunning() const;
    const core::OcrResult &ocrResult() const { return m_ocrResult; }
    QProgressBar *ocrProgressBar() const { return m_ocrProgress; }
    QString currentFile() const { return m_currentFile; }
    QStringList recentFiles() const;
    // The text of the status-bar field that shows the image's pixel size, e.g. "1240 × 1754 px".
    QString pixelSizeText() const;
    QString zoomText() const;
    QDockWidget *dock(const QString &objectName) const;

    static constexpr int maximumRecentFiles = 10;

public slots:
    // Loads an image; on failure shows a message naming the file and the cause and returns false.
    bool openFile(const QString &path);
    void showOpenDialog();
    void showAbout();
    // Reads the open document with the chosen pattern's default model (see core/model_locator.h)
    // on a worker; false when it cannot start (no document, no model: the message says why).
    bool runOcr();
    void cancelOcr();
    // Reads the OCR line selected in the text panel again with attention capture, on a worker; the
    // attention panel shows the trace when it is done. false when it cannot start (the message says why).
    bool traceSelectedLine();
    // Reads the traced line again with `pattern`'s default model and shows both traces side by side
    // (a window of its own, views kept in step). false when it cannot start (the message says why).
    bool compareTracedLine(const QString &pattern);
    bool isComparisonRunning() const;
    AttentionComparisonView *comparisonView() const { return m_comparisonView; }
    // View > Show Preprocessed Page and the steps it applies (core::preprocess).
    QAction *showPreprocessedAction() const { return m_showPreprocessedAction; }
    void setPreprocessSteps(bool illumination, bool deskew, bool binarise);
    const QImage &shownPageImage() const { return m_shownPageImage; } // what the document view shows
    // A character picked in the OCR text panel: shown in the Characters view at once when its line
    // is the traced one, otherwise after tracing that line.
    void pickCharacter(int line, int character);
    // Shows a run bundle written by `vlmwb-cli attention` (or File ▸ Save Attention Run): its image
    // in the document view and its attention in the panel. false with a message naming the cause.
    bool openAttentionRun(const QString &folder);
    void showOpenAttentionRunDialog();
    void showSaveAttentionRunDialog();

signals:
    void documentOpened(const QString &path);
    void documentOpenFailed(const QString &path, const QString &message);
    // After every OCR run that started or could not start: ok, or the message shown to the user.
    void ocrFinished(bool ok, const QString &message);
    // After every attention trace that started or could not start.
    void attentionTraced(bool ok, const QString &message);
    // After every pattern comparison that started or could not start.
    void attentionCompared(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QStringList modelRoots() const; // m_modelRoots, or core::defaultModelRoots() when empty
    void createActions();
    QDockWidget *addPanelDock(const QString &objectName, const QString &title, const QString &placeholder,
                              Qt::DockWidgetArea area);
    void addToRecentFiles(const QString &path);
    void rebuildRecentMenu();
    void restoreWindowState();
    void updateZoomLabel(double factor);
    void createOcrControls(QMenu *ocrMenu, QToolBar *toolBar);
    void finishOcr();
    void failOcr(const QString &message);
    // The message in the status bar and in a window-modal box that does not block the caller.
    void warn(const QString &title, const QString &message);
    void showOcrResult();
    // Saves the run and its drug findings to the review database and lists them for review.
    void recordForReview();
    bool openReviewDatabase();
    void finishTrace();
    void finishComparison();
    void createPreprocessActions();
    // The first page as opened, or preprocessed with the chosen steps (View > Show Preprocessed Page).
    void showPage();
    void failComparison(const QString &message);
    void failTrace(const QString &message);
    void updateTraceAction();
    void showAttention(std::shared_ptr<const core::AttentionBundle> bundle);

    DocumentView *m_documentView = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_pixelSizeLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_cursorLabel = nullptr;
    QString m_currentFile;
    QStringList m_modelRoots; // empty: core::defaultModelRoots()
    OcrTextPanel *m_ocrPanel = nullptr;
    QAction *m_runOcrAction = nullptr;
    QActionGroup *m_patternGroup = nullptr;
    QComboBox *m_patternBox = nullptr;
    QProgressBar *m_ocrProgress = nullptr;
    QPushButton *m_cancelOcrButton = nullptr;
    core::OcrTask *m_ocrTask = nullptr;
    core::OcrResult m_ocrResult;
    core::OcrOptions m_ocrRunOptions; // those of the last run started: a trace cuts its lines alike
    VerificationPanel *m_verificationPanel = nullptr;
    CostPanel *m_costPanel = nullptr;
    AttentionPanel *m_attentionPanel = nullptr;
    QAction *m_traceAction = nullptr;
    QAction *m_wholeLineAction = nullptr;
    QAction *m_saveAttentionAction = nullptr;
    QFutureWatcher<core::LineTraceResult> m_traceWatcher;
    QFutureWatcher<core::LineTraceResult> m_comparisonWatcher;
    AttentionComparisonView *m_comparisonView = nullptr; // in its own window, made on first use
    QMenu *m_compareMenu = nullptr;
    core::Page m_firstPage;                  // the open document's first page, as loaded
    QImage m_shownPageImage;
    QAction *m_showPreprocessedAction = nullptr;
    QAction *m_illuminationAction = nullptr;
    QAction *m_deskewAction = nullptr;
    QAction *m_binariseAction = nullptr;
    int m_tracingLine = -1;      // the line the running trace reads
    int m_tracedLine = -1;       // the OCR line whose trace the attention panel shows; -1: none / other
    int m_pendingCharacter = -1; // to select once the running trace is shown
    QUndoStack *m_undoStack = nullptr;
    core::ReviewDatabase *m_reviewDatabase = nullptr;
};

} // namespace vlmwb::widgets
