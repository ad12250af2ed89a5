// Export of verified corrections: CSV quoting by RFC 4180 (commas, quotes, line breaks, Korean),
// JSON, JSONL training pairs with their PNG crops, and the FHIR R4 bundle.
#include "core/correction_export.h"
#include "review_test_data.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

using namespace vlmwb::core;
using namespace review_test_data;

namespace {

// An RFC 4180 reader written for this test, independent of the exporter: rows of fields.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.append(field);
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text.at(i + 1) == '\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestCorrectionExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<ReviewDatabase> m_database;
    QString m_imagePath;
    QList<FindingRecord> m_findings;

private slots:
    void initTestCase()
    {
        // The page: white, with line 0's box (10,20 300x30) filled red and line 1's (10,60) blue.
        QImage page(400, 120, QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter painter(&page);
        painter.fillRect(QRect(10, 20, 300, 30), QColor(200, 0, 0));
        painter.fillRect(QRect(10, 60, 300, 30), QColor(0, 0, 200));
        painter.end();
        m_imagePath = m_dir.filePath("rx, \"scan\".png");
        QVERIFY(page.save(m_imagePath));

        m_database = std::make_unique<ReviewDatabase>();
        QVERIFY(m_database->open(m_dir.filePath("export.sqlite")));
        DocumentInput document = prescription();
        document.path = m_imagePath;
        const qint64 documentId = m_database->addDocument(document, reviewerActor("kim"));
        QList<FindingInput> found = findings();
        found[2].candidates = QJsonArray{
            QJsonObject{{"name", "Lisinopril"}, {"score", 1.0}, {"rank", 1}, {"rxcui", "29046"}}};
        const qint64 runId = m_database->addRun(run(documentId), lines(), found);
        m_findings = m_database->findings(runId);
        QVERIFY(!m_database->recordDecisions({decide(m_findings.at(0).id, DecisionAction::Correct,
                                                     "Amoxicillin \"forte\",\n500"),
                                              decide(m_findings.at(1).id, DecisionAction::Correct, "메트포르민"),
                                              decide(m_findings.at(2).id, DecisionAction::Accept)})
                     .isEmpty());

        // A second document whose file is gone: its pair is skipped with a warning.
        DocumentInput missing = prescription("another document");
        missing.path = m_dir.filePath("moved-away.png");
        const qint64 missingId = m_database->addDocument(missing, reviewerActor("kim"));
        const qint64 missingRun = m_database->addRun(run(missingId), {lines().at(0)}, {findings().at(0)});
        QVERIFY(!m_database->recordDecisions({decide(m_database->findings(missingRun).at(0).id,
                                                     DecisionAction::Accept)})
                     .isEmpty());
    }

    void correctedLineTextReplacesEachSpan()
    {
        const QList<VerifiedCorrection> all = m_database->verifiedCorrections();
        QCOMPARE(all.size(), 4);
        QCOMPARE(correctedLineText("Metformn 850 mg, Lisinopril 10 mg", {all.at(1), all.at(2)}),
                 QString("메트포르민 850 mg, Lisinopril 10 mg"));
        QCOMPARE(correctedLineText("Metformn 850 mg, Lisinopril 10 mg", {all.at(2)}),
                 QString("Metformn 850 mg, Lisinopril 10 mg"));
    }

    void leavesRejectedFindingsOut()
    {
        ReviewDatabase database;
        QVERIFY(database.open(m_dir.filePath("rejected.sqlite")));
        const qint64 documentId = database.addDocument(prescription(), reviewerActor("kim"));
        const qint64 runId = database.addRun(run(documentId), lines(), findings());
        const QList<FindingRecord> found = database.findings(runId);
        QVERIFY(!database.recordDecisions({decide(found.at(0).id, DecisionAction::Accept),
                                           decide(found.at(1).id, DecisionAction::Reject)})
                     .isEmpty());
        const QList<VerifiedCorrection> verified = database.verifiedCorrections();
        QCOMPARE(verified.size(), 1);
        QCOMPARE(verified.first().verifiedValue, QString("Amoxicillin")); // accept: the best match
    }

    void csvQuotesByRfc4180()
    {
        const QString csv = QString::fromUtf8(CorrectionExport(m_database->verifiedCorrections()).toCsv());
        QVERIFY(csv.startsWith("document_path,document_sha256,page,line_index,"));
        // Written out by hand: a comma and quotes in the path, a quote, comma and newline in the value.
        QVERIFY2(csv.contains(QString("\"%1\",").arg(QString(m_imagePath).replace("\"", "\"\""))), qPrintable(csv));
        QVERIFY(csv.contains(",correct,\"Amoxicillin \"\"forte\"\",\n500\",\"Amoxicillin \"\"forte\"\",\n500 500 mg TID\","));
        QVERIFY(csv.contains(",\"Metformn 850 mg, Lisinopril 10 mg\",Metformn,0,8,Metformin,metformin,correct,메트포르민,"));
        const QList<QStringList> rows = parseCsv(csv);
        QCOMPARE(rows.size(), 5); // header + 4
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), 23);
        const int valueColumn = static_cast<int>(rows.first().indexOf("verified_value"));
        QCOMPARE(rows.at(1).at(0), m_imagePath);
        QCOMPARE(rows.at(1).at(valueColumn), QString("Amoxicillin \"forte\",\n500"));
        QCOMPARE(rows.at(2).at(valueColumn), QString("메트포르민"));
        QCOMPARE(rows.at(3).at(valueColumn), QString("Lisinopril"));
        QCOMPARE(rows.at(1).at(rows.first().indexOf("dose_ucum")), QString("mg"));
        QCOMPARE(rows.at(1).at(rows.first().indexOf("reviewer")), QString("kim"));
    }

    void jsonHoldsEveryField()
    {
        const QJsonArray array =
            QJsonDocument::fromJson(CorrectionExport(m_database->verifiedCorrections()).toJson()).array();
        QCOMPARE(array.size(), 4);
        const QJsonObject first = array.at(0).toObject();
        QCOMPARE(first.value("text_as_read").toString(), QString("Amoxicilin"));
        QCOMPARE(first.value("verified_value").toString(), QString("Amoxicillin \"forte\",\n500"));
        QCOMPARE(first.value("dose").toObject().value("amount").toDouble(), 500.0);
        QCOMPARE(first.value("box").toArray(), (QJsonArray{10, 20, 300, 30}));
        QCOMPARE(array.at(2).toObject().value("action").toString(), QString("accept"));
    }

    void jsonlPairsCropTheLineFromTheDocument()
    {
        const QString folder = m_dir.filePath("pairs");
        QStringList warnings;
        const QByteArray jsonl = CorrectionExport(m_database->verifiedCorrections())
                                     .toJsonl(QDir(folder).filePath("crops"), folder, &warnings);
        const QList<QByteArray> records = jsonl.trimmed().split('\n');
        QCOMPARE(records.size(), 2); // two lines of the first document; the missing one is skipped
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains("moved-away.png"), qPrintable(warnings.first()));
        QVERIFY2(warnings.first().contains("does not exist"), qPrintable(warnings.first()));

        const QJsonObject second = QJsonDocument::fromJson(records.at(1)).object();
        QCOMPARE(second.value("text").toString(), QString("메트포르민 850 mg, Lisinopril 10 mg"));
        QCOMPARE(second.value("text_as_read").toString(), QString("Metformn 850 mg, Lisinopril 10 mg"));
        const QString crop = QDir(folder).filePath(second.value("image").toString());
        QVERIFY2(second.value("image").toString().startsWith("crops/"), qPrintable(second.value("image").toString()));
        const QImage image(crop);
        QCOMPARE(image.size(), QSize(300, 30));
        QCOMPARE(image.pixelColor(0, 0), QColor(0, 0, 200));
        QCOMPARE(image.pixelColor(299, 29), QColor(0, 0, 200));
        const QImage first(QDir(folder).filePath(QJsonDocument::fromJson(records.at(0)).object().value("image").toString()));
        QCOMPARE(first.pixelColor(150, 15), QColor(200, 0, 0));
    }

    void fhirBundleCodesWhatIsKnown()
    {
        const QJsonObject bundle =
            QJsonDocument::fromJson(CorrectionExport(m_database->verifiedCorrections()).toFhirBundle()).object();
        QCOMPARE(bundle.value("resourceType").toString(), QString("Bundle"));
        QCOMPARE(bundle.value("type").toString(), QString("collection"));
        const QJsonArray entries = bundle.value("entry").toArray();
        QCOMPARE(entries.size(), 4);
        const QJsonObject amoxicillin = entries.at(0).toObject().value("resource").toObject();
        QCOMPARE(amoxicillin.value("resourceType").toString(), QString("MedicationStatement"));
        QVERIFY(amoxicillin.contains("subject"));
        const QJsonObject quantity = amoxicillin.value("dosage").toArray().at(0).toObject().value("doseAndRate")
                                         .toArray().at(0).toObject().value("doseQuantity").toObject();
        QCOMPARE(quantity.value("value").toDouble(), 500.0);
        QCOMPARE(quantity.value("system").toString(), QString("http://unitsofmeasure.org"));
        QCOMPARE(quantity.value("code").toString(), QString("mg"));
        const QJsonObject lisinopril = entries.at(2).toObject().value("resource").toObject();
        const QJsonObject coding =
            lisinopril.value("medicationCodeableConcept").toObject().value("coding").toArray().at(0).toObject();
        QCOMPARE(coding.value("system").toString(), QString("http://www.nlm.nih.gov/research/umls/rxnorm"));
        QCOMPARE(coding.value("code").toString(), QString("29046"));
        QVERIFY(!amoxicillin.value("medicationCodeableConcept").toObject().contains("coding"));
        QVERIFY(entries.at(0).toObject().value("fullUrl").toString().startsWith("urn:uuid:"));
        // Stable ids: a second export names the same resources.
        const QJsonObject again =
            QJsonDocument::fromJson(CorrectionExport(m_database->verifiedCorrections()).toFhirBundle()).object();
        QCOMPARE(again.value("entry").toArray().at(0).toObject().value("fullUrl"),
                 entries.at(0).toObject().value("fullUrl"));
    }
};

QTEST_GUILESS_MAIN(TestCorrectionExport)
#include "tst_correction_export.moc"
