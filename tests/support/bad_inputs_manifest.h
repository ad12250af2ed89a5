// The bad-input corpus's MANIFEST.tsv (tests/bad-inputs/, written by scripts/make-bad-inputs.py),
// read by the tests that feed its files to the loaders and to vlmwb-cli.
#pragma once

#include <QFile>
#include <QString>
#include <QStringList>
#include <QVector>

namespace vlmwb::test {

inline QString badInputsDir()
{
    return QStringLiteral(VLMWB_SOURCE_DIR "/tests/bad-inputs");
}

struct BadInput {
    QString file;    // relative to badInputsDir()
    QString what;
    QString loader;  // document | engine | lexicon
    QString expect;  // error | note | loads
    QString message; // what the error (or note) must contain

    QString path() const { return badInputsDir() + QLatin1Char('/') + file; }
};

inline QVector<BadInput> readBadInputs()
{
    QFile file(badInputsDir() + QStringLiteral("/MANIFEST.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QVector<BadInput> rows;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype index = 1; index < lines.size(); ++index) { // line 0 is the column names
        if (lines[index].isEmpty())
            continue;
        const QStringList fields = QString::fromUtf8(lines[index]).split(QLatin1Char('\t'));
        if (fields.size() != 5)
            qFatal("MANIFEST.tsv line %lld has %lld fields, not 5", static_cast<long long>(index + 1),
                   static_cast<long long>(fields.size()));
        rows.append({fields[0], fields[1], fields[2], fields[3], fields[4]});
    }
    return rows;
}

} // namespace vlmwb::test
