// The "Cost" dock: visual tokens against resolution for the three patterns, memory by pattern and
// number type against GPU capacities, the FLOP breakdown, a what-if resolution slider, and export
// to PNG, SVG and CSV. All numbers come from core's cost model; this class only draws them.
#pragma once

#include "core/cost_model.h"
#include "core/run_cost_comparison.h"

#include <QSize>
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QSlider;
class QTabWidget;

namespace vlmwb::widgets {

class CostPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CostPanel(QWidget *parent = nullptr);

    // The input the plots describe: the document size scaled by the slider's percentage.
    QSize documentSize() const { return m_documentSize; }
    QSize scaledSize() const;
    int scalePercent() const;
    QString presetName() const;
    QTabWidget *plotTabs() const { return m_tabs; }
    QSlider *resolutionSlider() const { return m_slider; }

    // Each writes the plot on the current tab (PNG, SVG) or every pattern x number type at the
    // current size (CSV); false with errorString() set when the file cannot be written.
    bool exportPng(const QString &path);
    bool exportSvg(const QString &path);
    bool exportCsv(const QString &path);
    QString errorString() const { return m_error; }

    // CSV text of exportCsv (header + one row per pattern and number type).
    QString csvText() const;

    // The "This run" tab: the last OCR run's counted MACs and measured working memory beside the
    // estimate for the same batches (core::compareRunWithEstimate); `model` names the run's model.
    void setRunComparison(const vlmwb::core::RunCostComparison &comparison, const QString &model);
    const vlmwb::core::RunCostComparison &runComparison() const { return m_run; }
    QString runSummary() const;

public slots:
    void setDocumentSize(QSize size);
    void setPresetName(const QString &name);
    void setScalePercent(int percent);

signals:
    void estimatesChanged();

private slots:
    void refresh();
    void exportWithDialog();

private:
    QCustomPlot *currentPlot() const;
    void drawTokens();
    void drawMemory();
    void drawFlops();
    void drawRun();
    // Grouped bars of MACs per component, one series per entry, scaled by unitsPerMac.
    void drawComponentBars(QCustomPlot *plot, const QVector<QPair<QString, vlmwb::core::ComponentMacs>> &series,
                           double unitsPerMac, const QString &axisLabel);
    vlmwb::core::EstimateInput currentInput(vlmwb::core::NumericType type) const;

    QSize m_documentSize{2480, 3508}; // an A4 page at 300 dpi until a document is opened
    QComboBox *m_preset = nullptr;
    QComboBox *m_pattern = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QCustomPlot *m_tokensPlot = nullptr;
    QCustomPlot *m_memoryPlot = nullptr;
    QCustomPlot *m_flopsPlot = nullptr;
    QWidget *m_runTab = nullptr;
    QLabel *m_runSummary = nullptr;
    QCustomPlot *m_runPlot = nullptr;
    vlmwb::core::RunCostComparison m_run;
    QString m_runModel;
    QString m_error;
};

} // namespace vlmwb::widgets
