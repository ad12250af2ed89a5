// Run bundles: a round trip keeps every field bit for bit, damaged bundles are refused with the
// file and the cause, and a 3,000-token trace loads.
#include "attention_test_traces.h"
#include "core/attention_bundle.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <cstring>

using namespace vlmwb;
using namespace vlmwb::core;
using inference::AttentionComponent;
using inference::SpanKind;

namespace {

AttentionBundle sampleBundle()
{
    AttentionBundle bundle;
    bundle.image = QImage(12, 6, QImage::Format_Grayscale8);
    for (int y = 0; y < 6; ++y)
        for (int x = 0; x < 12; ++x)
            bundle.image.scanLine(y)[x] = static_cast<uchar>(20 * x + y);
    bundle.modelId = "projection-small";
    bundle.config = QJsonObject{{"pattern", "projection"}, {"input_height", 16}};
    bundle.text = QString::fromUtf8("Aé");
    bundle.generatedIds = {65, 0xC3, 0xA9, 257};
    bundle.lineToDocument = QTransform(2, 0, 0, 2, 100, 200);
    bundle.lineBox = QRectF(104, 208, 72, 48);
    inference::AttentionTrace &trace = bundle.trace;
    trace.pattern = "cross_attention";
    trace.grid = {2, 3, 4, 8, 20, 16, 4, 0.5, 1, 1};
    trace.tokens = {256, 65, 0xC3, 0xA9, 257};
    const std::vector<inference::TokenSpan> text = {{SpanKind::Bos, 0, 1}, {SpanKind::Generated, 1, 5}};
    const std::vector<inference::TokenSpan> latents = {{SpanKind::Latent, 0, 2}};
    trace.maps.push_back(test::handMap(AttentionComponent::GatedCross, 1,
                                       {{{.1f, .9f}, {.2f, .8f}, {.3f, .7f}, {.4f, .6f}, {1.f / 3, 2.f / 3}},
                                        {{.5f, .5f}, {.6f, .4f}, {.7f, .3f}, {.8f, .2f}, {.9f, .1f}}},
                                       {}, text, latents, 0.123f));
    trace.maps.push_back(test::handMap(AttentionComponent::DecoderSelf, 0,
                                       {{{1, 0, 0, 0, 0}, {.5f, .5f, 0, 0, 0}, {.2f, .3f, .5f, 0, 0},
                                         {.1f, .2f, .3f, .4f, 0}, {.2f, .2f, .2f, .2f, .2f}}},
                                       {{1, 0, 0, 0, 0}, {1, 1, 0, 0, 0}, {1, 1, 1, 0, 0}, {1, 1, 1, 1, 0}, {1, 1, 1, 1, 1}},
                                       text, text));
    return bundle;
}

void overwrite(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(data), data.size());
}

void compareSpans(const std::vector<inference::TokenSpan> &actual, const std::vector<inference::TokenSpan> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (std::size_t index = 0; index < actual.size(); ++index) {
        QCOMPARE(actual[index].kind, expected[index].kind);
        QCOMPARE(actual[index].begin, expected[index].begin);
        QCOMPARE(actual[index].end, expected[index].end);
    }
}

} // namespace

class AttentionBundleTest : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        const AttentionBundle saved = sampleBundle();
        const QString folder = dir.filePath("run");
        QCOMPARE(saveAttentionBundle(saved, folder), QString());
        const AttentionBundleLoad load = loadAttentionBundle(folder);
        QVERIFY2(load.ok(), qPrintable(load.error));
        const AttentionBundle &loaded = load.bundle;
        QCOMPARE(loaded.image.convertToFormat(QImage::Format_Grayscale8), saved.image);
        QCOMPARE(loaded.modelId, saved.modelId);
        QCOMPARE(loaded.config, saved.config);
        QCOMPARE(loaded.text, saved.text);
        QCOMPARE(loaded.generatedIds, saved.generatedIds);
        QCOMPARE(loaded.lineToDocument, saved.lineToDocument);
        QCOMPARE(loaded.lineBox, saved.lineBox);
        QCOMPARE(loaded.trace.pattern, saved.trace.pattern);
        QCOMPARE(loaded.trace.tokens, saved.trace.tokens);
        QCOMPARE(loaded.trace.grid.paddedColumns, 4);
        QCOMPARE(loaded.trace.grid.scale, 0.5);
        QCOMPARE(loaded.trace.grid.paddingRight, 4);
        QCOMPARE(loaded.trace.maps.size(), saved.trace.maps.size());
        for (std::size_t index = 0; index < saved.trace.maps.size(); ++index) {
            const inference::AttentionMap &a = loaded.trace.maps[index];
            const inference::AttentionMap &b = saved.trace.maps[index];
            QCOMPARE(a.component, b.component);
            QCOMPARE(a.layer, b.layer);
            QCOMPARE(a.heads, b.heads);
            QCOMPARE(a.queries, b.queries);
            QCOMPARE(a.keys, b.keys);
            QCOMPARE(a.gate, b.gate);
            QCOMPARE(a.allowed, b.allowed);
            QCOMPARE(a.probabilities.size(), b.probabilities.size());
            QVERIFY(std::memcmp(a.probabilities.data(), b.probabilities.data(), a.probabilities.size() * 4) == 0);
            compareSpans(a.querySpans, b.querySpans);
            compareSpans(a.keySpans, b.keySpans);
        }
    }

    void damagedBundlesNameTheFile()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath("run");
        QCOMPARE(saveAttentionBundle(sampleBundle(), folder), QString());
        const QString json = QDir(folder).filePath("bundle.json");
        const QString data = QDir(folder).filePath("attention.bin");
        const QString image = QDir(folder).filePath("image.png");
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QByteArray original = jsonFile.readAll();
        jsonFile.close();

        // Truncated data file.
        QFile dataFile(data);
        QVERIFY(dataFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = dataFile.readAll();
        dataFile.close();
        overwrite(data, bytes.left(bytes.size() - 3));
        AttentionBundleLoad load = loadAttentionBundle(folder);
        QVERIFY(!load.ok());
        QVERIFY2(load.error.contains("attention.bin"), qPrintable(load.error));
        overwrite(data, bytes);
        QVERIFY(loadAttentionBundle(folder).ok());

        // Not JSON.
        overwrite(json, original.left(original.size() / 2));
        load = loadAttentionBundle(folder);
        QVERIFY2(load.error.contains("bundle.json") && load.error.contains("JSON"), qPrintable(load.error));

        // A key of the wrong type.
        QJsonObject root = QJsonDocument::fromJson(original).object();
        QJsonObject trace = root.value("trace").toObject();
        trace.insert("tokens", 7);
        root.insert("trace", trace);
        overwrite(json, QJsonDocument(root).toJson());
        load = loadAttentionBundle(folder);
        QVERIFY2(load.error.contains("bundle.json") && load.error.contains("\"tokens\""), qPrintable(load.error));

        // A span outside its map.
        root = QJsonDocument::fromJson(original).object();
        trace = root.value("trace").toObject();
        QJsonArray maps = trace.value("maps").toArray();
        QJsonObject first = maps.at(0).toObject();
        first.insert("key_spans", QJsonArray{QJsonArray{"latent", 0, 9}});
        maps.replace(0, first);
        trace.insert("maps", maps);
        root.insert("trace", trace);
        overwrite(json, QJsonDocument(root).toJson());
        load = loadAttentionBundle(folder);
        QVERIFY2(load.error.contains("key_spans"), qPrintable(load.error));

        // Another file format.
        overwrite(json, "{\"format\": \"something-else\"}");
        load = loadAttentionBundle(folder);
        QVERIFY2(load.error.contains("bundle.json") && load.error.contains("format"), qPrintable(load.error));

        // A broken image.
        overwrite(json, original);
        overwrite(image, "not a png");
        load = loadAttentionBundle(folder);
        QVERIFY2(load.error.contains("image.png"), qPrintable(load.error));

        // No bundle at all.
        load = loadAttentionBundle(dir.filePath("missing"));
        QVERIFY2(load.error.contains(QDir::toNativeSeparators(dir.filePath("missing/bundle.json"))),
                 qPrintable(load.error));
    }

    void threeThousandTokensLoad()
    {
        const int tokens = 3000;
        AttentionBundle bundle;
        bundle.trace.pattern = "early_fusion";
        inference::AttentionMap map;
        map.heads = 1;
        map.queries = tokens;
        map.keys = tokens;
        map.querySpans = {{SpanKind::Visual, 0, 2000}, {SpanKind::ImageEnd, 2000, 2001}, {SpanKind::Bos, 2001, 3000}};
        map.keySpans = map.querySpans;
        map.probabilities.resize(static_cast<std::size_t>(tokens) * tokens);
        map.allowed.resize(map.probabilities.size());
        for (std::size_t index = 0; index < map.probabilities.size(); ++index) {
            map.probabilities[index] = static_cast<float>(index % 1000) / 1000.0f;
            map.allowed[index] = static_cast<unsigned char>(index % 3 != 0);
        }
        bundle.trace.maps.push_back(std::move(map));
        QTemporaryDir dir;
        QCOMPARE(saveAttentionBundle(bundle, dir.path()), QString());
        const AttentionBundleLoad load = loadAttentionBundle(dir.path());
        QVERIFY2(load.ok(), qPrintable(load.error));
        const inference::AttentionMap &loaded = load.bundle.trace.maps.front();
        QCOMPARE(loaded.probabilities.size(), std::size_t(9000000));
        QCOMPARE(loaded.at(0, 2999, 2999), static_cast<float>((2999u * 3000 + 2999) % 1000) / 1000.0f);
        QCOMPARE(loaded.isAllowed(1, 2), (1u * 3000 + 2) % 3 != 0);
        QVERIFY(load.bundle.image.isNull());
    }
};

QTEST_GUILESS_MAIN(AttentionBundleTest)
#include "tst_attention_bundle.moc"
