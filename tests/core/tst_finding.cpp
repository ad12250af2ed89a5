// Findings from OCR lines: mentions with their doses and warnings, and the JSON the CLI and the
// review database read.
#include "core/finding_extractor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include "verification_test_support.h"

#include <memory>

using namespace vlmwb::core;

class TestFinding : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DrugMatcher> m_matcher;

private slots:
    void initTestCase()
    {
        m_matcher = testing::defaultMatcher();
        QVERIFY(m_matcher);
    }

    void prescriptionLines()
    {
        const FindingExtractor extractor(*m_matcher);
        const QVector<OcrLineText> lines{
            {QStringLiteral("Seoul Clinic  Dr. Kim"), {}},
            {QStringLiteral("1. Amoxici11in 500 mg PO TID x 7 days #21"), {}},
            {QStringLiteral("2. Levothyroxine 50 mg QD"), {}},
            {QStringLiteral("3. hydroxyzine 25 mg HS PRN itching"), {}},
        };
        const QVector<Finding> findings = extractor.extract(lines);
        QCOMPARE(findings.size(), 3);

        const Finding &amoxicillin = findings.at(0);
        QCOMPARE(amoxicillin.line, 1);
        QCOMPARE(amoxicillin.text, QStringLiteral("Amoxici11in"));
        QCOMPARE(amoxicillin.start, 3);
        QCOMPARE(amoxicillin.length, 11);
        QCOMPARE(amoxicillin.drug, QStringLiteral("amoxicillin"));
        QCOMPARE(amoxicillin.generic, QStringLiteral("amoxicillin"));
        QVERIFY(amoxicillin.hasDose);
        QCOMPARE(amoxicillin.dose.amount, 500.0);
        QCOMPARE(amoxicillin.dose.unit, QStringLiteral("mg"));
        QCOMPARE(amoxicillin.dose.ucum, QStringLiteral("mg"));
        QCOMPARE(amoxicillin.dose.frequency, QStringLiteral("TID"));
        QCOMPARE(amoxicillin.dose.route, QStringLiteral("PO"));
        QCOMPARE(amoxicillin.dose.durationDays, 7);
        QCOMPARE(amoxicillin.dose.quantity, 21);
        QCOMPARE(amoxicillin.dose.text, QStringLiteral("500 mg PO TID x 7 days #21"));
        QVERIFY(amoxicillin.warnings.isEmpty());
        QCOMPARE(amoxicillin.status, FindingStatus::Unreviewed);
        QVERIFY(amoxicillin.confidence > 0.8 && amoxicillin.confidence < 1.0);

        const Finding &levothyroxine = findings.at(1);
        QCOMPARE(levothyroxine.drug, QStringLiteral("levothyroxine"));
        QCOMPARE(levothyroxine.score, 1.0);
        QCOMPARE(warningCodes(levothyroxine.warnings), (QStringList{QStringLiteral("abbreviation-qd"),
                                                    QStringLiteral("unit-implausible"),
                                                    QStringLiteral("dose-above-usual-range")}));

        const Finding &hydroxyzine = findings.at(2);
        QCOMPARE(hydroxyzine.lasaPartner, QStringLiteral("hydralazine"));
        QCOMPARE(hydroxyzine.lasaDisplay, QStringLiteral("hydrOXYzine / hydrALAZINE"));
        QCOMPARE(warningCodes(hydroxyzine.warnings), (QStringList{QStringLiteral("look-alike"), QStringLiteral("abbreviation-hs")}));
        QCOMPARE(hydroxyzine.dose.frequency, QStringLiteral("HS"));
    }

    void twoDrugsOnOneLineGetTheirOwnDoses()
    {
        const FindingExtractor extractor(*m_matcher);
        const QVector<Finding> findings =
            extractor.extract({{QStringLiteral("Lantus 10 units SC HS, potassium chloride 20 mEq PO BID"), {}}});
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(0).drug, QStringLiteral("Lantus"));
        QCOMPARE(findings.at(0).generic, QStringLiteral("insulin glargine"));
        QCOMPARE(findings.at(0).dose.amount, 10.0);
        QCOMPARE(findings.at(0).dose.unit, QStringLiteral("units"));
        QCOMPARE(findings.at(0).dose.ucum, QStringLiteral("[U]"));
        QCOMPARE(findings.at(1).drug, QStringLiteral("potassium chloride"));
        QCOMPARE(findings.at(1).dose.amount, 20.0);
        QCOMPARE(findings.at(1).dose.ucum, QStringLiteral("meq"));
        QCOMPARE(findings.at(1).dose.frequency, QStringLiteral("BID"));
    }

    void lowOcrConfidenceIsWarned()
    {
        const QString text = QStringLiteral("metformin 500 mg BID");
        QVector<float> confidences(text.size(), 0.2f);
        const FindingExtractor extractor(*m_matcher);
        const QVector<Finding> findings = extractor.extract({{text, confidences}});
        QCOMPARE(findings.size(), 1);
        // 1^0.7 * 0.2^0.3 = 0.6170 < 0.95
        QVERIFY(std::abs(findings.first().confidence - 0.617034) < 1e-5);
        QVERIFY(warningCodes(findings.first().warnings).contains(QStringLiteral("low-confidence")));
    }

    // The default threshold, 0.95: an exact name read at OCR confidence 0.9 passes (0.9^0.3 = 0.9689),
    // at 0.8 it is warned (0.8^0.3 = 0.9353), and a name read with a letter wrong is warned even at
    // full OCR confidence, since its match score is below 0.93 (0.93^0.7 = 0.9505).
    void nearMissesAndModerateOcrConfidenceAreWarned()
    {
        const FindingExtractor extractor(*m_matcher);
        const auto warned = [&](const QString &text, float confidence) {
            const QVector<Finding> findings = extractor.extract({{text, QVector<float>(text.size(), confidence)}});
            return !findings.isEmpty() && warningCodes(findings.first().warnings).contains(QStringLiteral("low-confidence"));
        };
        const QString exact = QStringLiteral("metformin 500 mg BID");
        QVERIFY(!warned(exact, 0.9f));
        QVERIFY(warned(exact, 0.8f));
        const QString nearMiss = QStringLiteral("metfornin 500 mg BID");
        const QVector<Finding> findings = extractor.extract({{nearMiss, QVector<float>(nearMiss.size(), 1.0f)}});
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().drug, QStringLiteral("metformin"));
        QVERIFY2(findings.first().score < 0.93, qPrintable(QString::number(findings.first().score)));
        QVERIFY(warned(nearMiss, 1.0f));
    }

    // A line that gives a strength but holds no name the finder can match ("QELBREE" read "OEBREE"
    // on a validation line gave no finding at all) is a finding without a drug: the words before
    // the dose, an "unknown-drug" warning naming them and the strength, only candidates below the
    // mention threshold, and the dose read. Lines with no strength, or with only prescription words
    // before it, give none.
    void nameBeforeADoseThatMatchesNothingIsAFindingWithoutADrug()
    {
        const FindingExtractor extractor(*m_matcher);
        const QVector<Finding> findings = extractor.extract({
            {QStringLiteral("(3) Rx: OEBREE 100 mg cap PO BID"), {}},
            {QStringLiteral("용법: 1일 3회 1회 1정"), {}},
            {QStringLiteral("Total 500 mg"), {}},
            {QStringLiteral("Seoul Clinic  Dr. Kim"), {}},
            {QStringLiteral("Zyxwvut Qopl 20 mg daily"), {}},
        });
        QCOMPARE(findings.size(), 2);

        const Finding &misread = findings.at(0);
        QCOMPARE(misread.line, 0);
        QCOMPARE(misread.text, QStringLiteral("OEBREE"));
        QCOMPARE(misread.start, 8);
        QCOMPARE(misread.length, 6);
        QVERIFY(misread.drug.isEmpty());
        QCOMPARE(warningCodes(misread.warnings), QStringList{QStringLiteral("unknown-drug")});
        QVERIFY(misread.warnings.first().message.contains(QStringLiteral("OEBREE")));
        QVERIFY(misread.warnings.first().message.contains(QStringLiteral("100 mg")));
        for (const FindingCandidate &candidate : misread.candidates)
            QVERIFY(candidate.score < MentionOptions().minimumScore);
        QVERIFY(misread.hasDose);
        QCOMPARE(misread.dose.amount, 100.0);
        QCOMPARE(misread.dose.unit, QStringLiteral("mg"));
        QCOMPARE(misread.dose.frequency, QStringLiteral("BID"));
        QCOMPARE(misread.dose.route, QStringLiteral("PO"));
        QVERIFY(toJson(misread).value(QStringLiteral("drug")).isNull());

        const Finding &unknown = findings.at(1);
        QCOMPARE(unknown.line, 4);
        QCOMPARE(unknown.text, QStringLiteral("Zyxwvut Qopl"));
        QVERIFY(unknown.drug.isEmpty());
        QCOMPARE(warningCodes(unknown.warnings), QStringList{QStringLiteral("unknown-drug")});
        QCOMPARE(unknown.dose.amount, 20.0);
    }

    void countDoses()
    {
        const FindingExtractor extractor(*m_matcher);
        const QVector<Finding> findings = extractor.extract({{QStringLiteral("Tylenol 1-2 tabs PO q4-6h PRN"), {}}});
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.first().hasDose);
        QCOMPARE(findings.first().dose.amount, 1.0);
        QCOMPARE(findings.first().dose.amountHigh, 2.0);
        QCOMPARE(findings.first().dose.unit, QStringLiteral("tablet"));
        QCOMPARE(findings.first().dose.ucum, QStringLiteral("{tablet}"));
    }

    void json()
    {
        const FindingExtractor extractor(*m_matcher);
        const QVector<Finding> findings = extractor.extract({{QStringLiteral("x"), {}},
                                                             {QStringLiteral("Rx Norvasc 5 mg daily"), {}}});
        QCOMPARE(findings.size(), 1);
        const QJsonObject object = toJson(findings.first());
        QCOMPARE(object.value(QStringLiteral("text")).toString(), QStringLiteral("Norvasc"));
        QCOMPARE(object.value(QStringLiteral("drug")).toString(), QStringLiteral("Norvasc"));
        QCOMPARE(object.value(QStringLiteral("generic")).toString(), QStringLiteral("amlodipine"));
        QCOMPARE(object.value(QStringLiteral("score")).toDouble(), 1.0);
        QCOMPARE(object.value(QStringLiteral("line")).toInt(), 1);
        QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("unreviewed"));
        const QJsonArray candidates = object.value(QStringLiteral("candidates")).toArray();
        QVERIFY(!candidates.isEmpty());
        QCOMPARE(candidates.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Norvasc"));
        QCOMPARE(candidates.first().toObject().value(QStringLiteral("generic")).toString(), QStringLiteral("amlodipine"));
        QCOMPARE(candidates.first().toObject().value(QStringLiteral("rank")).toInt(), 1);
        const QJsonObject dose = object.value(QStringLiteral("dose")).toObject();
        QCOMPARE(dose.value(QStringLiteral("amount")).toDouble(), 5.0);
        QCOMPARE(dose.value(QStringLiteral("unit")).toString(), QStringLiteral("mg"));
        QCOMPARE(dose.value(QStringLiteral("text")).toString(), QStringLiteral("5 mg daily"));
        QVERIFY(object.value(QStringLiteral("warnings")).isArray());
        QVERIFY(object.value(QStringLiteral("lasaPartner")).isNull());

        Finding empty;
        empty.text = QStringLiteral("zzzz");
        empty.status = FindingStatus::Rejected;
        const QJsonObject emptyObject = toJson(empty);
        QVERIFY(emptyObject.value(QStringLiteral("drug")).isNull());
        QVERIFY(emptyObject.value(QStringLiteral("dose")).isNull());
        QCOMPARE(emptyObject.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(emptyObject.value(QStringLiteral("candidates")).toArray().size(), 0);
    }

    void statusNames()
    {
        for (const FindingStatus status : {FindingStatus::Unreviewed, FindingStatus::Accepted,
                                           FindingStatus::Corrected, FindingStatus::Rejected}) {
            FindingStatus parsed = FindingStatus::Unreviewed;
            QVERIFY(findingStatusFromName(findingStatusName(status), &parsed));
            QCOMPARE(parsed, status);
        }
        FindingStatus parsed = FindingStatus::Accepted;
        QVERIFY(!findingStatusFromName(QStringLiteral("maybe"), &parsed));
        QCOMPARE(parsed, FindingStatus::Accepted);
    }
};

QTEST_GUILESS_MAIN(TestFinding)
#include "tst_finding.moc"
