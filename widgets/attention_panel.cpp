#include "widgets/attention_panel.h"

#include "core/attention_export.h"
#include "widgets/attention_block_plot.h"
#include "widgets/attention_statistics_model.h"
#include "widgets/character_attention_view.h"
#include "widgets/plot_export.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <set>

namespace vlmwb::widgets {

using core::AttentionBlock;
using core::HeadAggregation;
using inference::AttentionComponent;

namespace {

constexpr AttentionBlock allBlocks[core::AttentionBlockCount] = {
    AttentionBlock::VisualToVisual, AttentionBlock::VisualToText, AttentionBlock::TextToVisual,
    AttentionBlock::TextToText};

constexpr int patternBlocks = -1; // m_component's data for "each block from the pattern's component"
const QSize exportMinimum(900, 700);

bool isJsonPath(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

} // namespace

AttentionPanel::AttentionPanel(QWidget *parent)
    : QWidget(parent)
    , m_plot(new AttentionBlockPlot(this))
    , m_tabs(new QTabWidget(this))
    , m_statisticsView(new QTableView(this))
    , m_statisticsModel(new AttentionStatisticsModel(this))
    , m_statisticsProxy(new QSortFilterProxyModel(this))
    , m_characterView(new CharacterAttentionView(this))
{
    setObjectName("attentionPanel");
    m_statisticsProxy->setSourceModel(m_statisticsModel);
    m_statisticsProxy->setSortRole(AttentionStatisticsModel::SortRole);
    m_statisticsView->setModel(m_statisticsProxy);
    m_statisticsView->setSortingEnabled(true);
    m_statisticsView->sortByColumn(-1, Qt::AscendingOrder); // layer-major as core lists them
    m_statisticsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statisticsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_statisticsView->verticalHeader()->hide();
    m_statisticsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_statisticsView, &QTableView::clicked, this, &AttentionPanel::selectStatisticsRow);

    auto *statisticsPage = new QWidget(this);
    auto *statisticsLayout = new QVBoxLayout(statisticsPage);
    statisticsLayout->setContentsMargins(0, 0, 0, 0);
    m_dropSinks = new QCheckBox(tr("Drop sink tokens and renormalise"), statisticsPage);
    m_dropSinks->setToolTip(tr("Removes key 0 and the newline / image-end tokens, then rescales each query's "
                               "attention to sum to 1 over the keys left."));
    connect(m_dropSinks, &QCheckBox::toggled, this, &AttentionPanel::refreshStatistics);
    connect(m_dropSinks, &QCheckBox::clicked, this, &AttentionPanel::viewOptionsChanged);
    statisticsLayout->addWidget(m_dropSinks);
    statisticsLayout->addWidget(m_statisticsView);
    m_tabs->addTab(statisticsPage, tr("Statistics"));
    m_tabs->addTab(m_characterView, tr("Characters"));
    // A click on a text query (a row of text->visual or text->text) chooses the character it predicted.
    connect(m_plot, &AttentionBlockPlot::cellClicked, this, [this](AttentionBlock block, int query, int) {
        if (block == AttentionBlock::TextToVisual || block == AttentionBlock::TextToText) {
            m_characterView->selectQueryPosition(query);
            m_tabs->setCurrentWidget(m_characterView);
        }
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_plot);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createControls());
    layout->addWidget(splitter, 1);
    setBundle(nullptr);
}

QWidget *AttentionPanel::createControls()
{
    auto *controls = new QWidget(this);
    auto *row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    m_component = new QComboBox(controls);
    m_component->setObjectName("attentionComponent");
    m_layer = new QComboBox(controls);
    m_layer->setObjectName("attentionLayer");
    m_heads = new QComboBox(controls);
    m_heads->setObjectName("attentionHeads");
    m_heads->addItem(tr("Mean of heads"), int(HeadAggregation::Mean));
    m_heads->addItem(tr("Max of heads"), int(HeadAggregation::Max));
    m_heads->addItem(tr("Min of heads"), int(HeadAggregation::Min));
    m_heads->addItem(tr("One head"), int(HeadAggregation::Single));
    m_head = new QSpinBox(controls);
    m_head->setObjectName("attentionHead");
    m_head->setPrefix(tr("head "));
    m_scale = new QComboBox(controls);
    m_scale->addItem(tr("Linear"));
    m_scale->addItem(tr("Logarithmic"));
    m_normalisation = new QComboBox(controls);
    m_normalisation->addItem(tr("Colours per block"));
    m_normalisation->addItem(tr("Colours shared"));
    auto *exportButton = new QToolButton(controls);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Blocks as PNG…"), this, [this] { exportWithDialog("png"); });
    exportMenu->addAction(tr("Blocks as SVG…"), this, [this] { exportWithDialog("svg"); });
    exportMenu->addAction(tr("Statistics as CSV or JSON…"), this, [this] { exportWithDialog("statistics"); });
    for (AttentionBlock block : allBlocks)
        exportMenu->addAction(tr("Block %1 as CSV or JSON…").arg(core::attentionBlockTitle(block)), this,
                              [this, block] { exportWithDialog(QString::number(int(block))); });
    exportButton->setMenu(exportMenu);

    for (QWidget *widget : std::initializer_list<QWidget *>{m_component, m_layer, m_heads, m_head, m_scale,
                                                             m_normalisation})
        row->addWidget(widget);
    row->addStretch(1);
    row->addWidget(exportButton);

    auto refresh = [this] {
        if (!m_updatingControls)
            refreshBlocks();
    };
    connect(m_component, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updatingControls)
            return;
        fillLayerAndHeadChoices();
        refreshBlocks();
        refreshStatistics();
    });
    connect(m_layer, &QComboBox::currentIndexChanged, this, refresh);
    connect(m_heads, &QComboBox::currentIndexChanged, this, [this, refresh] {
        m_head->setEnabled(m_heads->currentData().toInt() == int(HeadAggregation::Single));
        refresh();
    });
    connect(m_head, &QSpinBox::valueChanged, this, refresh);
    connect(m_scale, &QComboBox::currentIndexChanged, this, [this] {
        setScale(m_scale->currentIndex() == 1);
        emit viewOptionsChanged();
    });
    connect(m_normalisation, &QComboBox::currentIndexChanged, this, [this] {
        setSharedNormalisation(m_normalisation->currentIndex() == 1);
        emit viewOptionsChanged();
    });
    m_head->setEnabled(false);
    return controls;
}

void AttentionPanel::setBundle(std::shared_ptr<const core::AttentionBundle> bundle)
{
    m_bundle = std::move(bundle);
    {
        const QSignalBlocker blocker(m_component);
        m_component->clear();
        m_component->addItem(tr("Blocks of the pattern"), patternBlocks);
        if (m_bundle) {
            std::set<int> components;
            for (const inference::AttentionMap &map : m_bundle->trace.maps)
                components.insert(int(map.component));
            for (int component : components)
                m_component->addItem(QString::fromLatin1(
                                         inference::attentionComponentName(AttentionComponent(component))),
                                     component);
        }
    }
    fillLayerAndHeadChoices();
    m_characterView->setBundle(m_bundle);
    refreshBlocks();
    refreshStatistics();
}

std::optional<AttentionComponent> AttentionPanel::component() const
{
    const int data = m_component->currentData().toInt();
    if (data == patternBlocks)
        return std::nullopt;
    return AttentionComponent(data);
}

void AttentionPanel::setComponent(std::optional<AttentionComponent> component)
{
    const int index = m_component->findData(component ? int(*component) : patternBlocks);
    if (index >= 0)
        m_component->setCurrentIndex(index);
}

AttentionComponent AttentionPanel::statisticsComponent() const
{
    return component().value_or(AttentionComponent::DecoderSelf);
}

bool AttentionPanel::dropsSinks() const
{
    return m_dropSinks->isChecked();
}

void AttentionPanel::fillLayerAndHeadChoices()
{
    m_updatingControls = true;
    const int previousLayer = m_layer->currentData().isValid() ? m_layer->currentData().toInt() : -1;
    m_layer->clear();
    m_layer->addItem(tr("Mean of all layers"), -1);
    std::set<int> layers;
    int heads = 1;
    if (m_bundle) {
        for (const inference::AttentionMap &map : m_bundle->trace.maps) {
            bool shown = component() ? map.component == *component() : false;
            for (AttentionBlock block : allBlocks)
                shown = shown || (!component() && core::blockComponent(m_bundle->trace.pattern, block) == map.component);
            if (!shown)
                continue;
            layers.insert(map.layer);
            heads = std::max(heads, map.heads);
        }
    }
    for (int layer : layers)
        m_layer->addItem(tr("Layer %1").arg(layer), layer);
    m_layer->setCurrentIndex(std::max(0, m_layer->findData(previousLayer)));
    m_head->setRange(0, heads - 1);
    m_updatingControls = false;
}

core::AttentionSelection AttentionPanel::selection() const
{
    core::AttentionSelection selection;
    selection.heads = HeadAggregation(m_heads->currentData().toInt());
    selection.head = m_head->value();
    selection.layer = m_layer->currentData().isValid() ? m_layer->currentData().toInt() : -1;
    return selection;
}

void AttentionPanel::setSelection(const core::AttentionSelection &selection)
{
    m_updatingControls = true;
    m_heads->setCurrentIndex(std::max(0, m_heads->findData(int(selection.heads))));
    m_head->setValue(selection.head);
    m_layer->setCurrentIndex(std::max(0, m_layer->findData(selection.layer)));
    m_updatingControls = false;
    refreshBlocks();
}

bool AttentionPanel::logScale() const
{
    return m_plot->options().logScale;
}

bool AttentionPanel::sharedNormalisation() const
{
    return m_plot->options().sharedNormalisation;
}

void AttentionPanel::setScale(bool logarithmic)
{
    setPlotOption(m_scale, logarithmic, &BlockPlotOptions::logScale);
}

void AttentionPanel::setSharedNormalisation(bool shared)
{
    setPlotOption(m_normalisation, shared, &BlockPlotOptions::sharedNormalisation);
}

void AttentionPanel::setPlotOption(QComboBox *chooser, bool on, bool BlockPlotOptions::*option)
{
    const QSignalBlocker blocker(chooser);
    chooser->setCurrentIndex(on ? 1 : 0); // the second entry of each chooser switches the option on
    BlockPlotOptions options = m_plot->options();
    options.*option = on;
    m_plot->setOptions(options);
}

void AttentionPanel::setDropSinks(bool drop)
{
    m_dropSinks->setChecked(drop); // refreshes through toggled
}

std::array<core::BlockMatrix, core::AttentionBlockCount> AttentionPanel::currentBlocks() const
{
    std::array<core::BlockMatrix, core::AttentionBlockCount> blocks;
    const core::AttentionSelection chosen = selection();
    if (m_bundle && !component())
        return core::attentionBlocks(m_bundle->trace, chosen);
    // One combined matrix of the chosen component for the four blocks.
    std::vector<float> combined;
    std::vector<const inference::AttentionMap *> maps;
    if (m_bundle && component()) {
        maps = core::selectMaps(m_bundle->trace, *component(), chosen.layer);
        combined = core::combineMaps(maps, chosen.heads, chosen.head);
    }
    for (AttentionBlock block : allBlocks) {
        core::BlockMatrix &matrix = blocks[static_cast<std::size_t>(block)];
        if (!m_bundle) {
            matrix.block = block;
            matrix.presence = core::BlockPresence::NotCaptured;
            matrix.reason = tr("Open an attention run (File ▸ Open Attention Run…) or trace a line (OCR ▸ Trace "
                               "Attention of Line).");
            continue;
        }
        if (combined.empty()) {
            matrix.block = block;
            matrix.presence = core::BlockPresence::NotCaptured;
            matrix.reason = tr("The %1 attention has no map for this layer and head.")
                                .arg(QString::fromLatin1(inference::attentionComponentName(*component())));
            continue;
        }
        matrix = core::blockOfMatrix(*maps.front(), combined, block);
        matrix.selection = chosen;
    }
    return blocks;
}

void AttentionPanel::refreshBlocks()
{
    m_plot->setBlocks(currentBlocks());
    m_characterView->setSelection(selection());
}

void AttentionPanel::refreshStatistics()
{
    if (!m_bundle) {
        m_statisticsModel->setGrid({});
        return;
    }
    core::StatisticsOptions options;
    options.dropSinks = m_dropSinks->isChecked();
    m_statisticsModel->setGrid(core::statisticsGrid(m_bundle->trace, statisticsComponent(), options));
}

void AttentionPanel::selectStatisticsRow(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_statisticsProxy->mapToSource(proxyIndex);
    if (!source.isValid())
        return;
    const core::HeadStatistics &statistics = m_statisticsModel->statistics(source.row());
    core::AttentionSelection chosen;
    chosen.heads = HeadAggregation::Single;
    chosen.head = statistics.head;
    chosen.layer = statistics.layer;
    setSelection(chosen);
}

QString AttentionPanel::exportPng(const QString &path)
{
    return savePlotPng(m_plot, path, exportMinimum);
}

QString AttentionPanel::exportSvg(const QString &path)
{
    return savePlotSvg(m_plot, path, tr("Attention blocks"), exportMinimum);
}

QString AttentionPanel::exportBlock(AttentionBlock block, const QString &path)
{
    const core::BlockMatrix &matrix = m_plot->block(block);
    return core::writeExportFile(path, isJsonPath(path) ? core::blockToJson(matrix) : core::blockToCsv(matrix));
}

QString AttentionPanel::exportStatistics(const QString &path)
{
    const auto &grid = m_statisticsModel->grid();
    return core::writeExportFile(path, isJsonPath(path) ? core::statisticsToJson(grid) : core::statisticsToCsv(grid));
}

void AttentionPanel::exportWithDialog(const QString &kind)
{
    QString filter = tr("CSV (*.csv);;JSON (*.json)");
    if (kind == QLatin1String("png"))
        filter = tr("PNG image (*.png)");
    else if (kind == QLatin1String("svg"))
        filter = tr("SVG image (*.svg)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export attention"), QString(), filter);
    if (path.isEmpty())
        return;
    QString error;
    if (kind == QLatin1String("png"))
        error = exportPng(path);
    else if (kind == QLatin1String("svg"))
        error = exportSvg(path);
    else if (kind == QLatin1String("statistics"))
        error = exportStatistics(path);
    else
        error = exportBlock(AttentionBlock(kind.toInt()), path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace vlmwb::widgets
