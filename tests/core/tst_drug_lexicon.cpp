// Drug lexicon loading: the shipped CSV, CSV errors, RxNorm RXNCONSO import, LASA pairs, lexicon sets.
#include "core/csv_reader.h"
#include "core/drug_lexicon.h"
#include "core/lasa_pairs.h"
#include "core/lexicon_set.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace vlmwb::core;

class TestDrugLexicon : public QObject
{
    Q_OBJECT

private:
    static const DrugEntry *find(const DrugLexicon &lexicon, const QString &name)
    {
        for (const DrugEntry &entry : lexicon.entries()) {
            if (entry.name == name)
                return &entry;
        }
        return nullptr;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_directory.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(bytes);
        return path;
    }

    QTemporaryDir m_directory;

private slots:
    void csvReaderHandlesQuotingAndLineEnds()
    {
        const QByteArray bytes = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\r\nlast,,\n";
        const CsvReadResult result = parseCsv(bytes, QStringLiteral("t.csv"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.records.size(), 3);
        QCOMPARE(result.records.at(1).fields,
                 (QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")}));
        QCOMPARE(result.records.at(1).line, 2);
        // The quoted line break makes the blank line line 4 and "last" line 5.
        QCOMPARE(result.records.at(2).line, 5);
        QCOMPARE(result.records.at(2).fields, (QStringList{QStringLiteral("last"), QString(), QString()}));
    }

    void defaultLexiconLoads()
    {
        DrugLexicon lexicon;
        const LexiconLoadResult result = lexicon.loadDefault();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(lexicon.size() >= 1000);
        QCOMPARE(result.added, lexicon.size());

        QSet<QString> names;
        int generics = 0, brands = 0, korean = 0;
        for (const DrugEntry &entry : lexicon.entries()) {
            QVERIFY2(!names.contains(entry.name.toLower()), qPrintable(entry.name));
            names.insert(entry.name.toLower());
            generics += entry.kind == DrugNameKind::Generic;
            brands += entry.kind == DrugNameKind::Brand;
            korean += entry.kind == DrugNameKind::Korean;
        }
        QVERIFY(generics >= 500);
        QVERIFY(brands >= 500);
        QVERIFY(korean >= 100);

        // Spot checks against pharmacology, not against the file.
        const DrugEntry *levothyroxine = find(lexicon, QStringLiteral("levothyroxine"));
        QVERIFY(levothyroxine);
        QCOMPARE(levothyroxine->units, QStringList{QStringLiteral("mcg")});
        QVERIFY(levothyroxine->strengths.contains(QStringLiteral("50 mcg")));
        QCOMPARE(find(lexicon, QStringLiteral("insulin glargine"))->units, QStringList{QStringLiteral("units")});
        QCOMPARE(find(lexicon, QStringLiteral("heparin"))->units, QStringList{QStringLiteral("units")});
        QCOMPARE(find(lexicon, QStringLiteral("potassium chloride"))->units, QStringList{QStringLiteral("mEq")});
        QVERIFY(find(lexicon, QStringLiteral("amoxicillin"))->strengths.contains(QStringLiteral("875 mg")));

        const DrugEntry *tylenol = find(lexicon, QStringLiteral("Tylenol"));
        QVERIFY(tylenol);
        QCOMPARE(tylenol->generic, QStringLiteral("acetaminophen"));
        QCOMPARE(tylenol->kind, DrugNameKind::Brand);
        QCOMPARE(find(lexicon, QStringLiteral("Lipitor"))->generic, QStringLiteral("atorvastatin"));
        QCOMPARE(find(lexicon, QStringLiteral("Klonopin"))->generic, QStringLiteral("clonazepam"));
        QCOMPARE(find(lexicon, QStringLiteral("Coumadin"))->generic, QStringLiteral("warfarin"));
        const DrugEntry *tylenolKorean = find(lexicon, QStringLiteral("타이레놀"));
        QVERIFY(tylenolKorean);
        QCOMPARE(tylenolKorean->generic, QStringLiteral("acetaminophen"));
        QCOMPARE(tylenolKorean->kind, DrugNameKind::Korean);
        QCOMPARE(find(lexicon, QStringLiteral("아목시실린"))->generic, QStringLiteral("amoxicillin"));
        QCOMPARE(find(lexicon, QStringLiteral("아세트아미노펜"))->generic, QStringLiteral("acetaminophen"));
        QCOMPARE(levothyroxine->source, QString::fromLatin1(DrugLexicon::defaultResourcePath));
    }

    void csvErrorsNameFileLineAndCause_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expectedLine");
        QTest::addColumn<QString>("expectedCause");
        const QByteArray header = "name,generic,kind,forms,routes,units,strengths\n";
        QTest::newRow("bad quoting") << header + "ok,ok,generic,,,,\nam\"ox,amoxicillin,generic,,,,\n"
                                     << "line 3" << "quote";
        QTest::newRow("text after quote") << header + "\"amox\"x,amoxicillin,generic,,,,\n" << "line 2"
                                          << "closing quote";
        QTest::newRow("unterminated quote") << header + "\"amox,amoxicillin,generic,,,,\n" << "line 2"
                                            << "never closed";
        QTest::newRow("column count") << header + "amoxicillin,amoxicillin,generic\n" << "line 2"
                                      << "3 columns";
        QTest::newRow("empty name") << header + "a,a,generic,,,,\n  ,amoxicillin,generic,,,,\n" << "line 3"
                                    << "name";
        QTest::newRow("bad kind") << header + "amoxicillin,amoxicillin,pill,,,,\n" << "line 2" << "pill";
        QTest::newRow("not utf-8") << header + "a,a,generic,,,,\nb\xff\xfe,b,generic,,,,\n" << "line 3"
                                   << "UTF-8";
        QTest::newRow("header") << QByteArray("name,generic\na,a\n") << "line 1" << "header";
    }

    void csvErrorsNameFileLineAndCause()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expectedLine);
        QFETCH(QString, expectedCause);
        const QString path = writeFile(QStringLiteral("bad.csv"), bytes);
        DrugLexicon lexicon;
        const LexiconLoadResult result = lexicon.loadCsv(path);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(path), qPrintable(result.error));
        QVERIFY2(result.error.contains(expectedLine), qPrintable(result.error));
        QVERIFY2(result.error.contains(expectedCause), qPrintable(result.error));
        QCOMPARE(lexicon.size(), 0); // nothing half-loaded
    }

    void randomBytesNeverCrash()
    {
        // Fuzzing: random bytes drawn from characters that matter to CSV, plus arbitrary bytes.
        QRandomGenerator random(4180);
        const QByteArray alphabet = QByteArrayLiteral("ab,\"\r\n;\xff\xc3\xa9 ");
        for (int round = 0; round < 2000; ++round) {
            QByteArray bytes;
            const int length = random.bounded(60);
            for (int i = 0; i < length; ++i) {
                bytes.append(random.bounded(4) == 0 ? char(random.bounded(256))
                                                    : alphabet.at(random.bounded(int(alphabet.size()))));
            }
            DrugLexicon lexicon;
            const LexiconLoadResult result = lexicon.loadCsvData(bytes, QStringLiteral("fuzz.csv"));
            QVERIFY(result.ok() || result.error.startsWith(QStringLiteral("fuzz.csv")));
            QVERIFY(result.ok() || lexicon.isEmpty());
        }
    }

    void missingFileIsAnError()
    {
        DrugLexicon lexicon;
        const LexiconLoadResult result = lexicon.loadCsv(m_directory.filePath(QStringLiteral("none.csv")));
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains(QStringLiteral("none.csv")));
    }

    void rxnormImport()
    {
        // Hand-written RXNCONSO.RRF rows in the real layout (18 fields, '|'-terminated).
        auto row = [](const char *cui, const char *sab, const char *tty, const char *str,
                      const char *suppress = "N") {
            return QByteArray(cui) + "|ENG||||||" + "A1||||" + sab + "|" + tty + "|" + cui + "|" + str
                   + "|0|" + suppress + "||\n";
        };
        QByteArray bytes;
        bytes += row("723", "RXNORM", "IN", "amoxicillin");
        bytes += row("10582", "RXNORM", "IN", "levothyroxine");
        bytes += row("48203", "RXNORM", "IN", "clavulanate");
        bytes += row("202433", "RXNORM", "BN", "Amoxil");
        bytes += row("151392", "RXNORM", "BN", "Augmentin");
        bytes += row("999999", "RXNORM", "BN", "Nobrand");
        bytes += row("308191", "RXNORM", "SCD", "amoxicillin 500 MG Oral Capsule");
        bytes += row("308192", "RXNORM", "SCD", "amoxicillin 875 MG Oral Tablet");
        bytes += row("966222", "RXNORM", "SCD", "levothyroxine sodium 0.05 MG Oral Tablet");
        bytes += row("617296", "RXNORM", "SCD", "amoxicillin 875 MG / clavulanate 125 MG Oral Tablet");
        bytes += row("349325", "RXNORM", "SBD", "amoxicillin 500 MG Oral Capsule [Amoxil]");
        bytes += row("617309", "RXNORM", "SBD",
                     "amoxicillin 875 MG / clavulanate 125 MG Oral Tablet [Augmentin]");
        bytes += row("723", "MTHSPL", "SU", "AMOXICILLIN");
        bytes += row("12345", "RXNORM", "IN", "oldname", "O");
        const QString path = writeFile(QStringLiteral("RXNCONSO.RRF"), bytes);

        DrugLexicon lexicon;
        const LexiconLoadResult result = lexicon.loadRxNormConso(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        // amoxicillin, levothyroxine, clavulanate, Amoxil, Augmentin.
        QCOMPARE(result.added, 5);
        // Nobrand (no SBD), the MTHSPL row, the obsolete row.
        QCOMPARE(result.skipped, 3);
        const DrugEntry *amoxicillin = find(lexicon, QStringLiteral("amoxicillin"));
        QVERIFY(amoxicillin);
        QCOMPARE(amoxicillin->strengths, (QStringList{QStringLiteral("500 mg"), QStringLiteral("875 mg")}));
        QCOMPARE(amoxicillin->units, QStringList{QStringLiteral("mg")});
        QCOMPARE(amoxicillin->forms, (QStringList{QStringLiteral("capsule"), QStringLiteral("tablet")}));
        QCOMPARE(amoxicillin->routes, QStringList{QStringLiteral("PO")});
        const DrugEntry *levothyroxine = find(lexicon, QStringLiteral("levothyroxine"));
        QCOMPARE(levothyroxine->units, QStringList{QStringLiteral("mg")}); // RxNorm writes 0.05 MG
        QCOMPARE(levothyroxine->strengths, QStringList{QStringLiteral("0.05 mg")});
        const DrugEntry *amoxil = find(lexicon, QStringLiteral("Amoxil"));
        QVERIFY(amoxil);
        QCOMPARE(amoxil->kind, DrugNameKind::Brand);
        QCOMPARE(amoxil->generic, QStringLiteral("amoxicillin"));
        QCOMPARE(amoxil->strengths, QStringList{QStringLiteral("500 mg")});
        QCOMPARE(find(lexicon, QStringLiteral("Augmentin"))->generic, QStringLiteral("amoxicillin / clavulanate"));
        QVERIFY(!find(lexicon, QStringLiteral("Nobrand")));
        QVERIFY(!find(lexicon, QStringLiteral("oldname")));
    }

    void rxnormWrongFieldCount()
    {
        const QString path = writeFile(QStringLiteral("notconso.rrf"), "723|ENG|P|L1\n");
        DrugLexicon lexicon;
        const LexiconLoadResult result = lexicon.loadRxNormConso(path);
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains(path));
        QVERIFY(result.error.contains(QStringLiteral("line 1")));
        QVERIFY(result.error.contains(QStringLiteral("4 ")));
    }

    void lexiconSetMergesAndLooksUpByGeneric()
    {
        DrugLexicon site;
        site.setMinimumNameLength(5);
        QVERIFY(site.loadCsvData("name,generic,kind,forms,routes,units,strengths\n"
                                 "Sitedrug,examplamide,brand,tablet,PO,mg,\"5 mg;10 mg\"\n"
                                 "examplamide,examplamide,generic,tablet,PO,mg,\"5 mg;10 mg\"\n",
                                 QStringLiteral("site.csv"))
                    .ok());
        QString error;
        LexiconSet set = LexiconSet::withDefault(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const int before = set.size();
        set.add(site);
        QCOMPARE(set.size(), before + 2);
        QCOMPARE(set.minimumNameLength(), 5);
        QCOMPARE(set.usualUnits(QStringLiteral("EXAMPLAMIDE")), QStringList{QStringLiteral("mg")});
        QCOMPARE(set.usualUnits(QStringLiteral("levothyroxine")), QStringList{QStringLiteral("mcg")});
        QCOMPARE(set.entries().last().source, QStringLiteral("site.csv"));
        QVERIFY(set.usualUnits(QStringLiteral("no such drug")).isEmpty());
    }

    void lasaPairsLoad()
    {
        LasaPairs pairs;
        const LasaLoadResult result = pairs.loadDefault();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(pairs.pairCount() >= 25);
        const QVector<LasaPartner> partners = pairs.partners(QStringLiteral("HYDROXYZINE"));
        QCOMPARE(partners.size(), 1);
        QCOMPARE(partners.first().name, QStringLiteral("hydralazine"));
        QCOMPARE(partners.first().display(), QStringLiteral("hydrOXYzine / hydrALAZINE"));
        QCOMPARE(pairs.partners(QStringLiteral("Celebrex")).size(), 2); // Celexa and Cerebyx
        QCOMPARE(pairs.partners(QStringLiteral("Klonopin")).first().display(), QStringLiteral("KlonoPIN / cloNIDine"));
        QVERIFY(pairs.partners(QStringLiteral("amoxicillin")).isEmpty());

        // Computed Tall Man: the part between the common prefix and suffix, capitalised.
        const auto letters = LasaPairs::tallMan(QStringLiteral("hydroxyzine"), QStringLiteral("hydralazine"));
        QCOMPARE(letters.first, QStringLiteral("hydrOXYzine"));
        QCOMPARE(letters.second, QStringLiteral("hydrALAzine"));
        const auto brands = LasaPairs::tallMan(QStringLiteral("Zebeta"), QStringLiteral("Zetia"));
        QCOMPARE(brands.first, QStringLiteral("ZeBETa"));
        QCOMPARE(brands.second, QStringLiteral("ZeTIa"));
    }

    void lasaFileErrors()
    {
        const QString path = writeFile(QStringLiteral("lasa.csv"),
                                       "first,second,first_tall_man,second_tall_man\n"
                                       "hydroxyzine,hydralazine,hydrOXYzine,hydrALAZINE\n"
                                       "celebrex,celexa,CeleBREX,Zyrtec\n");
        LasaPairs pairs;
        const LasaLoadResult result = pairs.loadCsv(path);
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains(QStringLiteral("line 3")));
        QVERIFY(result.error.contains(QStringLiteral("Zyrtec")));
        QCOMPARE(pairs.pairCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDrugLexicon)
#include "tst_drug_lexicon.moc"
