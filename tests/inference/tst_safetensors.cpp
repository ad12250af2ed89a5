// The safetensors reader and writer and the state-dict loader: files built byte by byte by the test
// are read as expected, written files have the documented layout, every dtype round-trips, every
// kind of corruption is refused with a message naming the file and the cause, and the loader names
// missing, unexpected, mis-shaped and mistyped tensors.
#include "c_abstractor.h"
#include "linear_projection.h"
#include "safetensors.h"
#include "state_dict.h"
#include "vlmwb/model_error.h"

#include <torch/torch.h>

#include <QtTest>

#include <cstring>
#include <memory>

using namespace vlmwb::inference;

namespace {

// Little-endian uint64 length, the header, then the data: a safetensors file by hand.
QByteArray fileBytes(const QByteArray &header, const QByteArray &data, std::uint64_t length)
{
    QByteArray bytes;
    for (int i = 0; i < 8; ++i)
        bytes.append(static_cast<char>((length >> (8 * i)) & 0xff));
    return bytes + header + data;
}

QByteArray fileBytes(const QByteArray &header, const QByteArray &data)
{
    return fileBytes(header, data, static_cast<std::uint64_t>(header.size()));
}

QByteArray floatBytes(std::initializer_list<float> values)
{
    QByteArray bytes;
    for (float value : values)
        bytes.append(reinterpret_cast<const char *>(&value), sizeof value); // the test host is little-endian
    return bytes;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// The what() of the ModelFileError that reading path throws; empty when nothing is thrown.
QString readError(const QString &path)
{
    try {
        readSafetensors(path.toStdString());
    } catch (const ModelFileError &error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

// The ModelFileError that loading path into module throws.
QString loadError(torch::nn::Module &module, const std::string &path, const StateDictOptions &options = {})
{
    try {
        loadStateDict(module, path, options);
    } catch (const ModelFileError &error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

// A module with one tensor under two names, like a language model's tied head.
struct TiedModule : torch::nn::Module
{
    TiedModule()
    {
        embedding = register_module("embedding", torch::nn::Embedding(4, 2));
        head = register_module("head", std::make_shared<torch::nn::Module>());
        head->register_parameter("weight", embedding->weight);
    }
    torch::nn::Embedding embedding{nullptr};
    std::shared_ptr<torch::nn::Module> head;
};

} // namespace

class TestSafetensors : public QObject
{
    Q_OBJECT
private slots:
    // A fresh folder per test (and per data row), so listings see only that test's files.
    void init()
    {
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
    }

    // A file written by hand: one F32 [2] tensor 1.5, -2 and one I64 [] tensor 7, with metadata.
    void readsHandBuiltFile()
    {
        const QByteArray header = R"({"__metadata__":{"format":"pt"},)"
                                  R"("b":{"dtype":"I64","shape":[],"data_offsets":[8,16]},)"
                                  R"("a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";
        QByteArray data = floatBytes({1.5f, -2.0f});
        const std::int64_t seven = 7;
        data.append(reinterpret_cast<const char *>(&seven), sizeof seven);
        writeFile(path("hand.safetensors"), fileBytes(header, data));

        const SafetensorsFile file = readSafetensors(path("hand.safetensors").toStdString());
        QCOMPARE(file.tensors.size(), std::size_t(2));
        QCOMPARE(file.metadata.at("format"), std::string("pt"));
        const torch::Tensor a = file.tensor("a");
        QCOMPARE(a.scalar_type(), torch::kFloat32);
        QCOMPARE(a.sizes().vec(), std::vector<std::int64_t>({2}));
        QCOMPARE(a[0].item<float>(), 1.5f);
        QCOMPARE(a[1].item<float>(), -2.0f);
        const torch::Tensor b = file.tensor("b");
        QCOMPARE(b.scalar_type(), torch::kInt64);
        QCOMPARE(b.dim(), std::int64_t(0));
        QCOMPARE(b.item<std::int64_t>(), std::int64_t(7));

        // Writing into a tensor of the mapping never changes the file.
        a.fill_(0.0f);
        QCOMPARE(readSafetensors(path("hand.safetensors").toStdString()).tensor("a")[0].item<float>(), 1.5f);
    }

    // The writer's bytes, by hand: length prefix, header padded with spaces to 8, data in name order.
    void writesDocumentedLayout()
    {
        const std::string target = path("layout.safetensors").toStdString();
        writeSafetensors(target, {{"z", torch::tensor({1.0f})}, {"a", torch::tensor({2.0f, 3.0f})}}, {{"k", "v"}});
        QFile file(QString::fromStdString(target));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        std::uint64_t length = 0;
        std::memcpy(&length, bytes.constData(), 8);
        QCOMPARE(length % 8, std::uint64_t(0));
        const QByteArray expectedHeader = R"({"__metadata__":{"k":"v"},)"
                                          R"("a":{"data_offsets":[0,8],"dtype":"F32","shape":[2]},)"
                                          R"("z":{"data_offsets":[8,12],"dtype":"F32","shape":[1]}})";
        QCOMPARE(bytes.mid(8, static_cast<int>(length)).trimmed(), expectedHeader);
        QCOMPARE(bytes.mid(8 + static_cast<int>(length)), floatBytes({2.0f, 3.0f, 1.0f}));
        QCOMPARE(QDir(m_folder->path()).entryList(QDir::Files), QStringList{"layout.safetensors"}); // no temp left
    }

    void roundTripsEveryDtype_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("dtype");
        // Values exactly representable in every type they are cast to.
        QTest::newRow("F64") << int(torch::kFloat64) << "F64";
        QTest::newRow("F32") << int(torch::kFloat32) << "F32";
        QTest::newRow("F16") << int(torch::kFloat16) << "F16";
        QTest::newRow("BF16") << int(torch::kBFloat16) << "BF16";
        QTest::newRow("I64") << int(torch::kInt64) << "I64";
        QTest::newRow("I32") << int(torch::kInt32) << "I32";
        QTest::newRow("I16") << int(torch::kInt16) << "I16";
        QTest::newRow("I8") << int(torch::kInt8) << "I8";
        QTest::newRow("U8") << int(torch::kUInt8) << "U8";
        QTest::newRow("BOOL") << int(torch::kBool) << "BOOL";
    }

    void roundTripsEveryDtype()
    {
        QFETCH(int, type);
        QFETCH(QString, dtype);
        const auto scalarType = static_cast<torch::ScalarType>(type);
        const bool isSigned = scalarType != torch::kUInt8 && scalarType != torch::kBool;
        // [2, 3] values 0..5 (or -3..2 where signed), a scalar, an empty [0, 3] and a transposed view.
        const torch::Tensor values = (torch::arange(6) - (isSigned ? 3 : 0)).view({2, 3}).to(scalarType);
        const std::map<std::string, torch::Tensor> tensors{{"matrix", values},
                                                           {"scalar", torch::tensor(1).to(scalarType)},
                                                           {"empty", torch::zeros({0, 3}).to(scalarType)},
                                                           {"transposed", values.t()}};
        const std::string target = path("round.safetensors").toStdString();
        writeSafetensors(target, tensors, {{"dtype", dtype.toStdString()}});

        const SafetensorsHeader header = readSafetensorsHeader(target);
        for (const TensorEntry &entry : header.tensors)
            QCOMPARE(QString(tensorDtypeName(entry.dtype)), dtype);
        const SafetensorsFile file = readSafetensors(target);
        QCOMPARE(file.metadata.at("dtype"), dtype.toStdString());
        QCOMPARE(file.tensors.size(), tensors.size());
        for (const auto &[name, expected] : tensors) {
            const torch::Tensor &actual = file.tensor(name);
            QCOMPARE(actual.scalar_type(), scalarType);
            QCOMPARE(actual.sizes().vec(), expected.sizes().vec());
            QVERIFY2(torch::equal(actual, expected), name.c_str());
        }
    }

    void readsTensorsAtUnalignedOffsets()
    {
        // A U8 [1] then an F32 [1] at data offset 1: not 4-byte aligned, still read correctly.
        const QByteArray header = R"({"u":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},)"
                                  R"("f":{"dtype":"F32","shape":[1],"data_offsets":[1,5]}})";
        QByteArray padded = header;
        padded.append(QByteArray((8 - padded.size() % 8) % 8, ' '));
        writeFile(path("unaligned.safetensors"), fileBytes(padded, QByteArray(1, '\x09') + floatBytes({0.25f})));
        const SafetensorsFile file = readSafetensors(path("unaligned.safetensors").toStdString());
        QCOMPARE(file.tensor("u").item<int>(), 9);
        QCOMPARE(file.tensor("f").item<float>(), 0.25f);
    }

    void refusesCorruptFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("tensor"); // named in the message when not empty

        const QByteArray one = R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})";
        QTest::newRow("empty file") << QByteArray() << "too short" << "";
        QTest::newRow("five bytes") << QByteArray("\x01\x00\x00\x00\x00", 5) << "too short" << "";
        QTest::newRow("absurd header length")
            << fileBytes(one, floatBytes({1}), std::uint64_t(1) << 40) << "beyond the limit" << "";
        QTest::newRow("header length beyond the file")
            << fileBytes(one, QByteArray(), 4096) << "beyond the end" << "";
        QTest::newRow("truncated header") << fileBytes(one, floatBytes({1})).left(30) << "beyond the end" << "";
        QTest::newRow("bad JSON") << fileBytes("{\"a\": {dtype", QByteArray()) << "not valid JSON" << "";
        QTest::newRow("JSON array") << fileBytes("[1, 2]  ", QByteArray()) << "not an object" << "";
        QTest::newRow("unknown dtype")
            << fileBytes(R"({"w":{"dtype":"Q7","shape":[1],"data_offsets":[0,4]}})", floatBytes({1}))
            << "unknown dtype \"Q7\"" << "w";
        QTest::newRow("shape and size disagree")
            << fileBytes(R"({"w":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", floatBytes({1, 2}))
            << "needs 12 bytes" << "w";
        QTest::newRow("offsets beyond the data")
            << fileBytes(R"({"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})", floatBytes({1}))
            << "beyond the 4 bytes" << "w";
        QTest::newRow("overlapping tensors")
            << fileBytes(R"({"p":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                         R"("q":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})",
                         floatBytes({1, 2, 3}))
            << "overlaps" << "q";
        QTest::newRow("gap between tensors")
            << fileBytes(R"({"p":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                         R"("q":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}})",
                         floatBytes({1, 2, 3}))
            << "belong to no tensor" << "q";
        QTest::newRow("bytes after the last tensor") << fileBytes(one, floatBytes({1, 2})) << "belong to no tensor"
                                                     << "";
        QTest::newRow("reversed offsets")
            << fileBytes(R"({"w":{"dtype":"F32","shape":[0],"data_offsets":[4,0]}})", floatBytes({1}))
            << "begin <= end" << "w";
        QTest::newRow("missing data_offsets")
            << fileBytes(R"({"w":{"dtype":"F32","shape":[1]}})", floatBytes({1})) << "no \"data_offsets\"" << "w";
        QTest::newRow("missing dtype")
            << fileBytes(R"({"w":{"shape":[1],"data_offsets":[0,4]}})", floatBytes({1})) << "no \"dtype\"" << "w";
        QTest::newRow("missing shape")
            << fileBytes(R"({"w":{"dtype":"F32","data_offsets":[0,4]}})", floatBytes({1})) << "no \"shape\"" << "w";
        QTest::newRow("negative extent")
            << fileBytes(R"({"w":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}})", floatBytes({1}))
            << "not a non-negative integer" << "w";
        QTest::newRow("entry not an object") << fileBytes(R"({"w":[0,4]})", QByteArray()) << "not a JSON object"
                                             << "w";
        QTest::newRow("duplicate name")
            << fileBytes(R"({"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                         R"("w":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})",
                         floatBytes({1, 2}))
            << "more than once" << "w";
        QTest::newRow("metadata not an object")
            << fileBytes(R"({"__metadata__":"x","a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})",
                         floatBytes({1}))
            << "__metadata__" << "";
        QTest::newRow("metadata value not a string")
            << fileBytes(R"({"__metadata__":{"epochs":3},"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})",
                         floatBytes({1}))
            << "\"epochs\" is 3, not a string" << "";
    }

    void refusesCorruptFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, cause);
        QFETCH(QString, tensor);
        const QString file = path("corrupt.safetensors");
        writeFile(file, bytes);
        const QString message = readError(file);
        qInfo("%s", qPrintable(message));
        QVERIFY2(message.startsWith(file + ": "), qPrintable(message));
        QVERIFY2(message.contains(cause), qPrintable(message));
        if (!tensor.isEmpty())
            QVERIFY2(message.contains("\"" + tensor + "\""), qPrintable(message));
        try { // the header alone is refused the same way
            readSafetensorsHeader(file.toStdString());
            QFAIL("the header reader accepted a corrupt file");
        } catch (const ModelFileError &error) {
            QCOMPARE(QString::fromStdString(error.what()), message);
            if (!tensor.isEmpty())
                QCOMPARE(QString::fromStdString(error.key()), tensor);
        }
    }

    void refusesWhatIsNotAFile()
    {
        QVERIFY(readError(path("absent.safetensors")).contains("cannot be opened"));
        QVERIFY(readError(path("absent.safetensors")).startsWith(path("absent.safetensors")));
        QVERIFY(readError(m_folder->path()).contains("not a regular file"));
    }

    void failedWriteKeepsTheOldFile()
    {
        const std::string target = path("keep.safetensors").toStdString();
        writeSafetensors(target, {{"a", torch::tensor({4.0f})}});
        try {
            const torch::Tensor complex = torch::complex(torch::ones({1}), torch::ones({1}));
            writeSafetensors(target, {{"a", torch::tensor({1.0f})}, {"b", complex}});
            QFAIL("a complex tensor was written");
        } catch (const ModelFileError &error) {
            QVERIFY2(QString(error.what()).contains("\"b\""), error.what());
            QVERIFY2(QString(error.what()).startsWith(QString::fromStdString(target)), error.what());
        }
        QCOMPARE(readSafetensors(target).tensor("a").item<float>(), 4.0f);
        QCOMPARE(QDir(m_folder->path()).entryList(QDir::Files), QStringList{"keep.safetensors"});

        const std::string nowhere = path("no-such-folder/x.safetensors").toStdString();
        try {
            writeSafetensors(nowhere, {{"a", torch::tensor({1.0f})}});
            QFAIL("a file was written into a missing folder");
        } catch (const ModelFileError &error) {
            QVERIFY2(QString(error.what()).startsWith(QString::fromStdString(nowhere)), error.what());
        }
    }

    void loadsIntoModuleByName()
    {
        LinearProjection module(2, 3);
        const torch::Tensor weight = torch::arange(6, torch::kFloat32).view({3, 2});
        const torch::Tensor bias = torch::tensor({-1.0f, 0.0f, 1.0f});
        const std::string file = path("linear.safetensors").toStdString();
        writeSafetensors(file, {{"proj.weight", weight}, {"proj.bias", bias}});
        const StateDictReport report = loadStateDict(*module, file);
        QCOMPARE(sortedCopy(report.loaded), std::vector<std::string>({"proj.bias", "proj.weight"}));
        QVERIFY(torch::equal(module->projection->weight, weight));
        QVERIFY(torch::equal(module->projection->bias, bias));
        // y = W x + b for x = (1, 2): (0*1+1*2-1, 2*1+3*2+0, 4*1+5*2+1) = (1, 8, 15)
        torch::NoGradGuard noGrad;
        QVERIFY(torch::equal(module(torch::tensor({1.0f, 2.0f})), torch::tensor({1.0f, 8.0f, 15.0f})));
    }

    void reportsEveryMismatchInOneMessage()
    {
        LinearProjection module(2, 3);
        const std::string file = path("bad.safetensors").toStdString();
        // proj.bias missing, proj.weight mis-shaped, extra.weight unexpected.
        writeSafetensors(file, {{"proj.weight", torch::zeros({2, 2})}, {"extra.weight", torch::zeros({1})}});
        const QString message = loadError(*module, file);
        QVERIFY2(message.startsWith(QString::fromStdString(file) + ": "), qPrintable(message));
        QVERIFY2(message.contains("\"proj.bias\" is missing"), qPrintable(message));
        QVERIFY2(message.contains("\"extra.weight\" is not part of the model"), qPrintable(message));
        QVERIFY2(message.contains("\"proj.weight\" has shape [2, 2] in the file but [3, 2] in the model"),
                 qPrintable(message));
        QCOMPARE(module->projection->weight.abs().sum().item<float>() > 0, true); // nothing was copied
    }

    void reportsWrongDtype()
    {
        LinearProjection module(2, 3);
        const std::string file = path("f64.safetensors").toStdString();
        const torch::Tensor weight = torch::full({3, 2}, 0.5, torch::kFloat64);
        writeSafetensors(file, {{"proj.weight", weight}, {"proj.bias", torch::zeros({3}, torch::kFloat64)}});
        const QString message = loadError(*module, file);
        QVERIFY2(message.contains("\"proj.weight\" is F64 in the file but F32 in the model"), qPrintable(message));
        StateDictOptions convert;
        convert.convertFloatingPoint = true;
        loadStateDict(*module, file, convert);
        QCOMPARE(module->projection->weight[2][1].item<float>(), 0.5f);
    }

    void partialLoadsReportNames()
    {
        LinearProjection module(2, 3);
        const std::string file = path("partial.safetensors").toStdString();
        writeSafetensors(file, {{"proj.bias", torch::ones({3})}, {"other", torch::zeros({1})}});
        StateDictOptions options;
        options.allowMissing = true;
        QVERIFY(loadError(*module, file, options).contains("\"other\" is not part of the model"));
        options.allowUnexpected = true;
        const StateDictReport report = loadStateDict(*module, file, options);
        QCOMPARE(report.loaded, std::vector<std::string>({"proj.bias"}));
        QCOMPARE(report.missing, std::vector<std::string>({"proj.weight"}));
        QCOMPARE(report.unexpected, std::vector<std::string>({"other"}));
        QVERIFY(torch::equal(module->projection->bias, torch::ones({3})));
    }

    void tiedTensorsMustAgree()
    {
        TiedModule module;
        const std::string file = path("tied.safetensors").toStdString();
        writeSafetensors(file, {{"embedding.weight", torch::zeros({4, 2})}, {"head.weight", torch::ones({4, 2})}});
        QVERIFY(loadError(module, file).contains("one tied tensor in the model but differ in the file"));
        writeSafetensors(file, {{"head.weight", torch::ones({4, 2})}});
        loadStateDict(module, file);
        QVERIFY(torch::equal(module.embedding->weight, torch::ones({4, 2})));
        writeSafetensors(file, {});
        QVERIFY(loadError(module, file).contains("\"embedding.weight\", \"head.weight\" are missing"));
        QCOMPARE(module.parameters().size(), std::size_t(2)); // LibTorch lists the tied tensor twice
        QCOMPARE(distinctParameters(module).size(), std::size_t(1));
    }

    // Parameters and buffers (BatchNorm's running statistics and I64 counter) survive save and load.
    void savesAndLoadsStateDict()
    {
        CAbstractor trained(4, 6, 4, 2, 2);
        {
            torch::NoGradGuard noGrad;
            for (auto &item : trained->named_buffers())
                item.value().copy_(torch::rand(item.value().sizes()).mul(10).to(item.value().scalar_type()));
        }
        const std::string file = path("state.safetensors").toStdString();
        saveStateDict(*trained, file, {{"pattern", "projection"}});
        QCOMPARE(readSafetensors(file).metadata.at("pattern"), std::string("projection"));

        CAbstractor restored(4, 6, 4, 2, 2);
        loadStateDict(*restored, file);
        const auto expected = namedStateTensors(*trained);
        const auto actual = namedStateTensors(*restored);
        QCOMPARE(actual.size(), expected.size());
        for (std::size_t i = 0; i < actual.size(); ++i) {
            QCOMPARE(actual[i].first, expected[i].first);
            QVERIFY2(torch::equal(actual[i].second, expected[i].second), actual[i].first.c_str());
        }
    }

private:
    QString path(const QString &name) const { return m_folder->filePath(name); }

    static std::vector<std::string> sortedCopy(std::vector<std::string> names)
    {
        std::sort(names.begin(), names.end());
        return names;
    }

    std::unique_ptr<QTemporaryDir> m_folder;
};

QTEST_APPLESS_MAIN(TestSafetensors)
#include "tst_safetensors.moc"
