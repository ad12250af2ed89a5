#include "core/drug_lexicon.h"

#include "core/csv_reader.h"

#include <QCoreApplication>
#include <QFile>

namespace vlmwb::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vlmwb::core::DrugLexicon", text);
}

const QStringList expectedHeader{QStringLiteral("name"),  QStringLiteral("generic"),
                                 QStringLiteral("kind"),  QStringLiteral("forms"),
                                 QStringLiteral("routes"), QStringLiteral("units"),
                                 QStringLiteral("strengths")};

QStringList splitList(const QString &field)
{
    QStringList items;
    for (const QString &item : field.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

bool parseKind(const QString &text, DrugNameKind *kind)
{
    const QString lower = text.trimmed().toLower();
    if (lower == QLatin1String("generic"))
        *kind = DrugNameKind::Generic;
    else if (lower == QLatin1String("brand"))
        *kind = DrugNameKind::Brand;
    else if (lower == QLatin1String("korean"))
        *kind = DrugNameKind::Korean;
    else
        return false;
    return true;
}

} // namespace

QString drugNameKindName(DrugNameKind kind)
{
    switch (kind) {
    case DrugNameKind::Generic: return QStringLiteral("generic");
    case DrugNameKind::Brand: return QStringLiteral("brand");
    case DrugNameKind::Korean: return QStringLiteral("korean");
    }
    return QString();
}

LexiconLoadResult DrugLexicon::loadCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LexiconLoadResult result;
        result.error = tr("%1: the drug lexicon cannot be opened (%2).").arg(path, file.errorString());
        return result;
    }
    return loadCsvData(file.readAll(), path);
}

LexiconLoadResult DrugLexicon::loadCsvData(const QByteArray &bytes, const QString &nameForMessages)
{
    LexiconLoadResult result;
    const CsvReadResult csv = parseCsv(bytes, nameForMessages);
    if (!csv.ok()) {
        result.error = csv.error;
        return result;
    }
    if (csv.records.isEmpty()) {
        result.error = tr("%1: the drug lexicon is empty; it needs the header row %2.")
                           .arg(nameForMessages, expectedHeader.join(QLatin1Char(',')));
        return result;
    }
    const CsvRecord &header = csv.records.first();
    QStringList headerFields;
    for (const QString &field : header.fields)
        headerFields.append(field.trimmed().toLower());
    if (headerFields != expectedHeader) {
        result.error = tr("%1, line %2: the header row is \"%3\" but must be \"%4\".")
                           .arg(nameForMessages)
                           .arg(header.line)
                           .arg(header.fields.join(QLatin1Char(',')),
                                expectedHeader.join(QLatin1Char(',')));
        return result;
    }

    QVector<DrugEntry> entries;
    entries.reserve(csv.records.size() - 1);
    for (int i = 1; i < csv.records.size(); ++i) {
        const CsvRecord &record = csv.records.at(i);
        if (record.fields.size() != expectedHeader.size()) {
            result.error = tr("%1, line %2: %3 columns where the header has %4.")
                               .arg(nameForMessages)
                               .arg(record.line)
                               .arg(record.fields.size())
                               .arg(expectedHeader.size());
            return result;
        }
        DrugEntry entry;
        entry.name = record.fields.at(0).simplified();
        entry.generic = record.fields.at(1).simplified();
        if (entry.name.isEmpty()) {
            result.error = tr("%1, line %2: the drug name (column \"name\") is empty.")
                               .arg(nameForMessages)
                               .arg(record.line);
            return result;
        }
        if (entry.generic.isEmpty()) {
            result.error = tr("%1, line %2: \"%3\" has no generic name (column \"generic\").")
                               .arg(nameForMessages)
                               .arg(record.line)
                               .arg(entry.name);
            return result;
        }
        if (!parseKind(record.fields.at(2), &entry.kind)) {
            result.error = tr("%1, line %2: kind \"%3\" is not one of generic, brand, korean.")
                               .arg(nameForMessages)
                               .arg(record.line)
                               .arg(record.fields.at(2));
            return result;
        }
        entry.forms = splitList(record.fields.at(3));
        entry.routes = splitList(record.fields.at(4));
        entry.units = splitList(record.fields.at(5));
        entry.strengths = splitList(record.fields.at(6));
        entry.source = nameForMessages;
        entries.append(entry);
    }
    m_entries += entries;
    result.added = int(entries.size());
    return result;
}

LexiconLoadResult DrugLexicon::loadDefault()
{
    return loadCsv(QString::fromLatin1(defaultResourcePath));
}

} // namespace vlmwb::core
