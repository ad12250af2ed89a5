// vlmwb-cli ocr on a mix of good and bad documents: the bad ones (from the bad-input corpus, plus a
// file that does not exist) each get one message naming the file and the cause, the good one is
// still read and printed, and the exit code says that something failed.
#include "bad_inputs_manifest.h"
#include "cli_run.h"
#include "random_model.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using vlmwb::test::BadInput;

class TestCliBadInputs : public QObject
{
    Q_OBJECT
private:
    const QString m_sample = QStringLiteral(VLMWB_SOURCE_DIR "/resources/samples/prescription-sample.png");
    QTemporaryDir m_dir;
    QString m_model;
    QVector<BadInput> m_bad;

    // The stderr lines that name path.
    static QStringList linesNaming(const QString &err, const QString &path)
    {
        QStringList found;
        for (const QString &line : err.split(QLatin1Char('\n')))
            if (line.contains(path))
                found << line;
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_model = m_dir.filePath(QStringLiteral("projection"));
        vlmwb::test::saveRandomModel(m_model.toStdString(), "projection");
        // One bad document of each format, and each kind of trouble: empty, cut off, damaged, a
        // size bomb, encrypted, not a document at all.
        const QStringList chosen = {"documents/empty.png",           "documents/png-truncated.png",
                                    "documents/jpeg-dimension-bomb.jpg", "documents/tiff-strip-past-end.tif",
                                    "documents/bmp-negative-width.bmp", "documents/webp-corrupt.webp",
                                    "documents/pdf-encrypted.pdf",     "documents/text-named.png"};
        for (const BadInput &row : vlmwb::test::readBadInputs())
            if (chosen.contains(row.file))
                m_bad << row;
        QCOMPARE(m_bad.size(), chosen.size());
    }

    void failuresAreNamedAndTheGoodFileIsStillRead_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("text") << false;
        QTest::newRow("json") << true;
    }

    void failuresAreNamedAndTheGoodFileIsStillRead()
    {
        QFETCH(bool, json);
        const QString missing = m_dir.filePath(QStringLiteral("no-such-scan.png"));
        // The good file sits between bad ones: failures before and after it must not stop it.
        QStringList files;
        for (int index = 0; index < m_bad.size(); ++index) {
            files << m_bad[index].path();
            if (index == m_bad.size() / 2)
                files << m_sample;
        }
        files << missing;
        QStringList arguments{"ocr", "--model", m_model, "--device", "cpu", "--lines"};
        if (json)
            arguments << "--json";
        const CliRun run = runCli(arguments + files);

        QCOMPARE(run.exitCode, 1);
        for (const BadInput &row : m_bad) {
            const QStringList lines = linesNaming(run.err, row.path());
            QVERIFY2(lines.size() == 1, qPrintable(row.file + " is named on " + QString::number(lines.size())
                                                   + " lines of:\n" + run.err));
            QVERIFY2(lines.front().contains(row.message), qPrintable(lines.front()));
        }
        QVERIFY2(linesNaming(run.err, missing).size() == 1 && run.err.contains("does not exist"), qPrintable(run.err));
        QVERIFY2(linesNaming(run.err, m_sample).isEmpty(), qPrintable(run.err));

        if (json) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            const QJsonArray documents = document.object().value("documents").toArray();
            QCOMPARE(documents.size(), 1);
            QCOMPARE(documents[0].toObject().value("file").toString(), m_sample);
            QVERIFY(!documents[0].toObject().value("pages").toArray().isEmpty());
        } else {
            QVERIFY2(run.out.contains(m_sample), qPrintable(run.out));
            for (const BadInput &row : m_bad)
                QVERIFY2(!run.out.contains(row.path()), qPrintable(row.file + " in stdout:\n" + run.out));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliBadInputs)
#include "tst_cli_bad_inputs.moc"
