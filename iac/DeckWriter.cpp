#include "iac/DeckWriter.h"

#include "client/PluginCatalog.h"
#include "fleet/FleetStore.h"

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
} // namespace

DeckWriter::DeckWriter(const FleetStore &store)
    : m_store(store) {
}

QString DeckWriter::pathFor(const ControlPlane &plane) {
    return u"deck/%1/%2.yaml"_s.arg(geoId(plane.geo),
                                    hcl::identifier(plane.name).replace(u'_', u'-'));
}

QVariantMap DeckWriter::document(const QString &controlPlaneId) const {
    const PlaneExport plane = gatherPlane(m_store, controlPlaneId);
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
        for (const auto &[scope, id] :
             {std::pair{u"service"_s, plugin.serviceId}, std::pair{u"route"_s, plugin.routeId},
              std::pair{u"consumer"_s, plugin.consumerId},
              std::pair{u"consumer_group"_s, plugin.consumerGroupId}}) {
            if (!id.isEmpty())
                entry.insert(scope, id);
        }
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
        files.append({pathFor(*plane), yaml::write(doc),
                      int(doc.value(u"partials"_s).toList().size()
                          + doc.value(u"plugins"_s).toList().size())});
    }
    return files;
}

} // namespace kd::iac
