#include "widgets/attention_linking_table.h"

#include "core/attention_linking.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace vlmwb::widgets {

namespace {

// Shown as a percentage, sorted by the number (Qt::UserRole), not by the text.
QStandardItem *shareItem(double share, bool defined)
{
    auto *item = new QStandardItem(defined ? QString::number(100.0 * share, 'f', 1) + QStringLiteral(" %")
                                           : QStringLiteral("-"));
    item->setData(defined ? share : -1.0, Qt::UserRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

AttentionLinkingTable::AttentionLinkingTable(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName("attentionLinkingTable");
    m_model->setHorizontalHeaderLabels(
        {tr("#"), tr("Character"), tr("In its line's box"), tr("Outside"), tr("Visual mass")});
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(Qt::UserRole);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(Index, Qt::AscendingOrder); // generation order until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_sorted->mapToSource(index);
        emit characterActivated(m_model->item(source.row(), Index)->data(Qt::UserRole).toInt());
    });
    setCharacters({}, QRectF());
}

void AttentionLinkingTable::setCharacters(const std::vector<core::CharacterAttention> &characters,
                                          const QRectF &lineBox)
{
    m_model->removeRows(0, m_model->rowCount());
    m_mean = 0;
    m_defined = 0;
    if (characters.empty()) {
        m_summary->setText(tr("Trace a line to see how much of each character's attention falls inside its own line."));
        return;
    }
    const bool boxKnown = !lineBox.isNull() && lineBox.isValid();
    core::LineLink link;
    if (boxKnown) {
        link = core::linkLine(characters, lineBox);
        m_mean = link.meanInBoxShare;
        m_defined = link.definedCharacters;
    }
    for (std::size_t index = 0; index < characters.size(); ++index) {
        auto *number = new QStandardItem(QString::number(index + 1));
        number->setData(int(index), Qt::UserRole);
        auto *character = new QStandardItem(characters[index].text);
        character->setData(characters[index].text, Qt::UserRole);
        const core::CharacterLink *own = boxKnown ? &link.characters[index] : nullptr;
        const bool defined = own && own->defined;
        auto *mass = new QStandardItem(QString::number(characters[index].visualMass, 'f', 3));
        mass->setData(characters[index].visualMass, Qt::UserRole);
        mass->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow({number, character, shareItem(defined ? own->inBoxShare : 0, defined),
                            shareItem(defined ? own->outBoxShare : 0, defined), mass});
    }
    m_summary->setText(summary());
}

QString AttentionLinkingTable::summary() const
{
    if (m_model->rowCount() == 0)
        return tr("Trace a line to see how much of each character's attention falls inside its own line.");
    if (m_defined == 0)
        return tr("The line's box on a page is unknown (a line image read alone), so the in-box share is undefined.");
    return tr("Mean in-box share: %1 % over %n character(s) with visual attention.", nullptr, m_defined)
        .arg(100.0 * m_mean, 0, 'f', 1);
}

} // namespace vlmwb::widgets
