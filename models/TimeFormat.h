#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace kd::timeformat {

// One way to write a time for people across the app: local time (or `zone`) with the zone's
// abbreviation, so that a screenshot or a CSV read elsewhere still says when.

// The zone's short name at that instant ("CET", "UTC"), an offset when it has none.
QString zoneName(const QDateTime &at, const QTimeZone &zone = QTimeZone::systemTimeZone());
// "30/11/2026 17:05 CET" in the locale's short date and time.
QString dateTime(const QDateTime &at, const QTimeZone &zone = QTimeZone::systemTimeZone());
// "17:05 CET": a time of today, such as when the analytics budget frees up.
QString clock(const QDateTime &at, const QTimeZone &zone = QTimeZone::systemTimeZone());
// "2026-11-30T17:05:00+01:00": machine-readable with the offset, for CSV.
QString iso(const QDateTime &at, const QTimeZone &zone = QTimeZone::systemTimeZone());
// "20261130-1705": a compact stamp for file names.
QString fileStamp(const QDateTime &at, const QTimeZone &zone = QTimeZone::systemTimeZone());

} // namespace kd::timeformat
