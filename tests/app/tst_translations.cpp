// translations/vlmwb_ko.ts is current: it holds exactly the tr() strings of the sources, each one
// translated, and the compiled translation is embedded and used for a Korean locale.
#include "core/application_setup.h"

#include <QFile>

#include <algorithm>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            current = TsMessage{context, {}, {}, false};
        else if (xml.name() == u"source")
            current.source = xml.readElementText();
        else if (xml.name() == u"translation") {
            current.unfinished = xml.attributes().value("type") == u"unfinished";
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.append(current);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QSet<QString> keys(const QList<TsMessage> &messages)
{
    QSet<QString> result;
    for (const TsMessage &message : messages)
        result.insert(message.context + QLatin1Char('\x1f') + message.source);
    return result;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void tsFileMatchesTheSources()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath("fresh_ko.ts");
        QVERIFY(QFile::copy(QStringLiteral(VLMWB_SOURCE_DIR "/translations/vlmwb_ko.ts"), fresh));
        QFile::setPermissions(fresh, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(VLMWB_SOURCE_DIR));
        lupdate.start(QStringLiteral(VLMWB_LUPDATE_PATH),
                      {"-I", ".", "-I", "app", "-locations", "none", "-no-obsolete", "app", "core", "widgets", "-ts", fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        const QSet<QString> committed = keys(readTs(QStringLiteral(VLMWB_SOURCE_DIR "/translations/vlmwb_ko.ts")));
        const QSet<QString> current = keys(readTs(fresh));
        const QSet<QString> missing = current - committed;
        const QSet<QString> stale = committed - current;
        QVERIFY2(missing.isEmpty(), qPrintable("strings missing from vlmwb_ko.ts (run scripts/update-translations.sh): "
                                               + QStringList(missing.values()).join(" | ")));
        QVERIFY2(stale.isEmpty(), qPrintable("strings in vlmwb_ko.ts no longer in the sources: "
                                             + QStringList(stale.values()).join(" | ")));
    }

    void everyStringIsTranslated()
    {
        const QList<TsMessage> messages = readTs(QStringLiteral(VLMWB_SOURCE_DIR "/translations/vlmwb_ko.ts"));
        QVERIFY(!messages.isEmpty());
        QStringList untranslated;
        for (const TsMessage &message : messages) {
            if (message.unfinished || message.translation.trimmed().isEmpty())
                untranslated << message.context + ": " + message.source;
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(" | ")));
    }

    void koreanLocaleLoadsTheEmbeddedTranslation()
    {
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        int argc = 1;
        char name[] = "tst_translations";
        char *argv[] = {name, nullptr};
        QCoreApplication application(argc, argv);
        vlmwb::core::setUpApplication(application, "tst_translations");
        // The File menu: any Korean translation of it contains Hangul, which the source cannot.
        const QString translated = QCoreApplication::translate("vlmwb::widgets::MainWindow", "&File");
        QVERIFY2(translated != "&File", qPrintable(translated));
        const bool hasHangul = std::any_of(translated.begin(), translated.end(), [](QChar c) {
            return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
        });
        QVERIFY2(hasHangul, qPrintable(translated));
    }
};

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
