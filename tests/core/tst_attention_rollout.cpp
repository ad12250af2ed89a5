// Attention rollout and the Cross-Attention text -> patch composition on examples worked by hand.
#include "attention_test_traces.h"
#include "core/attention_cross_mapping.h"
#include "core/attention_rollout.h"

#include <QtTest>

#include <cmath>

using namespace vlmwb;
using namespace vlmwb::core;
using inference::AttentionComponent;
using inference::SpanKind;
using test::Rows;

namespace {

const std::vector<inference::TokenSpan> threeTokens = {{SpanKind::Bos, 0, 1}, {SpanKind::Generated, 1, 3}};
const Rows causal = {{1, 0, 0}, {1, 1, 0}, {1, 1, 1}};

} // namespace

class AttentionRolloutTest : public QObject
{
    Q_OBJECT

private slots:
    void twoLayersThreeTokens()
    {
        // Layer 0, one head: A1' = 0.5 A1 + 0.5 I = [[1,0,0],[.25,.75,0],[.1,.15,.75]].
        // Layer 1, heads [[1,0,0],[0,1,0],[.6,.2,.2]] and [[1,0,0],[1,0,0],[.2,.2,.6]], mean
        // [[1,0,0],[.5,.5,0],[.4,.2,.4]], so A2' = [[1,0,0],[.25,.75,0],[.2,.1,.7]].
        // Rollout A2' A1': row 1 = .25 (1,0,0) + .75 (.25,.75,0) = (.4375, .5625, 0);
        // row 2 = .2 (1,0,0) + .1 (.25,.75,0) + .7 (.1,.15,.75) = (.295, .18, .525).
        inference::AttentionTrace trace;
        trace.pattern = "projection";
        trace.maps.push_back(test::handMap(AttentionComponent::DecoderSelf, 1,
                                           {{{1, 0, 0}, {0, 1, 0}, {.6f, .2f, .2f}}, {{1, 0, 0}, {1, 0, 0}, {.2f, .2f, .6f}}},
                                           causal, threeTokens, threeTokens));
        trace.maps.push_back(test::handMap(AttentionComponent::DecoderSelf, 0, {{{1, 0, 0}, {.5f, .5f, 0}, {.2f, .3f, .5f}}},
                                           causal, threeTokens, threeTokens));
        const Rollout rollout = attentionRollout(trace);
        QVERIFY2(rollout.ok(), qPrintable(rollout.error));
        QCOMPARE(rollout.layers, (std::vector<int>{0, 1}));
        const double expected[3][3] = {{1, 0, 0}, {.4375, .5625, 0}, {.295, .18, .525}};
        for (int query = 0; query < 3; ++query)
            for (int key = 0; key < 3; ++key)
                QVERIFY2(std::abs(rollout.at(query, key) - expected[query][key]) < 1e-6,
                         qPrintable(QString("(%1,%2) = %3").arg(query).arg(key).arg(rollout.at(query, key))));
    }

    void rowsAreRenormalised()
    {
        // Row 0 of A sums to .8: A' row 0 = (.2 + .5, .2) / .9.
        inference::AttentionTrace trace;
        trace.maps.push_back(test::handMap(AttentionComponent::DecoderSelf, 0, {{{.4f, .4f}, {.5f, .5f}}}, {},
                                           {{SpanKind::Bos, 0, 2}}, {{SpanKind::Bos, 0, 2}}));
        const Rollout rollout = attentionRollout(trace);
        QVERIFY(std::abs(rollout.at(0, 0) - .7 / .9) < 1e-6);
        QVERIFY(std::abs(rollout.at(0, 1) - .2 / .9) < 1e-6);
        QVERIFY(std::abs(rollout.at(1, 0) - .25) < 1e-6);
    }

    void emptyOrNonSquareIsAnError()
    {
        QVERIFY(!attentionRollout(inference::AttentionTrace()).ok());
        inference::AttentionTrace trace;
        trace.maps.push_back(test::handMap(AttentionComponent::DecoderSelf, 0, {{{.5f, .5f}}}, {},
                                           {{SpanKind::Bos, 0, 1}}, {{SpanKind::Bos, 0, 2}}));
        QVERIFY(!attentionRollout(trace).ok());
    }

    void composition()
    {
        // [[.7,.3],[.2,.8]] x [[.5,.5,0],[.1,.3,.6]] = [[.38,.44,.18],[.18,.34,.48]].
        const std::vector<float> composed = composeAttention({.7f, .3f, .2f, .8f}, 2, 2, {.5f, .5f, 0, .1f, .3f, .6f}, 3);
        const std::vector<float> expected = {.38f, .44f, .18f, .18f, .34f, .48f};
        QCOMPARE(composed.size(), expected.size());
        for (std::size_t index = 0; index < expected.size(); ++index)
            QVERIFY(std::abs(composed[index] - expected[index]) < 1e-6);
        QVERIFY(composeAttention({.5f}, 1, 2, {1, 0}, 1).empty()); // sizes do not match
    }

    void textToPatchUsesTheLastResamplerLayer()
    {
        // 2 text queries, 2 latents, 3 patches; resampler layer 0 holds a different map that the
        // default (last layer) must not use.
        const std::vector<inference::TokenSpan> text = {{SpanKind::Bos, 0, 1}, {SpanKind::Generated, 1, 2}};
        const std::vector<inference::TokenSpan> latents = {{SpanKind::Latent, 0, 2}};
        const std::vector<inference::TokenSpan> patches = {{SpanKind::Visual, 0, 3}};
        inference::AttentionTrace trace;
        trace.pattern = "cross_attention";
        trace.maps.push_back(test::handMap(AttentionComponent::GatedCross, 0, {{{.7f, .3f}, {.2f, .8f}}}, {}, text, latents,
                                           std::tanh(0.5f)));
        trace.maps.push_back(test::handMap(AttentionComponent::ResamplerCross, 0, {{{1, 0, 0}, {1, 0, 0}}}, {}, latents,
                                           patches));
        // Two heads whose mean is [[.5,.5,0],[.1,.3,.6]].
        trace.maps.push_back(test::handMap(AttentionComponent::ResamplerCross, 1,
                                           {{{.6f, .4f, 0}, {.2f, .2f, .6f}}, {{.4f, .6f, 0}, {0, .4f, .6f}}}, {}, latents,
                                           patches));
        const TextToPatch mapped = textToPatchAttention(trace, {});
        QVERIFY2(mapped.ok(), qPrintable(mapped.error));
        QCOMPARE(mapped.queries, 2);
        QCOMPARE(mapped.patches, 3);
        QVERIFY(std::abs(mapped.at(0, 1) - .44f) < 1e-6);
        QVERIFY(std::abs(mapped.at(1, 2) - .48f) < 1e-6);
        // Layer 0 sends every latent to patch 0.
        const TextToPatch first = textToPatchAttention(trace, {}, 0);
        QVERIFY(std::abs(first.at(1, 0) - 1.0f) < 1e-6);
        trace.maps.erase(trace.maps.begin());
        QVERIFY(!textToPatchAttention(trace, {}).ok());
    }
};

QTEST_GUILESS_MAIN(AttentionRolloutTest)
#include "tst_attention_rollout.moc"
