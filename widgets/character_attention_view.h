// Token -> image: the generated characters of one traced line, a scrubber (QSlider) stepping
// through the generation steps, a chart of each step's visual share (raw attention and rollout side
// by side once the rollout is computed), and the chosen character's cells handed to the document view's overlay. Raw attention
// follows the attention panel's head / layer selection; the rollout runs over every layer.
#pragma once

#include "core/attention_bundle.h"
#include "core/attention_geometry.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QCPItemStraightLine;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QSlider;

namespace vlmwb::widgets {

class AttentionLinkingTable;

class CharacterAttentionView : public QWidget
{
    Q_OBJECT
public:
    enum class Weights { Raw, Rollout };

    explicit CharacterAttentionView(QWidget *parent = nullptr);

    void setBundle(std::shared_ptr<const core::AttentionBundle> bundle);
    void setSelection(const core::AttentionSelection &selection);

    int characterCount() const { return static_cast<int>(m_raw.characters.size()); }
    int currentCharacter() const; // -1: none
    Weights weights() const;
    // The shown weights of every character (raw or rollout), and the error when there are none.
    const core::CharacterAttentionResult &shown() const;
    QSlider *scrubber() const { return m_scrubber; }
    QCustomPlot *shareChart() const { return m_chart; }
    QLineEdit *textField() const { return m_text; }
    AttentionLinkingTable *linkingTable() const { return m_linking; }

public slots:
    void selectCharacter(int index);
    void setWeights(Weights weights);
    // A query position of the decoder (or of the gated cross-attention): the character it predicted.
    void selectQueryPosition(int position);

signals:
    // The chosen character's cells in document coordinates; empty when none is chosen.
    void cellsChanged(const std::vector<vlmwb::core::AttentionCell> &cells);

private:
    void recompute();
    void computeRolloutOnce();
    void showCurrent();
    void drawChart();

    std::shared_ptr<const core::AttentionBundle> m_bundle;
    core::AttentionSelection m_selection;
    core::CharacterAttentionResult m_raw;
    core::CharacterAttentionResult m_rollout;
    // The rollout multiplies full token x token matrices (cubic in the tokens) and does not depend on
    // the head / layer selection: computed when first shown, kept until the bundle changes.
    bool m_rolloutComputed = false;
    QLineEdit *m_text = nullptr;
    QSlider *m_scrubber = nullptr;
    QComboBox *m_weights = nullptr;
    QLabel *m_status = nullptr;
    QCustomPlot *m_chart = nullptr;
    QCPItemStraightLine *m_marker = nullptr;
    AttentionLinkingTable *m_linking = nullptr;
    // The linking table follows the shown weights; refilled only when they change, not per step.
    bool m_linkingStale = true;
    Weights m_linkedWeights = Weights::Raw;
};

} // namespace vlmwb::widgets
