// The OCR text panel: one row per line read (number, confidence, text), coloured by confidence;
// selecting a row selects the line (and the document view highlights its box). Below the table the
// selected line's text is shown again, one character per click: picking a character asks for its
// attention on the image (MainWindow traces the line when needed).
#pragma once

#include "core/ocr_result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace vlmwb::widgets {

class OcrTextPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OcrTextPanel(QWidget *parent = nullptr);

    // Shows the lines of one page (the first page until the view pages through documents).
    void setPage(const core::OcrPage &page);
    void clear();
    int lineCount() const;
    QString lineText(int index) const;
    double lineConfidence(int index) const;
    int selectedLine() const; // -1: none
    QLineEdit *characterField() const { return m_characters; }
    // Background of a line with this confidence: red below 0.5, amber below 0.8, green above.
    static QColor confidenceColour(double confidence);

public slots:
    void selectLine(int index);

signals:
    void lineSelected(int index);
    // A click in the character field: that character (code point index) of that line.
    void characterPicked(int line, int character);

private:
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_characters = nullptr;
    QVector<double> m_confidences;
};

} // namespace vlmwb::widgets
