// The verification panel offscreen, driven from the keyboard; the review database is checked
// afterwards through its own reads.
#include "core/findings_table_model.h"
#include "core/review_database.h"
#include "widgets/verification_panel.h"
#include "../core/review_test_data.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace vlmwb::core;
using namespace review_test_data;
using vlmwb::widgets::VerificationPanel;

class TestVerificationPanel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<ReviewDatabase> m_database;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<VerificationPanel> m_panel;
    QList<FindingRecord> m_findings;

    FindingStatus statusOf(int index) const { return m_database->finding(m_findings.at(index).id)->status; }
    int currentRow() const { return m_panel->tableView()->currentIndex().row(); }
    // The open cell editor (offscreen windows never become active, so focusWidget() cannot tell).
    QLineEdit *openEditor() const
    {
        for (QLineEdit *editor : m_panel->tableView()->viewport()->findChildren<QLineEdit *>()) {
            if (editor->isVisible())
                return editor;
        }
        return nullptr;
    }
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_panel->tableView(), static_cast<Qt::Key>(key), modifiers);
    }

private slots:
    void init()
    {
        m_database = std::make_unique<ReviewDatabase>();
        QVERIFY(m_database->open(m_dir.filePath(QString("panel-%1.sqlite").arg(++m_counter))));
        const qint64 documentId = m_database->addDocument(prescription(), reviewerActor("kim"));
        QList<FindingInput> found = findings();
        found[1].candidates.append(QJsonObject{{"name", "Metoprolol"}, {"score", 0.71}, {"rank", 2}});
        found[1].warnings = QJsonArray{QJsonObject{{"code", "lasa"}, {"message", "Look-alike: Metoprolol."}}};
        const qint64 runId = m_database->addRun(run(documentId), lines(), found);
        m_findings = m_database->findings(runId);
        m_stack = std::make_unique<QUndoStack>();
        m_panel = std::make_unique<VerificationPanel>();
        m_panel->setReviewDatabase(m_database.get(), m_stack.get(), "kim");
        m_panel->resize(900, 300);
        m_panel->show();
        m_panel->showRun(runId);
        m_panel->tableView()->setFocus();
        QCOMPARE(currentRow(), 0);
    }

    void cleanup()
    {
        m_panel.reset();
        m_stack.reset();
        m_database.reset();
    }

    void showsTheColumns()
    {
        QAbstractItemModel *model = m_panel->tableView()->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(1, FindingsTableModel::AsReadColumn).data().toString(), QString("Metformn"));
        QCOMPARE(model->index(1, FindingsTableModel::BestMatchColumn).data().toString(), QString("Metformin"));
        QCOMPARE(model->index(1, FindingsTableModel::ScoreColumn).data().toString(), QString("0.93"));
        QCOMPARE(model->index(1, FindingsTableModel::RunnerUpColumn).data().toString(), QString("Metoprolol (0.71)"));
        QCOMPARE(model->index(0, FindingsTableModel::DoseColumn).data().toString(), QString("500 mg"));
        QCOMPARE(model->index(1, FindingsTableModel::WarningsColumn).data().toString(),
                 QString("Look-alike: Metoprolol."));
        QCOMPARE(model->index(1, FindingsTableModel::StatusColumn).data().toString(), QString("Unreviewed"));
    }

    // A finding without a drug (FindingExtractor's "unknown-drug") shows "(no match)", opens an
    // empty editor, and shows the name typed once corrected.
    void findingWithoutADrugSaysSoAndIsCorrectedByName()
    {
        FindingInput unknown = finding(0, QStringLiteral("OEBREE"), 0, QString(), 0.0);
        unknown.candidates = QJsonArray{};
        unknown.warnings = QJsonArray{QJsonObject{{"code", "unknown-drug"}, {"message", "No drug matches OEBREE."}}};
        const qint64 documentId = m_database->addDocument(prescription(), reviewerActor("kim"));
        const qint64 runId = m_database->addRun(run(documentId), lines(), {unknown});
        QVERIFY2(runId > 0, qPrintable(m_database->errorString()));
        m_panel->showRun(runId);
        m_panel->tableView()->setFocus();
        QAbstractItemModel *model = m_panel->tableView()->model();
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex bestMatch = model->index(0, FindingsTableModel::BestMatchColumn);
        QCOMPARE(bestMatch.data().toString(), QString("(no match)"));
        QCOMPARE(bestMatch.data(Qt::EditRole).toString(), QString());
        QCOMPARE(model->index(0, FindingsTableModel::WarningsColumn).data().toString(), QString("No drug matches OEBREE."));

        m_panel->tableView()->setCurrentIndex(model->index(0, 0));
        press(Qt::Key_F2);
        QLineEdit *editor = openEditor();
        QVERIFY(editor);
        QCOMPARE(editor->text(), QString());
        QTest::keyClicks(editor, "Qelbree");
        QTest::keyClick(editor, Qt::Key_Return);
        const qint64 findingId = m_database->findings(runId).first().id;
        QTRY_COMPARE(m_database->finding(findingId)->status, FindingStatus::Corrected);
        QCOMPARE(m_database->finding(findingId)->correctedValue, QString("Qelbree"));
        QCOMPARE(model->index(0, FindingsTableModel::BestMatchColumn).data().toString(), QString("Qelbree"));
    }

    void enterAcceptsAndMovesOnRejectsWithRAndDelete()
    {
        press(Qt::Key_Return);
        QCOMPARE(statusOf(0), FindingStatus::Accepted);
        QCOMPARE(currentRow(), 1);
        press(Qt::Key_R);
        QCOMPARE(statusOf(1), FindingStatus::Rejected);
        QCOMPARE(currentRow(), 2);
        press(Qt::Key_Up);
        QCOMPARE(currentRow(), 1);
        press(Qt::Key_Down);
        press(Qt::Key_Delete);
        QCOMPARE(statusOf(2), FindingStatus::Rejected);
        QCOMPARE(m_database->document(1)->status, DocumentStatus::Verified);
        QCOMPARE(m_panel->tableView()->model()->index(0, FindingsTableModel::StatusColumn).data().toString(),
                 QString("Accepted"));
    }

    void undoAndRedoFromTheKeyboard()
    {
        press(Qt::Key_Return);
        press(Qt::Key_R);
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(statusOf(1), FindingStatus::Unreviewed);
        QCOMPARE(statusOf(0), FindingStatus::Accepted);
        // Undo wrote a compensating decision; the reject is still in the history.
        QCOMPARE(m_database->decisions(m_findings.at(1).id).size(), 2);
        press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(statusOf(1), FindingStatus::Rejected);
    }

    void correctsInPlaceWithF2AndC()
    {
        press(Qt::Key_Down);
        press(Qt::Key_F2);
        QLineEdit *editor = openEditor();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, "Metformin XR");
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(statusOf(1), FindingStatus::Corrected); // the delegate commits from the event loop
        QCOMPARE(m_database->finding(m_findings.at(1).id)->correctedValue, QString("Metformin XR"));

        m_panel->tableView()->setFocus();
        press(Qt::Key_Down);
        press(Qt::Key_C);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        editor = openEditor();
        QVERIFY(editor);
        editor->setText("리시노프릴"); // Hangul comes from an input method, not from key clicks
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_database->finding(m_findings.at(2).id)->correctedValue, QString("리시노프릴"));
        QCOMPARE(m_stack->count(), 2);
    }

    void shiftCCorrectsEveryIdenticalFinding()
    {
        const qint64 documentId = m_database->addDocument(prescription("second page"), reviewerActor("kim"));
        QList<LineInput> twoLines = lines();
        twoLines[1].text = QStringLiteral("Amoxicilin 250 mg at night");
        const QList<FindingInput> twice = {finding(0, "Amoxicilin", 0, "Amoxicillin", 0.95),
                                           finding(1, "Amoxicilin", 0, "Amoxicillin", 0.95)};
        const qint64 runId = m_database->addRun(run(documentId), twoLines, twice);
        m_panel->showRun(runId);
        press(Qt::Key_C, Qt::ShiftModifier);
        QLineEdit *editor = openEditor();
        QVERIFY(editor);
        editor->setText("Amoxicillin-clavulanate");
        QTest::keyClick(editor, Qt::Key_Return);
        for (const FindingRecord &finding : m_database->findings(runId))
            QTRY_COMPARE(m_database->finding(finding.id)->correctedValue, QString("Amoxicillin-clavulanate"));
        press(Qt::Key_Z, Qt::ControlModifier); // one action, one undo
        for (const FindingRecord &finding : m_database->findings(runId))
            QCOMPARE(finding.status, FindingStatus::Unreviewed);
    }

    void nJumpsToTheNextUnresolved()
    {
        press(Qt::Key_Down);
        press(Qt::Key_Return); // accepts row 1, moves to row 2
        press(Qt::Key_Up);
        press(Qt::Key_Up);
        QCOMPARE(currentRow(), 0);
        press(Qt::Key_N);
        QCOMPARE(currentRow(), 2);
        press(Qt::Key_N);
        QCOMPARE(currentRow(), 0); // wraps around, skipping the accepted row 1
    }

    void needsReviewFilterHidesDecidedFindings()
    {
        press(Qt::Key_Return);
        m_panel->setNeedsReviewOnly(true);
        QAbstractItemModel *model = m_panel->tableView()->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, FindingsTableModel::AsReadColumn).data().toString(), QString("Metformn"));
        press(Qt::Key_Return); // accepted rows leave the filtered view
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(m_panel->currentFindingId(), m_findings.at(2).id);
        m_panel->setNeedsReviewOnly(false);
        QCOMPARE(model->rowCount(), 3);
    }

    void reportsTheSelectedFindingsLineAndSpan()
    {
        QSignalSpy selected(m_panel.get(), &VerificationPanel::findingSelected);
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        QCOMPARE(selected.count(), 2);
        QCOMPARE(selected.last(), (QList<QVariant>{1, 17, 10})); // "Lisinopril" on line 1 at 17
    }
};

QTEST_MAIN(TestVerificationPanel)
#include "tst_verification_panel.moc"
