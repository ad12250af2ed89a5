// The vision encoder's conv stem: its channel plan, the patch grid it yields, its multiply-
// accumulates worked by hand, that a token sees only its own neighbourhood, and its config keys.
#include "conv_stem.h"
#include "model_fixtures.h"
#include "vision_encoder.h"
#include "vlmwb/model_config.h"
#include "vlmwb/model_error.h"

#include <QtTest>

using namespace vlmwb::inference;

class TestConvStem : public QObject
{
    Q_OBJECT
private slots:
    void channelsDoubleUpToTheVisionWidth()
    {
        VisionConfig vision{128, 4, 4, 4, std::nullopt, "conv"};
        QCOMPARE(convStemChannels(vision, 8), (std::vector<int>{32, 64, 128}));
        QCOMPARE(convStemChannels(vision, 16), (std::vector<int>{16, 32, 64, 128}));
        QCOMPARE(convStemChannels(vision, 2), (std::vector<int>{128}));
        vision.stem = "linear";
        QVERIFY(convStemChannels(vision, 8).empty());
    }

    void macsPerPatchByHand()
    {
        // Patch 8: stage 1 has 4x4 outputs per patch from 1 channel to 32, stage 2 2x2 from 32 to
        // 64, stage 3 one from 64 to 128; each output costs 9 * in channels MACs per channel.
        const std::uint64_t expected = 16 * 32 * 9 * 1 + 4 * 64 * 9 * 32 + 1 * 128 * 9 * 64;
        QCOMPARE(expected, std::uint64_t(152064));
        ConvStem stem(8, std::vector<int>{32, 64, 128});
        QCOMPARE(stem->macsPerPatch(), expected);
    }

    void oneTokenPerPatchOnTheLinearGrid()
    {
        torch::manual_seed(1);
        ConvStem stem(8, std::vector<int>{8, 16, 32});
        // 32 x 44 is padded to 32 x 48: 4 rows x 6 columns, as FuyuPatchEmbedding cuts it.
        const PatchEmbeddings out = stem->forward(torch::rand({2, 1, 32, 44}));
        QCOMPARE(out.rows, std::int64_t(4));
        QCOMPARE(out.columns, std::int64_t(6));
        QCOMPARE(out.embeddings.sizes().vec(), (std::vector<std::int64_t>{2, 24, 32}));
    }

    void aTokenSeesOnlyItsNeighbourhood()
    {
        // Three 3x3 stride-2 convolutions: the receptive field of output column c spans input
        // columns 8c - 7 .. 8c + 7. Changing columns 40..47 (patch column 5) must leave patch
        // columns 0..3 untouched and change column 5.
        torch::manual_seed(2);
        ConvStem stem(8, std::vector<int>{8, 16, 32});
        torch::NoGradGuard noGrad;
        const torch::Tensor image = torch::rand({1, 1, 32, 64});
        torch::Tensor changed = image.clone();
        changed.index_put_({0, 0, torch::indexing::Slice(), torch::indexing::Slice(40, 48)}, 0.0);
        const torch::Tensor before = stem->forward(image).embeddings.view({4, 8, 32});
        const torch::Tensor after = stem->forward(changed).embeddings.view({4, 8, 32});
        using torch::indexing::Slice;
        QVERIFY(torch::equal(before.index({Slice(), Slice(0, 4)}), after.index({Slice(), Slice(0, 4)})));
        QVERIFY(!torch::allclose(before.index({Slice(), 5}), after.index({Slice(), 5})));
    }

    void paddingReadsAsWhitePaper()
    {
        // A line 14 px wide is padded to 16: the padding must look like the paper (white, 1.0),
        // so a white 8 x 14 line and a white 8 x 16 line give the same tokens, and ink near the
        // right edge gives the same tokens whether the last 2 columns are padding or white pixels.
        torch::manual_seed(3);
        ConvStem stem(4, std::vector<int>{4, 8});
        torch::NoGradGuard noGrad;
        QVERIFY(torch::allclose(stem->forward(torch::ones({1, 1, 8, 14})).embeddings,
                                stem->forward(torch::ones({1, 1, 8, 16})).embeddings));
        torch::Tensor inked = torch::ones({1, 1, 8, 14});
        inked.index_put_({0, 0, torch::indexing::Slice(2, 6), torch::indexing::Slice(10, 13)}, 0.0);
        const torch::Tensor widened = torch::constant_pad_nd(inked, {0, 2}, 1.0);
        QVERIFY(torch::allclose(stem->forward(inked).embeddings, stem->forward(widened).embeddings));
    }

    void encoderCountsTheStemMacs()
    {
        ModelConfig config = testing::tinyConfig("projection");
        config.vision.stem = "conv"; // patch 4, dim 16: channels 8, 16
        VisionEncoder encoder(config);
        QVERIFY(encoder->stem);
        QVERIFY(!encoder->patch_embed);
        RunContext context;
        ImageBatch images{torch::rand({1, 1, 8, 12}), {3}};
        torch::NoGradGuard noGrad;
        encoder->forward(images, context);
        const std::uint64_t stemMacs = 2 * 3 * (4 * 8 * 9 * 1 + 1 * 16 * 9 * 8); // 6 patches
        RunContext linearContext;
        VisionEncoder linear(testing::tinyConfig("projection"));
        linear->forward(images, linearContext);
        const std::uint64_t linearMacs = 6 * 16 * 16; // 6 patches x 16 pixels x 16 channels
        QCOMPARE(context.macs.visionEncoder - stemMacs, linearContext.macs.visionEncoder - linearMacs);
    }

    void configRoundTripsAndRejectsBadPatches()
    {
        ModelConfig config = testing::tinyConfig("projection");
        config.vision.stem = "conv";
        const ModelConfig reread = parseModelConfig(modelConfigToJson(config), "stem.json");
        QCOMPARE(reread.vision.stem, std::string("conv"));
        config.patchSize = 6;
        config.inputHeight = 12;
        config.maxImageWidth = 60;
        try {
            validateModelConfig(config, "six.json");
            QFAIL("patch 6 with a conv stem was accepted");
        } catch (const ModelFileError &error) {
            const QString message = error.what();
            QVERIFY2(message.contains("six.json") && message.contains("vision.stem") && message.contains("power of two"),
                     error.what());
        }
        const std::string unknown = R"({"format":"vlmwb-model","version":1,"pattern":"projection","input_height":8,
            "patch_size":4,"max_image_width":64,"tokenizer":"bytes-v1","vocab_size":262,
            "vision":{"dim":16,"layers":1,"heads":2,"stem":"resnet"},
            "connector":{"kind":"linear"},"decoder":{"dim":16,"layers":1,"heads":2,"max_positions":96}})";
        QVERIFY_THROWS_EXCEPTION(ModelFileError, parseModelConfig(unknown, "resnet.json"));
    }

    void residualConvolutionsStartAsTheIdentity()
    {
        // A stem grown with residual convolutions (zero at creation) gives the tokens of the
        // stem it copies its stride-2 convolutions from, to the bit; once a residual weight moves,
        // the tokens move too.
        torch::manual_seed(4);
        ConvStem plain(8, std::vector<int>{8, 16, 32});
        ConvStem grown(8, std::vector<int>{8, 16, 32}, 2);
        QCOMPARE(grown->residuals->size(), std::size_t(6));
        torch::NoGradGuard noGrad;
        for (std::size_t index = 0; index < plain->convs->size(); ++index) {
            auto *from = plain->convs[index]->as<torch::nn::Conv2dImpl>();
            auto *to = grown->convs[index]->as<torch::nn::Conv2dImpl>();
            to->weight.copy_(from->weight);
            to->bias.copy_(from->bias);
        }
        const torch::Tensor image = torch::rand({2, 1, 32, 40});
        QVERIFY(torch::equal(plain->forward(image).embeddings, grown->forward(image).embeddings));
        grown->residuals[3]->as<torch::nn::Conv2dImpl>()->weight.normal_(0.0, 0.1); // stage 2, first
        QVERIFY(!torch::allclose(plain->forward(image).embeddings, grown->forward(image).embeddings));
    }

    void residualMacsAndParametersByHand()
    {
        // One residual convolution per stage at patch 8: stage 1 has 4x4 outputs per patch from
        // 32 to 32 channels, stage 2 2x2 from 64 to 64, stage 3 one from 128 to 128.
        const std::uint64_t residual = 16 * 32 * 9 * 32 + 4 * 64 * 9 * 64 + 1 * 128 * 9 * 128;
        QCOMPARE(residual, std::uint64_t(442368));
        ConvStem grown(8, std::vector<int>{32, 64, 128}, 1);
        QCOMPARE(grown->macsPerPatch(), std::uint64_t(152064) + residual);
        std::int64_t parameters = 0;
        for (const torch::Tensor &tensor : grown->residuals->parameters())
            parameters += tensor.numel();
        QCOMPARE(parameters, std::int64_t(9 * 32 * 32 + 32 + 9 * 64 * 64 + 64 + 9 * 128 * 128 + 128));
    }

    void residualKeyRoundTripsAndNeedsTheConvStem()
    {
        ModelConfig config = testing::tinyConfig("projection");
        config.vision.stem = "conv";
        config.vision.stemResidual = 1;
        QCOMPARE(parseModelConfig(modelConfigToJson(config), "grown.json").vision.stemResidual, 1);
        config.vision.stemResidual = 0;
        QVERIFY(modelConfigToJson(config).find("stem_residual") == std::string::npos); // old files unchanged
        config.vision.stem = "linear";
        config.vision.stemResidual = 1;
        try {
            validateModelConfig(config, "linear.json");
            QFAIL("stem_residual with the linear stem was accepted");
        } catch (const ModelFileError &error) {
            const QString message = error.what();
            QVERIFY2(message.contains("linear.json") && message.contains("vision.stem_residual"), error.what());
        }
        config.vision.stem = "conv";
        config.vision.stemResidual = 1000000;
        QVERIFY_THROWS_EXCEPTION(ModelFileError, validateModelConfig(config, "huge.json"));
    }
};

QTEST_APPLESS_MAIN(TestConvStem)
#include "tst_conv_stem.moc"
