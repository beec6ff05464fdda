#pragma once

#include "sim/SimHttp.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// Services, routes and consumers of a control plane's core entities, shaped as Kong's Admin
// API (and sdk-konnect-go.openapi.yaml's Service, Route and Consumer) answer them: every field
// present, unset ones null, Kong's defaults filled in. The collection routes are registered
// with the plugins' and partials' in CoreEntitiesApi.cpp.
namespace kd::sim {

class Organisation;

// Checks a POST or PUT body (`id` the entity's id) and fills what Kong derives (a service's
// `url` becomes protocol, host, port and path); a response when Kong would refuse it.
std::optional<SimResponse> checkService(Organisation &org, const QString &cpId,
                                        QJsonObject &service, const QString &id);
std::optional<SimResponse> checkRoute(Organisation &org, const QString &cpId, QJsonObject &route,
                                      const QString &id);
std::optional<SimResponse> checkConsumer(Organisation &org, const QString &cpId,
                                         QJsonObject &consumer, const QString &id);
QJsonObject withServiceDefaults(QJsonObject service);
QJsonObject withRouteDefaults(QJsonObject route);
QJsonObject withConsumerDefaults(QJsonObject consumer);

// A plugin's service, route and consumer must exist (Kong's foreign keys).
std::optional<SimResponse> checkPluginScope(Organisation &org, const QString &cpId,
                                            const QJsonObject &plugin);
// DELETE of a service (refused while routes use it, as Kong does), a route or a consumer;
// the plugins scoped to what goes are deleted with it.
SimResponse deleteGatewayEntity(Organisation &org, const QString &cpId, const QString &kind,
                                const QString &id);

} // namespace kd::sim
