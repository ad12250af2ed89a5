#include "core/lasa_pairs.h"

#include "core/csv_reader.h"
#include "core/name_normalizer.h"

#include <QCoreApplication>

#include <algorithm>

namespace vlmwb::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vlmwb::core::LasaPairs", text);
}

} // namespace

QPair<QString, QString> LasaPairs::tallMan(const QString &first, const QString &second)
{
    const int shorter = int(std::min(first.size(), second.size()));
    int prefix = 0;
    while (prefix < shorter && first.at(prefix).toLower() == second.at(prefix).toLower())
        ++prefix;
    int suffix = 0;
    while (suffix < shorter - prefix
           && first.at(first.size() - 1 - suffix).toLower() == second.at(second.size() - 1 - suffix).toLower())
        ++suffix;
    auto letter = [&](const QString &name) {
        QString result = name;
        for (int i = prefix; i < name.size() - suffix; ++i)
            result[i] = name.at(i).toUpper();
        return result;
    };
    return {letter(first), letter(second)};
}

void LasaPairs::addPair(const QString &first, const QString &second, QString firstTallMan,
                        QString secondTallMan)
{
    if (firstTallMan.isEmpty() || secondTallMan.isEmpty()) {
        const auto computed = tallMan(first, second);
        if (firstTallMan.isEmpty())
            firstTallMan = computed.first;
        if (secondTallMan.isEmpty())
            secondTallMan = computed.second;
    }
    m_partners[normalizeDrugName(first)].append(LasaPartner{second, firstTallMan, secondTallMan});
    m_partners[normalizeDrugName(second)].append(LasaPartner{first, secondTallMan, firstTallMan});
    ++m_pairCount;
}

QVector<LasaPartner> LasaPairs::partners(const QString &name) const
{
    return m_partners.value(normalizeDrugName(name));
}

LasaLoadResult LasaPairs::loadCsv(const QString &path)
{
    LasaLoadResult result;
    const CsvReadResult csv = readCsvFile(path);
    if (!csv.ok()) {
        result.error = csv.error;
        return result;
    }
    const QStringList header{QStringLiteral("first"), QStringLiteral("second"),
                             QStringLiteral("first_tall_man"), QStringLiteral("second_tall_man")};
    if (csv.records.isEmpty() || csv.records.first().fields != header) {
        result.error = tr("%1, line 1: the header row must be \"%2\".")
                           .arg(path, header.join(QLatin1Char(',')));
        return result;
    }
    QVector<QStringList> pairs; // added only when the whole file is valid
    for (int i = 1; i < csv.records.size(); ++i) {
        const CsvRecord &record = csv.records.at(i);
        if (record.fields.size() != header.size()) {
            result.error = tr("%1, line %2: %3 columns where the header has %4.")
                               .arg(path)
                               .arg(record.line)
                               .arg(record.fields.size())
                               .arg(header.size());
            return result;
        }
        const QString first = record.fields.at(0).trimmed();
        const QString second = record.fields.at(1).trimmed();
        if (first.isEmpty() || second.isEmpty()) {
            result.error = tr("%1, line %2: a pair needs two names.").arg(path).arg(record.line);
            return result;
        }
        for (int column : {2, 3}) {
            const QString &tallManName = record.fields.at(column);
            const QString &plainName = record.fields.at(column - 2);
            if (!tallManName.isEmpty() && tallManName.toLower() != plainName.trimmed().toLower()) {
                result.error = tr("%1, line %2: Tall Man spelling \"%3\" does not spell \"%4\".")
                                   .arg(path)
                                   .arg(record.line)
                                   .arg(tallManName, plainName);
                return result;
            }
        }
        pairs.append({first, second, record.fields.at(2).trimmed(), record.fields.at(3).trimmed()});
    }
    for (const QStringList &pair : std::as_const(pairs))
        addPair(pair.at(0), pair.at(1), pair.at(2), pair.at(3));
    result.added = int(pairs.size());
    return result;
}

} // namespace vlmwb::core
