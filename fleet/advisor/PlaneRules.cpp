#include "client/PluginCatalog.h"
#include "fleet/FleetStore.h"
#include "fleet/advisor/CacheService.h"
#include "fleet/advisor/PluginAdvice.h"
#include "fleet/advisor/Refs.h"
#include "fleet/advisor/Rules.h"

#include <QCoreApplication>

#include <map>

using namespace Qt::StringLiterals;

namespace kd::advisor {

namespace {
struct PlaneRulesTr {
    Q_DECLARE_TR_FUNCTIONS(kd::advisor::Rules)
};

Finding make(const char *rule, Severity severity, QString why, QList<EntityRef> entities,
             FixAction fix) {
    return Finding{QString::fromLatin1(rule), severity, std::move(why), std::move(entities),
                   std::move(fix)};
}

FixAction show(const EntityRef &target, QString label) {
    return FixAction{FixKind::Show, std::move(label), target, {}, CacheTier::Unknown};
}

bool isProduction(const QString &env) {
    return env.startsWith(u"prod"_s, Qt::CaseInsensitive);
}

// Inline connection values under a partial's path: Konnect refuses a plugin that links the
// partial and also gives them [DOC partial.md: "You cannot give inline values for the fields
// the partial covers"]. Schema defaults (127.0.0.1:6379, nulls) are not values.
bool carriesInlineRedis(const QVariantMap &config, const QString &path) {
    const QVariantMap redis = plugins::valueAtPath(config, QString(path).remove(u"[]"_s)).toMap();
    for (auto it = redis.cbegin(); it != redis.cend(); ++it) {
        const QString &key = it.key();
        const QVariant &value = it.value();
        if (key == u"host"_s) {
            if (!value.isNull() && value.toString() != u"127.0.0.1"_s)
                return true;
        } else if (key == u"port"_s) {
            if (!value.isNull() && value.toString() != u"6379"_s)
                return true;
        } else if (key == u"password"_s || key == u"username"_s || key == u"server_name"_s
                   || key == u"sentinel_nodes"_s || key == u"cluster_nodes"_s
                   || key == u"sentinel_master"_s) {
            const bool list = value.typeId() == QMetaType::QVariantList;
            if (list ? !value.toList().isEmpty() : !value.isNull() && !value.toString().isEmpty())
                return true;
        }
    }
    return false;
}

bool stuck(const QDateTime &since, const QDateTime &now) {
    return since.isValid() && since.secsTo(now) > stuckAfterSeconds;
}

// The Redis a plugin writes to: the partial it links, or its inline host.
QString redisIdentity(const Plugin &plugin, const QVariantMap &config) {
    if (!plugin.partialIds.isEmpty())
        return u"partial:"_s + plugin.partialIds.first();
    const QVariantMap redis = config.value(u"redis"_s).toMap();
    return redis.value(u"host"_s).toString() + u':' + redis.value(u"port"_s).toString() + u'/'
           + redis.value(u"database"_s).toString();
}

void groupRules(const FleetStore &store, const ControlPlane &cp,
                const CloudGatewayConfiguration &configuration, const AdvisorContext &context,
                QList<Finding> &findings) {
    const ManagedCache *cache = store.cacheOf(cp.id);
    for (const DataPlaneGroup &group : configuration.groups) {
        const EntityRef groupEntity = groupRef(cp, group);
        if (group.state.value == GroupState::Error)
            findings.append(
                make("state.error", Severity::Error,
                     PlaneRulesTr::tr("The data-plane group is in error: %1")
                         .arg(group.stateReason.isEmpty() ? group.state.raw : group.stateReason),
                     {groupEntity, planeRef(cp)},
                     show(groupEntity, PlaneRulesTr::tr("Show the Group"))));
        if ((group.state.value == GroupState::Initializing
             || group.state.value == GroupState::Created)
            && stuck(group.createdAt, context.now))
            findings.append(make(
                "state.stuck", Severity::Warning,
                PlaneRulesTr::tr("The group has been %1 for %n minutes; Konnect needs about 15.",
                                 nullptr,
                                 static_cast<int>(group.createdAt.secsTo(context.now) / 60))
                    .arg(group.state.raw),
                {groupEntity, planeRef(cp)},
                show(groupEntity, PlaneRulesTr::tr("Show the Group"))));
        if (!cache)
            continue;
        const GroupCacheService service = groupCacheService(store, cp.id, group);
        const EntityRef cacheEntity = cacheRef(*cache);
        if (service.state == GroupCacheState::ProviderNotServed)
            // [DOC managed-cache: "Only AWS and Azure are currently supported as providers"]
            findings.append(
                make("cache.provider-not-served", Severity::Warning, service.reason,
                     {groupEntity, cacheEntity},
                     show(groupEntity, PlaneRulesTr::tr("Move the Group to AWS or Azure"))));
        else if (service.state == GroupCacheState::NotListed
                 && group.state.value == GroupState::Ready)
            findings.append(make("cache.group-not-listed", Severity::Warning, service.reason,
                                 {groupEntity, cacheEntity}, show(groupEntity, service.fix)));
        else if (service.state == GroupCacheState::Error)
            findings.append(make("state.error", Severity::Error, service.reason,
                                 {cacheEntity, groupEntity},
                                 show(cacheEntity, PlaneRulesTr::tr("Show the Cache"))));
    }
    // [DOC multicloud guide: "keep traffic local"; a production API in one region has no
    // fallback when that region fails]
    if (isProduction(cp.labels.value(u"env"_s)) && !configuration.groups.isEmpty()) {
        QSet<QString> regions;
        for (const DataPlaneGroup &group : configuration.groups)
            regions.insert(group.provider.raw + u'/' + group.region);
        if (regions.size() == 1)
            findings.append(
                make("resilience.single-region", Severity::Warning,
                     PlaneRulesTr::tr("Every group of this production control plane is in %1: an "
                                      "outage there stops its traffic.")
                         .arg(configuration.groups.first().region),
                     {planeRef(cp)},
                     show(planeRef(cp), PlaneRulesTr::tr("Deploy a group in a second region"))));
    }
}

// "3.10" of a node's "3.10.0.3": the release a configuration's `version` names.
QString gatewayRelease(const QString &nodeVersion) {
    return nodeVersion.section(u'.', 0, 1);
}

// A Dedicated Cloud Gateway configuration has one `version` for every group of the control
// plane, and the API gives a data-plane group no version of its own [SPEC cloud-gateways-v2
// ConfigurationDataPlaneGroup]; what can differ is what the nodes report [SPEC
// control-planes-config-v2 list-nodes: version, hostname, last_ping]. Nodes on different
// releases are mid roll-out or left behind; after `nodeUpgradeAfterSeconds` a node on another
// release than the configuration's was left behind.
void nodeRules(const FleetStore &store, const ControlPlane &cp,
               const CloudGatewayConfiguration &configuration, const AdvisorContext &context,
               QList<Finding> &findings) {
    std::map<QString, QStringList> byRelease; // sorted: the text is stable
    for (const DataPlaneNode &node : store.nodesOf(cp.id)) {
        if (node.version.isEmpty()
            || (node.lastPing.isValid()
                && node.lastPing.secsTo(context.now) > nodeSilentAfterSeconds))
            continue;
        byRelease[gatewayRelease(node.version)].append(node.hostname.isEmpty() ? node.id
                                                                               : node.hostname);
    }
    if (byRelease.empty())
        return;
    const EntityRef plane = planeRef(cp);
    const auto hostsOn = [](QStringList hosts) {
        hosts.sort();
        return hosts.join(u", "_s);
    };
    if (byRelease.size() > 1) {
        QStringList parts;
        for (const auto &[release, hosts] : byRelease)
            parts.append(PlaneRulesTr::tr("%1 on %2").arg(release, hostsOn(hosts)));
        findings.append(
            make("standard.node-versions", Severity::Warning,
                 PlaneRulesTr::tr("The data-plane nodes of this control plane run %n Kong Gateway "
                                  "versions: %1.",
                                  nullptr, static_cast<int>(byRelease.size()))
                     .arg(parts.join(u"; "_s)),
                 {plane}, show(plane, PlaneRulesTr::tr("Show the Control Plane"))));
    }
    if (configuration.version.isEmpty() || !configuration.updatedAt.isValid()
        || configuration.updatedAt.secsTo(context.now) <= nodeUpgradeAfterSeconds)
        return;
    QStringList behind;
    for (const auto &[release, hosts] : byRelease) {
        if (release != configuration.version)
            behind.append(hosts);
    }
    if (behind.isEmpty())
        return;
    findings.append(
        make("standard.node-upgrade", Severity::Info,
             PlaneRulesTr::tr("%n nodes still report another version than the configuration's %1, "
                              "%2 minutes after it last changed: %3.",
                              nullptr, static_cast<int>(behind.size()))
                 .arg(configuration.version)
                 .arg(configuration.updatedAt.secsTo(context.now) / 60)
                 .arg(hostsOn(behind)),
             {plane}, show(plane, PlaneRulesTr::tr("Show the Control Plane"))));
}

void cacheRules(const FleetStore &store, const ControlPlane &cp, const AdvisorContext &context,
                QList<Finding> &findings) {
    const ManagedCache *cache = store.cacheOf(cp.id);
    if (!cache)
        return;
    const EntityRef entity = cacheRef(*cache);
    if (cache->state.value == CacheState::Error)
        findings.append(make("state.error", Severity::Error,
                             PlaneRulesTr::tr("Konnect reports the managed cache in error."),
                             {entity}, show(entity, PlaneRulesTr::tr("Show the Cache"))));
    if (cache->state.value == CacheState::Initializing && stuck(cache->createdAt, context.now))
        findings.append(make(
            "state.stuck", Severity::Warning,
            PlaneRulesTr::tr("The managed cache has been initializing for %n minutes; Konnect "
                             "needs about 15.",
                             nullptr, static_cast<int>(cache->createdAt.secsTo(context.now) / 60)),
            {entity}, show(entity, PlaneRulesTr::tr("Show the Cache"))));
    // [DOC managed-cache sizing: "plan for approximately 70-75% of total managed cache memory
    // to be available for cache data"]
    const double memory = context.cacheMemory.value(cp.id, -1);
    if (memory > 0.75) {
        const QList<CacheTier> &tiers = cacheTiers();
        const qsizetype at = tiers.indexOf(cache->tier.value);
        FixAction fix = show(entity, PlaneRulesTr::tr("Show the Cache"));
        if (at >= 0 && at + 1 < tiers.size()) {
            fix.kind = FixKind::UpgradeCacheTier;
            fix.tier = tiers.at(at + 1);
            fix.label = PlaneRulesTr::tr("Upgrade to %1").arg(cacheTierId(fix.tier));
        }
        findings.append(
            make("cache.memory-high", Severity::Warning,
                 PlaneRulesTr::tr("Memory use peaks at %1 %; about 70–75 % of a cache is usable.")
                     .arg(qRound(memory * 100)),
                 {entity}, fix));
    }
}

void pluginRules(const FleetStore &store, const ControlPlane &cp, const QList<Plugin> &pluginList,
                 QList<Finding> &findings) {
    const ManagedCache *cache = store.cacheOf(cp.id);
    const QString managed = cache ? cache->cacheConfigId : QString();
    QHash<QString, QList<const Plugin *>> byNamespace;
    for (const Plugin &plugin : pluginList) {
        const bool redisBacked = plugins::redisPlugins().contains(plugin.name);
        if (!redisBacked && plugin.partialIds.isEmpty())
            continue; // the config of the rest is not needed: 60,000 plugins are packed
        const QVariantMap config = plugin.config();
        const EntityRef entity = pluginRef(plugin);
        for (const QString &partialId : plugin.partialIds) {
            const Partial *partial = store.partial(partialId);
            if (!partial)
                continue;
            const auto slot = plugins::slotFor(plugin.name, partial->type.value);
            if (slot && carriesInlineRedis(config, slot->path))
                findings.append(make(
                    "plugin.partial-and-inline", Severity::Error,
                    PlaneRulesTr::tr(
                        "The plugin links %1 and also gives %2 inline; Konnect refuses the next "
                        "write of it.")
                        .arg(partial->name, slot->path),
                    {entity, partialRef(*partial)},
                    show(entity, PlaneRulesTr::tr("Edit the plugin"))));
        }
        if (!redisBacked)
            continue;
        const QString strategy = config.value(u"strategy"_s).toString();
        const bool usesRedis = strategy == u"redis"_s || strategy == u"cluster"_s;
        if (!managed.isEmpty() && (!usesRedis || !plugin.partialIds.contains(managed))) {
            const Partial *other =
                plugin.partialIds.isEmpty() ? nullptr : store.partial(plugin.partialIds.first());
            const QString why =
                !usesRedis ? PlaneRulesTr::tr(
                                 "The control plane has the managed cache %1, but this plugin "
                                 "counts with the %2 strategy on each data plane.")
                                 .arg(cache->name, strategy.isEmpty() ? u"local"_s : strategy)
                : other ? PlaneRulesTr::tr(
                              "The control plane has the managed cache %1, but this plugin "
                              "uses the self-managed Redis %2.")
                              .arg(cache->name, other->name)
                        : PlaneRulesTr::tr(
                              "The control plane has the managed cache %1, but this plugin "
                              "uses its own Redis.")
                              .arg(cache->name);
            FixAction fix{FixKind::LinkManagedPartial, PlaneRulesTr::tr("Link the Managed Cache"),
                          entity, managed, CacheTier::Unknown};
            findings.append(
                make("plugin.managed-cache-unused", Severity::Warning, why, {entity}, fix));
        }
        if (!usesRedis)
            continue;
        const QVariant rate = config.value(u"sync_rate"_s);
        if (rate.isValid() && !rate.isNull()) {
            std::optional<CacheTier> tier;
            if (!managed.isEmpty() && plugin.partialIds.contains(managed))
                tier = cache->tier.value;
            if (const QString advice = syncRateAdvice(rate.toDouble(), tier); !advice.isEmpty())
                findings.append(make("plugin.sync-rate", Severity::Warning, advice, {entity},
                                     show(entity, PlaneRulesTr::tr("Edit the plugin"))));
        }
        const QString ns = config.value(u"namespace"_s).toString();
        if (!ns.isEmpty())
            byNamespace[redisIdentity(plugin, config) + u'#' + ns].append(&plugin);
    }
    // [DOC rate-limiting-advanced `namespace`: counter data is isolated per namespace;
    // instances sharing one must agree on strategy, redis and sync_rate]
    for (auto it = byNamespace.cbegin(); it != byNamespace.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        QList<EntityRef> entities;
        for (const Plugin *plugin : it.value())
            entities.append(pluginRef(*plugin));
        findings.append(
            make("plugin.shared-namespace", Severity::Warning,
                 PlaneRulesTr::tr("%n plugins count in the namespace \"%1\" on the same Redis: "
                                  "their counters add up.",
                                  nullptr, static_cast<int>(entities.size()))
                     .arg(it.key().section(u'#', -1)),
                 entities, show(entities.first(), PlaneRulesTr::tr("Edit the plugin"))));
    }
}
} // namespace

QList<Finding> evaluatePlane(const FleetStore &store, const QString &controlPlaneId,
                             const AdvisorContext &context, PlaneSummary *summary) {
    QList<Finding> findings;
    const ControlPlane *cp = store.controlPlane(controlPlaneId);
    if (!cp)
        return findings;
    PlaneSummary s;
    s.name = cp->name;
    s.env = cp->labels.value(u"env"_s);
    s.production = isProduction(s.env);
    for (auto it = cp->labels.cbegin(); it != cp->labels.cend(); ++it) {
        if (it.key() != u"env"_s)
            s.roleKey += it.key() + u'=' + it.value() + u';';
    }
    if (s.env.isEmpty())
        // [DOC multicloud guide: "separate environments"; Konnect filters by labels]
        findings.append(
            make("env.missing-label", Severity::Warning,
                 PlaneRulesTr::tr("The control plane has no env label, so nothing tells "
                                  "production from the rest."),
                 {planeRef(*cp)}, show(planeRef(*cp), PlaneRulesTr::tr("Edit the labels"))));
    if (const CloudGatewayConfiguration *configuration = store.configurationOf(controlPlaneId)) {
        s.version = configuration->version;
        for (const DataPlaneGroup &group : configuration->groups)
            s.networks.insert(group.networkId);
        groupRules(store, *cp, *configuration, context, findings);
        nodeRules(store, *cp, *configuration, context, findings);
    }
    cacheRules(store, *cp, context, findings);
    const QList<Plugin> pluginList = store.pluginListOf(controlPlaneId);
    for (const Plugin &plugin : pluginList)
        s.plugins.insert(plugin.name + u'@' + plugin.scope());
    pluginRules(store, *cp, pluginList, findings);

    // Self-managed Redis: one instance reached from several regions or clouds.
    // [DOC multicloud guide: "use regional caches"]
    const CloudGatewayConfiguration *configuration = store.configurationOf(controlPlaneId);
    QSet<QString> regions;
    if (configuration) {
        for (const DataPlaneGroup &group : configuration->groups)
            regions.insert(group.provider.raw + u'/' + group.region);
    }
    for (const QString &partialId : store.partialsOf(controlPlaneId)) {
        const Partial *partial = store.partial(partialId);
        if (!partial || partial->konnectManaged()
            || (partial->type.value != PartialType::RedisEe
                && partial->type.value != PartialType::RedisCe))
            continue;
        s.redis.insert(partial->config.value(u"host"_s).toString() + u':'
                           + partial->config.value(u"port"_s).toString(),
                       partialId);
        const qsizetype users = store.pluginsUsing(partialId).size();
        if (users > 0 && regions.size() > 1)
            findings.append(
                make("redis.not-regional", Severity::Warning,
                     PlaneRulesTr::tr("The self-managed Redis %1 serves groups in %n regions: "
                                      "counters cross regions on every sync.",
                                      nullptr, static_cast<int>(regions.size()))
                         .arg(partial->name),
                     {partialRef(*partial), planeRef(*cp)},
                     show(partialRef(*partial), PlaneRulesTr::tr("Show the Partial"))));
    }
    if (summary)
        *summary = std::move(s);
    return findings;
}

QList<Finding> evaluateAll(const FleetStore &store, const AdvisorContext &context) {
    QList<Finding> findings;
    QHash<QString, PlaneSummary> planes;
    for (const QString &id : store.controlPlaneIds()) {
        PlaneSummary summary;
        findings.append(evaluatePlane(store, id, context, &summary));
        planes.insert(id, summary);
    }
    findings.append(evaluateFleet(store, planes));
    return findings;
}

} // namespace kd::advisor
