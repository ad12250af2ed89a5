// Runs the OCR pipeline on a worker thread (QtConcurrent): progress as lines done / total through a
// signal, cancellable between batches, the result delivered in the object's own thread.
#pragma once

#include "core/ocr_pipeline.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace vlmwb::core {

class OcrTask : public QObject
{
    Q_OBJECT
public:
    explicit OcrTask(QObject *parent = nullptr);
    ~OcrTask() override; // cancels and waits for a run still going

    // Starts reading `path`; false (and nothing started) while another run is going.
    bool start(std::shared_ptr<LineRecognizer> recognizer, const OcrOptions &options, const QString &path);
    bool isRunning() const;
    // Valid after finished().
    const OcrResult &result() const { return m_result; }

public slots:
    void cancel();

signals:
    void progressed(int done, int total);
    void finished();

private:
    QFutureWatcher<OcrResult> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    OcrResult m_result;
};

} // namespace vlmwb::core
