// CSV and JSON of a block matrix and of the statistics grid, for analysis outside the workbench.
// CSV: comma separated, '.' decimals, one header row; JSON: UTF-8, indented.
#pragma once

#include "core/attention_statistics.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace vlmwb::core {

// Header "query,kind," + one column per key ("k<position>:<kind>"); one row per query; a masked
// entry is written empty. An absent block is one comment line "# absent: <reason>".
QByteArray blockToCsv(const BlockMatrix &block);
QByteArray blockToJson(const BlockMatrix &block);

// One row per (layer, head): component,layer,head,rows,<four block masses>,entropy,sparsity,
// first_key_mass,structure_mass,sink_mass,visual_share. NaN written as empty (CSV) / null (JSON).
QByteArray statisticsToCsv(const std::vector<HeadStatistics> &grid);
QByteArray statisticsToJson(const std::vector<HeadStatistics> &grid);

// Writes `data` to `path` atomically; returns a translated sentence naming the file and the cause,
// or an empty string.
QString writeExportFile(const QString &path, const QByteArray &data);

} // namespace vlmwb::core
