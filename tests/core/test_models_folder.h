// Tiny random-weight models of every pattern in a temporary folder, written by the write_test_models
// tool (tests/inference) in its own process, so tests above the inference layer need no LibTorch
// headers. The including test target defines VLMWB_WRITE_TEST_MODELS as that tool's path.
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace vlmwb::test {

class TestModelsFolder
{
public:
    // Empty on success, else why the models could not be written.
    QString write()
    {
        if (!m_directory.isValid())
            return QStringLiteral("no temporary folder: ") + m_directory.errorString();
        QProcess writer;
        writer.start(QStringLiteral(VLMWB_WRITE_TEST_MODELS), {m_directory.path()});
        if (!writer.waitForFinished(120000))
            return QStringLiteral("write_test_models did not finish: ") + writer.errorString();
        if (writer.exitStatus() != QProcess::NormalExit || writer.exitCode() != 0)
            return QStringLiteral("write_test_models failed: ") + QString::fromLocal8Bit(writer.readAllStandardError());
        return {};
    }

    // The folder of one model, e.g. "projection_mlp".
    QString filePath(const QString &model) const { return m_directory.filePath(model); }

private:
    QTemporaryDir m_directory;
};

} // namespace vlmwb::test
