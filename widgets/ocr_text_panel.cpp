#include "widgets/ocr_text_panel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace vlmwb::widgets {

namespace {
enum Column { NumberColumn, ConfidenceColumn, TextColumn, ColumnCount };
}

OcrTextPanel::OcrTextPanel(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_summary(new QLabel(tr("Run OCR on a document to see its lines here."), this))
    , m_characters(new QLineEdit(this))
{
    setObjectName("ocrTextPanel");
    m_summary->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Confidence"), tr("Text")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ConfidenceColumn, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    m_characters->setObjectName("ocrCharacterField");
    m_characters->setReadOnly(true);
    m_characters->setPlaceholderText(tr("Select a line, then click a character to see where the model looked."));
    m_characters->setToolTip(tr("Click a character to trace its attention on the image"));
    layout->addWidget(m_characters);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int line = selectedLine();
        m_characters->setText(line >= 0 ? lineText(line) : QString());
        emit lineSelected(line);
    });
    // The cursor lands before the clicked character; positions count UTF-16 units, characters
    // count code points (a Hangul syllable is one of each; characters beyond the BMP are two units).
    connect(m_characters, &QLineEdit::cursorPositionChanged, this, [this](int, int position) {
        const int line = selectedLine();
        const QString text = m_characters->text();
        if (!m_characters->hasFocus() || line < 0 || text.isEmpty())
            return;
        const int codePoints = int(text.left(position).toUcs4().size());
        emit characterPicked(line, std::min(codePoints, int(text.toUcs4().size()) - 1));
    });
}

QColor OcrTextPanel::confidenceColour(double confidence)
{
    if (confidence < 0.5)
        return QColor(255, 205, 205);
    if (confidence < 0.8)
        return QColor(255, 235, 190);
    return QColor(215, 245, 215);
}

void OcrTextPanel::setPage(const core::OcrPage &page)
{
    const QSignalBlocker blocker(m_table);
    m_characters->clear();
    m_table->setRowCount(0);
    m_confidences.clear();
    m_table->setRowCount(page.lines.size());
    for (int row = 0; row < page.lines.size(); ++row) {
        const core::OcrLine &line = page.lines[row];
        m_confidences << line.confidence;
        const QColor background = confidenceColour(line.confidence);
        auto *number = new QTableWidgetItem(QString::number(row + 1));
        auto *confidence = new QTableWidgetItem(QString::number(line.confidence, 'f', 2));
        auto *text = new QTableWidgetItem(line.text);
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        confidence->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        for (QTableWidgetItem *item : {number, confidence, text}) {
            item->setBackground(background);
            item->setForeground(QColor(Qt::black)); // readable on the light backgrounds in dark themes too
        }
        m_table->setItem(row, NumberColumn, number);
        m_table->setItem(row, ConfidenceColumn, confidence);
        m_table->setItem(row, TextColumn, text);
    }
    m_summary->setText(tr("Page %1: %n line(s).", nullptr, int(page.lines.size())).arg(page.index + 1));
}

void OcrTextPanel::clear()
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    m_confidences.clear();
    m_characters->clear();
    m_summary->setText(tr("Run OCR on a document to see its lines here."));
}

int OcrTextPanel::lineCount() const
{
    return m_table->rowCount();
}

QString OcrTextPanel::lineText(int index) const
{
    const QTableWidgetItem *item = m_table->item(index, TextColumn);
    return item ? item->text() : QString();
}

double OcrTextPanel::lineConfidence(int index) const
{
    return m_confidences.value(index, 0.0);
}

int OcrTextPanel::selectedLine() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? -1 : selected.first()->row();
}

void OcrTextPanel::selectLine(int index)
{
    if (index == selectedLine())
        return;
    if (index < 0 || index >= m_table->rowCount())
        m_table->clearSelection();
    else
        m_table->selectRow(index);
}

} // namespace vlmwb::widgets
