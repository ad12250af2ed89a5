// Replays the fuzzing corpora and every crasher (tests/fuzz/corpus/<target>/,
// tests/fuzz/crashers/<target>/) through the feed functions the libFuzzer targets use (fuzz/), so
// a bug fuzzing once found stays fixed in the normal, unsanitised build. A feed function swallows
// its parser's documented refusal; any exception that escapes it, or a broken invariant, fails here.
#include "fuzz/fuzz_target.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QtTest>

#include <map>

namespace {

using Feed = void (*)(const std::uint8_t *, std::size_t);

// Folder name under tests/fuzz/corpus and tests/fuzz/crashers -> its feed function.
const std::map<QString, Feed> &feedsByTarget()
{
    static const std::map<QString, Feed> feeds{
        {QStringLiteral("lexicon_csv"), vlmwb::fuzz::feedLexiconCsv},
        {QStringLiteral("rxnorm_rrf"), vlmwb::fuzz::feedRxNormRrf},
        {QStringLiteral("dose_parser"), vlmwb::fuzz::feedDoseParser},
        {QStringLiteral("image_decode"), vlmwb::fuzz::feedImageDecode},
        {QStringLiteral("safetensors_header"), vlmwb::fuzz::feedSafetensors},
        {QStringLiteral("model_config"), vlmwb::fuzz::feedModelConfig},
        {QStringLiteral("tokenizer_decode"), vlmwb::fuzz::feedTokenizer},
    };
    return feeds;
}

QString fuzzRoot()
{
    return QStringLiteral(VLMWB_SOURCE_DIR "/tests/fuzz");
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    // A folder for a target that no longer exists would be skipped silently; a target without
    // seeds would be fuzzed from nothing.
    void everyFolderNamesATarget()
    {
        for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("crashers")}) {
            const QDir dir(fuzzRoot() + QLatin1Char('/') + kind);
            for (const QString &folder : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
                QVERIFY2(feedsByTarget().count(folder), qPrintable(kind + QLatin1Char('/') + folder + " is no fuzz target"));
        }
        for (const auto &[target, feed] : feedsByTarget()) {
            Q_UNUSED(feed)
            const QDir corpus(fuzzRoot() + QStringLiteral("/corpus/") + target);
            QVERIFY2(!corpus.entryList(QDir::Files).isEmpty(), qPrintable("no seed corpus for " + target));
        }
    }

    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("crashers")}) {
            for (const auto &[target, feed] : feedsByTarget()) {
                Q_UNUSED(feed)
                QDirIterator files(fuzzRoot() + QLatin1Char('/') + kind + QLatin1Char('/') + target, QDir::Files);
                while (files.hasNext()) {
                    const QString path = files.next();
                    QTest::newRow(qPrintable(kind + QLatin1Char('/') + target + QLatin1Char('/') + files.fileName()))
                        << target << path;
                }
            }
        }
    }

    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + ": " + file.errorString()));
        const QByteArray bytes = file.readAll();
        try {
            feedsByTarget().at(target)(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                                       std::size_t(bytes.size()));
        } catch (const vlmwb::fuzz::BrokenInvariant &broken) {
            QFAIL(qPrintable(QStringLiteral("broken promise: ") + QString::fromStdString(broken.what())));
        } catch (const std::exception &escaped) {
            QFAIL(qPrintable(QStringLiteral("an exception escaped the parser: ") + QString::fromUtf8(escaped.what())));
        }
    }
};

QTEST_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
