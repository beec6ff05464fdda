#include "sim/CloudGatewaysCommon.h"

#include "sim/Paging.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kd::sim::cgw {

const QStringList geos{u"us"_s, u"eu"_s, u"au"_s, u"me"_s, u"in"_s, u"sg"_s};
const QStringList tiers{u"micro"_s,    u"small"_s,    u"medium"_s,  u"large"_s,
                        u"xlarge"_s,   u"2xlarge"_s,  u"4xlarge"_s, u"8xlarge"_s,
                        u"12xlarge"_s, u"16xlarge"_s, u"24xlarge"_s};

SimResponse enumError(const QString &field, const QStringList &choices) {
    return SimResponse::invalid(
        field, u"%1 must be one of the following values: %2"_s.arg(field, choices.join(u", "_s)),
        u"enum"_s, QJsonObject{{u"choices"_s, QJsonArray::fromStringList(choices)}});
}

SimResponse required(const QString &field) {
    return SimResponse::invalid(field, u"%1 is required"_s.arg(field), u"required"_s);
}

bool versionAtLeast(const QString &version, int major, int minor) {
    const QStringList parts = version.split(u'.');
    const int a = parts.value(0).toInt();
    const int b = parts.value(1).toInt();
    return a > major || (a == major && b >= minor);
}

std::optional<SimResponse> checkGeoFilter(const SimRequest &request, const QString &field) {
    for (const QString &suffix : {QString(), u"[eq]"_s, u"[neq]"_s, u"[oeq]"_s}) {
        const QString key = u"filter["_s + field + u']' + suffix;
        if (!request.hasQuery(key))
            continue;
        for (const QString &geo : request.queryValue(key).split(u',')) {
            if (!geos.contains(geo))
                return SimResponse::invalid(
                    key, u"invalid geo %1"_s.arg(geo), u"enum"_s,
                    QJsonObject{{u"source"_s, u"query"_s},
                                {u"choices"_s, QJsonArray::fromStringList(geos)}});
        }
    }
    return std::nullopt;
}

std::optional<SimResponse> checkUuidFilter(const SimRequest &request, const QString &field) {
    for (const QString &suffix : {QString(), u"[eq]"_s, u"[neq]"_s, u"[oeq]"_s}) {
        const QString key = u"filter["_s + field + u']' + suffix;
        if (!request.hasQuery(key))
            continue;
        for (const QString &id : request.queryValue(key).split(u',')) {
            if (!isUuid(id))
                return SimResponse::invalid(key, u"%1 must be a UUID"_s.arg(key), u"is_uuid"_s,
                                            QJsonObject{{u"source"_s, u"query"_s}});
        }
    }
    return std::nullopt;
}

} // namespace kd::sim::cgw
