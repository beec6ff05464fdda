#include "models/TimeFormat.h"
#include "ui/telemetry/AxisTicks.h"
#include "ui/telemetry/ChartItems.h"
#include "ui/telemetry/TelemetryChart.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

// What the chart says in words and files: the values under the mouse, CSV and PNG.
namespace kd {

namespace {
QString formatValue(double value, const QString &unit) {
    if (std::isnan(value))
        return QObject::tr("no data");
    QString number = axis::compactNumber(value, QLocale(), std::abs(value) < 10 ? 2 : 1);
    if (unit.isEmpty())
        return number;
    return number + (unit == u"%"_s ? u" %"_s : u' ' + unit);
}

} // namespace

QString TelemetryChart::valuesAt(qint64 time) const {
    QStringList rows;
    QDateTime at;
    for (const QString &key : m_order) {
        const Line *line = m_lines.value(key);
        if (!line->visible || line->data.times.isEmpty())
            continue;
        // The bucket holding `time`.
        const auto it = std::upper_bound(line->data.times.cbegin(), line->data.times.cend(), time);
        if (it == line->data.times.cbegin())
            continue;
        const qsizetype index = std::distance(line->data.times.cbegin(), it) - 1;
        at = QDateTime::fromMSecsSinceEpoch(line->data.times.at(index));
        rows.append(u"<span style='color:%1'>■</span> %2: <b>%3</b>"_s.arg(
            line->colour.name(), line->data.label.toHtmlEscaped(),
            formatValue(line->data.values.at(index), line->data.unit)));
    }
    if (rows.isEmpty())
        return {};
    return timeformat::dateTime(at) + u"<br>"_s + rows.join(u"<br>"_s);
}

QString TelemetryChart::csv() const {
    // One row per bucket, one column per line; empty where Konnect had no data.
    QList<qint64> times;
    for (const QString &key : m_order) {
        for (qint64 t : m_lines.value(key)->data.times) {
            if (!times.contains(t))
                times.append(t);
        }
    }
    std::sort(times.begin(), times.end());
    const auto quote = [](QString text) { return u'"' + text.replace(u'"', u"\"\""_s) + u'"'; };
    const QDateTime reference = times.isEmpty() ? QDateTime::currentDateTime()
                                                : QDateTime::fromMSecsSinceEpoch(times.first());
    QString out = quote(tr("time (%1)").arg(timeformat::zoneName(reference)));
    for (const QString &key : m_order) {
        const Line *line = m_lines.value(key);
        out +=
            u','
            + quote(line->data.label
                    + (line->data.unit.isEmpty() ? QString() : u" ("_s + line->data.unit + u')'));
    }
    out += u'\n';
    for (qint64 t : std::as_const(times)) {
        out += timeformat::iso(QDateTime::fromMSecsSinceEpoch(t));
        for (const QString &key : m_order) {
            const Line *line = m_lines.value(key);
            const qsizetype index = line->data.times.indexOf(t);
            out += u',';
            if (index >= 0 && !std::isnan(line->data.values.at(index)))
                out += QString::number(line->data.values.at(index), 'g', 12);
        }
        out += u'\n';
    }
    return out;
}

QImage TelemetryChart::image(qreal scale) const {
    // A header with what the chart shows, then the chart with its axes and legend, drawn
    // as vectors at `scale` so that it stays sharp in a document.
    const QSize chartSize = m_view->size();
    const int header = 44;
    QImage image(QSize(chartSize.width(), chartSize.height() + header) * scale,
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    painter.setFont(bold);
    painter.setPen(Qt::black);
    painter.drawText(QRect(10, 4, chartSize.width() - 20, 20), Qt::AlignLeft | Qt::AlignVCenter,
                     m_title);
    painter.setFont(font());
    painter.setPen(QColor(0x44, 0x44, 0x44));
    QStringList context;
    for (const QString &part : {m_scope, m_range})
        if (!part.isEmpty())
            context.append(part);
    context.append(tr("exported %1").arg(timeformat::dateTime(QDateTime::currentDateTime())));
    painter.drawText(QRect(10, 24, chartSize.width() - 20, 18), Qt::AlignLeft | Qt::AlignVCenter,
                     context.join(u" · "_s));
    m_view->render(&painter, QRectF(0, header, chartSize.width(), chartSize.height()));
    return image;
}

bool TelemetryChart::savePng(const QString &fileName, QString *error) const {
    if (image(2).save(fileName, "PNG"))
        return true;
    *error = tr("Cannot write %1; choose a folder you can write to.").arg(fileName);
    return false;
}

bool TelemetryChart::saveCsv(const QString &fileName, QString *error) const {
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv().toUtf8()) < 0) {
        *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace kd
