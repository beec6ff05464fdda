#include "iac/DeckWriter.h"

#include "client/PluginCatalog.h"
#include "fleet/FleetStore.h"
#include "fleet/compare/Normalise.h"

#include "iac/HclText.h"
#include "iac/YamlText.h"

using namespace Qt::StringLiterals;

namespace kd::iac {

namespace {
// decK substitutes `${{ env "DECK_…" }}` from the environment when it reads the file.
QVariant withSecretsAsEnv(const QVariant &value, const QString &prefix, const QString &key) {
    if (value.typeId() == QMetaType::QVariantMap) {
        QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            *it = withSecretsAsEnv(*it, prefix + u'_' + it.key(), it.key());
        return map;
    }
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
        QVariantList list = value.toList();
        for (qsizetype i = 0; i < list.size(); ++i)
            list[i] = withSecretsAsEnv(
                list.at(i), list.size() > 1 ? prefix + u'_' + QString::number(i) : prefix, key);
        return list;
    }
    if (value.typeId() == QMetaType::QString && isSecretField(key)
        && !plugins::isVaultReference(value.toString()) && !value.toString().isEmpty())
        return u"${{ env \"DECK_%1\" }}"_s.arg(hcl::identifier(prefix).toUpper());
    return value;
}

QVariantList sorted(QStringList values) {
    values.sort();
    values.removeDuplicates();
    return QVariant(values).toList();
}

// A service or route as decK writes it: by name (by id when it has none), Kong's defaults
// left out, sets sorted.
QVariantMap gatewayEntry(const QString &kind, const QString &id, const QString &name,
                         const QStringList &tags, const QVariantMap &fields) {
    QVariantMap entry = withoutGatewayDefaults(kind, fields);
    for (auto it = entry.begin(); it != entry.end(); ++it)
        *it = compare::canonical(*it, it.key());
    entry.insert(name.isEmpty() ? u"id"_s : u"name"_s, name.isEmpty() ? id : name);
    if (!tags.isEmpty())
        entry.insert(u"tags"_s, sorted(tags));
    return entry;
}

QVariantMap consumerEntry(const GatewayConsumer &consumer) {
    QVariantMap entry;
    if (!consumer.username.isEmpty())
        entry.insert(u"username"_s, consumer.username);
    if (!consumer.customId.isEmpty())
        entry.insert(u"custom_id"_s, consumer.customId);
    if (!consumer.tags.isEmpty())
        entry.insert(u"tags"_s, sorted(consumer.tags));
    return entry;
}
} // namespace

DeckWriter::DeckWriter(const FleetStore &store, const compare::GatewayEntities *entities)
    : m_store(store)
    , m_entities(entities) {
}

QString DeckWriter::pathFor(const ControlPlane &plane) {
    return u"deck/%1/%2.yaml"_s.arg(geoId(plane.geo),
                                    hcl::identifier(plane.name).replace(u'_', u'-'));
}

QVariantMap DeckWriter::document(const QString &controlPlaneId) const {
    const PlaneExport plane = gatherPlane(m_store, controlPlaneId, m_entities);
    QVariantMap doc{{u"_format_version"_s, u"3.0"_s},
                    {u"_konnect"_s, QVariantMap{{u"control_plane_name"_s, plane.plane.name}}}};
    bool linksManaged = false;
    QVariantList partials;
    for (const ExportedPartial &exported : plane.partials) {
        QVariantMap partial{{u"name"_s, exported.partial.name},
                            {u"type"_s, exported.partial.type.raw}};
        if (!exported.partial.tags.isEmpty())
            partial.insert(u"tags"_s, sorted(exported.partial.tags));
        if (!exported.config.isEmpty())
            partial.insert(u"config"_s,
                           withSecretsAsEnv(exported.config, exported.partial.name, {}));
        partials.append(partial);
    }
    QVariantList plugins;
    for (const ExportedPlugin &exported : plane.plugins) {
        const Plugin &plugin = exported.plugin;
        QVariantMap entry{{u"name"_s, plugin.name}, {u"enabled"_s, plugin.enabled}};
        if (!plugin.instanceName.isEmpty())
            entry.insert(u"instance_name"_s, plugin.instanceName);
        if (!plugin.protocols.isEmpty())
            entry.insert(u"protocols"_s, sorted(plugin.protocols));
        if (!plugin.tags.isEmpty())
            entry.insert(u"tags"_s, sorted(plugin.tags));
        // decK names what a plugin applies to (a name, or the id of what has none).
        const compare::PlaneGatewayEntities *gateway = plane.gateway ? &*plane.gateway : nullptr;
        if (!plugin.serviceId.isEmpty())
            entry.insert(u"service"_s, compare::serviceRef(gateway, plugin.serviceId));
        if (!plugin.routeId.isEmpty())
            entry.insert(u"route"_s, compare::routeRef(gateway, plugin.routeId));
        if (!plugin.consumerId.isEmpty())
            entry.insert(u"consumer"_s, compare::consumerRef(gateway, plugin.consumerId));
        if (!plugin.consumerGroupId.isEmpty())
            entry.insert(u"consumer_group"_s, plugin.consumerGroupId);
        if (!exported.config.isEmpty())
            entry.insert(
                u"config"_s,
                withSecretsAsEnv(exported.config,
                                 plugin.instanceName.isEmpty() ? plugin.name : plugin.instanceName,
                                 {}));
        QVariantList links;
        for (const PartialLink &link : exported.links) {
            links.append(QVariantMap{{u"name"_s, link.name}, {u"path"_s, link.path}});
            linksManaged = linksManaged || link.managed;
        }
        if (!links.isEmpty())
            entry.insert(u"partials"_s, links);
        plugins.append(entry);
    }
    // decK sees the partial Konnect made for a managed cache only through its lookup tag.
    if (linksManaged)
        doc.insert(u"_info"_s,
                   QVariantMap{{u"default_lookup_tags"_s,
                                QVariantMap{{u"partials"_s, QVariantList{u"konnect-managed"_s}}}}});
    if (plane.gateway) {
        QVariantList services;
        QVariantList routes; // those without a service
        for (const GatewayService &service : plane.gateway->services) {
            QVariantMap entry =
                gatewayEntry(u"service"_s, service.id, service.name, service.tags, service.fields);
            QVariantList nested;
            for (const GatewayRoute &route : plane.gateway->routes) {
                if (route.serviceId == service.id)
                    nested.append(
                        gatewayEntry(u"route"_s, route.id, route.name, route.tags, route.fields));
            }
            if (!nested.isEmpty())
                entry.insert(u"routes"_s, nested);
            services.append(entry);
        }
        for (const GatewayRoute &route : plane.gateway->routes) {
            if (route.serviceId.isEmpty() || !plane.gateway->service(route.serviceId))
                routes.append(
                    gatewayEntry(u"route"_s, route.id, route.name, route.tags, route.fields));
        }
        QVariantList consumers;
        for (const GatewayConsumer &consumer : plane.gateway->consumers)
            consumers.append(consumerEntry(consumer));
        if (!services.isEmpty())
            doc.insert(u"services"_s, services);
        if (!routes.isEmpty())
            doc.insert(u"routes"_s, routes);
        if (!consumers.isEmpty())
            doc.insert(u"consumers"_s, consumers);
    }
    if (!partials.isEmpty())
        doc.insert(u"partials"_s, partials);
    if (!plugins.isEmpty())
        doc.insert(u"plugins"_s, plugins);
    return doc;
}

QList<TextFile> DeckWriter::write(const QStringList &controlPlaneIds) const {
    QList<TextFile> files;
    for (const QString &id : controlPlaneIds) {
        const ControlPlane *plane = m_store.controlPlane(id);
        if (!plane)
            continue;
        const QVariantMap doc = document(id);
        int routes = int(doc.value(u"routes"_s).toList().size());
        for (const QVariant &service : doc.value(u"services"_s).toList())
            routes += int(service.toMap().value(u"routes"_s).toList().size());
        files.append({pathFor(*plane), yaml::write(doc),
                      int(doc.value(u"services"_s).toList().size() + routes
                          + doc.value(u"consumers"_s).toList().size()
                          + doc.value(u"partials"_s).toList().size()
                          + doc.value(u"plugins"_s).toList().size())});
    }
    return files;
}

} // namespace kd::iac
