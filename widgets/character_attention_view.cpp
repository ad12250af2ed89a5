#include "widgets/character_attention_view.h"

#include "widgets/attention_linking_table.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSlider>
#include <QTabWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace vlmwb::widgets {

CharacterAttentionView::CharacterAttentionView(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_scrubber(new QSlider(Qt::Horizontal, this))
    , m_weights(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_chart(new QCustomPlot(this))
    , m_linking(new AttentionLinkingTable(this))
{
    setObjectName("characterAttentionView");
    m_text->setReadOnly(true);
    m_text->setToolTip(tr("Click a character to see where on the image it looked"));
    m_scrubber->setObjectName("generationScrubber");
    m_scrubber->setToolTip(tr("Generation step"));
    m_weights->addItem(tr("Raw attention"));
    m_weights->addItem(tr("Rollout"));
    m_status->setWordWrap(true);
    m_chart->setMinimumHeight(140);
    m_chart->xAxis->setLabel(tr("generation step"));
    m_chart->yAxis->setLabel(tr("visual share"));
    m_chart->yAxis->setRange(0, 1);
    m_chart->legend->setVisible(true);
    m_chart->legend->setFont(QFont(font().family(), 8));
    for (const QString &name : {tr("raw"), tr("rollout")}) {
        QCPGraph *graph = m_chart->addGraph();
        graph->setName(name);
        graph->setLineStyle(QCPGraph::lsStepCenter);
    }
    m_chart->graph(0)->setPen(QPen(QColor(31, 119, 180), 2));
    m_chart->graph(1)->setPen(QPen(QColor(255, 127, 14), 2, Qt::DashLine));
    m_marker = new QCPItemStraightLine(m_chart);
    m_marker->setPen(QPen(QColor(214, 39, 40)));

    auto *row = new QHBoxLayout;
    row->addWidget(m_scrubber, 1);
    row->addWidget(m_weights);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addLayout(row);
    layout->addWidget(m_status);
    // The visual share per step and the OCR linking table share the space below the scrubber.
    auto *below = new QTabWidget(this);
    below->addTab(m_chart, tr("Visual share"));
    below->addTab(m_linking, tr("OCR linking"));
    layout->addWidget(below, 1);
    connect(m_linking, &AttentionLinkingTable::characterActivated, this, &CharacterAttentionView::selectCharacter);

    connect(m_scrubber, &QSlider::valueChanged, this, &CharacterAttentionView::showCurrent);
    connect(m_weights, &QComboBox::currentIndexChanged, this, &CharacterAttentionView::showCurrent);
    // The cursor lands before the clicked character: that character's index.
    connect(m_text, &QLineEdit::cursorPositionChanged, this, [this](int, int position) {
        if (m_text->hasFocus())
            selectCharacter(std::min(position, characterCount() - 1));
    });
    setBundle(nullptr);
}

void CharacterAttentionView::setBundle(std::shared_ptr<const core::AttentionBundle> bundle)
{
    m_bundle = std::move(bundle);
    m_rollout = {};
    m_rolloutComputed = false;
    recompute();
}

void CharacterAttentionView::computeRolloutOnce()
{
    if (m_rolloutComputed || !m_bundle)
        return;
    core::CharacterAttentionOptions options;
    options.rollout = true;
    m_rollout = core::characterAttention(m_bundle->trace, m_bundle->lineToDocument, options);
    m_rolloutComputed = true;
    m_linkingStale = true;
    drawChart();
}

void CharacterAttentionView::setSelection(const core::AttentionSelection &selection)
{
    m_selection = selection;
    recompute();
}

void CharacterAttentionView::recompute()
{
    m_raw = {};
    if (m_bundle) {
        core::CharacterAttentionOptions options;
        options.selection = m_selection;
        m_raw = core::characterAttention(m_bundle->trace, m_bundle->lineToDocument, options);
    }
    m_linkingStale = true;
    QString text;
    for (const core::CharacterAttention &character : m_raw.characters)
        text += character.text;
    m_text->setText(text);
    const int previous = m_scrubber->value();
    {
        const QSignalBlocker blocker(m_scrubber);
        m_scrubber->setRange(0, std::max(0, characterCount() - 1));
        m_scrubber->setValue(std::clamp(previous, 0, std::max(0, characterCount() - 1)));
    }
    m_scrubber->setEnabled(characterCount() > 0);
    drawChart();
    showCurrent();
}

int CharacterAttentionView::currentCharacter() const
{
    return characterCount() > 0 ? m_scrubber->value() : -1;
}

CharacterAttentionView::Weights CharacterAttentionView::weights() const
{
    return m_weights->currentIndex() == 1 ? Weights::Rollout : Weights::Raw;
}

const core::CharacterAttentionResult &CharacterAttentionView::shown() const
{
    return weights() == Weights::Rollout ? m_rollout : m_raw;
}

void CharacterAttentionView::selectCharacter(int index)
{
    if (index >= 0 && index < characterCount())
        m_scrubber->setValue(index); // shows it through valueChanged
}

void CharacterAttentionView::setWeights(Weights weights)
{
    m_weights->setCurrentIndex(weights == Weights::Rollout ? 1 : 0);
}

void CharacterAttentionView::selectQueryPosition(int position)
{
    if (!m_bundle)
        return;
    // With the predicting query (the default of characterAttention) query q chose generated token
    // q - begin + 1, where begin is the first generated position of the decoder sequence.
    int begin = -1;
    for (const inference::AttentionMap &map : m_bundle->trace.maps)
        if (map.component == inference::AttentionComponent::DecoderSelf
            || map.component == inference::AttentionComponent::GatedCross)
            for (const inference::TokenSpan &span : map.querySpans)
                if (span.kind == inference::SpanKind::Generated)
                    begin = span.begin;
    if (begin < 0)
        return;
    const int token = position - begin + 1;
    for (int index = 0; index < characterCount(); ++index) {
        const core::CharacterAttention &character = m_raw.characters[static_cast<std::size_t>(index)];
        if (token >= character.firstToken && token < character.firstToken + character.tokenCount) {
            selectCharacter(index);
            return;
        }
    }
}

void CharacterAttentionView::drawChart()
{
    for (int series = 0; series < 2; ++series) {
        const core::CharacterAttentionResult &result = series == 0 ? m_raw : m_rollout;
        QVector<double> steps;
        QVector<double> shares;
        for (std::size_t step = 0; step < result.characters.size(); ++step) {
            steps << double(step);
            shares << result.characters[step].visualMass;
        }
        m_chart->graph(series)->setData(steps, shares, true);
        m_chart->graph(series)->setVisible(!steps.isEmpty());
    }
    m_chart->xAxis->setRange(-0.5, std::max(1, characterCount()) - 0.5);
}

void CharacterAttentionView::showCurrent()
{
    if (weights() == Weights::Rollout)
        computeRolloutOnce();
    const int index = currentCharacter();
    const core::CharacterAttentionResult &result = shown();
    if (m_linkingStale || m_linkedWeights != weights()) {
        m_linking->setCharacters(result.ok() ? result.characters : std::vector<core::CharacterAttention>{},
                                 m_bundle ? m_bundle->lineBox : QRectF());
        m_linkingStale = false;
        m_linkedWeights = weights();
    }
    if (!m_bundle) {
        m_status->setText(tr("No traced line."));
    } else if (!result.ok()) {
        m_status->setText(result.error);
    } else if (index < 0 || index >= static_cast<int>(result.characters.size())) {
        m_status->setText(tr("The model generated no characters."));
    } else {
        const core::CharacterAttention &character = result.characters[static_cast<std::size_t>(index)];
        m_status->setText(tr("Step %1 of %2: “%3”, visual share %4")
                              .arg(index + 1)
                              .arg(result.characters.size())
                              .arg(character.text)
                              .arg(character.visualMass, 0, 'f', 3));
    }
    m_marker->point1->setCoords(index, 0);
    m_marker->point2->setCoords(index, 1);
    m_marker->setVisible(index >= 0);
    m_chart->replot();
    if (result.ok() && index >= 0 && index < static_cast<int>(result.characters.size()))
        emit cellsChanged(result.characters[static_cast<std::size_t>(index)].cells);
    else
        emit cellsChanged({});
}

} // namespace vlmwb::widgets
