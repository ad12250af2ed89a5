// What both executables do at start-up: names for QSettings, and the translation for the locale.
#pragma once

class QCoreApplication;

namespace vlmwb::core {

// Sets organisation, application name and version (QSettings keys follow from them) and installs
// the Korean translation when the system locale (or LANGUAGE / LC_ALL) asks for Korean.
void setUpApplication(QCoreApplication &application, const char *applicationName);

} // namespace vlmwb::core
