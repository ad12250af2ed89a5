#include "core/document_loader.h"

#include "core/format_loader.h"
#include "core/raster_page.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace vlmwb::core {

QString DocumentLoader::supportedFormats()
{
    QStringList names;
    for (const auto &loader : formatLoaders())
        names << loader->formatName();
    return names.join(QStringLiteral(", "));
}

DocumentLoadResult DocumentLoader::load(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.exists())
        return {{}, QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1: the file does not exist.").arg(path)};
    if (info.isDir())
        return {{}, QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1: this is a folder, not a document file.").arg(path)};
    // Pipes and devices could block a read forever.
    if (!info.isFile())
        return {{}, QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1: this is not a regular file (a pipe or a device?).").arg(path)};
    if (info.size() > m_options.byteLimit)
        return {{}, QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1: the file is %2 bytes, more than the limit of %3 bytes.")
                        .arg(path).arg(info.size()).arg(m_options.byteLimit)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1: the file cannot be read (%2).").arg(path, file.errorString())};
    return decode(file.readAll(), path);
}

DocumentLoadResult DocumentLoader::decode(const QByteArray &bytes, const QString &name) const
{
    if (bytes.isEmpty())
        return {{}, QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1: the file is empty (0 bytes).").arg(name)};

    const FormatLoader *chosen = nullptr;
    for (const auto &loader : formatLoaders()) {
        if (loader->recognises(bytes)) {
            chosen = loader.get();
            break;
        }
    }
    if (!chosen)
        return {{}, QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1: the content is not in a supported format (%2), whatever the "
                               "extension says.").arg(name, supportedFormats())};

    Document document;
    document.path = name;
    document.format = chosen->formatName();
    document.byteCount = bytes.size();
    document.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    const QString extension = QFileInfo(name).suffix().toLower();
    if (!extension.isEmpty() && !chosen->extensions().contains(extension))
        document.notes << QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1: the content is %2 although the extension is \"%3\"; it was "
                                     "read as %2.").arg(name, chosen->formatName(), extension);

    const FormatLoadRequest request{name, m_options.pixelLimit, m_options.pdfDpi};
    FormatLoadOutcome outcome = chosen->load(bytes, request);
    if (!outcome.error.isEmpty())
        return {{}, outcome.error};
    if (outcome.pages.isEmpty())
        return {{}, QCoreApplication::translate("vlmwb::core::DocumentLoader", "%1: the file holds no pages.").arg(name)};
    document.pages = std::move(outcome.pages);
    return {document, {}};
}

} // namespace vlmwb::core
