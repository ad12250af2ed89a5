// The C++ modules against golden outputs of the reference PyTorch modules (make_golden.py): one
// case per fixture folder. Each case builds the module from the folder's config.json, checks that
// its parameter and buffer names are exactly the keys of weights.safetensors, loads them with the
// strict loader, runs inputs.safetensors and compares every tensor of outputs.safetensors within
// 1e-5. The fixtures root is VLMWB_GOLDEN_DIR when set, else tests/fixtures/seed-golden, so any
// fixture set written by make_golden.py (any seed, any width) can be checked.
#include "c_abstractor.h"
#include "downsampling_connector.h"
#include "early_fusion_vlm.h"
#include "flash_attention_block.h"
#include "fuyu_patch_embedding.h"
#include "gated_cross_attention.h"
#include "linear_projection.h"
#include "mlp_connector.h"
#include "perceiver_resampler.h"
#include "safetensors.h"
#include "state_dict.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <QtTest>

#include <fstream>

using namespace vlmwb::inference;

namespace {

constexpr double kTolerance = 1e-5;

QString goldenRoot()
{
    const QByteArray fromEnvironment = qgetenv("VLMWB_GOLDEN_DIR");
    if (!fromEnvironment.isEmpty())
        return QString::fromLocal8Bit(fromEnvironment);
    return QStringLiteral(VLMWB_SOURCE_DIR "/tests/fixtures/seed-golden");
}

struct Fixture
{
    std::string folder;
    nlohmann::json config;
    std::string weightsPath;
    SafetensorsFile inputs;
    SafetensorsFile outputs;

    std::int64_t integer(const char *key) const { return config.at(key).get<std::int64_t>(); }
    const torch::Tensor &input(const char *name) const { return inputs.tensor(name); }
};

Fixture loadFixture(const char *name)
{
    Fixture fixture;
    fixture.folder = (goldenRoot() + "/" + name).toStdString();
    std::ifstream configFile(fixture.folder + "/config.json");
    if (!configFile)
        throw std::runtime_error(fixture.folder + "/config.json cannot be opened.");
    fixture.config = nlohmann::json::parse(configFile);
    fixture.weightsPath = fixture.folder + "/weights.safetensors";
    fixture.inputs = readSafetensors(fixture.folder + "/inputs.safetensors");
    fixture.outputs = readSafetensors(fixture.folder + "/outputs.safetensors");
    return fixture;
}

QStringList sortedNames(const std::vector<std::string> &names)
{
    QStringList list;
    for (const std::string &name : names)
        list << QString::fromStdString(name);
    list.sort();
    return list;
}

QStringList moduleNames(const torch::nn::Module &module)
{
    std::vector<std::string> names;
    for (const auto &[name, tensor] : namedStateTensors(module))
        names.push_back(name);
    return sortedNames(names);
}

QStringList fileNames(const std::string &path)
{
    std::vector<std::string> names;
    for (const TensorEntry &entry : readSafetensorsHeader(path).tensors)
        names.push_back(entry.name);
    return sortedNames(names);
}

// Empty when actual matches expected in shape and within kTolerance; else what differs.
QString difference(const torch::Tensor &actual, const torch::Tensor &expected, const QString &label)
{
    if (actual.sizes() != expected.sizes())
        return QStringLiteral("%1: shape %2, expected %3")
            .arg(label, QString::fromStdString(c10::str(actual.sizes())),
                 QString::fromStdString(c10::str(expected.sizes())));
    const double maximum =
        (actual.to(torch::kDouble) - expected.to(torch::kDouble)).abs().max().item<double>();
    qInfo("%s: max |C++ - PyTorch| = %.3g", qPrintable(label), maximum);
    if (!(maximum <= kTolerance)) // also catches NaN
        return QStringLiteral("%1: max abs difference %2 exceeds %3").arg(label).arg(maximum).arg(kTolerance);
    return {};
}

} // namespace

// Loads the fixture's weights after pinning the names: parameter names are a file format.
#define LOAD_WEIGHTS(module, fixture)                                                                  \
    do {                                                                                               \
        QCOMPARE(moduleNames(*(module)), fileNames((fixture).weightsPath));                          \
        loadStateDict(*(module), (fixture).weightsPath);                                               \
        (module)->eval();                                                                              \
    } while (false)

#define COMPARE_OUTPUT(actual, fixture, name)                                                          \
    do {                                                                                               \
        const QString problem = difference((actual), (fixture).outputs.tensor(name), QStringLiteral(name)); \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                              \
    } while (false)

class TestGoldenModules : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qInfo("fixtures: %s", qPrintable(goldenRoot()));
        torch::manual_seed(0);
    }

    void fixtureFoldersAreAllChecked()
    {
        QStringList folders = QDir(goldenRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        folders.sort();
        const QStringList checked{"c_abstractor",         "downsampling_connector", "early_fusion_vlm",
                                  "flash_attention_block", "fuyu_patch_embedding",   "gated_cross_attention",
                                  "linear_projection",    "mlp_connector",          "perceiver_resampler"};
        QCOMPARE(folders, checked);
    }

    void perceiverResampler()
    {
        const Fixture fixture = loadFixture("perceiver_resampler");
        QCOMPARE(fixture.config.at("module").get<std::string>(), std::string("PerceiverResampler"));
        PerceiverResampler module(fixture.integer("dim"), fixture.integer("num_latents"), fixture.integer("num_layers"),
                                  fixture.integer("num_heads"));
        LOAD_WEIGHTS(module, fixture);
        torch::NoGradGuard noGrad;
        COMPARE_OUTPUT(module(fixture.input("visual_features")), fixture, "latents");
    }

    void gatedCrossAttention()
    {
        const Fixture fixture = loadFixture("gated_cross_attention");
        QCOMPARE(fixture.config.at("module").get<std::string>(), std::string("GatedCrossAttentionBlock"));
        GatedCrossAttentionBlock module(fixture.integer("dim"), fixture.integer("num_heads"));
        LOAD_WEIGHTS(module, fixture);
        torch::NoGradGuard noGrad;
        COMPARE_OUTPUT(module(fixture.input("text_hidden"), fixture.input("visual_tokens")), fixture, "output");
    }

    void linearProjection()
    {
        const Fixture fixture = loadFixture("linear_projection");
        QCOMPARE(fixture.config.at("module").get<std::string>(), std::string("LinearProjection"));
        LinearProjection module(fixture.integer("dim_vision"), fixture.integer("dim_llm"));
        LOAD_WEIGHTS(module, fixture);
        torch::NoGradGuard noGrad;
        COMPARE_OUTPUT(module(fixture.input("visual_features")), fixture, "visual_tokens");
    }

    void mlpConnector()
    {
        const Fixture fixture = loadFixture("mlp_connector");
        QCOMPARE(fixture.config.at("module").get<std::string>(), std::string("MLPConnector"));
        MLPConnector module(fixture.integer("dim_vision"), fixture.integer("dim_llm"));
        LOAD_WEIGHTS(module, fixture);
        torch::NoGradGuard noGrad;
        COMPARE_OUTPUT(module(fixture.input("visual_features")), fixture, "visual_tokens");
    }

    void downsamplingConnector()
    {
        const Fixture fixture = loadFixture("downsampling_connector");
        QCOMPARE(fixture.config.at("module").get<std::string>(), std::string("DownsamplingConnector"));
        DownsamplingConnector module(fixture.integer("dim_vision"), fixture.integer("dim_llm"),
                                     fixture.integer("grid_size"), fixture.integer("target_size"));
        LOAD_WEIGHTS(module, fixture);
        torch::NoGradGuard noGrad;
        COMPARE_OUTPUT(module(fixture.input("visual_features")), fixture, "visual_tokens");
    }

    void cAbstractor()
    {
        const Fixture fixture = loadFixture("c_abstractor");
        QCOMPARE(fixture.config.at("module").get<std::string>(), std::string("CAbstractor"));
        CAbstractor module(fixture.integer("dim_vision"), fixture.integer("dim_llm"), fixture.integer("grid_size"),
                           fixture.integer("target_size"), fixture.integer("num_conv_layers"));
        LOAD_WEIGHTS(module, fixture); // eval(): BatchNorm on the loaded running statistics
        torch::NoGradGuard noGrad;
        COMPARE_OUTPUT(module(fixture.input("visual_features")), fixture, "visual_tokens");
    }

    void fuyuPatchEmbedding()
    {
        const Fixture fixture = loadFixture("fuyu_patch_embedding");
        QCOMPARE(fixture.config.at("module").get<std::string>(), std::string("FuyuPatchEmbedding"));
        FuyuPatchEmbedding module(fixture.integer("patch_size"), fixture.integer("in_channels"),
                                  fixture.integer("embed_dim"));
        LOAD_WEIGHTS(module, fixture);
        torch::NoGradGuard noGrad;
        const PatchEmbeddings patches = module(fixture.input("images"));
        QCOMPARE(patches.rows, fixture.integer("h_patches"));
        QCOMPARE(patches.columns, fixture.integer("w_patches"));
        COMPARE_OUTPUT(patches.embeddings, fixture, "patch_embeds");
    }

    void flashAttentionBlock()
    {
        const Fixture fixture = loadFixture("flash_attention_block");
        QCOMPARE(fixture.config.at("module").get<std::string>(), std::string("FlashAttentionBlock"));
        FlashAttentionBlock module(fixture.integer("dim"), fixture.integer("num_heads"), fixture.integer("ff_mult"));
        LOAD_WEIGHTS(module, fixture);
        torch::NoGradGuard noGrad;
        COMPARE_OUTPUT(module(fixture.input("x"), true), fixture, "causal");
        COMPARE_OUTPUT(module(fixture.input("x"), false), fixture, "bidirectional");
    }

    void earlyFusionVlm()
    {
        const Fixture fixture = loadFixture("early_fusion_vlm");
        QCOMPARE(fixture.config.at("module").get<std::string>(), std::string("EarlyFusionVLM"));
        EarlyFusionVLM module(earlyFusionConfig(fixture));
        LOAD_WEIGHTS(module, fixture);
        torch::NoGradGuard noGrad;
        const EarlyFusionOutput output =
            module(fixture.input("images"), fixture.input("input_ids"), fixture.input("labels"), true);
        QCOMPARE(output.numVisualTokens, fixture.integer("num_visual_tokens"));
        COMPARE_OUTPUT(output.logits, fixture, "logits");
        COMPARE_OUTPUT(output.loss.reshape({1}), fixture, "loss");
        QCOMPARE(static_cast<std::int64_t>(output.attention.size()), fixture.integer("num_layers"));
        for (std::size_t layer = 0; layer < output.attention.size(); ++layer) {
            const std::string name = "layers." + std::to_string(layer) + ".attn_probs";
            const QString problem = difference(output.attention[layer], fixture.outputs.tensor(name),
                                               QString::fromStdString(name));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    // The file may hold the tied head under either name or both; the module stays tied.
    void earlyFusionLoadsEitherTiedName_data()
    {
        QTest::addColumn<QString>("dropped");
        QTest::newRow("without head.weight") << "head.weight";
        QTest::newRow("without text_embed.weight") << "text_embed.weight";
    }

    void earlyFusionLoadsEitherTiedName()
    {
        QFETCH(QString, dropped);
        const Fixture fixture = loadFixture("early_fusion_vlm");
        SafetensorsFile weights = readSafetensors(fixture.weightsPath);
        const torch::Tensor embedding = weights.tensor("text_embed.weight").clone();
        weights.tensors.erase(dropped.toStdString());
        QTemporaryDir folder;
        const std::string path = folder.filePath("weights.safetensors").toStdString();
        writeSafetensors(path, weights.tensors);

        EarlyFusionVLM module(earlyFusionConfig(fixture));
        const StateDictReport report = loadStateDict(*module, path);
        QVERIFY(report.missing.empty());
        QVERIFY(module->head->named_parameters()["weight"].is_same(module->textEmbedding->weight));
        QVERIFY(torch::equal(module->textEmbedding->weight, embedding));

        module->eval();
        torch::NoGradGuard noGrad;
        const EarlyFusionOutput output = module(fixture.input("images"), fixture.input("input_ids"));
        COMPARE_OUTPUT(output.logits, fixture, "logits");
    }

private:
    static EarlyFusionConfig earlyFusionConfig(const Fixture &fixture)
    {
        EarlyFusionConfig config;
        config.vocabSize = fixture.integer("vocab_size");
        config.dim = fixture.integer("dim");
        config.numHeads = fixture.integer("num_heads");
        config.numLayers = fixture.integer("num_layers");
        config.patchSize = fixture.integer("patch_size");
        config.maxSeqLen = fixture.integer("max_seq_len");
        config.ffMult = fixture.integer("ff_mult");
        return config;
    }
};

QTEST_APPLESS_MAIN(TestGoldenModules)
#include "tst_golden_modules.moc"
