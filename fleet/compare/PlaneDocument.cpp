#include "fleet/compare/PlaneDocument.h"

#include "client/PluginCatalog.h"
#include "fleet/FleetStore.h"
#include "fleet/compare/GatewayEntities.h"
#include "fleet/compare/Normalise.h"
#include "fleet/compare/SchemaDefaults.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kd::compare {

namespace {
struct PlaneDocumentTr {
    Q_DECLARE_TR_FUNCTIONS(kd::compare::PlaneDocument)
};

// What a plugin is matched by: its name, where it applies and its instance name.
QString pluginKey(const QString &name, const QString &scope, const QString &instance) {
    return name + u'|' + scope + u'|' + instance;
}

// Where a plugin applies, as its key and label say it: "service:orders", several joined with
// '+', "global" when nowhere in particular.
QString scopeOf(const QString &service, const QString &route, const QString &consumer,
                bool consumerGroup) {
    QStringList parts;
    if (!service.isEmpty())
        parts.append(u"service:"_s + service);
    if (!route.isEmpty())
        parts.append(u"route:"_s + route);
    if (!consumer.isEmpty())
        parts.append(u"consumer:"_s + consumer);
    if (consumerGroup)
        parts.append(u"consumer_group"_s);
    return parts.isEmpty() ? u"global"_s : parts.join(u'+');
}

QString pluginLabel(const QString &name, const QString &scope, const QString &instance) {
    QString label = instance.isEmpty() ? name : u"%1 (%2)"_s.arg(instance, name);
    if (scope != u"global"_s)
        label += u" · "_s + QString(scope).replace(u':', u' ').replace(u'+', u", "_s);
    return label;
}

// The plugin's fields as compared: the linked partials' subtrees are the partials' business.
QVariantMap pluginFields(const QString &name, bool enabled, const QVariant &protocols,
                         const QVariant &tags, QVariantMap config, const QVariantList &links) {
    QVariantMap fields;
    const SchemaDefaults &schemas = SchemaDefaults::instance();
    for (const QVariant &link : links) {
        const QString path = link.toMap().value(u"path"_s).toString();
        if (path.startsWith(u"config."_s))
            removePath(config, path.mid(7).split(u'.'));
    }
    const QVariant normalised = normalise(config, schemas.pluginConfigSchema(name));
    if (normalised.isValid() && !normalised.toMap().isEmpty())
        fields.insert(u"config"_s, normalised);
    if (!enabled)
        fields.insert(u"enabled"_s, false);
    const QVariant defaultProtocols = schemas.pluginSchema(name)
                                          .value(u"properties"_s)
                                          .toMap()
                                          .value(u"protocols"_s)
                                          .toMap()
                                          .value(u"default"_s);
    const QVariant sortedProtocols = canonical(protocols, u"protocols"_s);
    const bool protocolsDefault =
        !sortedProtocols.isValid() || sortedProtocols.toList().isEmpty()
        || sameValue(sortedProtocols, canonical(defaultProtocols, u"protocols"_s))
        || sameValue(sortedProtocols, QVariantList{u"grpc"_s, u"grpcs"_s, u"http"_s, u"https"_s});
    if (!protocolsDefault)
        fields.insert(u"protocols"_s, sortedProtocols);
    const QVariant sortedTags = canonical(tags, u"tags"_s);
    if (sortedTags.isValid() && !sortedTags.toList().isEmpty())
        fields.insert(u"tags"_s, sortedTags);
    QVariantList sortedLinks;
    for (const QVariant &link : links) {
        const QVariantMap map = link.toMap();
        QString linkName = map.value(u"name"_s).toString();
        if (linkName.startsWith(u"konnect-managed"_s))
            linkName = managedPartialKey;
        sortedLinks.append(
            QVariantMap{{u"name"_s, linkName}, {u"path"_s, map.value(u"path"_s).toString()}});
    }
    if (!sortedLinks.isEmpty())
        fields.insert(u"partials"_s, sortedSet(sortedLinks));
    return fields;
}

void addControlPlaneSide(const FleetStore &store, const ControlPlane &plane, PlaneDocument &doc) {
    QVariantMap fields{{u"cluster_type"_s, plane.clusterType.raw},
                       {u"auth_type"_s, plane.authType.raw},
                       {u"cloud_gateway"_s, plane.cloudGateway}};
    if (!plane.description.isEmpty())
        fields.insert(u"description"_s, plane.description);
    QVariantMap labels;
    for (auto it = plane.labels.cbegin(); it != plane.labels.cend(); ++it)
        labels.insert(it.key(), it.value());
    if (!labels.isEmpty())
        fields.insert(u"labels"_s, labels);
    QVariantList proxies;
    for (const ProxyUrl &url : plane.proxyUrls)
        proxies.append(QVariantMap{
            {u"host"_s, url.host}, {u"port"_s, url.port}, {u"protocol"_s, url.protocol}});
    if (!proxies.isEmpty())
        fields.insert(u"proxy_urls"_s, sortedSet(proxies));
    doc.entities.append({u"control_plane"_s, u"control_plane"_s,
                         PlaneDocumentTr::tr("Control plane"), canonical(fields).toMap(),
                         plane.id});

    if (const CloudGatewayConfiguration *config = store.configurationOf(plane.id)) {
        doc.entities.append({u"configuration"_s, u"configuration"_s,
                             PlaneDocumentTr::tr("Cloud gateway configuration"),
                             QVariantMap{{u"version"_s, config->version},
                                         {u"kind"_s, config->kind},
                                         {u"api_access"_s, config->apiAccess}},
                             config->id});
        for (const DataPlaneGroup &group : config->desired) {
            QVariantMap groupFields;
            const Autoscale &scale = group.autoscale;
            groupFields.insert(
                u"autoscale"_s,
                scale.autopilot
                    ? QVariantMap{{u"kind"_s, u"autopilot"_s}, {u"base_rps"_s, scale.baseRps}}
                    : QVariantMap{{u"kind"_s, u"static"_s},
                                  {u"instance_type"_s, scale.instanceType},
                                  {u"requested_instances"_s, scale.requestedInstances}});
            QVariantMap environment;
            for (const EnvironmentVariable &variable : group.environment)
                environment.insert(variable.name, variable.value);
            if (!environment.isEmpty())
                groupFields.insert(u"environment"_s, environment);
            if (const Network *network = store.network(group.networkId)) {
                QStringList zones = network->availabilityZones;
                zones.sort();
                groupFields.insert(u"network"_s, QVariantMap{{u"cidr_block"_s, network->cidrBlock},
                                                             {u"availability_zones"_s, zones}});
            }
            const QString key = group.provider.raw + u'/' + group.region;
            doc.entities.append({u"data_plane_group"_s, key,
                                 PlaneDocumentTr::tr("Data-plane group %1").arg(key),
                                 canonical(groupFields).toMap(), group.networkId});
        }
    }
    if (const ManagedCache *cache = store.cacheOf(plane.id))
        doc.entities.append({u"managed_cache"_s, u"managed_cache"_s,
                             PlaneDocumentTr::tr("Managed cache"),
                             QVariantMap{{u"tier"_s, cache->tier.raw}}, cache->id});
}

bool byKindAndKey(const Entity &a, const Entity &b) {
    return std::pair(a.kind, a.key) < std::pair(b.kind, b.key);
}
} // namespace

const Entity *PlaneDocument::find(const QString &kind, const QString &key) const {
    for (const Entity &entity : entities) {
        if (entity.kind == kind && entity.key == key)
            return &entity;
    }
    return nullptr;
}

QStringList controlPlanesNamed(const FleetStore &store, const QString &spec) {
    const qsizetype slash = spec.indexOf(u'/');
    const std::optional<Geo> geo = slash > 0 ? geoFromId(spec.left(slash)) : std::nullopt;
    const QString name = geo ? spec.mid(slash + 1) : spec;
    QStringList ids;
    for (const QString &id : store.controlPlaneIds()) {
        const ControlPlane *plane = store.controlPlane(id);
        if (plane->name == name && (!geo || plane->geo == *geo))
            ids.append(id);
    }
    return ids;
}

PlaneDocument documentOf(const FleetStore &store, const QString &controlPlaneId,
                         const PlaneGatewayEntities *entities) {
    PlaneDocument doc;
    doc.controlPlaneId = controlPlaneId;
    doc.cloudSide = true;
    const ControlPlane *plane = store.controlPlane(controlPlaneId);
    if (!plane)
        return doc;
    doc.title = geoId(plane->geo) + u'/' + plane->name;
    addControlPlaneSide(store, *plane, doc);
    const SchemaDefaults &schemas = SchemaDefaults::instance();
    for (const QString &id : store.partialsOf(controlPlaneId)) {
        const Partial *partial = store.partial(id);
        if (!partial || partial->konnectManaged())
            continue; // the managed cache stands for it
        QVariantMap fields{{u"type"_s, partial->type.raw}};
        const QVariant config =
            normalise(partial->config, schemas.partialConfigSchema(partial->type.raw));
        if (config.isValid() && !config.toMap().isEmpty())
            fields.insert(u"config"_s, config);
        if (!partial->tags.isEmpty())
            fields.insert(u"tags"_s, sortedSet(QVariant(partial->tags).toList()));
        doc.entities.append({u"partial"_s, partial->name, partial->name, fields, partial->id});
    }
    for (const Plugin &plugin : store.pluginListOf(controlPlaneId)) {
        QVariantList links;
        for (const QString &partialId : plugin.partialIds) {
            const Partial *partial = store.partial(partialId);
            if (!partial)
                continue;
            const auto slot = plugins::slotFor(plugin.name, partial->type.value);
            links.append(QVariantMap{{u"name"_s, partial->name},
                                     {u"path"_s, slot ? slot->path : u"config.redis"_s}});
        }
        const QString scope = scopeOf(
            plugin.serviceId.isEmpty() ? QString() : serviceRef(entities, plugin.serviceId),
            plugin.routeId.isEmpty() ? QString() : routeRef(entities, plugin.routeId),
            plugin.consumerId.isEmpty() ? QString() : consumerRef(entities, plugin.consumerId),
            !plugin.consumerGroupId.isEmpty());
        doc.entities.append({u"plugin"_s, pluginKey(plugin.name, scope, plugin.instanceName),
                             pluginLabel(plugin.name, scope, plugin.instanceName),
                             pluginFields(plugin.name, plugin.enabled, QVariant(plugin.protocols),
                                          QVariant(plugin.tags), plugin.config(), links),
                             plugin.id});
    }
    std::sort(doc.entities.begin(), doc.entities.end(), byKindAndKey);
    return doc;
}

Result<PlaneDocument> documentOfDeck(const QVariantMap &deck, const QString &title) {
    if (!deck.contains(u"_format_version"_s))
        return Error::invalid(
            title, PlaneDocumentTr::tr("This is not a decK file: it has no _format_version."));
    PlaneDocument doc;
    doc.title = title;
    const SchemaDefaults &schemas = SchemaDefaults::instance();
    for (const QVariant &item : deck.value(u"partials"_s).toList()) {
        const QVariantMap partial = item.toMap();
        const QString name = partial.value(u"name"_s).toString();
        const QString type = partial.value(u"type"_s).toString();
        if (name.isEmpty() || type.isEmpty())
            return Error::invalid(
                title, PlaneDocumentTr::tr("A partial in this decK file has no name or type."));
        const QVariant tags = canonical(partial.value(u"tags"_s), u"tags"_s);
        if (tags.toStringList().contains(managedPartialKey))
            continue;
        QVariantMap fields{{u"type"_s, type}};
        const QVariant config =
            normalise(partial.value(u"config"_s), schemas.partialConfigSchema(type));
        if (config.isValid() && !config.toMap().isEmpty())
            fields.insert(u"config"_s, config);
        if (tags.isValid() && !tags.toList().isEmpty())
            fields.insert(u"tags"_s, tags);
        doc.entities.append({u"partial"_s, name, name, fields, {}});
    }
    // Plugins at the top level name what they apply to; nested ones apply to their parent.
    struct Placed {
        QVariantMap plugin;
        QVariantMap parents; // "service" / "route" / "consumer" -> name
    };
    QList<Placed> plugins;
    const auto nameOf = [](const QVariantMap &entity, const QString &kind) {
        if (kind == u"consumer"_s) {
            const QString username = entity.value(u"username"_s).toString();
            return !username.isEmpty()
                       ? username
                       : entity.value(u"custom_id"_s, entity.value(u"id"_s)).toString();
        }
        return entity.value(u"name"_s, entity.value(u"id"_s)).toString();
    };
    const auto collect = [&](const QVariantMap &owner, const QVariantMap &parents) {
        for (const QVariant &plugin : owner.value(u"plugins"_s).toList())
            plugins.append({plugin.toMap(), parents});
    };
    collect(deck, {});
    for (const QVariant &item : deck.value(u"services"_s).toList()) {
        const QVariantMap service = item.toMap();
        const QVariantMap parents{{u"service"_s, nameOf(service, u"service"_s)}};
        collect(service, parents);
        for (const QVariant &route : service.value(u"routes"_s).toList())
            collect(route.toMap(), {{u"route"_s, nameOf(route.toMap(), u"route"_s)}});
    }
    for (const QVariant &route : deck.value(u"routes"_s).toList())
        collect(route.toMap(), {{u"route"_s, nameOf(route.toMap(), u"route"_s)}});
    for (const QVariant &consumer : deck.value(u"consumers"_s).toList())
        collect(consumer.toMap(), {{u"consumer"_s, nameOf(consumer.toMap(), u"consumer"_s)}});
    for (const Placed &placed : std::as_const(plugins)) {
        const QVariantMap &plugin = placed.plugin;
        const QString name = plugin.value(u"name"_s).toString();
        if (name.isEmpty())
            return Error::invalid(title,
                                  PlaneDocumentTr::tr("A plugin in this decK file has no name."));
        const auto where = [&](const QString &kind) {
            if (placed.parents.contains(kind))
                return placed.parents.value(kind).toString();
            // decK writes a reference as the name (or id), sometimes as {name: …} or {id: …}.
            const QVariant value = plugin.value(kind);
            if (value.typeId() == QMetaType::QVariantMap)
                return value.toMap()
                    .value(kind == u"consumer"_s ? u"username"_s : u"name"_s,
                           value.toMap().value(u"id"_s))
                    .toString();
            return value.isNull() ? QString() : value.toString();
        };
        const QVariant group = plugin.value(u"consumer_group"_s);
        const QString scope = scopeOf(where(u"service"_s), where(u"route"_s), where(u"consumer"_s),
                                      group.isValid() && !group.isNull());
        const QString instance = plugin.value(u"instance_name"_s).toString();
        doc.entities.append(
            {u"plugin"_s,
             pluginKey(name, scope, instance),
             pluginLabel(name, scope, instance),
             pluginFields(name, plugin.value(u"enabled"_s, true).toBool(),
                          plugin.value(u"protocols"_s), plugin.value(u"tags"_s),
                          plugin.value(u"config"_s).toMap(), plugin.value(u"partials"_s).toList()),
             {}});
    }
    std::sort(doc.entities.begin(), doc.entities.end(), byKindAndKey);
    return doc;
}

} // namespace kd::compare
