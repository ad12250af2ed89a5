// Attention traces of the three patterns: every row is a distribution over its allowed keys,
// impossible entries are exactly zero, visual -> text is structurally zero, spans and geometry
// describe the sequence, and only the chosen layers are captured.
#include "attention_capture.h"
#include "model_fixtures.h"
#include "vlmwb/tokenizer.h"

#include <QtTest>

using namespace vlmwb::inference;
using vlmwb::inference::testing::stripes;
using vlmwb::inference::testing::tinyConfig;

namespace {

bool isText(SpanKind kind)
{
    return kind == SpanKind::Bos || kind == SpanKind::Prompt || kind == SpanKind::Generated;
}

SpanKind kindAt(const std::vector<TokenSpan> &spans, int index)
{
    for (const TokenSpan &span : spans)
        if (index >= span.begin && index < span.end)
            return span.kind;
    throw std::logic_error("index outside every span");
}

std::shared_ptr<AttentionTrace> traceOf(const std::string &pattern, const std::set<int> &layers = {})
{
    ModelConfig config = tinyConfig(pattern);
    auto model = createModel(config, 11);
    {
        torch::NoGradGuard noGrad;
        for (auto &item : model->module().named_parameters())
            if (item.key().find("gate") != std::string::npos)
                item.value().fill_(0.5);
    }
    LineImage image{19, 8, stripes(19, 8, 2)}; // 5 patch columns, 1 pixel of padding
    const ScaledLine line = scaleLine(image, config);
    const std::vector<int> prefix = {token::Bos, 'o', 'k'};
    return captureAttention(*model, line, prefix, {'A', 'B', token::Eos}, layers, torch::kCPU, torch::kFloat);
}

} // namespace

class TestAttentionTrace : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { torch::set_num_threads(1); }

    void rowsAreDistributionsOverAllowedKeys_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("cross_attention") << "cross_attention";
        QTest::newRow("projection") << "projection";
        QTest::newRow("early_fusion") << "early_fusion";
    }
    void rowsAreDistributionsOverAllowedKeys()
    {
        QFETCH(QString, pattern);
        const auto trace = traceOf(pattern.toStdString());
        QVERIFY(!trace->maps.empty());
        for (const AttentionMap &map : trace->maps) {
            QCOMPARE(map.probabilities.size(), std::size_t(map.heads) * map.queries * map.keys);
            QCOMPARE(map.allowed.size(), std::size_t(map.queries) * map.keys);
            for (int head = 0; head < map.heads; ++head)
                for (int query = 0; query < map.queries; ++query) {
                    double sum = 0.0;
                    for (int key = 0; key < map.keys; ++key) {
                        const float p = map.at(head, query, key);
                        if (map.isAllowed(query, key))
                            sum += p;
                        else
                            QCOMPARE(p, 0.0f); // exactly zero, not small
                    }
                    QVERIFY2(std::abs(sum - 1.0) < 1e-5, attentionComponentName(map.component));
                }
        }
    }

    void visualNeverSeesText_data() { rowsAreDistributionsOverAllowedKeys_data(); }
    void visualNeverSeesText()
    {
        QFETCH(QString, pattern);
        const auto trace = traceOf(pattern.toStdString());
        int visualToTextEntries = 0;
        for (const AttentionMap &map : trace->maps)
            for (int query = 0; query < map.queries; ++query) {
                const SpanKind queryKind = kindAt(map.querySpans, query);
                if (isText(queryKind))
                    continue;
                for (int key = 0; key < map.keys; ++key)
                    if (isText(kindAt(map.keySpans, key))) {
                        ++visualToTextEntries;
                        QVERIFY(!map.isAllowed(query, key));
                        for (int head = 0; head < map.heads; ++head)
                            QCOMPARE(map.at(head, query, key), 0.0f);
                    }
            }
        if (pattern == "cross_attention") {
            // Text never enters the visual stream: no map even has visual queries over text keys.
            QCOMPARE(visualToTextEntries, 0);
            const AttentionMap *gated = trace->find(AttentionComponent::GatedCross, 0);
            QVERIFY(gated);
            QCOMPARE(gated->keys, 4); // latents
            QVERIFY(std::abs(gated->gate - std::tanh(0.5f)) < 1e-6);
            QCOMPARE(gated->querySpans.front().kind, SpanKind::Bos);
            QVERIFY(trace->find(AttentionComponent::ResamplerCross, 1));
            QCOMPARE(trace->find(AttentionComponent::ResamplerCross, 1)->keys, 2 * 5);
        } else {
            QVERIFY(visualToTextEntries > 0);
        }
    }

    void labelsSpansAndGeometry()
    {
        const auto trace = traceOf("early_fusion");
        QCOMPARE(trace->grid.rows, 2);
        QCOMPARE(trace->grid.columns, 5);
        QCOMPARE(trace->grid.paddingRight, 1);
        QCOMPARE(trace->grid.patchSize, 4);
        // [5 patches, newline] x 2, image end, BOS, "ok", "AB" EOS.
        const AttentionMap *map = trace->find(AttentionComponent::DecoderSelf, 0);
        QVERIFY(map);
        QCOMPARE(map->queries, 2 * 6 + 1 + 3 + 3);
        QCOMPARE(kindAt(map->querySpans, 5), SpanKind::Newline);
        QCOMPARE(kindAt(map->querySpans, 12), SpanKind::ImageEnd);
        QCOMPARE(kindAt(map->querySpans, 13), SpanKind::Bos);
        QCOMPARE(kindAt(map->querySpans, 15), SpanKind::Prompt);
        QCOMPARE(kindAt(map->querySpans, 16), SpanKind::Generated);
        QCOMPARE(trace->tokens.size(), std::size_t(19));
        QCOMPARE(trace->tokens[13], token::Bos);
        QCOMPARE(trace->tokens[0], -1);
        // Prefix mask: the image end sees the first patch; a text token does not see the next one.
        QVERIFY(map->isAllowed(12, 0));
        QVERIFY(map->isAllowed(0, 12));
        QVERIFY(!map->isAllowed(14, 15));
    }

    void capturesOnlyChosenLayers()
    {
        const auto trace = traceOf("projection", {1});
        QVERIFY(!trace->maps.empty());
        for (const AttentionMap &map : trace->maps)
            QCOMPARE(map.layer, 1);
        QVERIFY(trace->find(AttentionComponent::VisionSelf, 1));
        QVERIFY(trace->find(AttentionComponent::DecoderSelf, 1));
    }
};

QTEST_APPLESS_MAIN(TestAttentionTrace)
#include "tst_attention_trace.moc"
