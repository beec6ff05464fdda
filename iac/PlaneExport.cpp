#include "iac/PlaneExport.h"

#include "client/PluginCatalog.h"
#include "fleet/FleetStore.h"
#include "fleet/compare/Normalise.h"
#include "fleet/compare/SchemaDefaults.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kd::iac {

bool isSecretField(const QString &key) {
    const QString k = key.toLower();
    return k.contains(u"password"_s) || k.contains(u"secret"_s)
           || k == u"gcp_service_account_json"_s || k.endsWith(u"_token"_s) || k == u"private_key"_s
           || k == u"api_key"_s;
}

QVariantMap withoutGatewayDefaults(const QString &kind, const QVariantMap &fields) {
    // [SPEC sdk] Service and Route defaults (a service's port follows its protocol in Kong,
    // so it is always written).
    static const QVariantMap service{{u"protocol"_s, u"http"_s},    {u"retries"_s, 5},
                                     {u"connect_timeout"_s, 60000}, {u"write_timeout"_s, 60000},
                                     {u"read_timeout"_s, 60000},    {u"enabled"_s, true}};
    static const QVariantMap route{{u"protocols"_s, QVariantList{u"http"_s, u"https"_s}},
                                   {u"https_redirect_status_code"_s, 426},
                                   {u"regex_priority"_s, 0},
                                   {u"strip_path"_s, true},
                                   {u"path_handling"_s, u"v0"_s},
                                   {u"preserve_host"_s, false},
                                   {u"request_buffering"_s, true},
                                   {u"response_buffering"_s, true}};
    const QVariantMap &defaults = kind == u"service"_s ? service : route;
    QVariantMap out;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!defaults.contains(it.key())
            || !compare::sameValue(it.value(), defaults.value(it.key())))
            out.insert(it.key(), it.value());
    }
    return out;
}

PlaneExport gatherPlane(const FleetStore &store, const QString &controlPlaneId,
                        const compare::GatewayEntities *entities) {
    PlaneExport out;
    if (const compare::PlaneGatewayEntities *read =
            entities ? entities->of(controlPlaneId) : nullptr) {
        compare::PlaneGatewayEntities sorted = *read;
        const auto byName = [](const auto &a, const auto &b) {
            return std::pair(a.name, a.id) < std::pair(b.name, b.id);
        };
        std::sort(sorted.services.begin(), sorted.services.end(), byName);
        std::sort(sorted.routes.begin(), sorted.routes.end(), byName);
        std::sort(sorted.consumers.begin(), sorted.consumers.end(),
                  [](const GatewayConsumer &a, const GatewayConsumer &b) {
                      return std::tuple(a.username, a.customId, a.id)
                             < std::tuple(b.username, b.customId, b.id);
                  });
        out.gateway = sorted;
    }
    if (const ControlPlane *plane = store.controlPlane(controlPlaneId))
        out.plane = *plane;
    if (const CloudGatewayConfiguration *config = store.configurationOf(controlPlaneId))
        out.configuration = *config;
    if (const ManagedCache *cache = store.cacheOf(controlPlaneId))
        out.cache = *cache;
    const auto &schemas = compare::SchemaDefaults::instance();
    for (const QString &id : store.partialsOf(controlPlaneId)) {
        const Partial *partial = store.partial(id);
        if (!partial)
            continue;
        if (partial->konnectManaged()) {
            out.managedPartialName = partial->name;
            continue;
        }
        out.partials.append(
            {*partial,
             compare::normalise(partial->config, schemas.partialConfigSchema(partial->type.raw))
                 .toMap(),
             compare::canonical(partial->config).toMap()});
    }
    std::sort(out.partials.begin(), out.partials.end(),
              [](const ExportedPartial &a, const ExportedPartial &b) {
                  return a.partial.name < b.partial.name;
              });
    for (const Plugin &plugin : store.pluginListOf(controlPlaneId)) {
        ExportedPlugin exported{plugin, plugin.config(), {}, {}, {}};
        const compare::PlaneGatewayEntities *gateway = out.gateway ? &*out.gateway : nullptr;
        if (!plugin.serviceId.isEmpty())
            exported.scope.append(compare::serviceRef(gateway, plugin.serviceId));
        if (!plugin.routeId.isEmpty())
            exported.scope.append(compare::routeRef(gateway, plugin.routeId));
        if (!plugin.consumerId.isEmpty())
            exported.scope.append(compare::consumerRef(gateway, plugin.consumerId));
        if (!plugin.consumerGroupId.isEmpty())
            exported.scope.append(plugin.consumerGroupId);
        for (const QString &partialId : plugin.partialIds) {
            const Partial *partial = store.partial(partialId);
            if (!partial)
                continue;
            const auto slot = plugins::slotFor(plugin.name, partial->type.value);
            const QString path = slot ? slot->path : u"config.redis"_s;
            exported.links.append({partial->id, partial->name, path,
                                   partial->konnectManaged() && out.cache
                                       && out.cache->cacheConfigId == partial->id});
            // Konnect answers 409 to a plugin that links a partial and also sets its subtree.
            if (path.startsWith(u"config."_s))
                compare::removePath(exported.config, path.mid(7).split(u'.'));
        }
        exported.fullConfig = compare::canonical(exported.config).toMap();
        exported.config =
            compare::normalise(exported.config, schemas.pluginConfigSchema(plugin.name)).toMap();
        out.plugins.append(exported);
    }
    std::sort(out.plugins.begin(), out.plugins.end(),
              [](const ExportedPlugin &a, const ExportedPlugin &b) {
                  return std::tuple(a.plugin.name, a.plugin.instanceName, a.scope, a.plugin.id)
                         < std::tuple(b.plugin.name, b.plugin.instanceName, b.scope, b.plugin.id);
              });
    return out;
}

} // namespace kd::iac
