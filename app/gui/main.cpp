// vlmwb: the desktop workbench.
#include "core/application_setup.h"
#include "widgets/main_window.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    vlmwb::core::setUpApplication(application, "vlmwb");

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "VLM Workbench: OCR of medical documents with vision-language models, checked by a person."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "Document to open."),
                                 QStringLiteral("[file]"));
    parser.process(application);

    vlmwb::widgets::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    return application.exec();
}
