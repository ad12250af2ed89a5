#include "core/ocr_task.h"

#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace vlmwb::core {

OcrTask::OcrTask(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<OcrResult>::finished, this, [this] {
        m_result = m_watcher.result();
        emit finished();
    });
}

OcrTask::~OcrTask()
{
    cancel();
    m_watcher.waitForFinished();
}

bool OcrTask::start(std::shared_ptr<LineRecognizer> recognizer, const OcrOptions &options, const QString &path)
{
    if (isRunning())
        return false;
    m_result = OcrResult();
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    auto cancelled = m_cancelled;
    QPointer<OcrTask> self(this);
    m_watcher.setFuture(QtConcurrent::run([recognizer, options, path, cancelled, self] {
        const OcrPipeline pipeline(recognizer, options);
        return pipeline.readFile(
            path,
            [self](int done, int total) {
                // Queued: the signal is emitted in the task's thread, never in the worker.
                if (self)
                    QMetaObject::invokeMethod(self, [self, done, total] {
                        if (self)
                            emit self->progressed(done, total);
                    }, Qt::QueuedConnection);
            },
            [cancelled] { return cancelled->load(); });
    }));
    return true;
}

bool OcrTask::isRunning() const
{
    return m_watcher.isRunning();
}

void OcrTask::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

} // namespace vlmwb::core
