#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kd {

// Konnect hosts: `global` serves identity and cloud gateways, the regional geos the rest.
enum class Geo { Global, Us, Eu, Au, Me, In, Sg };

QString geoId(Geo geo);
std::optional<Geo> geoFromId(QStringView id);
QString geoDisplayName(Geo geo);
// The six regional geos, in the order the control-plane spec lists its servers.
const QList<Geo> &regionalGeos();

} // namespace kd
