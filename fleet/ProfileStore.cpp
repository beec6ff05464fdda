#include "fleet/ProfileStore.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
QString groupOf(const QString &name) {
    // Names may hold '/', which QSettings reads as a group separator.
    return u"profiles/"_s
           + QString::fromLatin1(name.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}
} // namespace

QStringList ProfileStore::names() const {
    QSettings settings;
    settings.beginGroup(u"profiles"_s);
    QStringList names;
    for (const QString &group : settings.childGroups()) {
        settings.beginGroup(group);
        names.append(settings.value(u"name"_s).toString());
        settings.endGroup();
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<Profile> ProfileStore::load(const QString &name) const {
    QSettings settings;
    settings.beginGroup(groupOf(name));
    if (!settings.contains(u"name"_s))
        return std::nullopt;
    Profile profile;
    profile.name = settings.value(u"name"_s).toString();
    profile.endpointTemplate =
        settings.value(u"endpointTemplate"_s, profile.endpointTemplate).toString();
    profile.caFile = settings.value(u"caFile"_s).toString();
    const QStringList geos = settings.value(u"geos"_s).toStringList();
    if (!geos.isEmpty()) {
        profile.geos.clear();
        for (const QString &id : geos) {
            if (const auto geo = geoFromId(id); geo && *geo != Geo::Global)
                profile.geos.append(*geo);
        }
    }
    return profile;
}

void ProfileStore::save(const Profile &profile) {
    QSettings settings;
    settings.beginGroup(groupOf(profile.name));
    settings.setValue(u"name"_s, profile.name);
    settings.setValue(u"endpointTemplate"_s, profile.endpointTemplate);
    settings.setValue(u"caFile"_s, profile.caFile);
    QStringList geos;
    for (Geo geo : profile.geos)
        geos.append(geoId(geo));
    settings.setValue(u"geos"_s, geos);
}

void ProfileStore::remove(const QString &name) {
    QSettings().remove(groupOf(name));
}

QString ProfileStore::lastUsed() const {
    return QSettings().value(u"lastProfile"_s).toString();
}

void ProfileStore::setLastUsed(const QString &name) {
    QSettings().setValue(u"lastProfile"_s, name);
}

} // namespace kd
