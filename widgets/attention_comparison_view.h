// One line through two patterns, side by side: two attention panels (attention_panel.h) whose
// views are kept in step. The generation step, the colour scale, the normalisation and the sink
// toggle follow each other; layer and head stay per panel, since the architectures differ.
#pragma once

#include "core/attention_bundle.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace vlmwb::widgets {

class AttentionPanel;

class AttentionComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit AttentionComparisonView(QWidget *parent = nullptr);

    // left / right: the same line read by two models (either may be null: that side is cleared).
    void setBundles(std::shared_ptr<const core::AttentionBundle> left,
                    std::shared_ptr<const core::AttentionBundle> right);

    AttentionPanel *left() const { return m_panels[0]; }
    AttentionPanel *right() const { return m_panels[1]; }
    QString title(int side) const;

private:
    void follow(int from);

    AttentionPanel *m_panels[2] = {nullptr, nullptr};
    QLabel *m_titles[2] = {nullptr, nullptr};
    bool m_following = false; // a change being copied to the other side is not copied back
};

} // namespace vlmwb::widgets
