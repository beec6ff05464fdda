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

PlaneExport gatherPlane(const FleetStore &store, const QString &controlPlaneId) {
    PlaneExport out;
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
        ExportedPlugin exported{plugin, plugin.config(), {}, {}};
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
                  return std::pair(a.plugin.name, a.plugin.instanceName)
                         < std::pair(b.plugin.name, b.plugin.instanceName);
              });
    return out;
}

} // namespace kd::iac
