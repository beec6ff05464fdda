#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace kd::axis {

// Ticks and labels of chart axes as pure functions of the range and the values, so that what
// a chart writes on its axes is tested without a widget.

struct Tick {
    double value = 0; // ms since the epoch on a time axis
    QString label;
    friend bool operator==(const Tick &, const Tick &) = default;
};

struct Axis {
    double min = 0;
    double max = 1;
    double step = 0; // between ticks: a value, or ms on a time axis
    QList<Tick> ticks;
    QString title; // the unit (value axis) or the zone (time axis), written once
    friend bool operator==(const Axis &, const Axis &) = default;
};

// A value axis over [low, high]: 1-2-5 steps from zero (from a round negative value when low
// is below zero), at most `maxTicks` intervals, the top a whole step at or above `high`.
// Labels carry thousands separators and switch to k from 10,000 and to M from 1,000,000;
// `unit` ("ms", "%", "requests/min") becomes the title. Nothing to show (high <= low, NaN)
// gives 0…1.
Axis valueAxis(double low, double high, const QString &unit, const QLocale &locale = {},
               int maxTicks = 5);
// One value written the way the axis writes it (separators, k/M), with `decimals` after the
// point at most.
QString compactNumber(double value, const QLocale &locale = {}, int decimals = 2);

// A time axis over [fromMs, toMs] in `zone`: ticks at round local times (5, 10, 15, 30
// minutes; 1, 2, 3, 6, 12 hours; 1, 2, 7 days at midnight), at most `maxTicks` of them;
// labels are HH:mm for ranges up to a day (and a little more: Konnect snaps to whole
// buckets) and dates beyond. The title names the zone.
Axis timeAxis(qint64 fromMs, qint64 toMs, const QTimeZone &zone = QTimeZone::systemTimeZone(),
              const QLocale &locale = {}, int maxTicks = 8);

} // namespace kd::axis
