// Small hand-built attention maps and traces from tiny random models, for the attention tests.
#pragma once

#include "random_model.h"
#include "vlmwb/attention_trace.h"
#include "vlmwb/engine.h"

#include <QString>
#include <QTest>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace vlmwb::test {

using Rows = std::vector<std::vector<float>>; // [queries][keys]

// A map from per-head rows; an entry is allowed where `allowed` has 1 (all allowed when empty).
inline inference::AttentionMap handMap(inference::AttentionComponent component, int layer,
                                       const std::vector<Rows> &heads, const Rows &allowed,
                                       const std::vector<inference::TokenSpan> &querySpans,
                                       const std::vector<inference::TokenSpan> &keySpans, float gate = 1.0f)
{
    inference::AttentionMap map;
    map.component = component;
    map.layer = layer;
    map.heads = static_cast<int>(heads.size());
    map.queries = static_cast<int>(heads.front().size());
    map.keys = static_cast<int>(heads.front().front().size());
    for (const Rows &head : heads)
        for (const std::vector<float> &row : head)
            map.probabilities.insert(map.probabilities.end(), row.begin(), row.end());
    for (int query = 0; query < map.queries; ++query)
        for (int key = 0; key < map.keys; ++key)
            map.allowed.push_back(allowed.empty() ? 1 : (allowed[query][key] != 0.0f ? 1 : 0));
    map.querySpans = querySpans;
    map.keySpans = keySpans;
    map.gate = gate;
    return map;
}

// A white line image of width x height with a black bar in its middle third.
inline inference::LineImage barLine(int width, int height)
{
    inference::LineImage line{width, height, std::vector<std::uint8_t>(static_cast<std::size_t>(width) * height, 255)};
    for (int y = height / 3; y < 2 * height / 3; ++y)
        for (int x = width / 3; x < 2 * width / 3; ++x)
            line.pixels[static_cast<std::size_t>(y) * width + x] = 0;
    return line;
}

// The attention trace of a random model of `pattern` reading a bar line of 40 x 16 pixels.
inline std::shared_ptr<const inference::AttentionTrace> randomModelTrace(const QTemporaryDir &dir,
                                                                         const std::string &pattern,
                                                                         int width = 40)
{
    const std::string folder = dir.filePath(QString::fromStdString(pattern)).toStdString();
    saveRandomModel(folder, pattern);
    inference::Engine engine(folder, inference::EngineOptions{inference::DeviceRequest::Cpu, 1,
                                                              inference::ComputeType::Float32});
    inference::DecodeOptions options;
    options.maxNewTokens = 4;
    options.captureAttention = true;
    return engine.read({barLine(width, 16)}, options).front().attention;
}

// Data rows "projection", "early_fusion", "cross_attention" of a QString column "pattern".
inline void addPatternRows()
{
    QTest::addColumn<QString>("pattern");
    for (const char *pattern : {"projection", "early_fusion", "cross_attention"})
        QTest::newRow(pattern) << QString::fromLatin1(pattern);
}

} // namespace vlmwb::test
