#include "client/Geo.h"

#include <QCoreApplication>

#include <array>

namespace kd {

namespace {
struct GeoInfo {
    Geo geo;
    const char16_t *id;
    const char *name;
};

constexpr std::array<GeoInfo, 7> geoTable{{
    {Geo::Global, u"global", QT_TRANSLATE_NOOP("kd::Geo", "Global")},
    {Geo::Us, u"us", QT_TRANSLATE_NOOP("kd::Geo", "United States")},
    {Geo::Eu, u"eu", QT_TRANSLATE_NOOP("kd::Geo", "Europe")},
    {Geo::Au, u"au", QT_TRANSLATE_NOOP("kd::Geo", "Australia")},
    {Geo::Me, u"me", QT_TRANSLATE_NOOP("kd::Geo", "Middle East")},
    {Geo::In, u"in", QT_TRANSLATE_NOOP("kd::Geo", "India")},
    {Geo::Sg, u"sg", QT_TRANSLATE_NOOP("kd::Geo", "Singapore")},
}};
} // namespace

QString geoId(Geo geo) {
    return QString::fromUtf16(geoTable.at(static_cast<size_t>(geo)).id);
}

std::optional<Geo> geoFromId(QStringView id) {
    for (const auto &info : geoTable) {
        if (id.compare(QStringView(info.id), Qt::CaseInsensitive) == 0)
            return info.geo;
    }
    return std::nullopt;
}

QString geoDisplayName(Geo geo) {
    return QCoreApplication::translate("kd::Geo", geoTable.at(static_cast<size_t>(geo)).name);
}

const QList<Geo> &regionalGeos() {
    static const QList<Geo> geos{Geo::Us, Geo::Eu, Geo::Au, Geo::Me, Geo::In, Geo::Sg};
    return geos;
}

} // namespace kd
