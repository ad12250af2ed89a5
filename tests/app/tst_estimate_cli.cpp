// vlmwb-cli estimate as a user runs it: JSON keys and hand-computed values, presets, bad options.
#include "cli_run.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TestEstimateCli : public QObject
{
    Q_OBJECT
private:
    static CliRun runEstimate(const QStringList &arguments)
    {
        return runCli(QStringList{"estimate"} + arguments);
    }

    QJsonObject runJson(const QStringList &arguments)
    {
        const CliRun run = runEstimate(arguments + QStringList{"--json"});
        if (run.exitCode != 0)
            qFatal("exit %d: %s", run.exitCode, qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

private slots:
    void listsEveryPreset()
    {
        const CliRun run = runEstimate({"--list-presets"});
        QCOMPARE(run.exitCode, 0);
        for (const char *name : {"llava-1.5-7b", "llava-1.5-13b", "llava-next-7b", "llava-next-video-7b", "qwen2-vl-7b",
                                 "fuyu-8b", "blip2-opt-2.7b", "idefics-9b", "tier-t4", "tier-l4", "tier-a100",
                                 "tier-h100"})
            QVERIFY2(run.out.contains(QRegularExpression(QString("(^|\\n)%1 ").arg(QRegularExpression::escape(name)))),
                     name);
    }

    void jsonHoldsTheDocumentedKeys()
    {
        // LLaVA-1.5-7B, 336 x 336, 10 prompt + 6 output tokens, fp16: 576 + 16 = 592 tokens;
        // KV cache 2 x 32 layers x 32 heads x 128 x 592 x 2 bytes = 310,378,496.
        const QJsonObject json = runJson({"--preset", "llava-1.5-7b", "--width", "336", "--height", "336",
                                          "--prompt-tokens", "10", "--output-tokens", "6"});
        QCOMPARE(json["visual_tokens"].toDouble(), 576.0);
        QCOMPARE(json["sequence_length"].toDouble(), 592.0);
        const QJsonObject memory = json["memory_bytes"].toObject();
        QCOMPARE(memory["kv_cache"].toDouble(), 310378496.0);
        double sum = 0;
        for (const char *key : {"weights", "kv_cache", "attention_scores", "activations"}) {
            QVERIFY2(memory.contains(key), key);
            sum += memory[key].toDouble();
        }
        QCOMPARE(memory["total"].toDouble(), sum);
        // FLOPs = 2 x (prefill + decode MACs), per component and in total.
        const QJsonObject flops = json["flops"].toObject();
        const QJsonObject prefill = json["macs"].toObject()["prefill"].toObject();
        const QJsonObject decode = json["macs"].toObject()["decode"].toObject();
        double total = 0;
        for (const char *key : {"vision_encoder", "connector", "decoder_attention", "decoder_ffn", "cross_attention",
                                "lm_head"}) {
            QVERIFY2(flops.contains(key), key);
            QCOMPARE(flops[key].toDouble(), 2 * (prefill[key].toDouble() + decode[key].toDouble()));
            total += flops[key].toDouble();
        }
        QCOMPARE(flops["total"].toDouble(), total);
        // The 336-px CLIP-L tower by hand (tst_cost_model has the arithmetic): 190,959,108,096 MACs.
        QCOMPARE(flops["vision_encoder"].toDouble(), 2 * 190959108096.0);
    }

    void framesAndPatterns()
    {
        // 8 frames x 576 = 4,608 (the course text's figure, unpooled); with the default 32 + 64
        // text tokens the 4,096 context holds (4096 - 96) / 576 = 6.9 -> 6 frames.
        const QJsonObject video =
            runJson({"--preset", "llava-1.5-7b", "--width", "336", "--height", "336", "--frames", "8"});
        QCOMPARE(video["visual_tokens"].toDouble(), 4608.0);
        QCOMPARE(video["video"].toObject()["frames_in_context"].toInt(), 6);
        // Fuyu: 36 x 64 patches + 36 newlines at 1920 x 1080.
        QCOMPARE(runJson({"--preset", "fuyu-8b", "--width", "1920", "--height", "1080"})["visual_tokens"].toDouble(),
                 2340.0);
        // The same model as cross-attention reads 64 latents, none of them in the sequence:
        // sequence = 32 prompt + 64 output (the defaults).
        const QJsonObject cross = runJson({"--pattern", "cross_attention", "--preset", "llava-1.5-7b", "--width",
                                           "1920", "--height", "1080"});
        QCOMPARE(cross["visual_tokens"].toDouble(), 64.0);
        QCOMPARE(cross["sequence_length"].toDouble(), 96.0);
        QVERIFY(cross["flops"].toObject()["cross_attention"].toDouble() > 0);
    }

    void trainingMemoryAddsUp()
    {
        const QJsonObject json = runJson({"--preset", "tier-t4", "--width", "336", "--height", "336", "--prompt-tokens",
                                          "512", "--output-tokens", "0", "--train"});
        const QJsonObject training = json["training_memory_bytes"].toObject();
        double sum = 0;
        for (const char *key : {"weights", "gradients", "optimizer_states", "activations", "logits"})
            sum += training[key].toDouble();
        QCOMPARE(training["total"].toDouble(), sum);
        // 576 visual + 512 text tokens per sample.
        QCOMPARE(training["sequence_length"].toDouble(), 1088.0);
        // AdamW keeps two fp32 moments per trainable parameter, gradients one.
        QCOMPARE(training["optimizer_states"].toDouble(), 8 * training["trainable_parameters"].toDouble());
        QCOMPARE(training["gradients"].toDouble(), 4 * training["trainable_parameters"].toDouble());
    }

    void measuresTheCpuWhenAsked()
    {
        const QJsonObject json = runJson({"--preset", "blip2-opt-2.7b", "--width", "224", "--height", "224",
                                          "--device", "t4", "--measure-cpu"});
        QVERIFY(json["cpu_measured"].toObject()["fp32_flops_per_second"].toDouble() > 1e8);
        QVERIFY(json["roofline"].toObject().contains("cpu"));
        QVERIFY(json["roofline"].toObject().contains("t4"));
        QVERIFY(!json["roofline"].toObject().contains("h100"));
    }

    void aMissingModelFolderIsNamed()
    {
        const CliRun run = runEstimate({"--model", "/nonexistent/model", "--width", "10", "--height", "10"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("/nonexistent/model/config.json"), qPrintable(run.err));
    }

    void badOptionsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no preset") << QStringList{"--width", "10", "--height", "10"} << "--preset";
        QTest::newRow("unknown preset") << QStringList{"--preset", "gpt-9", "--width", "10", "--height", "10"}
                                        << "gpt-9";
        QTest::newRow("bad width") << QStringList{"--preset", "fuyu-8b", "--width", "wide", "--height", "10"}
                                   << "--width";
        QTest::newRow("no height") << QStringList{"--preset", "fuyu-8b", "--width", "10"} << "--height";
        QTest::newRow("bad dtype") << QStringList{"--preset", "fuyu-8b", "--width", "10", "--height", "10", "--dtype",
                                                  "fp8"}
                                   << "fp8";
        QTest::newRow("bad pattern") << QStringList{"--preset", "fuyu-8b", "--pattern", "magic", "--width", "10",
                                                    "--height", "10"}
                                     << "magic";
        QTest::newRow("zero batch") << QStringList{"--preset", "fuyu-8b", "--width", "10", "--height", "10", "--batch",
                                                   "0"}
                                    << "--batch";
        QTest::newRow("unknown device") << QStringList{"--preset", "fuyu-8b", "--width", "10", "--height", "10",
                                                       "--device", "v100"}
                                        << "v100";
        QTest::newRow("unknown option") << QStringList{"--preset", "fuyu-8b", "--colour"} << "colour";
    }

    void badOptionsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runEstimate(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEstimateCli)
#include "tst_estimate_cli.moc"
