// Reads RFC 4180 CSV (comma separated, '"' quoting with "" escapes, CRLF or LF line ends) from
// UTF-8 bytes. Errors are sentences naming the file, the line and the cause.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace vlmwb::core {

struct CsvRecord {
    QStringList fields;
    int line = 0; // 1-based line on which the record starts
};

struct CsvReadResult {
    QVector<CsvRecord> records; // includes the header record, if the file has one
    QString error;              // empty on success
    bool ok() const { return error.isEmpty(); }
};

// Parses the whole of bytes. nameForMessages is the file name that error sentences show.
// A UTF-8 byte order mark is skipped. Fails on UTF-16 (named as such), on invalid UTF-8, on a quote
// inside an unquoted field, on text after a closing quote and on an unterminated quoted field. Blank
// lines are skipped.
CsvReadResult parseCsv(const QByteArray &bytes, const QString &nameForMessages);

// Reads path (plain file or Qt resource) and parses it.
CsvReadResult readCsvFile(const QString &path);

} // namespace vlmwb::core
