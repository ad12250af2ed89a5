#include "core/attention_export.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace vlmwb::core {

namespace {

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 9);
}

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

const char *presenceName(BlockPresence presence)
{
    switch (presence) {
    case BlockPresence::Present:
        return "present";
    case BlockPresence::StructurallyAbsent:
        return "structurally_absent";
    case BlockPresence::NotCaptured:
        break;
    }
    return "not_captured";
}

const char *headAggregationName(HeadAggregation heads)
{
    switch (heads) {
    case HeadAggregation::Single:
        return "single";
    case HeadAggregation::Mean:
        return "mean";
    case HeadAggregation::Max:
        return "max";
    case HeadAggregation::Min:
        break;
    }
    return "min";
}

// The statistics' columns after component, layer, head and rows, in file order.
const char *const statisticsColumns[] = {"mass_visual_to_visual", "mass_visual_to_text", "mass_text_to_visual",
                                         "mass_text_to_text", "entropy", "sparsity", "first_key_mass",
                                         "structure_mass", "sink_mass", "visual_share"};

std::vector<double> statisticsValues(const HeadStatistics &statistics)
{
    std::vector<double> values(statistics.blockMass.begin(), statistics.blockMass.end());
    values.insert(values.end(), {statistics.entropy, statistics.sparsity, statistics.firstKeyMass,
                                 statistics.structureMass, statistics.sinkMass, statistics.visualShare});
    return values;
}

} // namespace

QByteArray blockToCsv(const BlockMatrix &block)
{
    if (!block.isPresent())
        return "# absent: " + block.reason.toUtf8().replace('\n', ' ') + '\n';
    QByteArray csv = "query,kind";
    for (int column = 0; column < block.columns; ++column)
        csv += ",k" + QByteArray::number(block.keyPositions[static_cast<std::size_t>(column)]) + ':'
               + inference::spanKindName(block.columnKinds[static_cast<std::size_t>(column)]);
    csv += '\n';
    for (int row = 0; row < block.rows; ++row) {
        csv += QByteArray::number(block.queryPositions[static_cast<std::size_t>(row)]) + ','
               + inference::spanKindName(block.rowKinds[static_cast<std::size_t>(row)]);
        for (int column = 0; column < block.columns; ++column) {
            csv += ',';
            if (block.allowed[static_cast<std::size_t>(row) * block.columns + column])
                csv += number(block.at(row, column));
        }
        csv += '\n';
    }
    return csv;
}

QByteArray blockToJson(const BlockMatrix &block)
{
    QJsonObject object;
    object.insert(QStringLiteral("block"), QString::fromLatin1(attentionBlockName(block.block)));
    object.insert(QStringLiteral("component"),
                  QString::fromLatin1(inference::attentionComponentName(block.component)));
    object.insert(QStringLiteral("presence"), QString::fromLatin1(presenceName(block.presence)));
    object.insert(QStringLiteral("reason"), block.reason);
    object.insert(QStringLiteral("layer"), block.selection.layer);
    object.insert(QStringLiteral("heads"), QString::fromLatin1(headAggregationName(block.selection.heads)));
    object.insert(QStringLiteral("head"), block.selection.head);
    object.insert(QStringLiteral("gate"), block.gate);
    QJsonArray queryPositions, queryKinds, keyPositions, keyKinds, rows;
    for (int row = 0; row < block.rows; ++row) {
        queryPositions.append(block.queryPositions[static_cast<std::size_t>(row)]);
        queryKinds.append(QString::fromLatin1(inference::spanKindName(block.rowKinds[static_cast<std::size_t>(row)])));
        QJsonArray values;
        for (int column = 0; column < block.columns; ++column)
            values.append(block.allowed[static_cast<std::size_t>(row) * block.columns + column]
                              ? QJsonValue(static_cast<double>(block.at(row, column)))
                              : QJsonValue(QJsonValue::Null));
        rows.append(values);
    }
    for (int column = 0; column < block.columns; ++column) {
        keyPositions.append(block.keyPositions[static_cast<std::size_t>(column)]);
        keyKinds.append(QString::fromLatin1(inference::spanKindName(block.columnKinds[static_cast<std::size_t>(column)])));
    }
    object.insert(QStringLiteral("query_positions"), queryPositions);
    object.insert(QStringLiteral("query_kinds"), queryKinds);
    object.insert(QStringLiteral("key_positions"), keyPositions);
    object.insert(QStringLiteral("key_kinds"), keyKinds);
    object.insert(QStringLiteral("values"), rows);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QByteArray statisticsToCsv(const std::vector<HeadStatistics> &grid)
{
    QByteArray csv = "component,layer,head,rows";
    for (const char *column : statisticsColumns)
        csv += QByteArray(",") + column;
    csv += '\n';
    for (const HeadStatistics &statistics : grid) {
        csv += QByteArray(inference::attentionComponentName(statistics.component)) + ','
               + QByteArray::number(statistics.layer) + ',' + QByteArray::number(statistics.head) + ','
               + QByteArray::number(statistics.rows);
        for (double value : statisticsValues(statistics)) {
            csv += ',';
            if (std::isfinite(value))
                csv += number(value);
        }
        csv += '\n';
    }
    return csv;
}

QByteArray statisticsToJson(const std::vector<HeadStatistics> &grid)
{
    QJsonArray array;
    for (const HeadStatistics &statistics : grid) {
        QJsonObject object;
        object.insert(QStringLiteral("component"),
                      QString::fromLatin1(inference::attentionComponentName(statistics.component)));
        object.insert(QStringLiteral("layer"), statistics.layer);
        object.insert(QStringLiteral("head"), statistics.head);
        object.insert(QStringLiteral("rows"), statistics.rows);
        const std::vector<double> values = statisticsValues(statistics);
        for (std::size_t index = 0; index < values.size(); ++index)
            object.insert(QString::fromLatin1(statisticsColumns[index]), jsonNumber(values[index]));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QString writeExportFile(const QString &path, const QByteArray &data)
{
    // QSaveFile: an earlier file at `path` stays intact unless the new one is complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return QCoreApplication::translate("vlmwb::core::AttentionExport", "%1 cannot be written: %2")
            .arg(path, file.errorString());
    return {};
}

} // namespace vlmwb::core
