// The OCR linking table: shares worked out by hand for cells inside, outside and across the line's
// box, the run mean over the characters that have visual attention, numeric sorting, a click that
// names the character, and the undefined case of a line with no known box.
#include "widgets/attention_linking_table.h"

#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace vlmwb::core;
using vlmwb::widgets::AttentionLinkingTable;

namespace {

CharacterAttention character(const QString &text, std::vector<AttentionCell> cells)
{
    CharacterAttention result;
    result.text = text;
    for (const AttentionCell &cell : cells)
        result.visualMass += cell.weight;
    result.cells = std::move(cells);
    return result;
}

} // namespace

class TestAttentionLinkingTable : public QObject
{
    Q_OBJECT
private:
    // Line box (0,0) 20 x 10. "a": 0.6 on a cell inside, 0.2 on one outside -> 0.6 / 0.8 = 75 %.
    // "b": 0.4 on a cell half inside -> 50 %. "c": no visual weight -> undefined.
    // Mean over the defined characters: (0.75 + 0.5) / 2 = 62.5 %.
    static std::vector<CharacterAttention> characters()
    {
        return {character("a", {{0, 0, QRectF(0, 0, 10, 10), 0.6}, {0, 3, QRectF(30, 0, 10, 10), 0.2}}),
                character("b", {{0, 1, QRectF(15, 0, 10, 10), 0.4}}),
                character("c", {{0, 0, QRectF(0, 0, 10, 10), 0.0}})};
    }

private slots:
    void sharesAndMeanAsWorkedOut()
    {
        AttentionLinkingTable table;
        table.setCharacters(characters(), QRectF(0, 0, 20, 10));
        QCOMPARE(table.definedCharacters(), 2);
        QVERIFY(qFuzzyCompare(table.meanInBoxShare(), 0.625));
        QVERIFY2(table.summary().contains("62.5 %"), qPrintable(table.summary()));
        const QAbstractItemModel *model = table.view()->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, AttentionLinkingTable::InBox).data().toString(), QString("75.0 %"));
        QCOMPARE(model->index(0, AttentionLinkingTable::OutOfBox).data().toString(), QString("25.0 %"));
        QCOMPARE(model->index(1, AttentionLinkingTable::InBox).data().toString(), QString("50.0 %"));
        QCOMPARE(model->index(2, AttentionLinkingTable::InBox).data().toString(), QString("-"));
    }

    void sortsByNumberAndClicksNameTheCharacter()
    {
        AttentionLinkingTable table;
        table.resize(400, 300);
        table.show();
        table.setCharacters(characters(), QRectF(0, 0, 20, 10));
        table.view()->sortByColumn(AttentionLinkingTable::InBox, Qt::DescendingOrder);
        const QAbstractItemModel *model = table.view()->model();
        QCOMPARE(model->index(0, AttentionLinkingTable::Character).data().toString(), QString("a"));
        QCOMPARE(model->index(1, AttentionLinkingTable::Character).data().toString(), QString("b"));
        QCOMPARE(model->index(2, AttentionLinkingTable::Character).data().toString(), QString("c"));
        table.view()->sortByColumn(AttentionLinkingTable::InBox, Qt::AscendingOrder);
        QCOMPARE(model->index(0, AttentionLinkingTable::Character).data().toString(), QString("c"));

        QSignalSpy activated(&table, &AttentionLinkingTable::characterActivated);
        // Row 1 in ascending order is "b", the second character given.
        const QRect cell = table.view()->visualRect(model->index(1, AttentionLinkingTable::Character));
        QTest::mouseClick(table.view()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toInt(), 1);
    }

    void noLineBoxLeavesTheShareUndefined()
    {
        AttentionLinkingTable table;
        table.setCharacters(characters(), QRectF());
        QCOMPARE(table.definedCharacters(), 0);
        QVERIFY(table.summary().contains("unknown"));
        QCOMPARE(table.view()->model()->index(0, AttentionLinkingTable::InBox).data().toString(), QString("-"));
        table.setCharacters({}, QRectF(0, 0, 20, 10));
        QCOMPARE(table.view()->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestAttentionLinkingTable)
#include "tst_attention_linking_table.moc"
