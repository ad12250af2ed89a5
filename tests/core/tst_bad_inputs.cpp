// The bad-input corpus (tests/bad-inputs/, written by scripts/make-bad-inputs.py): every row of its
// MANIFEST.tsv goes through the loader a user's file goes through (the document loader, the
// inference engine on a model folder, the drug-lexicon reader) on a worker thread, and must come
// back within the time limit, without a crash, with an error that names the file and gives the
// manifest's cause (or, for files that are merely odd, load, with the manifest's note).
#include "bad_inputs_manifest.h"
#include "core/document_loader.h"
#include "core/drug_lexicon.h"
#include "random_model.h"
#include "vlmwb/engine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <poppler-qt6.h>

#include <memory>

namespace {

using vlmwb::test::BadInput;

constexpr int timeLimitMs = 10'000;

struct LoadOutcome {
    bool loaded = false;
    QString error;
    QStringList notes;
};

LoadOutcome loadWith(const QString &loader, const QString &path)
{
    LoadOutcome outcome;
    if (loader == QLatin1String("document")) {
        const vlmwb::core::DocumentLoadResult result = vlmwb::core::DocumentLoader().load(path);
        outcome.loaded = result.ok();
        outcome.error = result.error;
        outcome.notes = result.document.notes;
    } else if (loader == QLatin1String("engine")) {
        try {
            vlmwb::inference::EngineOptions options;
            options.device = vlmwb::inference::DeviceRequest::Cpu;
            const vlmwb::inference::Engine engine(QFileInfo(path).path().toStdString(), options);
            outcome.loaded = true;
        } catch (const std::exception &error) {
            outcome.error = QString::fromStdString(error.what());
        }
    } else if (loader == QLatin1String("lexicon")) {
        vlmwb::core::DrugLexicon lexicon;
        const vlmwb::core::LexiconLoadResult result = lexicon.loadCsv(path);
        outcome.loaded = result.ok();
        outcome.error = result.error;
    } else {
        outcome.error = QStringLiteral("MANIFEST.tsv names the unknown loader \"%1\"").arg(loader);
    }
    return outcome;
}

// Runs the load on a worker thread. A load that overruns the limit cannot be stopped safely, so the
// test aborts there: a hang is a failure, never a wait.
LoadOutcome loadWithinLimit(const QString &loader, const QString &path, qint64 *elapsedMs)
{
    LoadOutcome outcome;
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QThread> worker(QThread::create([&] { outcome = loadWith(loader, path); }));
    worker->start();
    if (!worker->wait(QDeadlineTimer(timeLimitMs)))
        qFatal("%s did not return within %d ms (%s loader): a hang", qPrintable(path), timeLimitMs,
               qPrintable(loader));
    *elapsedMs = timer.elapsed();
    return outcome;
}

} // namespace

Q_DECLARE_METATYPE(vlmwb::test::BadInput)

class TestBadInputs : public QObject
{
    Q_OBJECT
private:
    QVector<BadInput> m_rows = vlmwb::test::readBadInputs();
    qint64 m_slowestMs = 0;
    QString m_slowestFile;
    int m_checked = 0;

private slots:
    void everyRowFailsClearlyWithinTheLimit_data()
    {
        QTest::addColumn<BadInput>("row");
        for (const BadInput &row : m_rows)
            QTest::newRow(qPrintable(row.file)) << row;
    }

    void everyRowFailsClearlyWithinTheLimit()
    {
        QFETCH(BadInput, row);
        const QString path = row.path();
        QVERIFY2(QFileInfo::exists(path), qPrintable(path + " is listed but missing; run scripts/make-bad-inputs.py"));
        qint64 elapsed = 0;
        const LoadOutcome outcome = loadWithinLimit(row.loader, path, &elapsed);
        if (elapsed > m_slowestMs) {
            m_slowestMs = elapsed;
            m_slowestFile = row.file;
        }
        ++m_checked;
        const QString context = QStringLiteral("%1 (%2): %3").arg(row.file, row.what, outcome.error);
        // The engine reads a model folder: its errors name the file in it at fault (the manifest's
        // substring says which), which need not be the row's file (weights-missing has none).
        const QString named = row.loader == QLatin1String("engine") ? QFileInfo(path).path() : path;
        if (row.expect == QLatin1String("error")) {
            QVERIFY2(!outcome.loaded, qPrintable(row.file + " was accepted"));
            QVERIFY2(outcome.error.contains(named), qPrintable("the error does not name the file: " + context));
            QVERIFY2(outcome.error.contains(row.message),
                     qPrintable("the error lacks \"" + row.message + "\": " + context));
        } else if (row.expect == QLatin1String("note")) {
            QVERIFY2(outcome.loaded, qPrintable(context));
            const QString notes = outcome.notes.join(QLatin1Char('\n'));
            QVERIFY2(notes.contains(path) && notes.contains(row.message), qPrintable(row.file + ": " + notes));
        } else {
            QCOMPARE(row.expect, QStringLiteral("loads"));
            QVERIFY2(outcome.loaded, qPrintable(context));
        }
    }

    void reportsTheSlowestLoad()
    {
        QCOMPARE(m_checked, m_rows.size());
        qInfo("%d rows, slowest %s in %lld ms (limit %d ms)", m_checked, qPrintable(m_slowestFile), m_slowestMs,
              timeLimitMs);
    }

    // Each document format has at least a zero-byte, a cut-off and a damaged (or bomb) case.
    void coversEveryDocumentFormat()
    {
        const QMap<QString, QString> prefixes{{"PNG", "png"},  {"JPEG", "jpeg"}, {"TIFF", "tiff"},
                                              {"BMP", "bmp"},  {"WebP", "webp"}, {"PDF", "pdf"}};
        const QMap<QString, QString> extensions{{"PNG", "png"}, {"JPEG", "jpg"},  {"TIFF", "tif"},
                                                {"BMP", "bmp"}, {"WebP", "webp"}, {"PDF", "pdf"}};
        const QStringList formats = vlmwb::core::DocumentLoader::supportedFormats().split(QStringLiteral(", "));
        QCOMPARE(formats.size(), prefixes.size());
        for (const QString &format : formats) {
            QVERIFY2(prefixes.contains(format), qPrintable(format));
            int empty = 0;
            int truncated = 0;
            int damaged = 0;
            for (const BadInput &row : m_rows) {
                const QString name = QFileInfo(row.file).fileName();
                if (row.loader != QLatin1String("document") || row.expect != QLatin1String("error"))
                    continue;
                empty += name == QStringLiteral("empty.") + extensions[format];
                if (name.startsWith(prefixes[format] + QLatin1Char('-'))) {
                    (name.contains(QLatin1String("truncated")) ? truncated : damaged) += 1;
                }
            }
            QVERIFY2(empty == 1 && truncated >= 1 && damaged >= 1,
                     qPrintable(QStringLiteral("%1: %2 empty, %3 truncated, %4 damaged").arg(format).arg(empty)
                                    .arg(truncated).arg(damaged)));
        }
    }

    // The committed corpus is exactly what the generator writes (when python3 is here to run it).
    void corpusMatchesItsGenerator()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QProcess generator;
        generator.start(python, {QStringLiteral(VLMWB_SOURCE_DIR "/scripts/make-bad-inputs.py"), QStringLiteral("--check")});
        QVERIFY(generator.waitForFinished(60000));
        QVERIFY2(generator.exitCode() == 0, generator.readAllStandardError().constData());
    }

    // The encrypted PDF is really encrypted: poppler opens it with the user password, not without.
    void encryptedPdfOpensOnlyWithItsPassword()
    {
        QFile file(vlmwb::test::badInputsDir() + QStringLiteral("/documents/pdf-encrypted.pdf"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const std::unique_ptr<Poppler::Document> locked = Poppler::Document::loadFromData(bytes);
        QVERIFY(locked && locked->isLocked());
        const std::unique_ptr<Poppler::Document> opened = Poppler::Document::loadFromData(bytes, "owner", "secret");
        QVERIFY(opened && !opened->isLocked());
        QCOMPARE(opened->numPages(), 1);
        const std::unique_ptr<Poppler::Page> page = opened->page(0);
        QVERIFY(page);
        const QImage image = page->renderToImage(72, 72);
        QCOMPARE(image.size(), QSize(144, 108));
        // The decrypted content stream paints a black box at (20, 20) 80 x 30 points from the bottom.
        QCOMPARE(qGray(image.pixel(60, 108 - 35)), 0);
        QCOMPARE(qGray(image.pixel(5, 5)), 255);
    }

    // The weights cases fail because of their weights: with correct weights, the corpus's tiny
    // config.json loads. And real models of every pattern pass the engine's up-front size check.
    void goodModelsStillLoad()
    {
        QTemporaryDir dir;
        const QString tiny = dir.filePath(QStringLiteral("tiny"));
        QVERIFY(QDir().mkpath(tiny));
        QVERIFY(QFile::copy(vlmwb::test::badInputsDir() + QStringLiteral("/models/weights-empty/config.json"),
                            tiny + QStringLiteral("/config.json")));
        vlmwb::test::saveRandomModelFromConfig(tiny.toStdString(), (tiny + QStringLiteral("/config.json")).toStdString());
        vlmwb::inference::EngineOptions options;
        options.device = vlmwb::inference::DeviceRequest::Cpu;
        try {
            const vlmwb::inference::Engine engine(tiny.toStdString(), options);
            QCOMPARE(engine.config().decoder.dim, 8);
        } catch (const std::exception &error) {
            QFAIL(error.what());
        }
        for (const char *pattern : {"cross_attention", "projection", "early_fusion"}) {
            const QString folder = dir.filePath(QString::fromLatin1(pattern));
            vlmwb::test::saveRandomModel(folder.toStdString(), pattern);
            try {
                const vlmwb::inference::Engine engine(folder.toStdString(), options);
                QCOMPARE(QString::fromStdString(engine.config().pattern), QString::fromLatin1(pattern));
            } catch (const std::exception &error) {
                QFAIL(error.what());
            }
            const QString bundled = QStringLiteral(VLMWB_SOURCE_DIR "/resources/models/") + QString::fromLatin1(pattern);
            try {
                const vlmwb::inference::Engine engine(bundled.toStdString(), options);
                QCOMPARE(QString::fromStdString(engine.config().pattern), QString::fromLatin1(pattern));
            } catch (const std::exception &error) {
                QFAIL(error.what());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestBadInputs)
#include "tst_bad_inputs.moc"
