// CSV and JSON export of a block matrix and of the statistics grid; expected text written by hand.
#include "attention_test_traces.h"
#include "core/attention_export.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace vlmwb;
using namespace vlmwb::core;
using inference::AttentionComponent;
using inference::SpanKind;

namespace {

// Visual 0, BOS 1, generated 2; prefix mask; values exact in binary.
inference::AttentionTrace trace()
{
    const std::vector<inference::TokenSpan> spans = {
        {SpanKind::Visual, 0, 1}, {SpanKind::Bos, 1, 2}, {SpanKind::Generated, 2, 3}};
    inference::AttentionTrace result;
    result.pattern = "projection";
    result.maps.push_back(test::handMap(AttentionComponent::DecoderSelf, 0, {{{1, 0, 0}, {.5f, .5f, 0}, {.25f, .25f, .5f}}},
                                        {{1, 0, 0}, {1, 1, 0}, {1, 1, 1}}, spans, spans));
    return result;
}

HeadStatistics statistics()
{
    HeadStatistics result;
    result.layer = 0;
    result.head = 1;
    result.rows = 3;
    result.blockMass = {1, std::numeric_limits<double>::quiet_NaN(), .25, .75};
    result.entropy = .5;
    result.sparsity = .125;
    result.firstKeyMass = .25;
    result.structureMass = .5;
    result.sinkMass = .75;
    result.visualShare = .375;
    return result;
}

} // namespace

class AttentionExportTest : public QObject
{
    Q_OBJECT

private slots:
    void blockCsv()
    {
        const BlockMatrix block = attentionBlock(trace(), AttentionBlock::TextToText, {});
        QCOMPARE(blockToCsv(block), QByteArray("query,kind,k1:bos,k2:generated\n"
                                               "1,bos,0.5,\n"
                                               "2,generated,0.25,0.5\n"));
        const QByteArray absent = blockToCsv(attentionBlock(trace(), AttentionBlock::VisualToText, {}));
        QVERIFY(absent.startsWith("# absent: "));
        QCOMPARE(absent.count('\n'), 1);
    }

    void blockJson()
    {
        const QJsonObject object =
            QJsonDocument::fromJson(blockToJson(attentionBlock(trace(), AttentionBlock::TextToVisual, {}))).object();
        QCOMPARE(object.value("block").toString(), QString("text->visual"));
        QCOMPARE(object.value("presence").toString(), QString("present"));
        QCOMPARE(object.value("query_positions").toArray(), QJsonArray({1, 2}));
        QCOMPARE(object.value("key_kinds").toArray(), QJsonArray({"visual"}));
        QCOMPARE(object.value("values").toArray(), QJsonArray({QJsonArray({.5}), QJsonArray({.25})}));
        const QJsonObject text =
            QJsonDocument::fromJson(blockToJson(attentionBlock(trace(), AttentionBlock::TextToText, {}))).object();
        QVERIFY(text.value("values").toArray().at(0).toArray().at(1).isNull()); // masked
        const QJsonObject absent =
            QJsonDocument::fromJson(blockToJson(attentionBlock(trace(), AttentionBlock::VisualToText, {}))).object();
        QCOMPARE(absent.value("presence").toString(), QString("structurally_absent"));
        QVERIFY(!absent.value("reason").toString().isEmpty());
    }

    void statisticsCsvAndJson()
    {
        QCOMPARE(statisticsToCsv({statistics()}),
                 QByteArray("component,layer,head,rows,mass_visual_to_visual,mass_visual_to_text,mass_text_to_visual,"
                            "mass_text_to_text,entropy,sparsity,first_key_mass,structure_mass,sink_mass,visual_share\n"
                            "decoder_self,0,1,3,1,,0.25,0.75,0.5,0.125,0.25,0.5,0.75,0.375\n"));
        const QJsonArray array = QJsonDocument::fromJson(statisticsToJson({statistics()})).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject row = array.at(0).toObject();
        QVERIFY(row.value("mass_visual_to_text").isNull());
        QCOMPARE(row.value("visual_share").toDouble(), .375);
        QCOMPARE(row.value("head").toInt(), 1);
    }

    void writingNamesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("block.csv");
        QCOMPARE(writeExportFile(path, "a,b\n"), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("a,b\n"));
        const QString missing = dir.filePath("no/such/folder/block.csv");
        const QString error = writeExportFile(missing, "x");
        QVERIFY(error.contains(missing));
    }
};

QTEST_GUILESS_MAIN(AttentionExportTest)
#include "tst_attention_export.moc"
