// Dose parsing (amounts, units, concentrations, frequency, route, duration, quantity; English and
// Korean), ISMP error-prone notation flags and unit plausibility. Expectations worked out by hand.
#include "core/cost_estimator.h"
#include "core/csv_reader.h"
#include "core/dose_parser.h"
#include "core/dose_plausibility.h"
#include "core/dose_units.h"
#include "core/model_locator.h"
#include "core/review_commands.h"
#include "core/synth_fonts.h"
#include "core/training_samples.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace vlmwb::core;

class TestDoseParser : public QObject
{
    Q_OBJECT

private slots:
    void numbers_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<double>("expected");
        QTest::newRow("integer") << "500" << 500.0;
        QTest::newRow("decimal") << "0.125" << 0.125;
        QTest::newRow("naked decimal") << ".5" << 0.5;
        QTest::newRow("thousands") << "1,000" << 1000.0;
        QTest::newRow("millions") << "1,200,000" << 1200000.0;
        QTest::newRow("thousands decimal") << "2,500.5" << 2500.5;
        QTest::newRow("decimal comma") << "2,5" << 2.5;
        QTest::newRow("fraction") << "1/2" << 0.5;
        QTest::newRow("vulgar half") << "½" << 0.5;
        QTest::newRow("one and a half") << "1½" << 1.5;
        QTest::newRow("mixed") << "1 1/2" << 1.5;
        QTest::newRow("quarter") << "¼" << 0.25;
    }

    void numbers()
    {
        QFETCH(QString, written);
        QFETCH(double, expected);
        double value = -1.0;
        QVERIFY(parseDoseNumber(written, &value));
        QCOMPARE(value, expected);
    }

    void badNumbers()
    {
        double value = 0.0;
        for (const QString &text : {QStringLiteral(""), QStringLiteral("abc"), QStringLiteral("1/0"),
                                    QStringLiteral("1..2"), QStringLiteral("1,0000")})
            QVERIFY2(!parseDoseNumber(text, &value), qPrintable(text));
    }

    void units_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("ucum");
        QTest::newRow("mg") << "500 mg" << 500.0 << "mg" << "mg";
        QTest::newRow("mcg") << "50mcg" << 50.0 << "mcg" << "ug";
        QTest::newRow("micro sign") << "50 µg" << 50.0 << "mcg" << "ug";
        QTest::newRow("greek mu") << "50 μg" << 50.0 << "mcg" << "ug";
        QTest::newRow("ug") << "50 ug" << 50.0 << "mcg" << "ug";
        QTest::newRow("g") << "1 g" << 1.0 << "g" << "g";
        QTest::newRow("kg") << "2 kg" << 2.0 << "kg" << "kg";
        QTest::newRow("mL") << "10 mL" << 10.0 << "mL" << "mL";
        QTest::newRow("cc") << "10 cc" << 10.0 << "mL" << "mL";
        QTest::newRow("L") << "1 L" << 1.0 << "L" << "L";
        QTest::newRow("IU") << "1000 IU" << 1000.0 << "IU" << "[iU]";
        QTest::newRow("units") << "10 units" << 10.0 << "units" << "[U]";
        QTest::newRow("U") << "10 U" << 10.0 << "units" << "[U]";
        QTest::newRow("mEq") << "20 mEq" << 20.0 << "mEq" << "meq";
        QTest::newRow("percent") << "1%" << 1.0 << "%" << "%";
        QTest::newRow("thousands units") << "5,000 units" << 5000.0 << "units" << "[U]";
    }

    void units()
    {
        QFETCH(QString, text);
        QFETCH(double, amount);
        QFETCH(QString, unit);
        QFETCH(QString, ucum);
        const ParsedDose dose = parseDose(text);
        QVERIFY(dose.hasStrength);
        QCOMPARE(dose.amount, amount);
        QCOMPARE(dose.amountHigh, amount);
        QCOMPARE(dose.unit, unit);
        QCOMPARE(dose.ucum, ucum);
        QVERIFY(dose.perUnit.isEmpty());
    }

    void rangesAndConcentrations()
    {
        const ParsedDose range = parseDose(QStringLiteral("500-1000 mg"));
        QCOMPARE(range.amount, 500.0);
        QCOMPARE(range.amountHigh, 1000.0);
        QCOMPARE(range.unit, QStringLiteral("mg"));

        const ParsedDose concentration = parseDose(QStringLiteral("5 mg/mL"));
        QCOMPARE(concentration.amount, 5.0);
        QCOMPARE(concentration.perAmount, 1.0);
        QCOMPARE(concentration.perUnit, QStringLiteral("mL"));
        QCOMPARE(concentration.unitDisplay(), QStringLiteral("mg/mL"));

        const ParsedDose suspension = parseDose(QStringLiteral("250 mg/5 mL"));
        QCOMPARE(suspension.amount, 250.0);
        QCOMPARE(suspension.perAmount, 5.0);
        QCOMPARE(suspension.unitDisplay(), QStringLiteral("mg/5 mL"));

        const ParsedDose weight = parseDose(QStringLiteral("15 mg/kg q8h"));
        QCOMPARE(weight.perUnit, QStringLiteral("kg"));
        QCOMPARE(weight.frequency, QStringLiteral("q8h"));

        const ParsedDose tablets = parseDose(QStringLiteral("1-2 tabs PO q4-6h PRN"));
        QVERIFY(!tablets.hasStrength);
        QCOMPARE(tablets.countLow, 1.0);
        QCOMPARE(tablets.countHigh, 2.0);
        QCOMPARE(tablets.countUnit, QStringLiteral("tablet"));
        QCOMPARE(tablets.frequency, QStringLiteral("q4-6h"));
        QCOMPARE(tablets.timesPerDay, 6.0); // every 4 hours at most: 24 / 4
        QVERIFY(tablets.asNeeded);
        QCOMPARE(tablets.route, QStringLiteral("PO"));

        const ParsedDose half = parseDose(QStringLiteral("½ tab daily"));
        QCOMPARE(half.countLow, 0.5);
        QCOMPARE(half.frequency, QStringLiteral("QD"));
    }

    void frequencies_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("frequency");
        QTest::addColumn<double>("timesPerDay");
        QTest::addColumn<bool>("asNeeded");
        QTest::newRow("QD") << "10 mg QD" << "QD" << 1.0 << false;
        QTest::newRow("q.d.") << "10 mg q.d." << "QD" << 1.0 << false;
        QTest::newRow("BID") << "10 mg BID" << "BID" << 2.0 << false;
        QTest::newRow("b.i.d.") << "10 mg b.i.d." << "BID" << 2.0 << false;
        QTest::newRow("TID") << "10 mg tid" << "TID" << 3.0 << false;
        QTest::newRow("QID") << "10 mg QID" << "QID" << 4.0 << false;
        QTest::newRow("q8h") << "10 mg q8h" << "q8h" << 3.0 << false;
        QTest::newRow("q 12 hours") << "10 mg q 12 hours" << "q12h" << 2.0 << false;
        QTest::newRow("every 6 hours") << "10 mg every 6 hours" << "q6h" << 4.0 << false;
        QTest::newRow("q4-6h") << "10 mg q4-6h" << "q4-6h" << 6.0 << false;
        QTest::newRow("PRN only") << "10 mg PRN" << "PRN" << 0.0 << true;
        QTest::newRow("as needed") << "10 mg as needed for pain" << "PRN" << 0.0 << true;
        QTest::newRow("HS") << "10 mg HS" << "HS" << 1.0 << false;
        QTest::newRow("at bedtime") << "10 mg at bedtime" << "HS" << 1.0 << false;
        QTest::newRow("QOD") << "10 mg QOD" << "QOD" << 0.5 << false;
        QTest::newRow("every other day") << "10 mg every other day" << "QOD" << 0.5 << false;
        QTest::newRow("once daily") << "10 mg once daily" << "QD" << 1.0 << false;
        QTest::newRow("daily") << "10 mg daily" << "QD" << 1.0 << false;
        QTest::newRow("twice a day") << "10 mg twice a day" << "BID" << 2.0 << false;
        QTest::newRow("three times daily") << "10 mg three times daily" << "TID" << 3.0 << false;
        QTest::newRow("4 times a day") << "10 mg 4 times a day" << "QID" << 4.0 << false;
        QTest::newRow("5 times a day") << "10 mg 5 times a day" << "5x/day" << 5.0 << false;
        QTest::newRow("korean 1일 3회") << "500mg 1일 3회" << "TID" << 3.0 << false;
        QTest::newRow("korean 하루 2번") << "500mg 하루 2번" << "BID" << 2.0 << false;
        QTest::newRow("korean 8시간마다") << "500mg 8시간마다" << "q8h" << 3.0 << false;
        QTest::newRow("korean 필요시") << "500mg 필요시" << "PRN" << 0.0 << true;
        QTest::newRow("weekly") << "70 mg weekly" << "QWEEK" << 1.0 / 7.0 << false;
    }

    void frequencies()
    {
        QFETCH(QString, text);
        QFETCH(QString, frequency);
        QFETCH(double, timesPerDay);
        QFETCH(bool, asNeeded);
        const ParsedDose dose = parseDose(text);
        QCOMPARE(dose.frequency, frequency);
        QCOMPARE(dose.timesPerDay, timesPerDay);
        QCOMPARE(dose.asNeeded, asNeeded);
        QVERIFY(dose.hasStrength);
    }

    void routes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("route");
        QTest::newRow("PO") << "500 mg PO" << "PO";
        QTest::newRow("p.o.") << "500 mg p.o. daily" << "PO";
        QTest::newRow("by mouth") << "take 1 tab by mouth" << "PO";
        QTest::newRow("IV") << "1 g IV q24h" << "IV";
        QTest::newRow("IM") << "1 g IM once" << "IM";
        QTest::newRow("SC") << "10 units SC" << "SC";
        QTest::newRow("SQ") << "10 units SQ" << "SC";
        QTest::newRow("subcutaneously") << "10 units subcutaneously" << "SC";
        QTest::newRow("SL") << "0.4 mg SL" << "SL";
        QTest::newRow("PR") << "650 mg PR" << "PR";
        QTest::newRow("topical") << "apply topical BID" << "topical";
        QTest::newRow("korean 경구") << "500mg 경구 투여" << "PO";
        QTest::newRow("korean 정맥") << "1g 정맥주사" << "IV";
    }

    void routes()
    {
        QFETCH(QString, text);
        QFETCH(QString, route);
        QCOMPARE(parseDose(text).route, route);
    }

    void prnIsNotRectal()
    {
        const ParsedDose dose = parseDose(QStringLiteral("5 mg PRN"));
        QVERIFY(dose.route.isEmpty());
        QVERIFY(dose.asNeeded);
    }

    void durationsAndQuantities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("quantity");
        QTest::newRow("x 7 days") << "500 mg TID x 7 days" << 7 << 0;
        QTest::newRow("x7d") << "500 mg TID x7d" << 7 << 0;
        QTest::newRow("for 10 days") << "500 mg BID for 10 days" << 10 << 0;
        QTest::newRow("for 2 weeks") << "500 mg BID for 2 weeks" << 14 << 0;
        QTest::newRow("korean 7일") << "500mg 1일 3회 7일분" << 7 << 0;
        QTest::newRow("#30") << "10 mg daily #30" << 0 << 30;
        QTest::newRow("Disp: 60") << "10 mg BID Disp: 60" << 0 << 60;
        QTest::newRow("30 tabs") << "10 mg daily, 30 tabs" << 0 << 30;
        QTest::newRow("both") << "500 mg TID x 10 days #30" << 10 << 30;
    }

    void durationsAndQuantities()
    {
        QFETCH(QString, text);
        QFETCH(int, days);
        QFETCH(int, quantity);
        const ParsedDose dose = parseDose(text);
        QCOMPARE(dose.durationDays, days);
        QCOMPARE(dose.quantity, quantity);
    }

    void koreanFrequencyIsNotADuration()
    {
        // "1일" in "1일 3회" is part of "three times a day", not a one-day course.
        const ParsedDose dose = parseDose(QStringLiteral("1정 1일 3회 식후"));
        QCOMPARE(dose.frequency, QStringLiteral("TID"));
        QCOMPARE(dose.durationDays, 0);
        QCOMPARE(dose.countLow, 1.0);
        QCOMPARE(dose.countUnit, QStringLiteral("tablet"));
    }

    void wholeSigAndSpan()
    {
        const QString text = QStringLiteral(" 500 mg PO TID x 7 days (for infection)");
        const ParsedDose dose = parseDose(text);
        QCOMPARE(dose.amount, 500.0);
        QCOMPARE(dose.unit, QStringLiteral("mg"));
        QCOMPARE(dose.route, QStringLiteral("PO"));
        QCOMPARE(dose.frequency, QStringLiteral("TID"));
        QCOMPARE(dose.durationDays, 7);
        QCOMPARE(dose.start, 1);
        QCOMPARE(dose.text, QStringLiteral("500 mg PO TID x 7 days"));
        QVERIFY(dose.warnings.isEmpty());
        QVERIFY(parseDose(QStringLiteral("with food")).isEmpty());
    }

    void ismpNotations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("trailing zero") << "1.0 mg daily" << QStringList{"trailing-zero"};
        QTest::newRow("trailing zero 2.50") << "2.50 mg daily" << QStringList{"trailing-zero"};
        QTest::newRow("naked decimal") << ".5 mg daily" << QStringList{"leading-zero-missing"};
        QTest::newRow("U") << "10 U SC" << QStringList{"abbreviation-u", "abbreviation-subcut"};
        QTest::newRow("IU") << "1000 IU daily" << QStringList{"abbreviation-iu"};
        QTest::newRow("QD") << "10 mg QD" << QStringList{"abbreviation-qd"};
        QTest::newRow("QOD") << "10 mg QOD" << QStringList{"abbreviation-qod"};
        QTest::newRow("cc") << "5 cc PO" << QStringList{"abbreviation-cc"};
        QTest::newRow("µg") << "50 µg daily" << QStringList{"abbreviation-microgram"};
        QTest::newRow("HS") << "10 mg HS" << QStringList{"abbreviation-hs"};
        QTest::newRow("decimal comma") << "2,5 mg daily" << QStringList{"decimal-comma"};
        QTest::newRow("clean") << "0.5 mg daily at bedtime" << QStringList{};
        QTest::newRow("clean units") << "10 units subcut daily" << QStringList{};
        QTest::newRow("two strengths") << "1.0 mg then .5 mg" << QStringList{"trailing-zero", "leading-zero-missing"};
    }

    void ismpNotations()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const ParsedDose dose = parseDose(text);
        QStringList found = warningCodes(dose.warnings);
        found.sort();
        expected.sort();
        QCOMPARE(found, expected);
        for (const VerificationWarning &warning : dose.warnings)
            QVERIFY(!warning.message.isEmpty());
    }

    void ismpMessagesQuoteTheText()
    {
        const ParsedDose dose = parseDose(QStringLiteral("1.0 mg"));
        QCOMPARE(dose.warnings.size(), 1);
        QVERIFY(dose.warnings.first().message.contains(QStringLiteral("\"1.0 mg\"")));
        QVERIFY(dose.warnings.first().message.contains(QStringLiteral("1 mg")));
        const ParsedDose naked = parseDose(QStringLiteral(".5 mg"));
        QVERIFY(naked.warnings.first().message.contains(QStringLiteral("0.5 mg")));
    }

    void plausibility()
    {
        // Levothyroxine is dosed in mcg (25-300 mcg): 50 mg is 50,000 mcg.
        const QStringList levothyroxineUnits{QStringLiteral("mcg")};
        const QStringList levothyroxineStrengths{QStringLiteral("25 mcg"), QStringLiteral("50 mcg"),
                                                 QStringLiteral("300 mcg")};
        const auto wrongUnit = checkDosePlausibility(parseDose(QStringLiteral("50 mg daily")),
                                                     QStringLiteral("Levothyroxine"), levothyroxineUnits,
                                                     levothyroxineStrengths);
        QCOMPARE(warningCodes(wrongUnit), (QStringList{QStringLiteral("unit-implausible"),
                                                QStringLiteral("dose-above-usual-range")}));
        QVERIFY(wrongUnit.first().message.contains(QStringLiteral("50 mcg")));
        QVERIFY(wrongUnit.first().message.contains(QStringLiteral("Levothyroxine")));
        QVERIFY(checkDosePlausibility(parseDose(QStringLiteral("50 mcg daily")), QStringLiteral("Levothyroxine"),
                                      levothyroxineUnits, levothyroxineStrengths)
                    .isEmpty());

        // Insulin in units; a dose in mL is another dimension.
        const auto insulin = checkDosePlausibility(parseDose(QStringLiteral("10 mL SC")),
                                                   QStringLiteral("insulin glargine"),
                                                   {QStringLiteral("units")}, {QStringLiteral("100 units/mL")});
        QCOMPARE(warningCodes(insulin), QStringList{QStringLiteral("unit-unusual")});
        // IU and units are the same family: not a plausibility problem (ISMP flags IU itself).
        QVERIFY(checkDosePlausibility(parseDose(QStringLiteral("10 IU")), QStringLiteral("insulin"),
                                      {QStringLiteral("units")}, {})
                    .isEmpty());

        // Range: amoxicillin 250-875 mg; 5 g = 5,000,000 mcg vs 10 x 875,000 mcg: within.
        const QStringList amoxicillin{QStringLiteral("250 mg"), QStringLiteral("500 mg"), QStringLiteral("875 mg")};
        QVERIFY(checkDosePlausibility(parseDose(QStringLiteral("5 g")), QStringLiteral("amoxicillin"),
                                      {QStringLiteral("mg")}, amoxicillin)
                    .size() == 1); // only the unit: g is not among amoxicillin's usual units
        // 9000 mg > 8750 mg: above range. 20 mg < 25 mg: below range.
        QCOMPARE(warningCodes(checkDosePlausibility(parseDose(QStringLiteral("9000 mg")), QStringLiteral("amoxicillin"),
                                             {QStringLiteral("mg")}, amoxicillin)),
                 QStringList{QStringLiteral("dose-above-usual-range")});
        QCOMPARE(warningCodes(checkDosePlausibility(parseDose(QStringLiteral("20 mg")), QStringLiteral("amoxicillin"),
                                             {QStringLiteral("mg")}, amoxicillin)),
                 QStringList{QStringLiteral("dose-below-usual-range")});
        QVERIFY(checkDosePlausibility(parseDose(QStringLiteral("8750 mg")), QStringLiteral("amoxicillin"),
                                      {QStringLiteral("mg")}, amoxicillin)
                    .isEmpty());
        // Nothing to check against: no warnings.
        QVERIFY(checkDosePlausibility(parseDose(QStringLiteral("50 mg")), QStringLiteral("x"), {}, {}).isEmpty());
        QVERIFY(checkDosePlausibility(parseDose(QStringLiteral("PO daily")), QStringLiteral("x"),
                                      {QStringLiteral("mg")}, {})
                    .isEmpty());
    }

    void unitTable()
    {
        QVERIFY(findDoseUnit(QStringLiteral("MG")));
        QCOMPARE(findDoseUnit(QStringLiteral("mg"))->factor, 1000.0);
        QCOMPARE(findDoseUnit(QStringLiteral("g"))->factor, 1e6);
        QVERIFY(!findDoseUnit(QStringLiteral("mgs")));
        QVERIFY(sameUnitFamily(*findDoseUnit(QStringLiteral("IU")), *findDoseUnit(QStringLiteral("units"))));
        QVERIFY(!sameUnitFamily(*findDoseUnit(QStringLiteral("mg")), *findDoseUnit(QStringLiteral("mcg"))));
    }

    void neverCrashesOnJunk()
    {
        const QStringList junk{QString(), QStringLiteral("////"), QStringLiteral("1/0 mg"),
                               QStringLiteral("99999999999999999999 mg"), QStringLiteral("q0h"),
                               QStringLiteral("x 0 days"), QStringLiteral("# mg . , - ½½½"),
                               QString(2000, QLatin1Char('1'))};
        for (const QString &text : junk) {
            const ParsedDose dose = parseDose(text);
            QVERIFY(dose.timesPerDay >= 0.0);
            QVERIFY(std::isfinite(dose.amount));
        }
        // Fuzzing with the characters doses are made of.
        QRandomGenerator random(1138);
        const QString alphabet = QStringLiteral("0123456789.,/-½ mgcuLlIUqhdxtbi#%µ일회 ");
        for (int round = 0; round < 3000; ++round) {
            QString text;
            const int length = random.bounded(30);
            for (int i = 0; i < length; ++i)
                text.append(alphabet.at(random.bounded(int(alphabet.size()))));
            const ParsedDose dose = parseDose(text);
            QVERIFY(std::isfinite(dose.amount) && std::isfinite(dose.amountHigh));
            QVERIFY(dose.start < 0 || dose.start + dose.length <= text.size());
        }
    }

    // With the Korean translation loaded, one message of each file whose tr() context lupdate and
    // the runtime once disagreed on comes out in Korean (SynthCorpus needs a QGuiApplication).
    void messagesComeOutInKorean()
    {
        QTranslator korean;
        QVERIFY(korean.load(QLocale(QLocale::Korean, QLocale::SouthKorea), "vlmwb", "_", ":/i18n"));
        QVERIFY(QCoreApplication::installTranslator(&korean));
        const auto uninstall = qScopeGuard([&korean] { QCoreApplication::removeTranslator(&korean); });
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString notADatabase = dir.filePath("notes.txt");
        {
            QFile file(notADatabase);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Amoxicillin 500 mg TID\nthis is a text file, not SQLite\n");
        }
        ReviewDatabase damaged;
        QVERIFY(!damaged.open(notADatabase));
        ReviewDatabase database;
        QVERIFY(database.open(dir.filePath("review.sqlite")));
        const QStringList amoxicillin{QStringLiteral("250 mg"), QStringLiteral("875 mg")};
        const QList<QPair<QString, QString>> messages{
            {parseCsv("name\n\"open", "x.csv").error, "따옴표로 묶인 필드가 닫히지 않았습니다"},
            {parseDose(QStringLiteral("1.0 mg")).warnings.value(0).message, "용량의 10배로 읽힐 수 있습니다"},
            {checkDosePlausibility(parseDose(QStringLiteral("20 mg")), QStringLiteral("amoxicillin"),
                                   {QStringLiteral("mg")}, amoxicillin)
                 .value(0)
                 .message,
             "10분의 1 미만입니다"},
            {damaged.errorString(), "검토 데이터베이스가 아닙니다"},
            {AcceptFindingCommand(database, 42, "kim").text(), "42 승인"},
            {locateModel(dir.filePath("no-model"), "projection").error, "존재하지 않습니다"},
            {PairsTrainingSource(dir.filePath("pairs.jsonl")).error(), "학습 쌍"},
            {validateEstimateInput(EstimateInput{}), "이미지 크기는 양수여야 합니다"},
            {SynthFontLibrary::instance().error(), "QGuiApplication이 필요합니다"},
        };
        for (const auto &[message, fragment] : messages)
            QVERIFY2(message.contains(fragment), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestDoseParser)
#include "tst_dose_parser.moc"
