// PNG and SVG files of a QCustomPlot, shared by the plot panels (cost, attention).
#pragma once

#include <QSize>
#include <QString>

class QCustomPlot;

namespace vlmwb::widgets {

// The picture is at least `minimum` (a plot in a hidden dock may be tiny). Each returns an empty
// string, or a translated sentence naming the file.
QString savePlotPng(QCustomPlot *plot, const QString &path, QSize minimum);
QString savePlotSvg(QCustomPlot *plot, const QString &path, const QString &title, QSize minimum);

} // namespace vlmwb::widgets
