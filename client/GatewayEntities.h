#pragma once

#include "client/Geo.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// A control plane's services, routes and consumers ([SPEC sdk] core entities Service, Route,
// Consumer). The app reads them only when it exports or compares: plugins scoped to one of
// them then name it, as decK and Terraform do. The fields the app does not handle one by one
// are kept as Konnect sent them, unset (null) ones left out.
namespace kd {

struct GatewayService {
    QString id;
    QString name; // optional in Kong
    QStringList tags;
    QVariantMap fields; // host, port, protocol, path, retries, timeouts, enabled, tls_…
    QString controlPlaneId;
    Geo geo = Geo::Us;
    friend bool operator==(const GatewayService &, const GatewayService &) = default;
};

struct GatewayRoute {
    QString id;
    QString name;      // optional in Kong
    QString serviceId; // empty: a route without a service
    QStringList tags;
    QVariantMap fields; // paths, hosts, methods, protocols, headers, strip_path, …
    QString controlPlaneId;
    Geo geo = Geo::Us;
    friend bool operator==(const GatewayRoute &, const GatewayRoute &) = default;
};

struct GatewayConsumer {
    QString id;
    QString username; // one of username and custom_id is set
    QString customId;
    QStringList tags;
    QString controlPlaneId;
    Geo geo = Geo::Us;
    friend bool operator==(const GatewayConsumer &, const GatewayConsumer &) = default;
};

} // namespace kd
