// vlmwb: the desktop workbench.
#include "vlmwb/blas_core.h"
#include "vlmwb/heap_reuse.h"
#include "core/application_setup.h"
#include "widgets/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    vlmwb::inference::reexecWithPreferredBlasCore(argv);
    vlmwb::inference::reuseFreedHeapMemory();
    QApplication application(argc, argv);
    vlmwb::core::setUpApplication(application, "vlmwb");

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "VLM Workbench: OCR of medical documents with vision-language models, checked by a person."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to <png> once the document is open, then quit."),
        QStringLiteral("png"));
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "Document to open."),
                                 QStringLiteral("[file]"));
    parser.process(application);

    vlmwb::widgets::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());

    if (parser.isSet(screenshotOption)) {
        // The README's screenshot is made by the program itself, so it always shows the real window.
        const QString target = parser.value(screenshotOption);
        QTimer::singleShot(500, &window, [&window, target] {
            const bool saved = window.grab().save(target);
            if (!saved)
                std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "Cannot write the screenshot %1.").arg(target)));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return application.exec();
}
