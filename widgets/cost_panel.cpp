#include "widgets/cost_panel.h"

#include "core/cost_estimator.h"
#include "core/cost_presets.h"
#include "core/cost_report.h"
#include "core/roofline.h"
#include "widgets/plot_export.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSlider>
#include <QTabWidget>
#include <QTextStream>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace vlmwb::widgets {

namespace {

using namespace vlmwb::core;

const QVector<VlmPattern> &allPatterns()
{
    static const QVector<VlmPattern> patterns = {VlmPattern::CrossAttention, VlmPattern::Projection,
                                                 VlmPattern::EarlyFusion};
    return patterns;
}

const QVector<NumericType> &allTypes()
{
    static const QVector<NumericType> types = {NumericType::Fp32, NumericType::Fp16, NumericType::Bf16,
                                               NumericType::Int8, NumericType::Int4};
    return types;
}

const QVector<QColor> &seriesColours()
{
    static const QVector<QColor> colours = {QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44),
                                            QColor(214, 39, 40), QColor(148, 103, 189), QColor(140, 86, 75)};
    return colours;
}

QString shortPatternName(VlmPattern pattern)
{
    switch (pattern) {
    case VlmPattern::CrossAttention:
        return CostPanel::tr("x-attn");
    case VlmPattern::Projection:
        return CostPanel::tr("proj");
    case VlmPattern::EarlyFusion:
        return CostPanel::tr("early");
    }
    return {};
}

constexpr double gibibyte = 1024.0 * 1024.0 * 1024.0;
constexpr int minimumPercent = 10;
constexpr int maximumPercent = 400;

QCustomPlot *makePlot(QWidget *parent)
{
    auto *plot = new QCustomPlot(parent);
    plot->setMinimumSize(360, 240);
    plot->legend->setVisible(true);
    plot->legend->setFont(QFont(plot->font().family(), 8));
    return plot;
}

} // namespace

CostPanel::CostPanel(QWidget *parent) : QWidget(parent)
{
    m_preset = new QComboBox(this);
    for (const ModelArchitecture &model : modelPresets())
        m_preset->addItem(model.name, model.name);
    m_preset->setToolTip(tr("Model preset; the three patterns are assembled from its vision tower and decoder."));
    m_pattern = new QComboBox(this);
    for (VlmPattern pattern : allPatterns())
        m_pattern->addItem(patternName(pattern), patternName(pattern));
    m_pattern->setCurrentIndex(1);
    m_pattern->setToolTip(tr("Pattern of the FLOP breakdown."));

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(minimumPercent, maximumPercent);
    m_slider->setValue(100);
    m_slider->setToolTip(tr("What-if: the document's resolution in percent."));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto *exportButton = new QPushButton(tr("Export..."), this);
    exportButton->setToolTip(tr("Save the current plot as PNG or SVG, or every estimate as CSV."));

    m_tabs = new QTabWidget(this);
    m_tokensPlot = makePlot(m_tabs);
    m_memoryPlot = makePlot(m_tabs);
    m_flopsPlot = makePlot(m_tabs);
    // The memory legend sits in one row under the axes, so it hides neither bars nor GPU lines.
    m_memoryPlot->plotLayout()->addElement(1, 0, m_memoryPlot->legend);
    m_memoryPlot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_memoryPlot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_tabs->addTab(m_tokensPlot, tr("Visual tokens"));
    m_tabs->addTab(m_memoryPlot, tr("Memory"));
    m_tabs->addTab(m_flopsPlot, tr("FLOPs"));
    // "This run": a summary line above the bars, so the tab is a widget holding the plot.
    m_runTab = new QWidget(m_tabs);
    m_runSummary = new QLabel(tr("Run OCR to compare its counted MACs and measured memory with the estimate."), m_runTab);
    m_runSummary->setWordWrap(true);
    m_runSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runPlot = makePlot(m_runTab);
    auto *runLayout = new QVBoxLayout(m_runTab);
    runLayout->setContentsMargins(0, 0, 0, 0);
    runLayout->addWidget(m_runSummary);
    runLayout->addWidget(m_runPlot, 1);
    m_tabs->addTab(m_runTab, tr("This run"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Model:"), this));
    controls->addWidget(m_preset, 1);
    controls->addWidget(new QLabel(tr("FLOPs of:"), this));
    controls->addWidget(m_pattern);
    controls->addWidget(exportButton);
    auto *sliderRow = new QHBoxLayout;
    sliderRow->addWidget(new QLabel(tr("Resolution:"), this));
    sliderRow->addWidget(m_slider, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(sliderRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &CostPanel::refresh);
    connect(m_pattern, &QComboBox::currentIndexChanged, this, &CostPanel::refresh);
    connect(m_slider, &QSlider::valueChanged, this, &CostPanel::refresh);
    connect(exportButton, &QPushButton::clicked, this, &CostPanel::exportWithDialog);
    refresh();
}

QSize CostPanel::scaledSize() const
{
    const double scale = m_slider->value() / 100.0;
    return QSize(std::max(1, qRound(m_documentSize.width() * scale)), std::max(1, qRound(m_documentSize.height() * scale)));
}

int CostPanel::scalePercent() const
{
    return m_slider->value();
}

QString CostPanel::presetName() const
{
    return m_preset->currentData().toString();
}

void CostPanel::setDocumentSize(QSize size)
{
    if (!size.isValid() || size.isEmpty() || size == m_documentSize)
        return;
    m_documentSize = size;
    refresh();
}

void CostPanel::setPresetName(const QString &name)
{
    const int index = m_preset->findData(name);
    if (index >= 0)
        m_preset->setCurrentIndex(index);
}

void CostPanel::setScalePercent(int percent)
{
    m_slider->setValue(percent);
}

EstimateInput CostPanel::currentInput(NumericType type) const
{
    EstimateInput input;
    const QSize size = scaledSize();
    input.width = size.width();
    input.height = size.height();
    input.promptTokens = 32;
    input.outputTokens = 64;
    input.dtype = type;
    input.decoderWeightsSet = true;
    input.decoderWeights = type;
    return input;
}

void CostPanel::refresh()
{
    const std::optional<ModelArchitecture> model = findModelPreset(presetName());
    if (!model)
        return;
    drawTokens();
    drawMemory();
    drawFlops();
    const QSize size = scaledSize();
    QStringList parts;
    for (VlmPattern pattern : allPatterns()) {
        const CostEstimate estimate = estimateCost(withPattern(*model, pattern), currentInput(NumericType::Fp16));
        parts << tr("%1: %2 visual tokens, %3 in fp16")
                     .arg(patternName(pattern))
                     .arg(estimate.visual.inSequence + estimate.visual.crossAttended)
                     .arg(formatGibibytes(estimate.memory.total));
    }
    m_summary->setText(tr("%1 x %2 px (%3%). %4").arg(size.width()).arg(size.height()).arg(m_slider->value()).arg(parts.join("; ")));
    emit estimatesChanged();
}

void CostPanel::drawTokens()
{
    const ModelArchitecture model = *findModelPreset(presetName());
    QCustomPlot *plot = m_tokensPlot;
    plot->clearGraphs();
    plot->clearItems();
    double highest = 1;
    for (int index = 0; index < allPatterns().size(); ++index) {
        const ModelArchitecture assembled = withPattern(model, allPatterns().at(index));
        QVector<double> widths, tokens;
        for (int percent = minimumPercent; percent <= maximumPercent; percent += 10) {
            const int width = std::max(1, qRound(m_documentSize.width() * percent / 100.0));
            const int height = std::max(1, qRound(m_documentSize.height() * percent / 100.0));
            EstimateInput input;
            input.width = width;
            input.height = height;
            const VisualTokenCount count = estimateCost(assembled, input).visual;
            widths << width;
            tokens << double(count.inSequence + count.crossAttended);
            highest = std::max(highest, tokens.last());
        }
        QCPGraph *graph = plot->addGraph();
        graph->setName(patternName(allPatterns().at(index)));
        graph->setPen(QPen(seriesColours().at(index), 2));
        graph->setData(widths, tokens);
    }
    auto *context = new QCPItemStraightLine(plot);
    context->point1->setCoords(0, model.decoder.contextLength);
    context->point2->setCoords(1, model.decoder.contextLength);
    context->setPen(QPen(Qt::red, 1, Qt::DashLine));
    auto *contextLabel = new QCPItemText(plot);
    contextLabel->position->setCoords(m_documentSize.width() * 0.2, model.decoder.contextLength);
    contextLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    contextLabel->setText(tr("context limit %1").arg(model.decoder.contextLength));
    auto *current = new QCPItemStraightLine(plot);
    current->point1->setCoords(scaledSize().width(), 0);
    current->point2->setCoords(scaledSize().width(), 1);
    current->setPen(QPen(Qt::gray, 1, Qt::DotLine));
    plot->xAxis->setLabel(tr("image width in pixels (aspect of the document)"));
    plot->yAxis->setLabel(tr("visual tokens"));
    plot->xAxis->setRange(m_documentSize.width() * minimumPercent / 100.0, m_documentSize.width() * maximumPercent / 100.0);
    plot->yAxis->setRange(0, std::max<double>(highest, model.decoder.contextLength) * 1.1);
    plot->replot();
}

void CostPanel::drawMemory()
{
    const ModelArchitecture model = *findModelPreset(presetName());
    QCustomPlot *plot = m_memoryPlot;
    plot->clearPlottables();
    plot->clearItems();
    const QStringList parts = {tr("weights"), tr("KV cache"), tr("attention scores"), tr("activations")};
    QVector<QCPBars *> stacks;
    for (int part = 0; part < parts.size(); ++part) {
        auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setName(parts.at(part));
        bars->setBrush(seriesColours().at(part));
        bars->setPen(Qt::NoPen);
        bars->setWidth(0.7);
        if (!stacks.isEmpty())
            bars->moveAbove(stacks.last());
        stacks << bars;
    }
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double position = 1;
    double highest = 1;
    for (VlmPattern pattern : allPatterns()) {
        const ModelArchitecture assembled = withPattern(model, pattern);
        for (NumericType type : allTypes()) {
            const MemoryBytes memory = estimateCost(assembled, currentInput(type)).memory;
            const double values[] = {double(memory.weights), double(memory.kvCache), double(memory.attentionScores),
                                     double(memory.activations)};
            for (int part = 0; part < parts.size(); ++part)
                stacks.at(part)->addData(position, values[part] / gibibyte);
            highest = std::max(highest, double(memory.total) / gibibyte);
            ticker->addTick(position, shortPatternName(pattern) + "\n" + numericTypeName(type));
            position += 1;
        }
        position += 0.5;
    }
    // Show the GPUs up to the first one that holds the tallest bar.
    double top = highest;
    for (const DeviceProfile &device : gpuDevices()) {
        const double capacity = double(device.memoryBytes) / gibibyte;
        auto *line = new QCPItemStraightLine(plot);
        line->point1->setCoords(0, capacity);
        line->point2->setCoords(1, capacity);
        line->setPen(QPen(Qt::darkGray, 1, Qt::DashLine));
        auto *label = new QCPItemText(plot);
        label->position->setCoords(position - 0.5, capacity);
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        label->setText(device.name);
        label->setFont(QFont(plot->font().family(), 7));
        if (top <= highest && capacity >= highest)
            top = capacity;
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelFont(QFont(plot->font().family(), 7));
    plot->xAxis->setRange(0, position);
    plot->yAxis->setLabel(tr("memory in GiB (prompt 32, output 64 tokens)"));
    plot->yAxis->setRange(0, std::max(highest, top) * 1.08);
    plot->replot();
}

void CostPanel::drawComponentBars(QCustomPlot *plot, const QVector<QPair<QString, ComponentMacs>> &series,
                                  double unitsPerMac, const QString &axisLabel)
{
    plot->clearPlottables();
    const QStringList components = {tr("vision encoder"), tr("connector"), tr("decoder attention"), tr("decoder FFN"),
                                    tr("cross-attention"), tr("LM head")};
    auto *group = new QCPBarsGroup(plot);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QVector<double> positions;
    for (int index = 0; index < components.size(); ++index) {
        positions << index + 1;
        ticker->addTick(index + 1, components.at(index));
    }
    double highest = 1e-9;
    for (int index = 0; index < series.size(); ++index) {
        const ComponentMacs &macs = series.at(index).second;
        auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setName(series.at(index).first);
        bars->setBrush(seriesColours().at(index));
        bars->setPen(Qt::NoPen);
        bars->setWidth(0.35);
        bars->setBarsGroup(group);
        QVector<double> values;
        for (qint64 count : {macs.visionEncoder, macs.connector, macs.decoderAttention, macs.decoderFfn,
                             macs.crossAttention, macs.lmHead}) {
            values << double(count) * unitsPerMac;
            highest = std::max(highest, values.last());
        }
        bars->setData(positions, values);
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(20);
    plot->xAxis->setRange(0.3, components.size() + 0.7);
    plot->yAxis->setLabel(axisLabel);
    plot->yAxis->setRange(0, highest * 1.1);
    plot->replot();
}

void CostPanel::drawFlops()
{
    const ModelArchitecture model = *findModelPreset(presetName());
    VlmPattern pattern = VlmPattern::Projection;
    parsePatternName(m_pattern->currentData().toString(), &pattern);
    const CostEstimate estimate = estimateCost(withPattern(model, pattern), currentInput(NumericType::Fp16));
    // FLOPs = 2 x MACs, in billions.
    drawComponentBars(m_flopsPlot, {{tr("prefill"), estimate.prefill}, {tr("decode"), estimate.decode}}, 2.0 / 1e9,
                      tr("GFLOPs (2 x MACs), %1").arg(patternName(pattern)));
}

QCustomPlot *CostPanel::currentPlot() const
{
    if (m_tabs->currentWidget() == m_runTab)
        return m_runPlot;
    return qobject_cast<QCustomPlot *>(m_tabs->currentWidget());
}

void CostPanel::setRunComparison(const RunCostComparison &comparison, const QString &model)
{
    m_run = comparison;
    m_runModel = model;
    m_runSummary->setText(runSummary());
    drawRun();
}

QString CostPanel::runSummary() const
{
    if (!m_run.valid)
        return tr("Run OCR to compare its counted MACs and measured memory with the estimate.");
    const auto percent = [](double estimate, double measured) {
        return measured > 0 ? QString::asprintf("%+.1f %%", 100.0 * (estimate - measured) / measured) : QString("-");
    };
    const double mebibyte = 1024.0 * 1024.0;
    QString text = tr("%1: %n line(s) in %2 batch(es), %3 tokens generated. MACs counted by the engine %4 G, "
                      "estimated %5 G (%6).",
                      nullptr, m_run.lines)
                       .arg(m_runModel)
                       .arg(m_run.batches)
                       .arg(m_run.generatedTokens)
                       .arg(double(m_run.measuredMacs.total()) / 1e9, 0, 'f', 3)
                       .arg(double(m_run.estimatedMacs.total()) / 1e9, 0, 'f', 3)
                       .arg(percent(double(m_run.estimatedMacs.total()), double(m_run.measuredMacs.total())));
    if (m_run.memoryCounted) {
        text += QLatin1Char(' ')
            + tr("Working memory of the largest batch (K/V, attention scores, activations): measured %1 MiB, "
                 "estimated %2 MiB (%3).")
                  .arg(double(m_run.measuredWorkingBytes) / mebibyte, 0, 'f', 2)
                  .arg(double(m_run.estimatedWorkingBytes()) / mebibyte, 0, 'f', 2)
                  .arg(percent(double(m_run.estimatedWorkingBytes()), double(m_run.measuredWorkingBytes)));
    } else {
        text += QLatin1Char(' ') + tr("This device's allocator does not count tensor memory, so none is shown.");
    }
    if (m_run.beam > 1)
        text += QLatin1Char(' ')
            + tr("This run kept %1 hypotheses per line (beam search); the estimate models one (greedy decoding), so "
                 "the decoder's counted MACs and memory run above it.")
                  .arg(m_run.beam);
    return text;
}

void CostPanel::drawRun()
{
    if (!m_run.valid) {
        m_runPlot->clearPlottables();
        m_runPlot->replot();
        return;
    }
    drawComponentBars(m_runPlot, {{tr("estimated"), m_run.estimatedMacs}, {tr("counted in the run"), m_run.measuredMacs}},
                      1.0 / 1e6, tr("million MACs, %1").arg(m_runModel));
}

bool CostPanel::exportPng(const QString &path)
{
    m_error = savePlotPng(currentPlot(), path, QSize(640, 420));
    return m_error.isEmpty();
}

bool CostPanel::exportSvg(const QString &path)
{
    m_error = savePlotSvg(currentPlot(), path, m_tabs->tabText(m_tabs->currentIndex()), QSize(640, 420));
    return m_error.isEmpty();
}

QString CostPanel::csvText() const
{
    const std::optional<ModelArchitecture> model = findModelPreset(presetName());
    QString text;
    QTextStream stream(&text);
    stream << "model,pattern,dtype,width,height,visual_tokens,sequence_length,weights_bytes,kv_cache_bytes,"
              "attention_scores_bytes,activations_bytes,total_bytes,vision_encoder_flops,connector_flops,"
              "decoder_attention_flops,decoder_ffn_flops,cross_attention_flops,lm_head_flops,total_flops\n";
    if (!model)
        return text;
    for (VlmPattern pattern : allPatterns()) {
        const ModelArchitecture assembled = withPattern(*model, pattern);
        for (NumericType type : allTypes()) {
            const EstimateInput input = currentInput(type);
            const CostEstimate estimate = estimateCost(assembled, input);
            const MemoryBytes &memory = estimate.memory;
            const auto flops = [&](qint64 prefill, qint64 decode) { return 2 * (prefill + decode); };
            stream << model->name << ',' << patternName(pattern) << ',' << numericTypeName(type) << ',' << input.width
                   << ',' << input.height << ',' << estimate.visual.inSequence + estimate.visual.crossAttended << ','
                   << estimate.sequenceLength << ',' << memory.weights << ',' << memory.kvCache << ','
                   << memory.attentionScores << ',' << memory.activations << ',' << memory.total << ','
                   << flops(estimate.prefill.visionEncoder, estimate.decode.visionEncoder) << ','
                   << flops(estimate.prefill.connector, estimate.decode.connector) << ','
                   << flops(estimate.prefill.decoderAttention, estimate.decode.decoderAttention) << ','
                   << flops(estimate.prefill.decoderFfn, estimate.decode.decoderFfn) << ','
                   << flops(estimate.prefill.crossAttention, estimate.decode.crossAttention) << ','
                   << flops(estimate.prefill.lmHead, estimate.decode.lmHead) << ','
                   << flops(estimate.prefill.total(), estimate.decode.total()) << '\n';
        }
    }
    return text;
}

bool CostPanel::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        m_error = tr("Could not write the CSV file %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(csvText().toUtf8());
    if (!file.commit()) {
        m_error = tr("Could not write the CSV file %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void CostPanel::exportWithDialog()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export cost estimate"), QString(),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg);;CSV table (*.csv)"),
                                                      &filter);
    if (path.isEmpty())
        return;
    bool written = false;
    if (path.endsWith(".svg", Qt::CaseInsensitive) || filter.contains("*.svg"))
        written = exportSvg(path);
    else if (path.endsWith(".csv", Qt::CaseInsensitive) || filter.contains("*.csv"))
        written = exportCsv(path);
    else
        written = exportPng(path);
    if (!written)
        QMessageBox::warning(this, tr("Export failed"), m_error);
}

} // namespace vlmwb::widgets
