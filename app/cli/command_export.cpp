// vlmwb-cli export: verified corrections from a review database as CSV, JSON, JSONL training pairs
// or a FHIR R4 bundle, to a file (--out) or to stdout.
#include "cli/cli_command.h"
#include "core/correction_export.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace vlmwb::cli {

namespace {

QString tr(const char *text, int count = -1)
{
    return QCoreApplication::translate("vlmwb::cli", text, nullptr, count);
}

// Crops go next to the output file (NAME-crops/), or into ./training-crops when writing to stdout.
QString defaultCropFolder(const QString &out)
{
    if (out.isEmpty())
        return QDir::current().filePath(QStringLiteral("training-crops"));
    const QFileInfo info(out);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-crops"));
}

} // namespace

int runExportCommand(const QStringList &arguments, CliStreams streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export verified corrections from a review database."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption("db", tr("The review database (SQLite file)."), tr("FILE"));
    const QCommandLineOption formatOption("format", tr("csv, json, jsonl (training pairs) or fhir (FHIR R4)."),
                                          tr("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption outOption("out", tr("Write to this file instead of stdout."), tr("PATH"));
    const QCommandLineOption cropsOption("crops", tr("Folder for the line crops of jsonl (default: next to --out)."),
                                         tr("FOLDER"));
    parser.addOptions({databaseOption, formatOption, outOption, cropsOption});
    if (!parser.parse(QStringList{QStringLiteral("vlmwb-cli export")} + arguments)) {
        streams.err << parser.errorText() << '\n';
        return exitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        streams.out << parser.helpText();
        return exitOk;
    }
    const QString databasePath = parser.value(databaseOption);
    if (databasePath.isEmpty()) {
        streams.err << tr("vlmwb-cli export: --db FILE is required.") << '\n';
        return exitUsage;
    }
    const auto format = core::exportFormatFromName(parser.value(formatOption));
    if (!format) {
        streams.err << tr("vlmwb-cli export: unknown format '%1'; use csv, json, jsonl or fhir.")
                           .arg(parser.value(formatOption))
                    << '\n';
        return exitUsage;
    }
    if (!QFileInfo::exists(databasePath)) {
        streams.err << tr("The review database %1 does not exist.").arg(databasePath) << '\n';
        return exitFailure;
    }
    core::ReviewDatabase database;
    if (!database.open(databasePath)) {
        streams.err << database.errorString() << '\n';
        return exitFailure;
    }
    const core::CorrectionExport exporter(database.verifiedCorrections());
    if (database.lastFailure() != core::DatabaseFailure::None) {
        streams.err << database.errorString() << '\n';
        return exitFailure;
    }

    const QString out = parser.value(outOption);
    QStringList warnings;
    QByteArray data;
    switch (*format) {
    case core::ExportFormat::Csv: data = exporter.toCsv(); break;
    case core::ExportFormat::Json: data = exporter.toJson(); break;
    case core::ExportFormat::Fhir: data = exporter.toFhirBundle(); break;
    case core::ExportFormat::Jsonl: {
        const QString crops = parser.isSet(cropsOption) ? parser.value(cropsOption) : defaultCropFolder(out);
        const QString relativeTo = out.isEmpty() ? QDir::currentPath() : QFileInfo(out).absolutePath();
        data = exporter.toJsonl(crops, relativeTo, &warnings);
        break;
    }
    }
    for (const QString &warning : std::as_const(warnings))
        streams.err << tr("warning: %1").arg(warning) << '\n';

    if (out.isEmpty()) {
        streams.out << QString::fromUtf8(data);
        streams.out.flush();
    } else {
        // QSaveFile: an earlier export at PATH stays intact unless the new one is complete.
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            streams.err << tr("The export cannot be written to %1 (%2).").arg(out, file.errorString()) << '\n';
            return exitFailure;
        }
        streams.err << tr("Exported %n verified finding(s) to %1.", exporter.count()).arg(out) << '\n';
    }
    return warnings.isEmpty() ? exitOk : exitFailure;
}

} // namespace vlmwb::cli
