#include "core/synth_sample.h"

#include <QJsonArray>

namespace vlmwb::core {

QString SynthSample::text() const
{
    QStringList texts;
    for (const SynthPlacedLine &placed : lines)
        texts.append(placed.line.text);
    return texts.join('\n');
}

QString SynthSample::script() const
{
    SynthTextLine all;
    all.text = text();
    return all.script();
}

int utf8Offset(const QString &text, int index)
{
    return int(text.left(index).toUtf8().size());
}

namespace {

QJsonArray span(const QString &text, int begin, int end)
{
    return {utf8Offset(text, begin), utf8Offset(text, end)};
}

QJsonArray box(const QRect &rect)
{
    return {rect.x(), rect.y(), rect.width(), rect.height()};
}

} // namespace

QJsonObject synthLabel(const SynthSample &sample, const QString &imagePath)
{
    QJsonArray lines, drugs, doses, ops;
    for (int i = 0; i < sample.lines.size(); ++i) {
        const SynthTextLine &line = sample.lines.at(i).line;
        lines.append(QJsonObject{{"text", line.text},
                                 {"box", box(sample.lines.at(i).box)},
                                 {"font", sample.lines.at(i).font},
                                 {"script", line.script()}});
        for (const SynthDrugMention &drug : line.drugs)
            drugs.append(QJsonObject{{"name", drug.name},
                                     {"generic", drug.generic},
                                     {"span", span(line.text, drug.begin, drug.end)},
                                     {"line", i}});
        for (const SynthDoseMention &dose : line.doses) {
            QJsonObject record{{"text", dose.text},
                               {"amount", dose.amount},
                               {"unit", dose.unit},
                               {"span", span(line.text, dose.begin, dose.end)},
                               {"line", i}};
            if (!dose.notation.isEmpty())
                record.insert("notation", dose.notation);
            doses.append(record);
        }
    }
    for (const SynthDegradationOp &op : sample.degradation.ops) {
        QJsonObject record = op.parameters;
        record.insert("name", op.name);
        ops.append(record);
    }
    return {{"image", imagePath},
            {"kind", sample.kind},
            {"width", sample.image.width()},
            {"height", sample.image.height()},
            {"text", sample.text()},
            {"script", sample.script()},
            {"font", sample.font},
            {"degradation", QJsonObject{{"level", sample.degradation.level}, {"ops", ops}}},
            {"lines", lines},
            {"drugs", drugs},
            {"doses", doses}};
}

} // namespace vlmwb::core
