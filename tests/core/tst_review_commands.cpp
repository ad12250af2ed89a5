// Review actions on a QUndoStack: each action and each undo is one transaction, and undo adds a
// compensating decision instead of editing the earlier one.
#include "core/review_commands.h"
#include "review_test_data.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace vlmwb::core;
using namespace review_test_data;

class TestReviewCommands : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<ReviewDatabase> m_database;
    QList<FindingRecord> m_findings;

    QList<DecisionAction> actions(qint64 findingId) const
    {
        QList<DecisionAction> result;
        for (const DecisionRecord &decision : m_database->decisions(findingId))
            result.append(decision.action);
        return result;
    }

    int auditRowsOf(qint64 findingId) const
    {
        int count = 0;
        for (const AuditEntry &entry : m_database->auditLog())
            count += entry.entity == QLatin1String("finding") && entry.entityId == findingId;
        return count;
    }

private slots:
    void init()
    {
        m_database = std::make_unique<ReviewDatabase>();
        QVERIFY(m_database->open(m_dir.filePath(QString("commands-%1.sqlite").arg(++m_counter))));
        const qint64 documentId = m_database->addDocument(prescription(), reviewerActor("kim"));
        QList<LineInput> twoLines = lines();
        twoLines.append({0, 2, QRectF(10, 100, 300, 30), QStringLiteral("Amoxicilin 250 mg at night"), 0.8});
        QList<FindingInput> found = findings();
        found.append(finding(2, QStringLiteral("Amoxicilin"), 0, QStringLiteral("Amoxicillin"), 0.95));
        const qint64 runId = m_database->addRun(run(documentId), twoLines, found);
        m_findings = m_database->findings(runId);
        QCOMPARE(m_findings.size(), 4);
    }

    void cleanup() { m_database.reset(); }

    void acceptUndoRedoAppendsDecisions()
    {
        QUndoStack stack;
        const qint64 id = m_findings.at(0).id;
        stack.push(new AcceptFindingCommand(*m_database, id, "kim"));
        QCOMPARE(m_database->finding(id)->status, FindingStatus::Accepted);
        QCOMPARE(stack.undoText(), QString("Accept Amoxicilin"));
        stack.undo();
        QCOMPARE(m_database->finding(id)->status, FindingStatus::Unreviewed);
        QCOMPARE(actions(id), (QList<DecisionAction>{DecisionAction::Accept, DecisionAction::Reopen}));
        stack.redo();
        QCOMPARE(m_database->finding(id)->status, FindingStatus::Accepted);
        QCOMPARE(actions(id),
                 (QList<DecisionAction>{DecisionAction::Accept, DecisionAction::Reopen, DecisionAction::Accept}));
        QCOMPARE(auditRowsOf(id), 3); // one per transaction, none edited
        QVERIFY(m_database->decisions(id).at(1).reason.startsWith("undo of: Accept"));
    }

    void undoRestoresTheEarlierCorrection()
    {
        QUndoStack stack;
        const qint64 id = m_findings.at(1).id;
        stack.push(new CorrectFindingCommand(*m_database, id, "Metformin", "kim"));
        stack.push(new CorrectFindingCommand(*m_database, id, "Metoprolol", "lee"));
        QCOMPARE(m_database->finding(id)->correctedValue, QString("Metoprolol"));
        stack.undo();
        QCOMPARE(m_database->finding(id)->status, FindingStatus::Corrected);
        QCOMPARE(m_database->finding(id)->correctedValue, QString("Metformin"));
        stack.push(new RejectFindingCommand(*m_database, id, "kim"));
        QCOMPARE(m_database->finding(id)->status, FindingStatus::Rejected);
        stack.undo();
        stack.undo();
        QCOMPARE(m_database->finding(id)->status, FindingStatus::Unreviewed);
        QCOMPARE(m_database->decisions(id).size(), 6);
    }

    void correctsAllIdenticalOccurrencesInOneAction()
    {
        QUndoStack stack;
        const qint64 first = m_findings.at(0).id;
        const qint64 second = m_findings.at(3).id;
        QCOMPARE(m_findings.at(3).text, QString("Amoxicilin"));
        QCOMPARE(CorrectAllIdenticalCommand::identicalFindings(*m_database, first), (QList<qint64>{first, second}));
        QSignalSpy recorded(m_database.get(), &ReviewDatabase::decisionsRecorded);
        stack.push(new CorrectAllIdenticalCommand(*m_database, first, "Amoxicillin", "kim"));
        QCOMPARE(recorded.count(), 1); // one transaction
        QCOMPARE(m_database->finding(first)->correctedValue, QString("Amoxicillin"));
        QCOMPARE(m_database->finding(second)->correctedValue, QString("Amoxicillin"));
        QCOMPARE(m_database->finding(m_findings.at(1).id)->status, FindingStatus::Unreviewed);
        stack.undo();
        QCOMPARE(recorded.count(), 2);
        QCOMPARE(m_database->finding(first)->status, FindingStatus::Unreviewed);
        QCOMPARE(m_database->finding(second)->status, FindingStatus::Unreviewed);
    }

    void anActionThatCannotBeSavedLeavesNothingToUndo()
    {
        QUndoStack stack;
        QSignalSpy errors(m_database.get(), &ReviewDatabase::errorOccurred);
        stack.push(new AcceptFindingCommand(*m_database, 987654, "kim"));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(stack.count(), 0);
        QVERIFY(!stack.canUndo());
    }
};

QTEST_GUILESS_MAIN(TestReviewCommands)
#include "tst_review_commands.moc"
