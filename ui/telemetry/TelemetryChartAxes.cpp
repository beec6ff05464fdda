#include "ui/telemetry/AxisTicks.h"
#include "ui/telemetry/ChartItems.h"
#include "ui/telemetry/TelemetryChart.h"

#include <QCategoryAxis>
#include <QDateTime>

#include <cmath>

using namespace Qt::StringLiterals;

// The chart's axes: their ranges follow the visible lines, their ticks come from AxisTicks.
namespace kd {

namespace {
// Rebuilds the categories only when the ticks moved: each change relays out every series.
void setTicks(QCategoryAxis *target, const axis::Axis &shown, const axis::Axis &ticks) {
    if (shown.ticks == ticks.ticks && shown.title == ticks.title) {
        target->setRange(ticks.min, ticks.max);
        return;
    }
    for (const QString &label : target->categoriesLabels())
        target->remove(label);
    // The first category starts a step before the range, so that it holds while the range
    // moves bucket by bucket.
    target->setStartValue(ticks.ticks.isEmpty()
                              ? ticks.min
                              : std::min(ticks.min, ticks.ticks.first().value - ticks.step));
    QStringList used;
    for (const axis::Tick &tick : ticks.ticks) {
        // Category labels must be unique: 17:00 can come twice in a day and a bit.
        QString label = tick.label;
        while (used.contains(label))
            label += QChar(0x200B);
        used.append(label);
        target->append(label, tick.value);
    }
    target->setRange(ticks.min, ticks.max);
    target->setTitleText(ticks.title);
}
} // namespace

void TelemetryChart::rescale() {
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    double low = 0;
    double high = std::numeric_limits<double>::quiet_NaN();
    QString unit;
    for (const QString &key : std::as_const(m_order)) {
        const Line *line = m_lines.value(key);
        if (line->data.times.isEmpty())
            continue;
        first = std::min(first, line->data.times.constFirst());
        last = std::max(last, line->data.times.constLast());
        if (unit.isEmpty())
            unit = line->data.unit;
        if (!line->visible)
            continue;
        for (double v : line->data.values) {
            if (!std::isnan(v)) {
                high = std::isnan(high) ? v : std::max(high, v);
                low = std::min(low, v);
            }
        }
    }
    if (first > last) { // nothing yet: the last hour, so that the axes are not empty
        last = QDateTime::currentMSecsSinceEpoch() / 60000 * 60000;
        first = last - 3600000;
    }
    auto *view = static_cast<ChartView *>(m_view);
    const axis::Axis time = axis::timeAxis(first, last);
    axis::Axis values = axis::valueAxis(low, std::isnan(high) ? low : high, unit);
    if (unit == u"%"_s && values.max > 100 && !std::isnan(high) && high <= 100)
        values = axis::valueAxis(low, 100, unit);
    const auto axes = m_view->chart()->axes();
    for (QAbstractAxis *axis : axes) {
        auto *categories = qobject_cast<QCategoryAxis *>(axis);
        if (!categories)
            continue;
        const bool horizontal = axis->orientation() == Qt::Horizontal;
        axis::Axis &shown = horizontal ? view->timeTicks : view->valueTicks;
        const axis::Axis &next = horizontal ? time : values;
        if (shown == next)
            continue;
        setTicks(categories, shown, next);
        shown = next;
        if (!horizontal) // no data: no numbers, so that nothing never reads as zero
            categories->setLabelsVisible(!std::isnan(high));
    }
    m_plot->setRanges(view->timeTicks.min, view->timeTicks.max, view->valueTicks.min,
                      view->valueTicks.max);
    placeState();
}

QStringList TelemetryChart::timeLabels() const {
    QStringList labels;
    for (const axis::Tick &tick : static_cast<ChartView *>(m_view)->timeTicks.ticks)
        labels.append(tick.label);
    return labels;
}

QStringList TelemetryChart::valueLabels() const {
    const auto axes = m_view->chart()->axes(Qt::Vertical);
    if (axes.isEmpty() || !axes.first()->labelsVisible())
        return {};
    QStringList labels;
    for (const axis::Tick &tick : static_cast<ChartView *>(m_view)->valueTicks.ticks)
        labels.append(tick.label);
    return labels;
}

QString TelemetryChart::timeTitle() const {
    return static_cast<ChartView *>(m_view)->timeTicks.title;
}

QString TelemetryChart::valueTitle() const {
    return static_cast<ChartView *>(m_view)->valueTicks.title;
}

} // namespace kd
