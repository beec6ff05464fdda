#include "iac/TerraformWriter.h"

#include "client/PluginCatalog.h"
#include "fleet/FleetStore.h"
#include "fleet/compare/Normalise.h"

#include <QMap>

#include "iac/HclText.h"
#include "iac/ProviderModel.h"

using namespace Qt::StringLiterals;

namespace kd::iac {

struct TerraformWriter::Root {
    Geo geo = Geo::Us;
    QHash<QString, QString> names; // type + '\n' + key -> identifier
    QSet<QString> taken;           // type + '\n' + identifier
    QStringList networkOrder;      // network ids declared, in first-use order
    QHash<QString, QString> networkText;
    QMap<QString, QString> accountLocals; // account id -> local name
    QStringList variables;                // sensitive variables, declared in variables.tf
    int resources = 0;
};

namespace {
using Attributes = QList<std::pair<QString, QVariant>>;

// The provider's typed plugin resources (x-speakeasy-entity GatewayPlugin* in
// terraform-provider-konnect.openapi.yaml, v3.19), by Kong plugin name with '_' for '-'.
const QSet<QString> &typedPlugins() {
    static const QSet<QString> names = [] {
        const QString list = uR"(acl ace acme ai_a2a_proxy ai_aws_guardrails ai_azure_content_safety
ai_custom_guardrail ai_gcp_model_armor ai_lakera_guard ai_llm_as_judge ai_mcp_oauth2 ai_mcp_proxy
ai_prompt_compressor ai_prompt_decorator ai_prompt_guard ai_prompt_template ai_proxy
ai_proxy_advanced ai_rag_injector ai_rate_limiting_advanced ai_request_transformer
ai_response_transformer ai_sanitizer ai_semantic_cache ai_semantic_prompt_guard
ai_semantic_response_guard app_dynamics aws_lambda azure_functions basic_auth bot_detection canary
confluent confluent_consume correlation_id cors datadog datakit degraphql exit_transformer file_log
forward_proxy graphql_proxy_cache_advanced graphql_rate_limiting_advanced grpc_gateway grpc_web
header_cert_auth hmac_auth http_log injection_protection ip_restriction jq json_threat_protection
jwe_decrypt jwt jwt_signer kafka_consume kafka_log kafka_upstream key_auth ldap_auth
ldap_auth_advanced loggly metering_and_billing mocking mtls_auth oas_validation
oauth2_introspection opa openid_connect opentelemetry post_function pre_function prometheus
proxy_cache proxy_cache_advanced rate_limiting rate_limiting_advanced redirect request_callout
request_size_limiting request_termination request_transformer request_transformer_advanced
request_validator response_ratelimiting response_transformer response_transformer_advanced
route_by_header route_transformer_advanced saml service_protection session solace_consume
solace_log solace_upstream standard_webhooks statsd statsd_advanced syslog tcp_log
tls_handshake_modifier tls_metadata_headers udp_log upstream_oauth upstream_timeout vault_auth
websocket_size_limit websocket_validator xml_threat_protection zipkin)"_s;
        const QStringList items = list.simplified().split(u' ');
        return QSet<QString>(items.begin(), items.end());
    }();
    return names;
}

QString resourceBlock(const QString &type, const QString &name, const Attributes &attributes) {
    return u"resource \"%1\" \"%2\" {\n"_s.arg(type, name) + hcl::attributes(attributes, 2)
           + u"}\n"_s;
}

QString importBlock(const QString &type, const QString &name, const QVariant &id) {
    return u"import {\n  to = %1.%2\n  id = %3\n}\n"_s.arg(type, name, hcl::value(id, 2));
}

// The provider's import id of a core entity: `jsonencode({control_plane_id, id})`.
QVariant coreImportId(const QString &controlPlaneId, const QString &id) {
    return expression(
        u"jsonencode({\n    control_plane_id = %1\n    id               = %2\n  })"_s.arg(
            hcl::string(controlPlaneId), hcl::string(id)));
}

// Set in Konnect but not in the provider's model: said, since Terraform cannot hold it.
QString droppedNote(const QStringList &paths) {
    if (paths.isEmpty())
        return {};
    return u"# Not in kong/konnect's model, so not written here (kept in the decK file): %1\n"_s
        .arg(paths.join(u", "_s));
}

QVariantList sortedStrings(QStringList values) {
    values.sort();
    values.removeDuplicates();
    return QVariant(values).toList();
}

} // namespace

TerraformWriter::TerraformWriter(const FleetStore &store, QString hostTemplate,
                                 const compare::GatewayEntities *entities)
    : m_store(store)
    , m_hostTemplate(std::move(hostTemplate))
    , m_entities(entities) {
}

QString TerraformWriter::gatewayBlocks(Root &root, const PlaneExport &plane, const QString &cpRef,
                                       QHash<QString, QString> &refs) {
    if (!plane.gateway)
        return {};
    const ControlPlane &cp = plane.plane;
    QString out;
    // Every value Konnect holds (Kong's defaults too), so that a plan has nothing to change.
    const auto block = [&](const QString &type, const QString &id, const QString &wanted,
                           Attributes attributes) {
        const QString ident = name(root, type, id, cp.name + u'_' + wanted);
        out += u'\n' + resourceBlock(type, ident, attributes)
               + importBlock(type, ident, coreImportId(cp.id, id));
        refs.insert(id, type + u'.' + ident + u".id"_s);
        root.resources += 1;
    };
    const auto fieldsOf = [](const QVariantMap &fields) {
        Attributes attributes;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            attributes.append({it.key(), compare::canonical(it.value(), it.key())});
        return attributes;
    };
    for (const GatewayService &service : plane.gateway->services) {
        Attributes attributes{{u"control_plane_id"_s, expression(cpRef)}};
        if (!service.name.isEmpty())
            attributes.append({u"name"_s, service.name});
        attributes += fieldsOf(service.fields);
        if (!service.tags.isEmpty())
            attributes.append({u"tags"_s, sortedStrings(service.tags)});
        block(u"konnect_gateway_service"_s, service.id,
              service.name.isEmpty() ? u"service"_s : service.name, attributes);
    }
    for (const GatewayRoute &route : plane.gateway->routes) {
        Attributes attributes{{u"control_plane_id"_s, expression(cpRef)}};
        if (!route.name.isEmpty())
            attributes.append({u"name"_s, route.name});
        attributes += fieldsOf(route.fields);
        if (!route.serviceId.isEmpty())
            attributes.append(
                {u"service"_s, QVariantMap{{u"id"_s, refs.contains(route.serviceId)
                                                         ? expression(refs.value(route.serviceId))
                                                         : QVariant(route.serviceId)}}});
        if (!route.tags.isEmpty())
            attributes.append({u"tags"_s, sortedStrings(route.tags)});
        block(u"konnect_gateway_route"_s, route.id, route.name.isEmpty() ? u"route"_s : route.name,
              attributes);
    }
    for (const GatewayConsumer &consumer : plane.gateway->consumers) {
        Attributes attributes{{u"control_plane_id"_s, expression(cpRef)}};
        if (!consumer.username.isEmpty())
            attributes.append({u"username"_s, consumer.username});
        if (!consumer.customId.isEmpty())
            attributes.append({u"custom_id"_s, consumer.customId});
        if (!consumer.tags.isEmpty())
            attributes.append({u"tags"_s, sortedStrings(consumer.tags)});
        block(u"konnect_gateway_consumer"_s, consumer.id,
              compare::consumerRef(&*plane.gateway, consumer.id), attributes);
    }
    return out;
}

QString TerraformWriter::pluginResourceType(const QString &pluginName) {
    QString type = pluginName;
    type.replace(u'-', u'_');
    return typedPlugins().contains(type) ? u"konnect_gateway_plugin_"_s + type : QString();
}

QString TerraformWriter::name(Root &root, const QString &type, const QString &key,
                              const QString &wanted) {
    const QString lookup = type + u'\n' + key;
    if (const auto it = root.names.constFind(lookup); it != root.names.cend())
        return *it;
    const QString base = hcl::identifier(wanted);
    QString candidate = base;
    for (int n = 2; root.taken.contains(type + u'\n' + candidate); ++n)
        candidate = base + u'_' + QString::number(n);
    root.taken.insert(type + u'\n' + candidate);
    root.names.insert(lookup, candidate);
    return candidate;
}

QString TerraformWriter::accountReference(Root &root, const QString &accountId) {
    if (!root.accountLocals.contains(accountId)) {
        QString provider = u"account"_s;
        for (const ProviderAccount &account : m_store.providerAccounts()) {
            if (account.id == accountId)
                provider = account.provider.raw;
        }
        root.accountLocals.insert(
            accountId, name(root, u"local"_s, accountId, u"provider_account_"_s + provider));
    }
    return u"local."_s + root.accountLocals.value(accountId);
}

QString TerraformWriter::networkBlock(Root &root, const QString &networkId) {
    const Network *network = m_store.network(networkId);
    if (!network)
        return {};
    const QString type = u"konnect_cloud_gateway_network"_s;
    const QString ident = name(root, type, networkId, network->name);
    if (!root.networkText.contains(networkId)) {
        root.networkOrder.append(networkId);
        root.resources += 1;
        root.networkText.insert(
            networkId,
            resourceBlock(type, ident,
                          {{u"name"_s, network->name},
                           {u"cloud_gateway_provider_account_id"_s,
                            expression(accountReference(root, network->providerAccountId))},
                           {u"region"_s, network->region},
                           {u"availability_zones"_s, QVariant(network->availabilityZones)},
                           {u"cidr_block"_s, network->cidrBlock}})
                + importBlock(type, ident, network->id));
    }
    return type + u'.' + ident + u".id"_s;
}

QVariant TerraformWriter::withSecretsAsVariables(Root &root, const QVariant &value,
                                                 const QString &prefix, const QString &key) {
    if (value.typeId() == QMetaType::QVariantMap) {
        QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            *it = withSecretsAsVariables(root, *it, prefix + u'_' + it.key(), it.key());
        return map;
    }
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
        QVariantList list = value.toList();
        for (qsizetype i = 0; i < list.size(); ++i)
            list[i] = withSecretsAsVariables(
                root, list.at(i), list.size() > 1 ? prefix + u'_' + QString::number(i) : prefix,
                key);
        return list;
    }
    if (value.typeId() == QMetaType::QString && isSecretField(key)
        && !plugins::isVaultReference(value.toString()) && !value.toString().isEmpty()) {
        const QString variable = name(root, u"variable"_s, prefix, prefix);
        root.variables.append(variable);
        return expression(u"var."_s + variable);
    }
    return value;
}

QString TerraformWriter::planeFile(Root &root, const PlaneExport &plane) {
    const ControlPlane &cp = plane.plane;
    QString out;
    const QString cpType = u"konnect_gateway_control_plane"_s;
    const QString cpName = name(root, cpType, cp.id, cp.name);
    const QString cpRef = cpType + u'.' + cpName + u".id"_s;
    Attributes cpAttributes{{u"name"_s, cp.name}};
    if (!cp.description.isEmpty())
        cpAttributes.append({u"description"_s, cp.description});
    cpAttributes.append({u"cluster_type"_s, cp.clusterType.raw});
    cpAttributes.append({u"cloud_gateway"_s, cp.cloudGateway});
    cpAttributes.append({u"auth_type"_s, cp.authType.raw});
    if (!cp.labels.isEmpty()) {
        QVariantMap labels;
        for (auto it = cp.labels.cbegin(); it != cp.labels.cend(); ++it)
            labels.insert(it.key(), it.value());
        cpAttributes.append({u"labels"_s, labels});
    }
    if (!cp.proxyUrls.isEmpty()) {
        QVariantList urls;
        for (const ProxyUrl &url : cp.proxyUrls)
            urls.append(QVariantMap{
                {u"host"_s, url.host}, {u"port"_s, url.port}, {u"protocol"_s, url.protocol}});
        cpAttributes.append({u"proxy_urls"_s, compare::sortedSet(urls)});
    }
    out += resourceBlock(cpType, cpName, cpAttributes) + importBlock(cpType, cpName, cp.id);
    root.resources += 1;

    QString configurationRef;
    if (plane.configuration) {
        const CloudGatewayConfiguration &config = *plane.configuration;
        const QString type = u"konnect_cloud_gateway_configuration"_s;
        const QString ident = name(root, type, config.id, cp.name);
        QList<DataPlaneGroup> groups = config.desired;
        std::sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) {
            return std::pair(a.provider.raw, a.region) < std::pair(b.provider.raw, b.region);
        });
        QVariantList groupValues;
        for (const DataPlaneGroup &group : groups) {
            QVariantMap autoscale;
            if (group.autoscale.autopilot)
                autoscale.insert(u"configuration_data_plane_group_autoscale_autopilot"_s,
                                 QVariantMap{{u"kind"_s, u"autopilot"_s},
                                             {u"base_rps"_s, group.autoscale.baseRps}});
            else
                autoscale.insert(
                    u"configuration_data_plane_group_autoscale_static"_s,
                    QVariantMap{{u"kind"_s, u"static"_s},
                                {u"instance_type"_s, group.autoscale.instanceType},
                                {u"requested_instances"_s, group.autoscale.requestedInstances}});
            QVariantMap value{{u"provider"_s, group.provider.raw},
                              {u"region"_s, group.region},
                              {u"autoscale"_s, autoscale}};
            const QString network = networkBlock(root, group.networkId);
            value.insert(u"cloud_gateway_network_id"_s,
                         network.isEmpty() ? QVariant(group.networkId) : expression(network));
            if (!group.environment.isEmpty()) {
                QVariantList environment;
                for (const EnvironmentVariable &variable : group.environment)
                    environment.append(
                        QVariantMap{{u"name"_s, variable.name}, {u"value"_s, variable.value}});
                value.insert(u"environment"_s, compare::sortedSet(environment));
            }
            groupValues.append(value);
        }
        Attributes attributes{{u"control_plane_id"_s, expression(cpRef)},
                              {u"control_plane_geo"_s, geoId(config.controlPlaneGeo)},
                              {u"kind"_s, config.kind},
                              {u"version"_s, config.version}};
        if (!config.apiAccess.isEmpty())
            attributes.append({u"api_access"_s, config.apiAccess});
        attributes.append({u"dataplane_groups"_s, groupValues});
        // Every PUT makes a new configuration id: the import takes the current one.
        out += u'\n' + resourceBlock(type, ident, attributes) + importBlock(type, ident, config.id);
        configurationRef = type + u'.' + ident;
        root.resources += 1;
    }

    QString cacheRef;
    if (plane.cache) {
        const ManagedCache &cache = *plane.cache;
        const QString type = u"konnect_cloud_gateway_addon"_s;
        const QString ident = name(root, type, cache.id, cache.name);
        const QString ownerKind =
            cache.ownerIsGroup ? u"control_plane_group"_s : u"control_plane"_s;
        Attributes attributes{
            {u"name"_s, cache.name},
            {u"owner"_s,
             QVariantMap{{ownerKind, QVariantMap{{ownerKind + u"_id"_s, expression(cpRef)},
                                                 {ownerKind + u"_geo"_s, geoId(cache.ownerGeo)}}}}},
            {u"config"_s,
             QVariantMap{
                 {u"managed_cache"_s,
                  QVariantMap{
                      {u"capacity_config"_s,
                       QVariantMap{{u"tiered"_s, QVariantMap{{u"tier"_s, cache.tier.raw}}}}}}}}}};
        if (!configurationRef.isEmpty())
            attributes.append({u"depends_on"_s, QVariantList{expression(configurationRef)}});
        out += u'\n' + resourceBlock(type, ident, attributes) + importBlock(type, ident, cache.id);
        cacheRef = type + u'.' + ident;
        root.resources += 1;
    }

    QHash<QString, QString> partialRefs;
    for (const ExportedPartial &exported : plane.partials) {
        const Partial &partial = exported.partial;
        const QString type = u"konnect_gateway_partial"_s;
        const QString ident = name(root, type, partial.id, cp.name + u'_' + partial.name);
        QVariantMap body{{u"name"_s, partial.name}};
        if (!partial.tags.isEmpty())
            body.insert(u"tags"_s, sortedStrings(partial.tags));
        QString kind = partial.type.raw;
        kind.replace(u'-', u'_');
        QStringList dropped;
        const QVariantMap config = ProviderModel::instance().fit(
            u"partial:"_s + kind, exported.fullConfig, exported.config, &dropped);
        body.insert(u"config"_s, withSecretsAsVariables(root, config, ident, {}));
        out +=
            u'\n' + droppedNote(dropped)
            + resourceBlock(type, ident, {{u"control_plane_id"_s, expression(cpRef)}, {kind, body}})
            + importBlock(type, ident, coreImportId(cp.id, partial.id));
        partialRefs.insert(partial.id, type + u'.' + ident + u".id"_s);
        root.resources += 1;
    }

    QHash<QString, QString> gatewayRefs; // service, route or consumer id -> reference
    out += gatewayBlocks(root, plane, cpRef, gatewayRefs);

    for (const ExportedPlugin &exported : plane.plugins) {
        const Plugin &plugin = exported.plugin;
        const QString type = pluginResourceType(plugin.name);
        QString wanted =
            cp.name + u'_' + (plugin.instanceName.isEmpty() ? plugin.name : plugin.instanceName);
        if (plugin.instanceName.isEmpty() && !exported.scope.isEmpty()) {
            // By what it applies to; what has no name is called by its kind.
            QStringList parts;
            for (const QString &part : exported.scope)
                parts.append(part == plugin.serviceId         ? u"service"_s
                             : part == plugin.routeId         ? u"route"_s
                             : part == plugin.consumerId      ? u"consumer"_s
                             : part == plugin.consumerGroupId ? u"consumer_group"_s
                                                              : part);
            wanted += u'_' + parts.join(u'_');
        }
        if (type.isEmpty()) {
            out += u"\n# %1 (%2): kong/konnect has no resource for this plugin; it is in the "
                   u"decK file.\n"_s.arg(plugin.name, plugin.id);
            continue;
        }
        const QString ident = name(root, type, plugin.id, wanted);
        Attributes attributes{{u"control_plane_id"_s, expression(cpRef)}};
        if (!plugin.instanceName.isEmpty())
            attributes.append({u"instance_name"_s, plugin.instanceName});
        attributes.append({u"enabled"_s, plugin.enabled});
        if (!plugin.protocols.isEmpty())
            attributes.append({u"protocols"_s, sortedStrings(plugin.protocols)});
        if (!plugin.tags.isEmpty())
            attributes.append({u"tags"_s, sortedStrings(plugin.tags)});
        // References to the exported service, route and consumer; consumer groups are not
        // exported, and neither is what was not read: their ids are the live ones, said so.
        QStringList literal;
        for (const auto &[scope, id] :
             {std::pair{u"service"_s, plugin.serviceId}, std::pair{u"route"_s, plugin.routeId},
              std::pair{u"consumer"_s, plugin.consumerId},
              std::pair{u"consumer_group"_s, plugin.consumerGroupId}}) {
            if (id.isEmpty())
                continue;
            if (gatewayRefs.contains(id))
                attributes.append(
                    {scope, QVariantMap{{u"id"_s, expression(gatewayRefs.value(id))}}});
            else {
                attributes.append({scope, QVariantMap{{u"id"_s, id}}});
                literal.append(scope);
            }
        }
        if (!literal.isEmpty())
            out += u"\n# %1 (%2): its %3 is not in this export; the live id is used.\n"_s.arg(
                plugin.name, plugin.id, literal.join(u", "_s));
        QStringList dropped;
        const QVariantMap config = ProviderModel::instance().fit(
            u"plugin:"_s + type.mid(23), exported.fullConfig, exported.config, &dropped);
        if (!config.isEmpty())
            attributes.append({u"config"_s, withSecretsAsVariables(root, config, ident, {})});
        QVariantList links;
        for (const PartialLink &link : exported.links) {
            QVariant id;
            if (link.managed && !cacheRef.isEmpty())
                id = expression(
                    cacheRef
                    + u".config.managed_cache_add_on_config_response.state_metadata.cache_config_id"_s);
            else if (partialRefs.contains(link.partialId))
                id = expression(partialRefs.value(link.partialId));
            else
                id = link.partialId;
            links.append(
                QVariantMap{{u"id"_s, id}, {u"name"_s, link.name}, {u"path"_s, link.path}});
        }
        if (!links.isEmpty())
            attributes.append({u"partials"_s, links});
        out += u'\n' + droppedNote(dropped) + resourceBlock(type, ident, attributes)
               + importBlock(type, ident, coreImportId(cp.id, plugin.id));
        root.resources += 1;
    }
    return out;
}

QList<TextFile> TerraformWriter::write(const QStringList &controlPlaneIds) {
    QMap<int, QStringList> byGeo;
    for (const QString &id : controlPlaneIds) {
        if (const ControlPlane *plane = m_store.controlPlane(id))
            byGeo[int(plane->geo)].append(id);
    }
    QList<TextFile> files;
    for (auto it = byGeo.cbegin(); it != byGeo.cend(); ++it) {
        Root root;
        root.geo = Geo(it.key());
        const QString folder = u"terraform/"_s + geoId(root.geo) + u'/';
        QStringList planes = it.value();
        std::sort(planes.begin(), planes.end(), [this](const QString &a, const QString &b) {
            return m_store.controlPlane(a)->name < m_store.controlPlane(b)->name;
        });
        QList<TextFile> planeFiles;
        for (const QString &id : planes) {
            const PlaneExport plane = gatherPlane(m_store, id, m_entities);
            const int before = root.resources;
            const QString text = planeFile(root, plane);
            planeFiles.append({folder + hcl::identifier(plane.plane.name) + u".tf"_s, text.toUtf8(),
                               root.resources - before});
        }
        QString main = u"terraform {\n  required_providers {\n    konnect = {\n"
                       u"      source  = \"kong/konnect\"\n      version = \">= 3.18.1\"\n"
                       u"    }\n  }\n}\n\n"_s;
        main += u"# Token from KONNECT_TOKEN or KONNECT_SPAT. Cloud-gateway resources go to the "
                u"global host whatever server_url says.\nprovider \"konnect\" {\n"_s
                + hcl::attributes({{u"server_url"_s,
                                    QString(m_hostTemplate).replace(u"{geo}"_s, geoId(root.geo))}},
                                  2)
                + u"}\n"_s;
        if (!root.accountLocals.isEmpty()) {
            main +=
                u"\n# Provider accounts are read-only in Konnect: looked up, not managed.\n"
                u"data \"konnect_cloud_gateway_provider_account_list\" \"all\" {}\n\nlocals {\n"_s;
            Attributes locals;
            for (auto account = root.accountLocals.cbegin(); account != root.accountLocals.cend();
                 ++account) {
                QString provider;
                QString external;
                for (const ProviderAccount &known : m_store.providerAccounts()) {
                    if (known.id == account.key()) {
                        provider = known.provider.raw;
                        external = known.providerAccountId;
                    }
                }
                locals.append(
                    {account.value(),
                     expression(
                         u"one([for a in data.konnect_cloud_gateway_provider_account_list.all.data : a.id if a.provider == %1 && a.provider_account_id == %2])"_s
                             .arg(hcl::string(provider), hcl::string(external)))});
            }
            main += hcl::attributes(locals, 2) + u"}\n"_s;
        }
        files.append({folder + u"main.tf"_s, main.toUtf8(), 0});
        if (!root.networkOrder.isEmpty()) {
            QStringList blocks;
            for (const QString &id : std::as_const(root.networkOrder))
                blocks.append(root.networkText.value(id));
            files.append({folder + u"networks.tf"_s, blocks.join(u'\n').toUtf8(),
                          int(root.networkOrder.size())});
        }
        files.append(planeFiles);
        if (!root.variables.isEmpty()) {
            QString variables =
                u"# Secrets are never exported: set these (TF_VAR_…) or move them to a vault.\n"_s;
            for (const QString &variable : std::as_const(root.variables))
                variables +=
                    u"\nvariable \"%1\" {\n  type      = string\n  sensitive = true\n}\n"_s.arg(
                        variable);
            files.append({folder + u"variables.tf"_s, variables.toUtf8(), 0});
        }
    }
    return files;
}

} // namespace kd::iac
