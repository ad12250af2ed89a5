// Finds the model folder a run uses: the one given (--model), else the default model of a pattern,
// resources/models/<pattern>/, looked for in order under $VLMWB_MODELS_DIR,
// <exe dir>/../../resources/models (a build tree inside the source tree) and
// <exe dir>/../share/vlmwb/models (an installed tree).
#pragma once

#include <QString>
#include <QStringList>

namespace vlmwb::core {

struct ModelLocation {
    QString folder;  // holds config.json and model.safetensors when ok()
    QString error;   // a sentence naming the folder(s) looked in and how to get a model
    bool ok() const { return error.isEmpty(); }
};

// The folders default models are looked for in, in order (they need not exist).
QStringList defaultModelRoots();

// explicitFolder: the user's --model, or empty for the pattern's default model, looked for in roots.
ModelLocation locateModel(const QString &explicitFolder, const QString &pattern,
                          const QStringList &roots = defaultModelRoots());

} // namespace vlmwb::core
