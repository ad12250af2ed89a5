#include "core/application_setup.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace vlmwb::core {

void setUpApplication(QCoreApplication &application, const char *applicationName)
{
    QCoreApplication::setOrganizationName(QStringLiteral("VLM Workbench"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("vlmwb.invalid"));
    QCoreApplication::setApplicationName(QString::fromLatin1(applicationName));
    QCoreApplication::setApplicationVersion(QStringLiteral(VLMWB_VERSION));

    // Owned by the application object, so it lives as long as the strings it translates.
    auto *translator = new QTranslator(&application);
    if (translator->load(QLocale(), QStringLiteral("vlmwb"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace vlmwb::core
