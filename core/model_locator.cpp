#include "core/model_locator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace vlmwb::core {

namespace {

// Holds this file's tr(): lupdate files its strings under the context named here, the one
// QCoreApplication::translate() looks them up in at run time.
class ModelLocatorText
{
    Q_DECLARE_TR_FUNCTIONS(vlmwb::core)
};

bool hasModelFiles(const QString &folder)
{
    const QDir dir(folder);
    return QFileInfo(dir.filePath("config.json")).isFile() && QFileInfo(dir.filePath("model.safetensors")).isFile();
}

} // namespace

QStringList defaultModelRoots()
{
    QStringList roots;
    const QString fromEnvironment = qEnvironmentVariable("VLMWB_MODELS_DIR");
    if (!fromEnvironment.isEmpty())
        roots << QDir::cleanPath(fromEnvironment);
    const QString exeDir = QCoreApplication::applicationDirPath();
    roots << QDir::cleanPath(exeDir + "/../../resources/models") << QDir::cleanPath(exeDir + "/../share/vlmwb/models");
    roots.removeDuplicates();
    return roots;
}

ModelLocation locateModel(const QString &explicitFolder, const QString &pattern, const QStringList &roots)
{
    ModelLocation location;
    if (!explicitFolder.isEmpty()) {
        location.folder = QDir::cleanPath(QFileInfo(explicitFolder).absoluteFilePath());
        if (!QFileInfo(location.folder).isDir())
            location.error = ModelLocatorText::tr("The model folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(location.folder));
        else if (!hasModelFiles(location.folder))
            location.error = ModelLocatorText::tr(
                "The model folder %1 has no config.json and model.safetensors: it is not a "
                "trained model.")
                .arg(QDir::toNativeSeparators(location.folder));
        return location;
    }
    QStringList looked;
    for (const QString &root : roots) {
        const QString folder = QDir(root).filePath(pattern);
        looked << QDir::toNativeSeparators(folder);
        if (hasModelFiles(folder)) {
            location.folder = folder;
            return location;
        }
    }
    location.folder = QDir(roots.value(roots.size() > 2 ? 1 : 0)).filePath(pattern);
    location.error = ModelLocatorText::tr(
        "No trained %1 model found (looked in %2; a model is a folder with config.json and "
        "model.safetensors). Train one with `vlmwb-cli train --pattern %1 --out %3`, "
        "or pass --model FOLDER.")
        .arg(pattern, looked.join(", "), QDir::toNativeSeparators(location.folder));
    return location;
}

} // namespace vlmwb::core
