#include "widgets/attention_comparison_view.h"

#include "widgets/attention_panel.h"
#include "widgets/character_attention_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSplitter>
#include <QVBoxLayout>

namespace vlmwb::widgets {

namespace {

QString patternOf(const core::AttentionBundle &bundle)
{
    return bundle.config.value(QStringLiteral("pattern")).toString();
}

} // namespace

AttentionComparisonView::AttentionComparisonView(QWidget *parent) : QWidget(parent)
{
    setObjectName("attentionComparisonView");
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    for (int side = 0; side < 2; ++side) {
        auto *column = new QWidget(splitter);
        m_titles[side] = new QLabel(column);
        m_titles[side]->setWordWrap(true);
        m_panels[side] = new AttentionPanel(column);
        auto *layout = new QVBoxLayout(column);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_titles[side]);
        layout->addWidget(m_panels[side], 1);
        splitter->addWidget(column);
        connect(m_panels[side], &AttentionPanel::viewOptionsChanged, this, [this, side] { follow(side); });
        connect(m_panels[side]->characterView()->scrubber(), &QSlider::valueChanged, this, [this, side] { follow(side); });
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setBundles(nullptr, nullptr);
}

void AttentionComparisonView::setBundles(std::shared_ptr<const core::AttentionBundle> left,
                                         std::shared_ptr<const core::AttentionBundle> right)
{
    const std::shared_ptr<const core::AttentionBundle> bundles[2] = {std::move(left), std::move(right)};
    for (int side = 0; side < 2; ++side) {
        m_panels[side]->setBundle(bundles[side]);
        m_titles[side]->setText(bundles[side] ? tr("<b>%1</b> (%2): “%3”")
                                                    .arg(patternOf(*bundles[side]).toHtmlEscaped(),
                                                         bundles[side]->modelId.toHtmlEscaped(),
                                                         bundles[side]->text.toHtmlEscaped())
                                              : tr("No trace on this side."));
    }
    follow(0);
}

QString AttentionComparisonView::title(int side) const
{
    return m_titles[side == 0 ? 0 : 1]->text();
}

void AttentionComparisonView::follow(int from)
{
    if (m_following)
        return;
    m_following = true;
    AttentionPanel *source = m_panels[from];
    AttentionPanel *target = m_panels[1 - from];
    target->setScale(source->logScale());
    target->setSharedNormalisation(source->sharedNormalisation());
    target->setDropSinks(source->dropsSinks());
    // The same generation step (both models read the same line; a shorter reading stops at its end).
    const int step = source->characterView()->currentCharacter();
    if (step >= 0 && target->characterView()->characterCount() > 0)
        target->characterView()->selectCharacter(std::min(step, target->characterView()->characterCount() - 1));
    m_following = false;
}

} // namespace vlmwb::widgets
