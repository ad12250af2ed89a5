// The modules' arithmetic on inputs small enough to compute by hand. The golden fixtures use small
// random weights, under which some mistakes stay below their 1e-5 tolerance (the tanh form of GELU
// differs from the erf form by only ~4e-6 there); these cases make such mistakes visible.
#include "c_abstractor.h"
#include "early_fusion_vlm.h"
#include "gated_cross_attention.h"
#include "mlp_connector.h"
#include "module_parts.h"
#include "multihead_attention.h"

#include <torch/torch.h>

#include <QtTest>

#include <cmath>
#include <limits>

using namespace vlmwb::inference;

namespace {

bool near(const torch::Tensor &actual, const torch::Tensor &expected, double tolerance = 1e-6)
{
    return actual.sizes() == expected.sizes() && torch::allclose(actual, expected, 0.0, tolerance);
}

void setTo(torch::Tensor &tensor, const torch::Tensor &value)
{
    torch::NoGradGuard noGrad;
    tensor.copy_(value.view(tensor.sizes()));
}

} // namespace

class TestModuleArithmetic : public QObject
{
    Q_OBJECT
private slots:
    // Linear(1,1) = identity around GELU: the output is GELU(x) = x * Phi(x) (erf form).
    void geluIsTheErfForm()
    {
        MLPConnector connector(1, 1, 1);
        for (auto &item : connector->named_parameters())
            setTo(item.value(), item.key().find("weight") != std::string::npos ? torch::ones({1}) : torch::zeros({1}));
        torch::NoGradGuard noGrad;
        const torch::Tensor x = torch::tensor({1.0f, -1.0f, 2.0f}).view({3, 1});
        // 0.5 x (1 + erf(x / sqrt 2)): 0.8413447461, -0.1586552539, 1.9544997361; tanh form: 0.8411920, ...
        const torch::Tensor expected = torch::tensor({0.8413447461f, -0.1586552539f, 1.9544997361f}).view({3, 1});
        QVERIFY(near(connector(x), expected, 1e-6));
    }

    void layerNormUsesEpsilon1e5()
    {
        torch::nn::LayerNorm norm = makeLayerNorm(2);
        // [1, 3]: mean 2, variance 1 -> (x - 2) / sqrt(1 + 1e-5) = -+0.999995
        const torch::Tensor y = norm(torch::tensor({1.0f, 3.0f}));
        QVERIFY(near(y, torch::tensor({-0.999995f, 0.999995f}), 1e-7));
    }

    // One head, dim 1, identity projections: scores x_i x_j, softmax per row, weighted values.
    void attentionByHand()
    {
        MultiheadAttention attention(1, 1);
        setTo(attention->inputProjectionWeight, torch::ones({3}));
        setTo(attention->inputProjectionBias, torch::zeros({3}));
        setTo(attention->outputProjection->weight, torch::ones({1}));
        setTo(attention->outputProjection->bias, torch::zeros({1}));
        torch::NoGradGuard noGrad;
        const torch::Tensor x = torch::tensor({1.0f, 2.0f}).view({1, 2, 1});
        torch::Tensor probabilities;
        const torch::Tensor y = attention(x, x, x, torch::Tensor(), &probabilities);
        // row 0: softmax(1, 2) = (0.2689414, 0.7310586); row 1: softmax(2, 4) = (0.1192029, 0.8807971)
        const torch::Tensor expected = torch::tensor({0.2689414f, 0.7310586f, 0.1192029f, 0.8807971f});
        QVERIFY(near(probabilities, expected.view({1, 1, 2, 2})));
        QVERIFY(near(y, torch::tensor({1.7310586f, 1.8807971f}).view({1, 2, 1})));

        // A bool mask hides the key where it is true: row 0 may only see itself.
        const torch::Tensor future = torch::tensor({false, true, false, false}).view({2, 2});
        QVERIFY(near(attention(x, x, x, future), torch::tensor({1.0f, 1.8807971f}).view({1, 2, 1})));
        // The separate steps give the same result as forward().
        const torch::Tensor steps = attention->attend(attention->projectQuery(x), attention->projectKey(x),
                                                      attention->projectValue(x), future);
        QVERIFY(near(steps, attention(x, x, x, future)));
    }

    void zeroGateLeavesTextUnchanged()
    {
        GatedCrossAttentionBlock block(8, 2);
        torch::NoGradGuard noGrad;
        const torch::Tensor text = torch::randn({1, 3, 8});
        QVERIFY(torch::equal(block(text, torch::randn({1, 5, 8})), text));
    }

    void earlyFusionMaskByHand()
    {
        // 2 visual, 2 text tokens.
        const float blocked = -std::numeric_limits<float>::infinity();
        const torch::Tensor expected = torch::tensor({0.0f, 0.0f, blocked, blocked, //
                                                      0.0f, 0.0f, blocked, blocked, //
                                                      0.0f, 0.0f, 0.0f, blocked,    //
                                                      0.0f, 0.0f, 0.0f, 0.0f})
                                           .view({4, 4});
        QVERIFY(torch::equal(earlyFusionMask(2, 4), expected));
    }

    // Patch size 1, one channel, dim 1, identity projection: the sequence is the pixels in row order
    // with the newline value after each row and the image-end value last.
    void imageSequenceOrderByHand()
    {
        EarlyFusionConfig config;
        config.vocabSize = 4;
        config.dim = 1;
        config.numHeads = 1;
        config.numLayers = 0;
        config.patchSize = 1;
        config.maxSeqLen = 16;
        config.inChannels = 1;
        EarlyFusionVLM model(config);
        setTo(model->patchEmbedding->projection->weight, torch::ones({1}));
        setTo(model->patchEmbedding->projection->bias, torch::zeros({1}));
        setTo(model->newlineEmbedding, torch::tensor({-1.0f}));
        setTo(model->imageEndEmbedding, torch::tensor({-2.0f}));
        torch::NoGradGuard noGrad;
        const torch::Tensor image = torch::arange(1, 7, torch::kFloat32).view({1, 1, 2, 3});
        const torch::Tensor sequence = model->createImageSequence(image);
        const torch::Tensor expected = torch::tensor({1.0f, 2.0f, 3.0f, -1.0f, 4.0f, 5.0f, 6.0f, -1.0f, -2.0f});
        QVERIFY(torch::equal(sequence.flatten(), expected));
    }

    // 3x3 image, patch 2: zero padding to 4x4, four patches flattened row by row within each patch.
    void patchPaddingByHand()
    {
        FuyuPatchEmbedding embedding(2, 1, 4);
        setTo(embedding->projection->weight, torch::eye(4));
        setTo(embedding->projection->bias, torch::zeros({4}));
        torch::NoGradGuard noGrad;
        const PatchEmbeddings patches = embedding(torch::arange(1, 10, torch::kFloat32).view({1, 1, 3, 3}));
        QCOMPARE(patches.rows, std::int64_t(2));
        QCOMPARE(patches.columns, std::int64_t(2));
        const torch::Tensor expected = torch::tensor({1.0f, 2.0f, 4.0f, 5.0f,  // patch (0, 0)
                                                      3.0f, 0.0f, 6.0f, 0.0f,  // patch (0, 1)
                                                      7.0f, 8.0f, 0.0f, 0.0f,  // patch (1, 0)
                                                      9.0f, 0.0f, 0.0f, 0.0f}) // patch (1, 1)
                                           .view({1, 4, 4});
        QVERIFY(torch::equal(patches.embeddings, expected));
    }

    // Text logits at positions 0, 1 (position 2 predicts nothing): position 0 is uniform over two
    // tokens (loss ln 2), position 1 gives token 0 three times the odds (loss ln 4/3 for label 0).
    void lossShiftsAndIgnoresByHand()
    {
        const torch::Tensor logits =
            torch::tensor({0.0f, 0.0f, static_cast<float>(std::log(3.0)), 0.0f, 5.0f, -5.0f}).view({1, 3, 2});
        const torch::Tensor both = torch::tensor({std::int64_t(-100), std::int64_t(1), std::int64_t(0)}).view({1, 3});
        const double expectedBoth = (std::log(2.0) + std::log(4.0 / 3.0)) / 2;
        QVERIFY(std::abs(nextTokenLoss(logits, both).item<double>() - expectedBoth) < 1e-6);
        const torch::Tensor second = torch::tensor({std::int64_t(1), std::int64_t(-100), std::int64_t(0)}).view({1, 3});
        QVERIFY(std::abs(nextTokenLoss(logits, second).item<double>() - std::log(4.0 / 3.0)) < 1e-6);
    }

    void cAbstractorStrideRule()
    {
        // stride 2 while grid / 2^(i+1) >= target (integer division)
        QCOMPARE(CAbstractorImpl::convolutionStride(24, 12, 0), std::int64_t(2)); // 12 >= 12
        QCOMPARE(CAbstractorImpl::convolutionStride(24, 12, 1), std::int64_t(1)); // 6 < 12
        QCOMPARE(CAbstractorImpl::convolutionStride(8, 4, 0), std::int64_t(2));   // 4 >= 4
        QCOMPARE(CAbstractorImpl::convolutionStride(8, 4, 1), std::int64_t(1));   // 2 < 4
        QCOMPARE(CAbstractorImpl::convolutionStride(9, 2, 1), std::int64_t(2));   // 2 >= 2
        CAbstractor abstractor(4, 6, 24, 12, 2);
        abstractor->eval();
        torch::NoGradGuard noGrad;
        QCOMPARE(abstractor(torch::randn({1, 576, 4})).sizes().vec(), std::vector<std::int64_t>({1, 144, 6}));
    }

    void badShapesAreSentences()
    {
        CAbstractor abstractor(4, 6, 4, 2, 1);
        try {
            abstractor(torch::randn({1, 15, 4}));
            QFAIL("15 tokens were taken for a 4x4 grid");
        } catch (const std::invalid_argument &error) {
            QVERIFY2(QString(error.what()).contains("[batch, 16, dim]"), error.what());
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, MultiheadAttention(10, 3));
    }
};

QTEST_APPLESS_MAIN(TestModuleArithmetic)
#include "tst_module_arithmetic.moc"
