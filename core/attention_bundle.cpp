#include "core/attention_bundle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSysInfo>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <limits>

namespace vlmwb::core {

using inference::AttentionComponent;
using inference::AttentionMap;
using inference::SpanKind;

namespace {

const QString bundleFileName = QStringLiteral("bundle.json");
const QString imageFileName = QStringLiteral("image.png");
const QString dataFileName = QStringLiteral("attention.bin");
const QString formatName = QStringLiteral("vlmwb-attention-bundle");
constexpr int formatVersion = 1;
// Upper bound on one map's entries (heads * queries * keys): 2^31 floats are 8 GiB.
constexpr qint64 maximumEntries = qint64(1) << 31;

QJsonArray spansToJson(const std::vector<inference::TokenSpan> &spans)
{
    QJsonArray array;
    for (const inference::TokenSpan &span : spans)
        array.append(QJsonArray{QString::fromLatin1(inference::spanKindName(span.kind)), span.begin, span.end});
    return array;
}

QJsonObject gridToJson(const inference::PatchGrid &grid)
{
    return QJsonObject{{QStringLiteral("rows"), grid.rows},
                       {QStringLiteral("columns"), grid.columns},
                       {QStringLiteral("padded_columns"), grid.paddedColumns},
                       {QStringLiteral("patch_size"), grid.patchSize},
                       {QStringLiteral("scaled_width"), grid.scaledWidth},
                       {QStringLiteral("scaled_height"), grid.scaledHeight},
                       {QStringLiteral("padding_right"), grid.paddingRight},
                       {QStringLiteral("scale"), grid.scale},
                       {QStringLiteral("pool_rows"), grid.poolRows},
                       {QStringLiteral("pool_columns"), grid.poolColumns}};
}

// Writes `bytes` of little-endian data (the host order here is swapped on big-endian hosts).
template <typename Value>
bool writeLittleEndian(QIODevice &device, const std::vector<Value> &values)
{
    if constexpr (QSysInfo::ByteOrder == QSysInfo::BigEndian && sizeof(Value) > 1) {
        std::vector<Value> swapped(values.size());
        qToLittleEndian<Value>(values.data(), static_cast<qsizetype>(values.size()), swapped.data());
        return writeLittleEndian<unsigned char>(device, std::vector<unsigned char>(
            reinterpret_cast<const unsigned char *>(swapped.data()),
            reinterpret_cast<const unsigned char *>(swapped.data() + swapped.size())));
    }
    const qint64 size = static_cast<qint64>(values.size() * sizeof(Value));
    return device.write(reinterpret_cast<const char *>(values.data()), size) == size;
}

// Reads the JSON parts of a bundle: every failure is a sentence naming bundle.json and the key.
class BundleReader
{
public:
    explicit BundleReader(const QString &path) : m_path(path) {}

    QString error;

    QJsonValue value(const QJsonObject &object, const QString &key, QJsonValue::Type type)
    {
        const QJsonValue found = object.value(key);
        if (error.isEmpty() && found.type() != type)
            error = QCoreApplication::translate("vlmwb::core::AttentionBundle",
                                                "%1: the key \"%2\" is missing or has the wrong type.")
                        .arg(m_path, key);
        return found;
    }
    int integer(const QJsonObject &object, const QString &key, int minimum = 0)
    {
        const QJsonValue found = value(object, key, QJsonValue::Double);
        const double number = found.toDouble();
        if (error.isEmpty() && (number < minimum || number > std::numeric_limits<int>::max() || number != int(number)))
            error = QCoreApplication::translate("vlmwb::core::AttentionBundle",
                                                "%1: the key \"%2\" holds %3, which is not a whole number of at "
                                                "least %4.")
                        .arg(m_path, key)
                        .arg(number)
                        .arg(minimum);
        return error.isEmpty() ? static_cast<int>(number) : 0;
    }
    double real(const QJsonObject &object, const QString &key) { return value(object, key, QJsonValue::Double).toDouble(); }
    QJsonObject object(const QJsonObject &object, const QString &key)
    {
        return value(object, key, QJsonValue::Object).toObject();
    }
    QJsonArray array(const QJsonObject &object, const QString &key)
    {
        return value(object, key, QJsonValue::Array).toArray();
    }

    std::vector<inference::TokenSpan> spans(const QJsonObject &map, const QString &key, int count)
    {
        std::vector<inference::TokenSpan> spans;
        for (const QJsonValue &entry : array(map, key)) {
            const QJsonArray triple = entry.toArray();
            const int begin = triple.at(1).toInt(-1);
            const int end = triple.at(2).toInt(-1);
            std::optional<SpanKind> kind;
            for (SpanKind candidate : {SpanKind::Visual, SpanKind::Newline, SpanKind::ImageEnd, SpanKind::Prompt,
                                       SpanKind::Generated, SpanKind::Latent, SpanKind::Bos})
                if (triple.at(0).toString() == QLatin1String(inference::spanKindName(candidate)))
                    kind = candidate;
            if (!kind || triple.size() != 3 || begin < 0 || end < begin || end > count) {
                if (error.isEmpty())
                    error = QCoreApplication::translate("vlmwb::core::AttentionBundle",
                                                        "%1: an entry of \"%2\" is not a span [kind, begin, end] "
                                                        "within the map's %3 tokens.")
                                .arg(m_path, key)
                                .arg(count);
                return {};
            }
            spans.push_back({*kind, begin, end});
        }
        return spans;
    }

private:
    QString m_path;
};

std::optional<AttentionComponent> componentNamed(const QString &name)
{
    for (AttentionComponent component :
         {AttentionComponent::VisionSelf, AttentionComponent::ResamplerCross, AttentionComponent::ResamplerSelf,
          AttentionComponent::DecoderSelf, AttentionComponent::GatedCross})
        if (name == QLatin1String(inference::attentionComponentName(component)))
            return component;
    return std::nullopt;
}

// Reads `count` values at `offset` of `file` into `values`; false on a short read.
template <typename Value>
bool readValues(QFile &file, qint64 offset, qint64 count, std::vector<Value> &values)
{
    values.resize(static_cast<std::size_t>(count));
    const qint64 size = count * static_cast<qint64>(sizeof(Value));
    if (!file.seek(offset) || file.read(reinterpret_cast<char *>(values.data()), size) != size)
        return false;
    if constexpr (QSysInfo::ByteOrder == QSysInfo::BigEndian && sizeof(Value) > 1)
        qFromLittleEndian<Value>(values.data(), static_cast<qsizetype>(values.size()), values.data());
    return true;
}

} // namespace

QString saveAttentionBundle(const AttentionBundle &bundle, const QString &folder)
{
    if (!QDir().mkpath(folder))
        return QCoreApplication::translate("vlmwb::core::AttentionBundle", "The folder %1 cannot be created.")
            .arg(QDir::toNativeSeparators(folder));
    const QDir directory(folder);

    // attention.bin first and bundle.json last: a bundle.json is only ever next to complete data.
    const QString dataPath = directory.filePath(dataFileName);
    QSaveFile data(dataPath);
    QJsonArray maps;
    qint64 offset = 0;
    if (!data.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("vlmwb::core::AttentionBundle", "%1 cannot be written: %2")
            .arg(QDir::toNativeSeparators(dataPath), data.errorString());
    for (const AttentionMap &map : bundle.trace.maps) {
        const qint64 entries = static_cast<qint64>(map.heads) * map.queries * map.keys;
        const qint64 cells = static_cast<qint64>(map.queries) * map.keys;
        std::vector<unsigned char> allowed = map.allowed;
        if (allowed.empty())
            allowed.assign(static_cast<std::size_t>(cells), 1);
        if (static_cast<qint64>(map.probabilities.size()) != entries || static_cast<qint64>(allowed.size()) != cells)
            return QCoreApplication::translate("vlmwb::core::AttentionBundle",
                                               "The %1 map of layer %2 holds %3 probabilities instead of %4, so "
                                               "the bundle %5 is not written.")
                .arg(QString::fromLatin1(inference::attentionComponentName(map.component)))
                .arg(map.layer)
                .arg(map.probabilities.size())
                .arg(entries)
                .arg(QDir::toNativeSeparators(folder));
        if (!writeLittleEndian(data, map.probabilities) || !writeLittleEndian(data, allowed))
            return QCoreApplication::translate("vlmwb::core::AttentionBundle", "%1 cannot be written: %2")
                .arg(QDir::toNativeSeparators(dataPath), data.errorString());
        QJsonObject entry{{QStringLiteral("component"),
                           QString::fromLatin1(inference::attentionComponentName(map.component))},
                          {QStringLiteral("layer"), map.layer},
                          {QStringLiteral("heads"), map.heads},
                          {QStringLiteral("queries"), map.queries},
                          {QStringLiteral("keys"), map.keys},
                          {QStringLiteral("gate"), map.gate},
                          {QStringLiteral("query_spans"), spansToJson(map.querySpans)},
                          {QStringLiteral("key_spans"), spansToJson(map.keySpans)},
                          {QStringLiteral("probabilities_offset"), offset},
                          {QStringLiteral("allowed_offset"), offset + entries * 4}};
        offset += entries * 4 + cells;
        maps.append(entry);
    }
    if (!data.commit())
        return QCoreApplication::translate("vlmwb::core::AttentionBundle", "%1 cannot be written: %2")
            .arg(QDir::toNativeSeparators(dataPath), data.errorString());

    const QString imagePath = directory.filePath(imageFileName);
    if (!bundle.image.isNull()) {
        QSaveFile image(imagePath);
        if (!image.open(QIODevice::WriteOnly) || !bundle.image.save(&image, "PNG") || !image.commit())
            return QCoreApplication::translate("vlmwb::core::AttentionBundle", "%1 cannot be written: %2")
                .arg(QDir::toNativeSeparators(imagePath), image.errorString());
    }

    QJsonArray tokens, generated;
    for (int id : bundle.trace.tokens)
        tokens.append(id);
    for (int id : bundle.generatedIds)
        generated.append(id);
    const QTransform &t = bundle.lineToDocument;
    QJsonObject trace{{QStringLiteral("pattern"), QString::fromStdString(bundle.trace.pattern)},
                      {QStringLiteral("grid"), gridToJson(bundle.trace.grid)},
                      {QStringLiteral("tokens"), tokens},
                      {QStringLiteral("maps"), maps}};
    QJsonObject root{{QStringLiteral("format"), formatName},
                     {QStringLiteral("version"), formatVersion},
                     {QStringLiteral("model_id"), bundle.modelId},
                     {QStringLiteral("config"), bundle.config},
                     {QStringLiteral("text"), bundle.text},
                     {QStringLiteral("generated_ids"), generated},
                     {QStringLiteral("image"), bundle.image.isNull() ? QJsonValue() : QJsonValue(imageFileName)},
                     {QStringLiteral("line_to_document"),
                      QJsonArray{t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy()}},
                     {QStringLiteral("trace"), trace}};
    if (!bundle.lineBox.isNull())
        root.insert(QStringLiteral("line_box"), QJsonArray{bundle.lineBox.x(), bundle.lineBox.y(),
                                                           bundle.lineBox.width(), bundle.lineBox.height()});
    const QString jsonPath = directory.filePath(bundleFileName);
    QSaveFile json(jsonPath);
    const QByteArray text = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (!json.open(QIODevice::WriteOnly) || json.write(text) != text.size() || !json.commit())
        return QCoreApplication::translate("vlmwb::core::AttentionBundle", "%1 cannot be written: %2")
            .arg(QDir::toNativeSeparators(jsonPath), json.errorString());
    return {};
}

AttentionBundleLoad loadAttentionBundle(const QString &folder)
{
    AttentionBundleLoad load;
    const QDir directory(folder);
    const QString jsonPath = QDir::toNativeSeparators(directory.filePath(bundleFileName));
    QFile jsonFile(directory.filePath(bundleFileName));
    if (!jsonFile.open(QIODevice::ReadOnly)) {
        load.error = QCoreApplication::translate("vlmwb::core::AttentionBundle",
                                                 "The attention bundle file %1 cannot be read: %2")
                         .arg(jsonPath, jsonFile.errorString());
        return load;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(jsonFile.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        load.error = QCoreApplication::translate("vlmwb::core::AttentionBundle",
                                                 "%1 is not a valid JSON object: %2 at byte %3.")
                         .arg(jsonPath, parseError.errorString())
                         .arg(parseError.offset);
        return load;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatName) {
        load.error = QCoreApplication::translate("vlmwb::core::AttentionBundle",
                                                 "%1 is not an attention bundle: its \"format\" is not \"%2\".")
                         .arg(jsonPath, formatName);
        return load;
    }
    if (root.value(QStringLiteral("version")).toInt() != formatVersion) {
        load.error = QCoreApplication::translate("vlmwb::core::AttentionBundle",
                                                 "%1 has attention bundle version %2; this program reads version %3.")
                         .arg(jsonPath, root.value(QStringLiteral("version")).toVariant().toString())
                         .arg(formatVersion);
        return load;
    }
    BundleReader reader(jsonPath);
    AttentionBundle &bundle = load.bundle;
    bundle.modelId = reader.value(root, QStringLiteral("model_id"), QJsonValue::String).toString();
    bundle.config = reader.object(root, QStringLiteral("config"));
    bundle.text = reader.value(root, QStringLiteral("text"), QJsonValue::String).toString();
    for (const QJsonValue &id : reader.array(root, QStringLiteral("generated_ids")))
        bundle.generatedIds.push_back(id.toInt());
    const QJsonArray transform = reader.array(root, QStringLiteral("line_to_document"));
    if (reader.error.isEmpty() && transform.size() == 6)
        bundle.lineToDocument = QTransform(transform[0].toDouble(), transform[1].toDouble(), transform[2].toDouble(),
                                           transform[3].toDouble(), transform[4].toDouble(), transform[5].toDouble());
    const QJsonArray box = root.value(QStringLiteral("line_box")).toArray();
    if (box.size() == 4)
        bundle.lineBox = QRectF(box[0].toDouble(), box[1].toDouble(), box[2].toDouble(), box[3].toDouble());

    const QJsonObject trace = reader.object(root, QStringLiteral("trace"));
    bundle.trace.pattern = reader.value(trace, QStringLiteral("pattern"), QJsonValue::String).toString().toStdString();
    const QJsonObject grid = reader.object(trace, QStringLiteral("grid"));
    inference::PatchGrid &patchGrid = bundle.trace.grid;
    patchGrid.rows = reader.integer(grid, QStringLiteral("rows"));
    patchGrid.columns = reader.integer(grid, QStringLiteral("columns"));
    patchGrid.paddedColumns = reader.integer(grid, QStringLiteral("padded_columns"));
    patchGrid.patchSize = reader.integer(grid, QStringLiteral("patch_size"));
    patchGrid.scaledWidth = reader.integer(grid, QStringLiteral("scaled_width"));
    patchGrid.scaledHeight = reader.integer(grid, QStringLiteral("scaled_height"));
    patchGrid.paddingRight = reader.integer(grid, QStringLiteral("padding_right"));
    patchGrid.scale = reader.real(grid, QStringLiteral("scale"));
    patchGrid.poolRows = reader.integer(grid, QStringLiteral("pool_rows"), 1);
    patchGrid.poolColumns = reader.integer(grid, QStringLiteral("pool_columns"), 1);
    for (const QJsonValue &id : reader.array(trace, QStringLiteral("tokens")))
        bundle.trace.tokens.push_back(id.toInt());
    const QJsonArray maps = reader.array(trace, QStringLiteral("maps"));
    if (!reader.error.isEmpty()) {
        load.error = reader.error;
        return load;
    }

    const QString dataPath = QDir::toNativeSeparators(directory.filePath(dataFileName));
    QFile data(directory.filePath(dataFileName));
    if (!maps.isEmpty() && !data.open(QIODevice::ReadOnly)) {
        load.error = QCoreApplication::translate("vlmwb::core::AttentionBundle",
                                                 "The attention data file %1 cannot be read: %2")
                         .arg(dataPath, data.errorString());
        return load;
    }
    for (int index = 0; index < maps.size(); ++index) {
        const QJsonObject entry = maps[index].toObject();
        AttentionMap map;
        const std::optional<AttentionComponent> component =
            componentNamed(entry.value(QStringLiteral("component")).toString());
        if (!component) {
            load.error = QCoreApplication::translate("vlmwb::core::AttentionBundle",
                                                     "%1: map %2 names an unknown component \"%3\".")
                             .arg(jsonPath)
                             .arg(index)
                             .arg(entry.value(QStringLiteral("component")).toString());
            return load;
        }
        map.component = *component;
        map.layer = reader.integer(entry, QStringLiteral("layer"));
        map.heads = reader.integer(entry, QStringLiteral("heads"), 1);
        map.queries = reader.integer(entry, QStringLiteral("queries"));
        map.keys = reader.integer(entry, QStringLiteral("keys"));
        map.gate = static_cast<float>(reader.real(entry, QStringLiteral("gate")));
        map.querySpans = reader.spans(entry, QStringLiteral("query_spans"), map.queries);
        map.keySpans = reader.spans(entry, QStringLiteral("key_spans"), map.keys);
        const qint64 probabilitiesOffset =
            static_cast<qint64>(reader.real(entry, QStringLiteral("probabilities_offset")));
        const qint64 allowedOffset = static_cast<qint64>(reader.real(entry, QStringLiteral("allowed_offset")));
        if (!reader.error.isEmpty()) {
            load.error = reader.error;
            return load;
        }
        const qint64 cells = static_cast<qint64>(map.queries) * map.keys;
        const qint64 entries = cells * map.heads;
        if (entries > maximumEntries || probabilitiesOffset < 0 || allowedOffset < 0
            || probabilitiesOffset + entries * 4 > data.size() || allowedOffset + cells > data.size()) {
            load.error = QCoreApplication::translate("vlmwb::core::AttentionBundle",
                                                     "%1 is %2 bytes long, too short for map %3 (%4 heads x %5 x "
                                                     "%6) that %7 places in it; the bundle is incomplete or damaged.")
                             .arg(dataPath)
                             .arg(data.size())
                             .arg(index)
                             .arg(map.heads)
                             .arg(map.queries)
                             .arg(map.keys)
                             .arg(jsonPath);
            return load;
        }
        if (!readValues(data, probabilitiesOffset, entries, map.probabilities)
            || !readValues(data, allowedOffset, cells, map.allowed)) {
            load.error = QCoreApplication::translate("vlmwb::core::AttentionBundle",
                                                     "The attention data file %1 cannot be read: %2")
                             .arg(dataPath, data.errorString());
            return load;
        }
        bundle.trace.maps.push_back(std::move(map));
    }

    if (root.value(QStringLiteral("image")).isString()) {
        const QString imagePath = directory.filePath(imageFileName);
        QImageReader image(imagePath);
        bundle.image = image.read();
        if (bundle.image.isNull()) {
            load.error = QCoreApplication::translate("vlmwb::core::AttentionBundle", "The image %1 cannot be read: %2")
                             .arg(QDir::toNativeSeparators(imagePath), image.errorString());
            return load;
        }
    }
    return load;
}

QJsonObject modelConfigJson(const QString &modelFolder)
{
    QFile config(QDir(modelFolder).filePath(QStringLiteral("config.json")));
    if (!config.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(config.readAll()).object();
}

} // namespace vlmwb::core
