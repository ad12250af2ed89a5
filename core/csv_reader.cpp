#include "core/csv_reader.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace vlmwb::core {

namespace {

// Holds this file's tr(): lupdate files its strings under the context named here, the one
// QCoreApplication::translate() looks them up in at run time.
class CsvReaderText
{
    Q_DECLARE_TR_FUNCTIONS(vlmwb::core::CsvReader)
};

// 1-based line of the first invalid UTF-8 sequence, or 0 when the bytes are valid UTF-8.
int firstInvalidUtf8Line(const QByteArray &bytes)
{
    int line = 1;
    int start = 0;
    while (start <= bytes.size()) {
        int end = bytes.indexOf('\n', start);
        if (end < 0)
            end = int(bytes.size());
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder.decode(QByteArrayView(bytes.constData() + start, end - start));
        Q_UNUSED(decoded)
        if (decoder.hasError())
            return line;
        ++line;
        start = end + 1;
    }
    return 0;
}

} // namespace

CsvReadResult parseCsv(const QByteArray &bytes, const QString &nameForMessages)
{
    CsvReadResult result;
    // Spreadsheet programs offer "Unicode text" (UTF-16) next to UTF-8; say which it is.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        result.error = CsvReaderText::tr("%1: the text is UTF-16 (it starts with a UTF-16 byte order mark); save "
                                         "the file as UTF-8.")
                           .arg(nameForMessages);
        return result;
    }
    if (const int badLine = firstInvalidUtf8Line(bytes); badLine > 0) {
        result.error = CsvReaderText::tr("%1, line %2: the text is not valid UTF-8; save the file as UTF-8.")
                           .arg(nameForMessages)
                           .arg(badLine);
        return result;
    }
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    int line = 1;
    int recordLine = 1;
    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool afterClosingQuote = false;
    bool recordHasContent = false;

    auto endField = [&] {
        fields.append(field);
        field.clear();
        fieldWasQuoted = false;
        afterClosingQuote = false;
    };
    auto endRecord = [&] {
        endField();
        // A record that is one empty unquoted field is a blank line.
        if (recordHasContent)
            result.records.append(CsvRecord{fields, recordLine});
        fields.clear();
        recordHasContent = false;
    };

    const int size = int(text.size());
    for (int i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                    afterClosingQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            recordHasContent = true;
            endField();
        } else if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n')) {
            continue; // the '\n' ends the record
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            recordLine = line;
        } else if (afterClosingQuote) {
            result.error = CsvReaderText::tr("%1, line %2: text follows a closing quote in field %3; a quote "
                                             "inside a quoted field must be doubled (\"\").")
                               .arg(nameForMessages)
                               .arg(line)
                               .arg(fields.size() + 1);
            return result;
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted) {
                result.error = CsvReaderText::tr("%1, line %2: a quote appears inside unquoted field %3; quote "
                                                 "the whole field and double the inner quote.")
                                   .arg(nameForMessages)
                                   .arg(line)
                                   .arg(fields.size() + 1);
                return result;
            }
            inQuotes = true;
            fieldWasQuoted = true;
            recordHasContent = true;
        } else {
            field.append(c);
            recordHasContent = true;
        }
    }
    if (inQuotes) {
        result.error = CsvReaderText::tr("%1, line %2: a quoted field is never closed; the file ends inside it.")
                           .arg(nameForMessages)
                           .arg(recordLine);
        return result;
    }
    endRecord();
    return result;
}

CsvReadResult readCsvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvReadResult result;
        result.error = CsvReaderText::tr("%1: the file cannot be opened (%2).").arg(path, file.errorString());
        return result;
    }
    return parseCsv(file.readAll(), path);
}

} // namespace vlmwb::core
