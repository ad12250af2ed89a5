// The model folders the project ships (resources/models/<pattern>/): each holds exactly its
// config.json and model.safetensors (no optimizer state or checkpoint left behind), together at most
// 12 MB (12,000,000 bytes, the limit the defaults are held to), names its own pattern, and its
// safetensors header accounts for every byte of the file in floating-point tensors.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <QtTest>

namespace {

constexpr qint64 folderLimitBytes = 12'000'000;

qint64 bytesPerElement(const QString &dtype)
{
    if (dtype == QLatin1String("F32"))
        return 4;
    if (dtype == QLatin1String("F16") || dtype == QLatin1String("BF16"))
        return 2;
    return 0; // not a floating-point type a model folder may hold
}

} // namespace

class TestBundledModels : public QObject
{
    Q_OBJECT
private slots:
    void folderHoldsOneModelWithinTheLimit_data()
    {
        QTest::addColumn<QString>("pattern");
        for (const char *pattern : {"cross_attention", "projection", "early_fusion"})
            QTest::newRow(pattern) << QString(pattern);
    }

    void folderHoldsOneModelWithinTheLimit()
    {
        QFETCH(QString, pattern);
        const QDir folder(QStringLiteral(VLMWB_SOURCE_DIR "/resources/models/") + pattern);
        QVERIFY2(folder.exists(), qPrintable(folder.path()));
        const QFileInfoList files = folder.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
        QStringList names;
        qint64 total = 0;
        for (const QFileInfo &file : files) {
            names << file.fileName();
            total += file.size();
        }
        QCOMPARE(names, (QStringList{"config.json", "model.safetensors"}));
        qInfo("%s: %lld bytes", qPrintable(pattern), total);
        QVERIFY2(total <= folderLimitBytes, qPrintable(QString("%1 bytes").arg(total)));

        QFile config(folder.filePath("config.json"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonObject object = QJsonDocument::fromJson(config.readAll(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(object.value("pattern").toString(), pattern);

        // safetensors: an 8-byte little-endian header length, the JSON header, then the tensors' data.
        QFile weights(folder.filePath("model.safetensors"));
        QVERIFY(weights.open(QIODevice::ReadOnly));
        const QByteArray lengthBytes = weights.read(8);
        QCOMPARE(lengthBytes.size(), 8);
        const qint64 headerLength = qint64(qFromLittleEndian<quint64>(lengthBytes.constData()));
        QVERIFY(headerLength > 0 && headerLength < weights.size());
        const QJsonObject header = QJsonDocument::fromJson(weights.read(headerLength), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        qint64 dataBytes = 0;
        int tensors = 0;
        for (auto it = header.begin(); it != header.end(); ++it) {
            if (it.key() == QLatin1String("__metadata__"))
                continue;
            const QJsonObject tensor = it.value().toObject();
            const qint64 width = bytesPerElement(tensor.value("dtype").toString());
            QVERIFY2(width > 0, qPrintable(it.key() + ": " + tensor.value("dtype").toString()));
            qint64 elements = 1;
            for (const QJsonValue &size : tensor.value("shape").toArray())
                elements *= size.toInteger();
            dataBytes += elements * width;
            ++tensors;
        }
        QVERIFY(tensors > 0);
        QCOMPARE(8 + headerLength + dataBytes, weights.size());
    }
};

QTEST_GUILESS_MAIN(TestBundledModels)
#include "tst_bundled_models.moc"
