// The workbench's main window: the document in the centre, docks for the OCR text, verification,
// attention and cost panels, File menu with recent files, drag-and-drop, state kept in QSettings.
#pragma once

#include "core/ocr_result.h"

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
    // "cross_attention", "projection" or "early_fusion": the pattern the next OCR run uses.
    QString ocrPattern() const;
    void setOcrPattern(const QString &pattern);
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

signals:
    void documentOpened(const QString &path);
    void documentOpenFailed(const QString &path, const QString &message);
    // After every OCR run that started or could not start: ok, or the message shown to the user.
    void ocrFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
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
    void showOcrResult();
    // Saves the run and its drug findings to the review database and lists them for review.
    void recordForReview();
    bool openReviewDatabase();

    DocumentView *m_documentView = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_pixelSizeLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_cursorLabel = nullptr;
    QString m_currentFile;
    OcrTextPanel *m_ocrPanel = nullptr;
    QAction *m_runOcrAction = nullptr;
    QActionGroup *m_patternGroup = nullptr;
    QComboBox *m_patternBox = nullptr;
    QProgressBar *m_ocrProgress = nullptr;
    QPushButton *m_cancelOcrButton = nullptr;
    core::OcrTask *m_ocrTask = nullptr;
    core::OcrResult m_ocrResult;
    VerificationPanel *m_verificationPanel = nullptr;
    CostPanel *m_costPanel = nullptr;
    QUndoStack *m_undoStack = nullptr;
    core::ReviewDatabase *m_reviewDatabase = nullptr;
};

} // namespace vlmwb::widgets
