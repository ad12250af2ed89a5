// MainWindow's View > Show Preprocessed Page: the open page as the OCR pipeline's preprocessing
// leaves it (greyscale, illumination normalisation, deskew, binarisation; each step switchable),
// so a user can see what layout and recognition work on and how far the page was turned.
#include "widgets/main_window.h"

#include "widgets/document_view.h"

#include <QAction>
#include <QMenu>
#include <QSignalBlocker>
#include <QStatusBar>

namespace vlmwb::widgets {

namespace {

QImage toImage(const cv::Mat &grey)
{
    // preprocess() with greyscale on gives CV_8UC1; the copy detaches from the cv::Mat's buffer.
    return QImage(grey.data, grey.cols, grey.rows, static_cast<qsizetype>(grey.step), QImage::Format_Grayscale8)
        .copy();
}

} // namespace

void MainWindow::createPreprocessActions()
{
    m_showPreprocessedAction = m_viewMenu->addAction(tr("Show &Preprocessed Page"));
    m_showPreprocessedAction->setCheckable(true);
    m_showPreprocessedAction->setToolTip(tr("Shows the page as layout and recognition see it"));
    m_showPreprocessedAction->setEnabled(false); // until a document is open
    QMenu *steps = m_viewMenu->addMenu(tr("Preprocessing &Steps"));
    const core::PreprocessOptions defaults;
    m_illuminationAction = steps->addAction(tr("Normalise &Illumination"));
    m_deskewAction = steps->addAction(tr("&Deskew"));
    m_binariseAction = steps->addAction(tr("&Binarise"));
    const std::pair<QAction *, bool> initial[] = {{m_illuminationAction, defaults.normaliseIllumination},
                                                  {m_deskewAction, defaults.deskew},
                                                  {m_binariseAction, defaults.binarise}};
    for (const auto &[action, on] : initial) {
        action->setCheckable(true);
        action->setChecked(on);
        connect(action, &QAction::toggled, this, &MainWindow::showPage);
    }
    connect(m_showPreprocessedAction, &QAction::toggled, this, &MainWindow::showPage);
}

void MainWindow::setPreprocessSteps(bool illumination, bool deskew, bool binarise)
{
    const QSignalBlocker blockIllumination(m_illuminationAction);
    const QSignalBlocker blockDeskew(m_deskewAction);
    const QSignalBlocker blockBinarise(m_binariseAction);
    m_illuminationAction->setChecked(illumination);
    m_deskewAction->setChecked(deskew);
    m_binariseAction->setChecked(binarise);
    showPage();
}

void MainWindow::showPage()
{
    if (m_firstPage.pixels.empty()) {
        m_showPreprocessedAction->setEnabled(false);
        return;
    }
    m_showPreprocessedAction->setEnabled(true);
    if (!m_showPreprocessedAction->isChecked()) {
        m_shownPageImage = m_firstPage.display;
        m_documentView->setImage(m_shownPageImage);
        showOcrResult(); // the line outlines belong on the page as opened
        return;
    }
    core::PreprocessOptions options;
    options.normaliseIllumination = m_illuminationAction->isChecked();
    options.deskew = m_deskewAction->isChecked();
    options.binarise = m_binariseAction->isChecked();
    const core::PreprocessResult result = core::preprocess(m_firstPage.pixels, options);
    m_shownPageImage = toImage(result.image);
    m_documentView->setImage(m_shownPageImage); // no outlines: they are placed on the original page
    statusBar()->showMessage(
        options.deskew ? tr("Preprocessed page (%1): skew %2°, turned back by %3°.")
                             .arg(result.report.steps.join(QStringLiteral(", ")))
                             .arg(result.report.skewDegrees, 0, 'f', 2)
                             .arg(-result.report.skewDegrees, 0, 'f', 2)
                       : tr("Preprocessed page (%1).").arg(result.report.steps.join(QStringLiteral(", "))),
        8000);
}

} // namespace vlmwb::widgets
