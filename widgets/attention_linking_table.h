// OCR linking as a table: for each generated character of a traced line, the share of its visual
// attention inside its own line's box and outside it (core/attention_linking.h), sortable by any
// column, with the line's mean in-box share above it. Clicking a row picks that character.
#pragma once

#include "core/attention_geometry.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace vlmwb::widgets {

class AttentionLinkingTable : public QWidget
{
    Q_OBJECT
public:
    enum Column { Index, Character, InBox, OutOfBox, VisualMass, ColumnCount };

    explicit AttentionLinkingTable(QWidget *parent = nullptr);

    // lineBox: the line's box in document coordinates; a null box (a bare line image, no page
    // around it) leaves the shares undefined and says so.
    void setCharacters(const std::vector<core::CharacterAttention> &characters, const QRectF &lineBox);

    QTableView *view() const { return m_view; }
    QString summary() const;
    double meanInBoxShare() const { return m_mean; }
    int definedCharacters() const { return m_defined; }

signals:
    void characterActivated(int index); // index into the characters given

private:
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    double m_mean = 0;
    int m_defined = 0;
};

} // namespace vlmwb::widgets
