#include "core/engine_recognizer.h"

#include "vlmwb/tensor_memory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>

#include <exception>

namespace vlmwb::core {

namespace {

class EngineRecognizer final : public LineRecognizer
{
public:
    EngineRecognizer(const QString &folder, inference::DeviceRequest device)
        : m_folder(folder)
        , m_counting((inference::enableCpuTensorCounting(), true)) // before the weights are allocated
        , m_engine(QFile::encodeName(folder).toStdString(), inference::EngineOptions{device, 0,
                                                                                     inference::ComputeType::Automatic})
    {
    }

    int inputHeight() const override { return m_engine.config().inputHeight; }
    QString pattern() const override { return QString::fromStdString(m_engine.config().pattern); }
    QString modelFolder() const override { return m_folder; }
    QString device() const override { return QString::fromStdString(m_engine.device()); }
    inference::DecodingConfig decoding() const override { return m_engine.config().decoding; }
    std::vector<inference::LineReading> read(const std::vector<inference::LineImage> &lines,
                                             const inference::DecodeOptions &options) override
    {
        return m_engine.read(lines, options);
    }
    inference::RunCounters lastRun() const override { return m_engine.lastRun(); }

private:
    QString m_folder;
    bool m_counting; // so that tensor counting is on before m_engine loads the weights
    inference::Engine m_engine;
};

QMutex &cacheMutex()
{
    static QMutex mutex;
    return mutex;
}

QMap<QString, std::shared_ptr<LineRecognizer>> &cache()
{
    static QMap<QString, std::shared_ptr<LineRecognizer>> recognizers;
    return recognizers;
}

} // namespace

RecognizerOpenResult openCachedRecognizer(const RecognizerRequest &request)
{
    RecognizerOpenResult result;
    inference::DeviceRequest device = inference::DeviceRequest::Auto;
    if (request.device == QLatin1String("cpu")) {
        device = inference::DeviceRequest::Cpu;
    } else if (request.device == QLatin1String("cuda")) {
        device = inference::DeviceRequest::Cuda;
    } else if (request.device != QLatin1String("auto")) {
        result.error = QCoreApplication::translate("vlmwb::core", "Unknown device '%1': use auto, cpu or cuda.")
                           .arg(request.device);
        return result;
    }
    const QString folder = QFileInfo(request.modelFolder).absoluteFilePath();
    const QString key = folder + QLatin1Char('\n') + request.device;
    QMutexLocker locker(&cacheMutex());
    auto found = cache().constFind(key);
    if (found != cache().constEnd()) {
        result.recognizer = found.value();
        return result;
    }
    try {
        result.recognizer = std::make_shared<EngineRecognizer>(folder, device);
    } catch (const std::exception &error) {
        result.error = QCoreApplication::translate("vlmwb::core", "Cannot open the model in %1: %2")
                           .arg(QDir::toNativeSeparators(folder), QString::fromStdString(error.what()));
        return result;
    }
    cache().insert(key, result.recognizer);
    return result;
}

void clearRecognizerCache()
{
    QMutexLocker locker(&cacheMutex());
    cache().clear();
}

} // namespace vlmwb::core
