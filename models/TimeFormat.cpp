#include "models/TimeFormat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace kd::timeformat {

QString zoneName(const QDateTime &at, const QTimeZone &zone) {
    QString abbreviation = zone.abbreviation(at);
    // Zones without a name abbreviate to "+01" or "GMT+1": an explicit offset is clearer.
    if (!abbreviation.isEmpty() && !abbreviation.startsWith(u'+') && !abbreviation.startsWith(u'-')
        && !abbreviation.startsWith(u"GMT+"_s) && !abbreviation.startsWith(u"GMT-"_s))
        return abbreviation;
    const int offset = zone.offsetFromUtc(at);
    if (offset == 0)
        return u"UTC"_s;
    const int minutes = std::abs(offset) / 60;
    return u"UTC%1%2:%3"_s.arg(offset < 0 ? u'-' : u'+')
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString dateTime(const QDateTime &at, const QTimeZone &zone) {
    const QDateTime local = at.toTimeZone(zone);
    return QLocale().toString(local, QLocale::ShortFormat) + u' ' + zoneName(at, zone);
}

QString clock(const QDateTime &at, const QTimeZone &zone) {
    const QDateTime local = at.toTimeZone(zone);
    return QLocale().toString(local.time(), QLocale::ShortFormat) + u' ' + zoneName(at, zone);
}

QString iso(const QDateTime &at, const QTimeZone &zone) {
    return at.toTimeZone(zone).toString(Qt::ISODate);
}

QString fileStamp(const QDateTime &at, const QTimeZone &zone) {
    return at.toTimeZone(zone).toString(u"yyyyMMdd-HHmm"_s);
}

} // namespace kd::timeformat
