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

// Reads a fixture folder; its config must be for moduleName.
Fixture loadFixture(const char *name, const std::string &moduleName)
{
    Fixture fixture;
    fixture.folder = (goldenRoot() + "/" + name).toStdString();
    std::ifstream configFile(fixture.folder + "/config.json");
    if (!configFile)
        throw std::runtime_error(fixture.folder + "/config.json cannot be opened.");
    fixture.config = nlohmann::json::parse(configFile);
    if (fixture.config.value("module", std::string()) != moduleName)
        throw std::runtime_error(fixture.folder + "/config.json is not for a " + moduleName + ".");
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

// Qt Test 6.4 reports an exception from a test without its message; this fails with what().
template <typename Body>
void guarded(Body body)
{
    try {
        body();
    } catch (const std::exception &error) {
        QFAIL(error.what());
    }
}

// The connectors map visual_features to visual_tokens.
template <typename Holder>
void checkConnector(Holder module, const Fixture &fixture)
{
    LOAD_WEIGHTS(module, fixture);
    torch::NoGradGuard noGrad;
    COMPARE_OUTPUT(module(fixture.input("visual_features")), fixture, "visual_tokens");
}

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
        guarded([&] {
            const Fixture fixture = loadFixture("perceiver_resampler", "PerceiverResampler");
            PerceiverResampler module(fixture.integer("dim"), fixture.integer("num_latents"),
                                      fixture.integer("num_layers"), fixture.integer("num_heads"));
            LOAD_WEIGHTS(module, fixture);
            torch::NoGradGuard noGrad;
            COMPARE_OUTPUT(module(fixture.input("visual_features")), fixture, "latents");
        });
    }

    void gatedCrossAttention()
    {
        guarded([&] {
            const Fixture fixture = loadFixture("gated_cross_attention", "GatedCrossAttentionBlock");
            GatedCrossAttentionBlock module(fixture.integer("dim"), fixture.integer("num_heads"));
            LOAD_WEIGHTS(module, fixture);
            torch::NoGradGuard noGrad;
            COMPARE_OUTPUT(module(fixture.input("text_hidden"), fixture.input("visual_tokens")), fixture, "output");
        });
    }

    void linearProjection()
    {
        guarded([&] {
            const Fixture fixture = loadFixture("linear_projection", "LinearProjection");
            checkConnector(LinearProjection(fixture.integer("dim_vision"), fixture.integer("dim_llm")), fixture);
        });
    }

    void mlpConnector()
    {
        guarded([&] {
            const Fixture fixture = loadFixture("mlp_connector", "MLPConnector");
            checkConnector(MLPConnector(fixture.integer("dim_vision"), fixture.integer("dim_llm")), fixture);
        });
    }

    void downsamplingConnector()
    {
        guarded([&] {
            const Fixture fixture = loadFixture("downsampling_connector", "DownsamplingConnector");
            checkConnector(DownsamplingConnector(fixture.integer("dim_vision"), fixture.integer("dim_llm"),
                                                 fixture.integer("grid_size"), fixture.integer("target_size")),
                           fixture);
        });
    }

    void cAbstractor()
    {
        guarded([&] {
            const Fixture fixture = loadFixture("c_abstractor", "CAbstractor");
            checkConnector(CAbstractor(fixture.integer("dim_vision"), fixture.integer("dim_llm"),
                                       fixture.integer("grid_size"), fixture.integer("target_size"),
                                       fixture.integer("num_conv_layers")),
                           fixture);
        });
    }

    void fuyuPatchEmbedding()
    {
        guarded([&] {
            const Fixture fixture = loadFixture("fuyu_patch_embedding", "FuyuPatchEmbedding");
            FuyuPatchEmbedding module(fixture.integer("patch_size"), fixture.integer("in_channels"),
                                      fixture.integer("embed_dim"));
            LOAD_WEIGHTS(module, fixture);
            torch::NoGradGuard noGrad;
            const PatchEmbeddings patches = module(fixture.input("images"));
            QCOMPARE(patches.rows, fixture.integer("h_patches"));
            QCOMPARE(patches.columns, fixture.integer("w_patches"));
            COMPARE_OUTPUT(patches.embeddings, fixture, "patch_embeds");
        });
    }

    void flashAttentionBlock()
    {
        guarded([&] {
            const Fixture fixture = loadFixture("flash_attention_block", "FlashAttentionBlock");
            FlashAttentionBlock module(fixture.integer("dim"), fixture.integer("num_heads"),
                                       fixture.integer("ff_mult"));
            LOAD_WEIGHTS(module, fixture);
            torch::NoGradGuard noGrad;
            COMPARE_OUTPUT(module(fixture.input("x"), true), fixture, "causal");
            COMPARE_OUTPUT(module(fixture.input("x"), false), fixture, "bidirectional");
        });
    }

    void earlyFusionVlm()
    {
        guarded([&] {
            const Fixture fixture = loadFixture("early_fusion_vlm", "EarlyFusionVLM");
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
        });
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
        guarded([&] {
            QFETCH(QString, dropped);
            const Fixture fixture = loadFixture("early_fusion_vlm", "EarlyFusionVLM");
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
        });
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
