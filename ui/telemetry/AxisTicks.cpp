#include "ui/telemetry/AxisTicks.h"

#include "models/TimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kd::axis {

namespace {
constexpr qint64 minuteMs = 60'000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
// Up to a day and the snapping Konnect adds to it (a "24h" hourly query spans 24h40m).
constexpr qint64 clockLabelsUpTo = dayMs + 2 * hourMs;

double niceStep(double raw) {
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= raw * (1 - 1e-9))
            return m * magnitude;
    }
    return 10 * magnitude;
}

int decimalsFor(double step) {
    if (step <= 0 || step >= 1)
        return 0;
    return std::min(6, static_cast<int>(std::ceil(-std::log10(step) - 1e-9)));
}
} // namespace

QString compactNumber(double value, const QLocale &locale, int decimals) {
    const double magnitude = std::abs(value);
    QString suffix;
    double scaled = value;
    if (magnitude >= 1e6) {
        scaled = value / 1e6;
        suffix = QCoreApplication::translate("AxisTicks", "M");
    } else if (magnitude >= 1e4) {
        scaled = value / 1e3;
        suffix = QCoreApplication::translate("AxisTicks", "k");
    }
    // Trailing zeros say nothing: 2.50 k is 2.5 k.
    QString text = locale.toString(scaled, 'f', decimals);
    if (decimals > 0) {
        const QString point = locale.decimalPoint();
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    if (text == u"-0"_s)
        text = u"0"_s;
    return text + suffix;
}

Axis valueAxis(double low, double high, const QString &unit, const QLocale &locale, int maxTicks) {
    Axis axis;
    axis.title = unit;
    if (std::isnan(low) || std::isnan(high) || high <= low) {
        // A flat line at zero still gets a readable 0…1 axis; a flat line elsewhere sits
        // in the middle of one step around it.
        const double base = std::isnan(high) ? 0 : high;
        low = std::min(0.0, base);
        high = base > 0 ? base * 2 : 1;
    }
    const double from = low >= 0 ? 0.0 : low;
    const double step = niceStep((high - from) / std::max(1, maxTicks));
    axis.step = step;
    axis.min = low >= 0 ? 0.0 : std::floor(low / step) * step;
    axis.max = std::ceil(high / step - 1e-9) * step;
    // Labels use the suffix the top of the axis needs, so that 0, 5k, 10k, 15k read alike.
    const double top = std::max(std::abs(axis.min), std::abs(axis.max));
    const double scale = top >= 1e6 ? 1e6 : top >= 1e4 ? 1e3 : 1;
    const int decimals = decimalsFor(step / scale);
    const int count = static_cast<int>(std::llround((axis.max - axis.min) / step));
    for (int i = 0; i <= count; ++i) {
        const double value = axis.min + i * step;
        const double clean = std::abs(value) < step * 1e-9 ? 0 : value;
        QString label;
        if (scale == 1 || clean == 0) {
            label = compactNumber(clean, locale, decimals);
        } else {
            label = locale.toString(clean / scale, 'f', decimals)
                    + (scale == 1e6 ? QCoreApplication::translate("AxisTicks", "M")
                                    : QCoreApplication::translate("AxisTicks", "k"));
        }
        axis.ticks.append({clean, label});
    }
    return axis;
}

Axis timeAxis(qint64 fromMs, qint64 toMs, const QTimeZone &zone, const QLocale &locale,
              int maxTicks) {
    Axis axis;
    if (toMs <= fromMs)
        toMs = fromMs + minuteMs;
    axis.min = static_cast<double>(fromMs);
    axis.max = static_cast<double>(toMs);
    const qint64 span = toMs - fromMs;
    const bool clockLabels = span <= clockLabelsUpTo;
    static constexpr std::array<qint64, 12> steps{
        5 * minuteMs, 10 * minuteMs, 15 * minuteMs, 30 * minuteMs, hourMs,    2 * hourMs,
        3 * hourMs,   6 * hourMs,    12 * hourMs,   dayMs,         2 * dayMs, 7 * dayMs};
    qint64 step = steps.back();
    for (const qint64 candidate : steps) {
        if (!clockLabels && candidate < dayMs)
            continue; // beyond a day the labels are dates: ticks at midnight
        if (span / candidate <= maxTicks) {
            step = candidate;
            break;
        }
    }
    axis.step = static_cast<double>(step);
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, zone);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs, zone);
    const auto add = [&](const QDateTime &at) {
        const qint64 ms = at.toMSecsSinceEpoch();
        if (ms < fromMs || ms > toMs)
            return;
        if (!axis.ticks.isEmpty() && axis.ticks.constLast().value >= static_cast<double>(ms))
            return; // a repeated wall-clock hour when the clocks go back
        const QString label =
            clockLabels ? at.toString(u"HH:mm"_s) : locale.toString(at.date(), u"d MMM"_s);
        axis.ticks.append({static_cast<double>(ms), label});
    };
    // Ticks are round in local time: walk the days of the range in the zone.
    for (QDate day = from.date(); day <= to.date(); day = day.addDays(1)) {
        if (step >= dayMs) {
            const qint64 days = step / dayMs;
            const bool onGrid = days == 7 ? day.dayOfWeek() == 1 : day.toJulianDay() % days == 0;
            if (onGrid)
                add(QDateTime(day, QTime(0, 0), zone));
            continue;
        }
        const int stepMinutes = static_cast<int>(step / minuteMs);
        for (int minute = 0; minute < 24 * 60; minute += stepMinutes)
            add(QDateTime(day, QTime(minute / 60, minute % 60), zone));
    }
    const QString zoneText = timeformat::zoneName(to, zone);
    if (clockLabels) {
        axis.title = QCoreApplication::translate("AxisTicks", "%1 – %2 (%3)")
                         .arg(locale.toString(from.date(), u"d MMM"_s),
                              locale.toString(to.date(), u"d MMM"_s), zoneText);
        if (from.date() == to.date())
            axis.title = QCoreApplication::translate("AxisTicks", "%1 (%2)")
                             .arg(locale.toString(from.date(), u"d MMM"_s), zoneText);
    } else {
        axis.title = QCoreApplication::translate("AxisTicks", "Local time (%1)").arg(zoneText);
    }
    return axis;
}

} // namespace kd::axis
