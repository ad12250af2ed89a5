// The "Attention" dock: the four blocks of one run's attention (attention_block_plot.h) for a chosen
// component, layer and head (or heads / layers combined), the per layer x head statistics table,
// the generated characters' attention on the image (character_attention_view.h), and export. All numbers come from core/attention_*; the panel only chooses and draws.
#pragma once

#include "core/attention_blocks.h"
#include "core/attention_bundle.h"
#include "core/attention_statistics.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTabWidget;

namespace vlmwb::widgets {

class AttentionBlockPlot;
class AttentionStatisticsModel;
struct BlockPlotOptions;
class CharacterAttentionView;

class AttentionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AttentionPanel(QWidget *parent = nullptr);

    void setBundle(std::shared_ptr<const core::AttentionBundle> bundle);
    const std::shared_ptr<const core::AttentionBundle> &bundle() const { return m_bundle; }

    core::AttentionSelection selection() const;
    // The component the four blocks are cut from; nullopt: each block from the pattern's own
    // component (attention_blocks.h).
    std::optional<inference::AttentionComponent> component() const;
    void setComponent(std::optional<inference::AttentionComponent> component);
    // The component of the statistics table: the chosen one, else the decoder's self-attention.
    inference::AttentionComponent statisticsComponent() const;
    bool dropsSinks() const;
    bool logScale() const;
    bool sharedNormalisation() const;

    AttentionBlockPlot *plot() const { return m_plot; }
    QTableView *statisticsView() const { return m_statisticsView; }
    AttentionStatisticsModel *statisticsModel() const { return m_statisticsModel; }
    QSortFilterProxyModel *statisticsProxy() const { return m_statisticsProxy; }
    // Token -> image for the generated characters (its cellsChanged feeds the document overlay).
    CharacterAttentionView *characterView() const { return m_characterView; }

    // Each returns an empty string, or a translated sentence naming the file and the cause.
    QString exportPng(const QString &path);
    QString exportSvg(const QString &path);
    QString exportBlock(core::AttentionBlock block, const QString &path); // .json: JSON, else CSV
    QString exportStatistics(const QString &path);                        // .json: JSON, else CSV

public slots:
    void setSelection(const core::AttentionSelection &selection);
    void setScale(bool logarithmic);
    void setSharedNormalisation(bool shared);
    void setDropSinks(bool drop);

signals:
    // The user changed the scale, the colour normalisation or the sink toggle (not emitted when
    // the setters above are called), so a second panel can follow.
    void viewOptionsChanged();

private slots:
    void refreshBlocks();
    void refreshStatistics();
    void selectStatisticsRow(const QModelIndex &proxyIndex);
    void exportWithDialog(const QString &kind);

private:
    QWidget *createControls();
    void fillLayerAndHeadChoices();
    std::array<core::BlockMatrix, core::AttentionBlockCount> currentBlocks() const;
    void setPlotOption(QComboBox *chooser, bool on, bool BlockPlotOptions::*option);

    std::shared_ptr<const core::AttentionBundle> m_bundle;
    QComboBox *m_component = nullptr;
    QComboBox *m_layer = nullptr;
    QComboBox *m_heads = nullptr;
    QSpinBox *m_head = nullptr;
    QComboBox *m_scale = nullptr;
    QComboBox *m_normalisation = nullptr;
    QCheckBox *m_dropSinks = nullptr;
    AttentionBlockPlot *m_plot = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_statisticsView = nullptr;
    AttentionStatisticsModel *m_statisticsModel = nullptr;
    QSortFilterProxyModel *m_statisticsProxy = nullptr;
    CharacterAttentionView *m_characterView = nullptr;
    bool m_updatingControls = false; // controls set by the panel itself: refresh once at the end
};

} // namespace vlmwb::widgets
