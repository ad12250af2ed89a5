#include "widgets/plot_export.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSvgGenerator>

#include <qcustomplot.h>

#include <algorithm>

namespace vlmwb::widgets {

namespace {

QSize pictureSize(const QCustomPlot *plot, QSize minimum)
{
    return QSize(std::max(plot->width(), minimum.width()), std::max(plot->height(), minimum.height()));
}

} // namespace

QString savePlotPng(QCustomPlot *plot, const QString &path, QSize minimum)
{
    const QSize size = pictureSize(plot, minimum);
    if (!plot->savePng(path, size.width(), size.height()))
        return QCoreApplication::translate("vlmwb::widgets::PlotExport", "Could not write the PNG file %1.")
            .arg(QDir::toNativeSeparators(path));
    return {};
}

QString savePlotSvg(QCustomPlot *plot, const QString &path, const QString &title, QSize minimum)
{
    const QSize size = pictureSize(plot, minimum);
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    // QCustomPlot 2.1 has no saveSvg: its painter draws the plot onto the SVG generator instead.
    QCPPainter painter;
    bool written = painter.begin(&generator);
    if (written) {
        plot->toPainter(&painter, size.width(), size.height());
        painter.end();
        written = QFileInfo(path).size() > 0;
    }
    if (!written)
        return QCoreApplication::translate("vlmwb::widgets::PlotExport", "Could not write the SVG file %1.")
            .arg(QDir::toNativeSeparators(path));
    return {};
}

} // namespace vlmwb::widgets
