// config.json parsing: a complete file per pattern, the round trip through modelConfigToJson, and
// every kind of bad value rejected with a message naming the file, the key and the cause.
#include "vlmwb/model_config.h"

#include <nlohmann/json.hpp>

#include <QtTest>

using namespace vlmwb::inference;
using Json = nlohmann::json;

namespace {

Json projectionConfig()
{
    return Json::parse(R"({
      "format": "vlmwb-model", "version": 1, "pattern": "projection",
      "input_height": 32, "patch_size": 8, "max_image_width": 256,
      "tokenizer": "bytes-v1", "vocab_size": 262,
      "vision": {"dim": 32, "layers": 2, "heads": 4, "ff_mult": 2,
                 "ctc_head": {"vocab": "chars", "size": 120}},
      "connector": {"kind": "downsample", "pool_rows": 2, "pool_cols": 2},
      "decoder": {"dim": 48, "layers": 2, "heads": 6, "ff_mult": 4, "max_positions": 256},
      "prompt": "Read: ",
      "training": {"corpus": "synthetic-v1", "steps": 1000}
    })");
}

QString errorOf(const Json &config)
{
    try {
        parseModelConfig(config.dump(), "models/x/config.json");
    } catch (const std::runtime_error &error) {
        return QString::fromStdString(error.what());
    }
    return QString();
}

} // namespace

class TestModelConfig : public QObject
{
    Q_OBJECT
private slots:
    void parsesProjectionConfig()
    {
        const ModelConfig config = parseModelConfig(projectionConfig().dump(), "config.json");
        QCOMPARE(config.pattern, std::string("projection"));
        QCOMPARE(config.inputHeight, 32);
        QCOMPARE(config.patchRows(), 4);
        QCOMPARE(config.maxPatchColumns(), 32);
        QCOMPARE(config.vision.dim, 32);
        QVERIFY(config.vision.ctcHead.has_value());
        QCOMPARE(config.vision.ctcHead->vocab, std::string("chars"));
        QCOMPARE(config.vision.ctcHead->size, 120);
        QCOMPARE(config.connector.kind, std::string("downsample"));
        QCOMPARE(config.connector.poolCols, 2);
        QCOMPARE(config.decoder.heads, 6);
        QCOMPARE(config.prompt, std::string("Read: "));
        QCOMPARE(Json::parse(config.trainingJson), Json::parse(R"({"corpus": "synthetic-v1", "steps": 1000})"));
    }

    void roundTripsThroughJson()
    {
        const ModelConfig config = parseModelConfig(projectionConfig().dump(), "config.json");
        const ModelConfig again = parseModelConfig(modelConfigToJson(config), "again.json");
        QCOMPARE(modelConfigToJson(again), modelConfigToJson(config));
        QCOMPARE(again.connector.poolRows, 2);
        QCOMPARE(again.vision.ctcHead->size, 120);
        QCOMPARE(again.trainingJson, config.trainingJson);
    }

    void decodingIsOptionalAndRoundTrips()
    {
        // Without the section a model reads greedily with CTC weight 0.8, and none is written back.
        const ModelConfig plain = parseModelConfig(projectionConfig().dump(), "config.json");
        QCOMPARE(plain.decoding.beam, 1);
        QCOMPARE(plain.decoding.ctcWeight, 0.8);
        QVERIFY(!Json::parse(modelConfigToJson(plain)).contains("decoding"));

        Json config = projectionConfig();
        config["decoding"] = {{"beam", 8}, {"ctc_weight", 0.6}};
        const ModelConfig tuned = parseModelConfig(config.dump(), "config.json");
        QCOMPARE(tuned.decoding.beam, 8);
        QCOMPARE(tuned.decoding.ctcWeight, 0.6);
        const ModelConfig again = parseModelConfig(modelConfigToJson(tuned), "again.json");
        QCOMPARE(again.decoding.beam, 8);
        QCOMPARE(again.decoding.ctcWeight, 0.6);

        // Either key alone keeps the other's default; a weight of 0 (decoder alone) is allowed.
        config["decoding"] = {{"ctc_weight", 0}};
        const ModelConfig decoderAlone = parseModelConfig(config.dump(), "config.json");
        QCOMPARE(decoderAlone.decoding.beam, 1);
        QCOMPARE(decoderAlone.decoding.ctcWeight, 0.0);
    }

    void ctcFramesPerTokenIsOptionalAndRoundTrips()
    {
        // Absent: one frame per token, and the key is not written back (older readers reject it).
        const ModelConfig plain = parseModelConfig(projectionConfig().dump(), "config.json");
        QCOMPARE(plain.vision.ctcHead->framesPerToken, 1);
        QVERIFY(!Json::parse(modelConfigToJson(plain))["vision"]["ctc_head"].contains("frames_per_token"));

        Json config = projectionConfig();
        config["vision"]["ctc_head"]["frames_per_token"] = 2;
        const ModelConfig doubled = parseModelConfig(config.dump(), "config.json");
        QCOMPARE(doubled.vision.ctcHead->framesPerToken, 2);
        QCOMPARE(doubled.vision.ctcHead->size, 120); // size stays the class count, blank included
        const ModelConfig again = parseModelConfig(modelConfigToJson(doubled), "again.json");
        QCOMPARE(again.vision.ctcHead->framesPerToken, 2);
    }

    void parsesEarlyFusionWithoutVision()
    {
        Json config = projectionConfig();
        config["pattern"] = "early_fusion";
        config.erase("vision");
        config.erase("connector");
        config["early_fusion"] = {{"mask", "causal"}};
        const ModelConfig parsed = parseModelConfig(config.dump(), "config.json");
        QCOMPARE(parsed.earlyFusion.mask, std::string("causal"));
        QCOMPARE(parseModelConfig(modelConfigToJson(parsed), "x").earlyFusion.mask, std::string("causal"));
        QVERIFY(!ctcHeadOf(parsed));

        // Its CTC head lives in its own section (it reads the decoder, there is no vision encoder).
        config["early_fusion"]["ctc_head"] = {{"vocab", "chars"}, {"size", 90}};
        const ModelConfig withHead = parseModelConfig(config.dump(), "config.json");
        QCOMPARE(ctcHeadOf(withHead)->size, 90);
        QCOMPARE(ctcHeadOf(parseModelConfig(modelConfigToJson(withHead), "x"))->vocab, std::string("chars"));
        config["early_fusion"]["ctc_head"]["size"] = 1;
        const QString error = errorOf(config);
        QVERIFY2(error.contains("\"early_fusion.ctc_head.size\"") && error.contains("at least 2"), qPrintable(error));
    }

    void rejectsBadConfigs_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("cause");
        QTest::newRow("unknown pattern") << "pattern=diffusion" << "pattern" << "unknown value \"diffusion\"";
        QTest::newRow("missing key") << "-decoder.max_positions" << "decoder.max_positions" << "is missing";
        QTest::newRow("dim not divisible by heads") << "vision.heads=5" << "vision.dim" << "not a multiple of vision.heads";
        QTest::newRow("zero width") << "decoder.dim=0" << "decoder.dim" << "must be at least 1";
        QTest::newRow("bad connector") << "connector.kind=qformer" << "connector.kind" << "unknown value \"qformer\"";
        QTest::newRow("height not in patches") << "input_height=30" << "input_height" << "not a multiple of patch_size";
        QTest::newRow("small vocabulary") << "vocab_size=100" << "vocab_size" << "at least 262";
        QTest::newRow("misspelt key") << "decoder.head=4" << "decoder.head" << "not a known setting";
        QTest::newRow("wrong type") << "patch_size=\"8\"" << "patch_size" << "must be an integer";
        QTest::newRow("positions too few") << "decoder.max_positions=10" << "decoder.max_positions" << "too small";
        QTest::newRow("beam zero") << "decoding.beam=0" << "decoding.beam" << "must be at least 1";
        QTest::newRow("beam too wide") << "decoding.beam=17" << "decoding.beam" << "at most 16";
        QTest::newRow("weight above one") << "decoding.ctc_weight=1.5" << "decoding.ctc_weight" << "from 0 to 1";
        QTest::newRow("weight as text") << "decoding.ctc_weight=high" << "decoding.ctc_weight" << "from 0 to 1";
        QTest::newRow("no ctc frames") << "vision.ctc_head.frames_per_token=0" << "vision.ctc_head.frames_per_token"
                                       << "at least 1";
        QTest::newRow("too many ctc frames") << "vision.ctc_head.frames_per_token=5"
                                             << "vision.ctc_head.frames_per_token" << "from 1 to 4";
        QTest::newRow("misspelt decoding key") << "decoding.beams=4" << "decoding.beams" << "not a known setting";
    }

    void rejectsBadConfigs()
    {
        QFETCH(QString, change);
        QFETCH(QString, key);
        QFETCH(QString, cause);
        Json config = projectionConfig();
        // change: "-a.b" removes a.b; "a.b=value" sets it (value is JSON, else a string).
        const bool remove = change.startsWith('-');
        const QString path = remove ? change.mid(1) : change.section('=', 0, 0);
        const QStringList parts = path.split('.');
        Json *object = &config;
        for (int i = 0; i + 1 < parts.size(); ++i)
            object = &(*object)[parts[i].toStdString()];
        if (remove) {
            object->erase(parts.last().toStdString());
        } else {
            const std::string text = change.section('=', 1).toStdString();
            const Json value = Json::parse(text, nullptr, false);
            (*object)[parts.last().toStdString()] = value.is_discarded() ? Json(text) : value;
        }
        const QString error = errorOf(config);
        QVERIFY2(error.contains("models/x/config.json"), qPrintable(error));
        QVERIFY2(error.contains("\"" + key + "\""), qPrintable(error));
        QVERIFY2(error.contains(cause), qPrintable(error));
    }

    void crossAttentionResamplerHeadsDivideDecoderWidth()
    {
        // The latents live in the decoder's width (48), whatever the vision encoder's (32): a
        // narrower encoder reaches them through resampler_input, so 5 heads fail on 48, not on 32.
        Json config = projectionConfig();
        config["pattern"] = "cross_attention";
        config["resampler"] = {{"latents", 8}, {"layers", 1}, {"heads", 5}};
        const QString error = errorOf(config);
        QVERIFY2(error.contains("decoder.dim") && error.contains("resampler.heads"), qPrintable(error));
        config["resampler"]["heads"] = 4;
        QCOMPARE(errorOf(config), QString());
        config["decoder"]["dim"] = 32;
        config["decoder"]["heads"] = 4;
        QCOMPARE(errorOf(config), QString());
    }

    void rejectsInvalidJsonAndMissingFile()
    {
        QVERIFY(errorOf(Json::array()).contains("must be a JSON object"));
        try {
            parseModelConfig("{\"format\": ", "broken.json");
            QFAIL("invalid JSON was accepted");
        } catch (const std::runtime_error &error) {
            QVERIFY(QString(error.what()).contains("broken.json"));
            QVERIFY(QString(error.what()).contains("not valid JSON"));
        }
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, loadModelConfig("/nonexistent/config.json"));
    }
};

QTEST_APPLESS_MAIN(TestModelConfig)
#include "tst_model_config.moc"
