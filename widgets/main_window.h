// The workbench's main window: the document in the centre, docks for the OCR text, verification,
// attention and cost panels, File menu with recent files, drag-and-drop, state kept in QSettings.
#pragma once

#include <QMainWindow>
#include <QStringList>

class QDockWidget;
class QLabel;
class QMenu;

namespace vlmwb::widgets {

class DocumentView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    DocumentView *documentView() const { return m_documentView; }
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

signals:
    void documentOpened(const QString &path);
    void documentOpenFailed(const QString &path, const QString &message);

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

    DocumentView *m_documentView = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_pixelSizeLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_cursorLabel = nullptr;
    QString m_currentFile;
};

} // namespace vlmwb::widgets
