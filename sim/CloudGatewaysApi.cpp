#include "sim/Api.h"
#include "sim/CloudGatewaysCommon.h"
#include "sim/Paging.h"
#include "sim/SimLimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kd::sim {

namespace {
using namespace cgw;

QJsonObject regionInfo(const QString &provider, const QString &region) {
    const QJsonArray providers = Organisation::availability().value(u"providers"_s).toArray();
    for (const QJsonValue &entry : providers) {
        if (entry.toObject().value(u"provider"_s).toString() != provider)
            continue;
        for (const QJsonValue &r : entry.toObject().value(u"regions"_s).toArray()) {
            if (r.toObject().value(u"region"_s).toString() == region)
                return r.toObject();
        }
    }
    return {};
}

void registerNetworks(Router &router, Organisation &org) {
    router.add("GET", HostKind::Global, u"/v2/cloud-gateways/networks"_s,
               [&org](SimRequest &request) {
                   const FilterSet filters(request, {u"name"_s, u"state"_s});
                   QList<QByteArray> matching;
                   for (const QString &id : org.networks.ids()) {
                       const QJsonObject &network = *std::as_const(org.networks).find(id);
                       if (filters.matches(u"name"_s, network.value(u"name"_s).toString())
                           && filters.matches(u"state"_s, network.value(u"state"_s).toString()))
                           matching.append(org.networks.json(id));
                   }
                   return pageNumberList(request, matching);
               });

    router.add(
        "POST", HostKind::Global, u"/v2/cloud-gateways/networks"_s, [&org](SimRequest &request) {
            const QJsonObject &body = request.json;
            if (auto error = checkUnknownProperties(
                    body, {u"name"_s, u"cloud_gateway_provider_account_id"_s, u"region"_s,
                           u"availability_zones"_s, u"cidr_block"_s, u"state"_s}))
                return *error;
            for (const auto &field : {u"name"_s, u"cloud_gateway_provider_account_id"_s,
                                      u"region"_s, u"availability_zones"_s, u"cidr_block"_s}) {
                if (!body.contains(field))
                    return required(field);
            }
            const QString name = body.value(u"name"_s).toString();
            if (name.isEmpty() || name.size() > 120)
                return SimResponse::invalid(
                    u"name"_s, u"name must be shorter than or equal to 120 characters"_s,
                    u"max_length"_s, QJsonObject{{u"maximum"_s, 120}});
            const QJsonObject *account = org.providerAccounts.find(
                body.value(u"cloud_gateway_provider_account_id"_s).toString());
            if (!account)
                return SimResponse::invalid(u"cloud_gateway_provider_account_id"_s,
                                            u"provider account does not exist"_s,
                                            u"missing_reference"_s);
            const QString provider = account->value(u"provider"_s).toString();
            const QJsonObject region = regionInfo(provider, body.value(u"region"_s).toString());
            if (region.isEmpty())
                return SimResponse::invalid(
                    u"region"_s, u"region is not supported for provider %1"_s.arg(provider),
                    u"is_supported_provider_region"_s);
            const QJsonArray zones = body.value(u"availability_zones"_s).toArray();
            const QJsonArray known = region.value(u"availability_zones"_s).toArray();
            if (zones.isEmpty()
                || std::any_of(zones.begin(), zones.end(),
                               [&](const QJsonValue &zone) { return !known.contains(zone); }))
                return SimResponse::invalid(
                    u"availability_zones"_s,
                    u"availability zones must be among %1"_s.arg(
                        QString::fromUtf8(QJsonDocument(known).toJson(QJsonDocument::Compact))),
                    u"is_supported_network_availability_zone_list"_s);
            static const QRegularExpression cidr(
                u"^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})$"_s);
            const auto match = cidr.match(body.value(u"cidr_block"_s).toString());
            if (!match.hasMatch() || match.captured(5).toInt() > 28
                || match.captured(5).toInt() < 8)
                return SimResponse::invalid(u"cidr_block"_s,
                                            u"cidr_block must be an IPv4 CIDR from /8 to /28"_s,
                                            u"is_supported_network_cidr_block"_s);
            const QString state = body.value(u"state"_s).toString(u"initializing"_s);
            if (state != u"initializing"_s && state != u"offline"_s)
                return enumError(u"state"_s, {u"initializing"_s, u"offline"_s});
            const QString now = org.timestamp();
            const QJsonObject network{
                {u"id"_s, org.newId()},
                {u"name"_s, name},
                {u"default"_s, false},
                {u"cloud_gateway_provider_account_id"_s, account->value(u"id"_s)},
                {u"region"_s, body.value(u"region"_s)},
                {u"availability_zones"_s, zones},
                {u"cidr_block"_s, body.value(u"cidr_block"_s)},
                {u"state"_s, state},
                {u"provider_metadata"_s, QJsonObject{}},
                {u"transit_gateway_count"_s, 0},
                {u"configuration_reference_count"_s, 0},
                {u"entity_version"_s, 1},
                {u"created_at"_s, now},
                {u"updated_at"_s, now}};
            org.networks.insert(network);
            org.scheduleNetwork(network.value(u"id"_s).toString(), state == u"initializing"_s);
            return SimResponse::json(201, network);
        });

    router.add("GET", HostKind::Global, u"/v2/cloud-gateways/networks/{}"_s,
               [&org](SimRequest &request) {
                   if (const QJsonObject *network = org.networks.find(request.args[0]))
                       return SimResponse::json(200, *network);
                   return SimResponse::notFound(u"Network not found."_s);
               });

    router.add(
        "PATCH", HostKind::Global, u"/v2/cloud-gateways/networks/{}"_s,
        [&org](SimRequest &request) {
            QJsonObject *network = org.networks.find(request.args[0]);
            if (!network)
                return SimResponse::notFound(u"Network not found."_s);
            if (auto error = checkUnknownProperties(request.json, {u"name"_s}))
                return *error;
            const QString name = request.json.value(u"name"_s).toString();
            if (name.isEmpty() || name.size() > 120)
                return SimResponse::invalid(u"name"_s, u"name must be 1 to 120 characters"_s,
                                            u"max_length"_s, QJsonObject{{u"maximum"_s, 120}});
            network->insert(u"name"_s, name);
            network->insert(u"entity_version"_s, network->value(u"entity_version"_s).toInt() + 1);
            network->insert(u"updated_at"_s, org.timestamp());
            return SimResponse::json(200, *network);
        });

    const auto referencesTo = [&org](const QString &networkId) {
        QList<QJsonObject> references;
        for (const QJsonObject &configuration : org.configurations.values()) {
            const QJsonArray groups = configuration.value(u"dataplane_groups"_s).toArray();
            if (std::any_of(groups.begin(), groups.end(), [&](const QJsonValue &group) {
                    return group.toObject().value(u"cloud_gateway_network_id"_s).toString()
                           == networkId;
                }))
                references.append(configuration); // [SPEC] the whole ConfigurationManifest
        }
        return references;
    };

    router.add("DELETE", HostKind::Global, u"/v2/cloud-gateways/networks/{}"_s,
               [&org, referencesTo](SimRequest &request) {
                   if (!org.networks.contains(request.args[0]))
                       return SimResponse::notFound(u"Network not found."_s);
                   if (!referencesTo(request.args[0]).isEmpty())
                       return SimResponse::invalid(
                           u"id"_s, u"network is referenced by a configuration"_s, u"invalid"_s,
                           QJsonObject{{u"source"_s, u"path"_s}});
                   org.networks.remove(request.args[0]);
                   return SimResponse::noContent();
               });

    router.add("GET", HostKind::Global,
               u"/v2/cloud-gateways/networks/{}/configuration-references"_s,
               [&org, referencesTo](SimRequest &request) {
                   if (!org.networks.contains(request.args[0]))
                       return SimResponse::notFound(u"Network not found."_s);
                   return pageNumberList(request, referencesTo(request.args[0]));
               });
}

std::optional<SimResponse> checkDataPlaneGroup(Organisation &org, const QJsonObject &group,
                                               const QString &field, bool dedicated) {
    if (auto error =
            checkUnknownProperties(group,
                                   {u"provider"_s, u"region"_s, u"cloud_gateway_network_id"_s,
                                    u"autoscale"_s, u"environment"_s},
                                   field + u'.'))
        return error;
    const QString provider = group.value(u"provider"_s).toString();
    if (!QStringList{u"aws"_s, u"azure"_s, u"gcp"_s}.contains(provider))
        return enumError(field + u".provider"_s, {u"aws"_s, u"azure"_s, u"gcp"_s});
    if (!dedicated)
        return std::nullopt;
    const QString region = group.value(u"region"_s).toString();
    if (regionInfo(provider, region).isEmpty())
        return SimResponse::invalid(field + u".region"_s,
                                    u"region %1 is not supported for %2"_s.arg(region, provider),
                                    u"is_supported_provider_region"_s);
    const QJsonObject *network =
        org.networks.find(group.value(u"cloud_gateway_network_id"_s).toString());
    if (!network)
        return SimResponse::invalid(field + u".cloud_gateway_network_id"_s,
                                    u"network does not exist"_s, u"missing_reference"_s);
    if (network->value(u"region"_s).toString() != region)
        return SimResponse::invalid(field + u".cloud_gateway_network_id"_s,
                                    u"network is in another region"_s, u"invalid"_s);
    const QJsonObject autoscale = group.value(u"autoscale"_s).toObject();
    const QString kind = autoscale.value(u"kind"_s).toString();
    if (kind == u"autopilot"_s) {
        if (autoscale.value(u"base_rps"_s).toInt() < 1)
            return SimResponse::invalid(field + u".autoscale.base_rps"_s,
                                        u"base_rps must be at least 1"_s, u"min"_s,
                                        QJsonObject{{u"minimum"_s, 1}});
    } else if (kind == u"static"_s) {
        if (!QStringList{u"small"_s, u"medium"_s, u"large"_s}.contains(
                autoscale.value(u"instance_type"_s).toString()))
            return enumError(field + u".autoscale.instance_type"_s,
                             {u"small"_s, u"medium"_s, u"large"_s});
        if (autoscale.value(u"requested_instances"_s).toInt() < 1)
            return SimResponse::invalid(field + u".autoscale.requested_instances"_s,
                                        u"requested_instances must be at least 1"_s, u"min"_s,
                                        QJsonObject{{u"minimum"_s, 1}});
    } else {
        return enumError(field + u".autoscale.kind"_s, {u"autopilot"_s, u"static"_s});
    }
    static const QRegularExpression envName(u"^(KONG|OTEL)_[A-Z0-9_]+$"_s);
    const QJsonArray environment = group.value(u"environment"_s).toArray();
    for (qsizetype i = 0; i < environment.size(); ++i) {
        const QJsonObject variable = environment.at(i).toObject();
        const QString name = variable.value(u"name"_s).toString();
        const QString value = variable.value(u"value"_s).toString();
        if (name.size() < 6 || name.size() > 120 || !envName.match(name).hasMatch())
            return SimResponse::invalid(field + u".environment[%1].name"_s.arg(i),
                                        u"name must match ^(KONG|OTEL)_ and be 6 to 120 long"_s,
                                        u"matches_regex"_s);
        if (value.isEmpty() || value.size() > 2048)
            return SimResponse::invalid(field + u".environment[%1].value"_s.arg(i),
                                        u"value must be 1 to 2048 characters"_s, u"max_length"_s,
                                        QJsonObject{{u"maximum"_s, 2048}});
    }
    return std::nullopt;
}

void registerConfigurations(Router &router, Organisation &org) {
    router.add(
        "GET", HostKind::Global, u"/v2/cloud-gateways/configurations"_s,
        [&org](SimRequest &request) {
            if (auto error = checkGeoFilter(request, u"control_plane_geo"_s))
                return *error;
            if (auto error = checkUuidFilter(request, u"control_plane_id"_s))
                return *error;
            const FilterSet filters(request, {u"control_plane_id"_s, u"control_plane_geo"_s});
            QList<QJsonObject> matching;
            for (const QJsonObject &configuration : org.configurations.values()) {
                if (filters.matches(u"control_plane_id"_s,
                                    configuration.value(u"control_plane_id"_s).toString())
                    && filters.matches(u"control_plane_geo"_s,
                                       configuration.value(u"control_plane_geo"_s).toString()))
                    matching.append(configuration);
            }
            return pageNumberList(request, matching);
        });

    router.add("GET", HostKind::Global, u"/v2/cloud-gateways/configurations/{}"_s,
               [&org](SimRequest &request) {
                   if (const QJsonObject *configuration = org.configurations.find(request.args[0]))
                       return SimResponse::json(200, *configuration);
                   return SimResponse::notFound(u"Configuration not found."_s);
               });

    router.add(
        "PUT", HostKind::Global, u"/v2/cloud-gateways/configurations"_s,
        [&org](SimRequest &request) {
            const QJsonObject &body = request.json;
            if (auto error = checkUnknownProperties(
                    body, {u"control_plane_id"_s, u"control_plane_geo"_s, u"version"_s, u"kind"_s,
                           u"api_access"_s, u"dataplane_groups"_s}))
                return *error;
            for (const auto &field :
                 {u"control_plane_id"_s, u"control_plane_geo"_s, u"dataplane_groups"_s}) {
                if (!body.contains(field))
                    return required(field);
            }
            const QString geo = body.value(u"control_plane_geo"_s).toString();
            if (!geos.contains(geo))
                return enumError(u"control_plane_geo"_s, geos);
            const QString cpId = body.value(u"control_plane_id"_s).toString();
            const QJsonObject *cp = org.controlPlane(geo, cpId);
            if (!cp)
                return SimResponse::notFound(u"The requested control plane was not found."_s);
            if (!cp->value(u"config"_s).toObject().value(u"cloud_gateway"_s).toBool())
                return SimResponse::invalid(u"control_plane_id"_s,
                                            u"control plane is not a cloud gateway control plane"_s,
                                            u"invalid"_s);
            const QString kind = body.value(u"kind"_s).toString(u"dedicated.v0"_s);
            if (kind != u"dedicated.v0"_s && kind != u"serverless.v1"_s)
                return enumError(u"kind"_s, {u"dedicated.v0"_s, u"serverless.v1"_s});
            const bool dedicated = kind == u"dedicated.v0"_s;
            const QJsonArray versions = Organisation::availability().value(u"versions"_s).toArray();
            if (dedicated && !versions.contains(body.value(u"version"_s)))
                return SimResponse::invalid(
                    u"version"_s, u"version must be one of availability.json's"_s, u"enum"_s);
            const QString access = body.value(u"api_access"_s).toString(u"private+public"_s);
            if (!QStringList{u"private"_s, u"public"_s, u"private+public"_s}.contains(access))
                return enumError(u"api_access"_s, {u"private"_s, u"public"_s, u"private+public"_s});
            const QJsonArray desired = body.value(u"dataplane_groups"_s).toArray();
            for (qsizetype i = 0; i < desired.size(); ++i) {
                if (auto error = checkDataPlaneGroup(org, desired.at(i).toObject(),
                                                     u"dataplane_groups[%1]"_s.arg(i), dedicated))
                    return *error;
                for (qsizetype j = 0; j < i; ++j) {
                    if (desired.at(j) == desired.at(i))
                        return SimResponse::invalid(u"dataplane_groups"_s,
                                                    u"data-plane groups must be unique"_s,
                                                    u"invalid"_s);
                }
            }

            QJsonObject *existing = org.configurationFor(cpId);
            const QString now = org.timestamp();
            QJsonObject configuration = existing ? *existing
                                                 : QJsonObject{{u"id"_s, org.newId()},
                                                               {u"entity_version"_s, 0},
                                                               {u"created_at"_s, now}};
            // Every PUT creates a new configuration id [SPEC; terraform PR #351].
            const QString previousId = configuration.value(u"id"_s).toString();
            if (existing && configuration.value(u"dataplane_group_config"_s) == desired
                && configuration.value(u"version"_s) == body.value(u"version"_s)
                && configuration.value(u"api_access"_s).toString() == access
                && configuration.value(u"kind"_s).toString() == kind)
                return SimResponse::problem(409, u"Conflict"_s,
                                            u"Proposed cloud gateway configuration and current "
                                            u"cloud gateway configuration are identical."_s);

            // Reconcile actual groups with the desired ones, by provider and region.
            QJsonArray actual = configuration.value(u"dataplane_groups"_s).toArray();
            QJsonArray next;
            for (const QJsonValue &value : desired) {
                const QJsonObject wanted = value.toObject();
                QJsonObject group;
                for (const QJsonValue &current : actual) {
                    const QJsonObject candidate = current.toObject();
                    if (candidate.value(u"provider"_s) == wanted.value(u"provider"_s)
                        && candidate.value(u"region"_s) == wanted.value(u"region"_s)
                        && candidate.value(u"state"_s).toString() != u"terminating"_s)
                        group = candidate;
                }
                if (group.isEmpty()) {
                    group = QJsonObject{{u"id"_s, org.newId()},
                                        {u"state"_s, u"created"_s},
                                        {u"private_ip_addresses"_s, QJsonArray{}},
                                        {u"egress_ip_addresses"_s, QJsonArray{}},
                                        {u"created_at"_s, now}};
                    org.scheduleDataPlaneGroup(group.value(u"id"_s).toString());
                }
                for (auto it = wanted.begin(); it != wanted.end(); ++it)
                    group.insert(it.key(), it.value());
                if (!group.contains(u"environment"_s))
                    group.insert(u"environment"_s, QJsonArray{});
                group.insert(u"updated_at"_s, now);
                next.append(group);
            }
            for (const QJsonValue &current : actual) {
                QJsonObject group = current.toObject();
                const bool kept = std::any_of(next.begin(), next.end(), [&](const QJsonValue &n) {
                    return n.toObject().value(u"id"_s) == group.value(u"id"_s);
                });
                if (kept)
                    continue;
                if (group.value(u"state"_s).toString() != u"terminating"_s) {
                    group.insert(u"state"_s, u"terminating"_s);
                    group.insert(u"updated_at"_s, now);
                    org.scheduleDataPlaneGroupTermination(group.value(u"id"_s).toString());
                }
                next.append(group);
            }
            configuration.insert(u"control_plane_id"_s, cpId);
            configuration.insert(u"control_plane_geo"_s, geo);
            if (body.contains(u"version"_s))
                configuration.insert(u"version"_s, body.value(u"version"_s));
            configuration.insert(u"kind"_s, kind);
            configuration.insert(u"api_access"_s, access);
            configuration.insert(u"dataplane_group_config"_s, desired);
            configuration.insert(u"dataplane_groups"_s, next);
            configuration.insert(u"entity_version"_s,
                                 configuration.value(u"entity_version"_s).toInt() + 1);
            configuration.insert(u"updated_at"_s, now);
            if (existing) {
                org.configurations.remove(previousId);
                configuration.insert(u"id"_s, org.newId());
                configuration.insert(u"created_at"_s, now);
            }
            org.configurations.insert(configuration);
            org.refreshNetworkReferences();
            return SimResponse::json(200, configuration);
        });
}

} // namespace

void registerCloudGatewaysApi(Router &router, Organisation &org) {
    router.add(
        "GET", HostKind::Global, u"/v2/cloud-gateways/availability.json"_s,
        [](SimRequest &) { return SimResponse::json(200, Organisation::availability()); },
        ErrorStyle::Problem, false);

    router.add("GET", HostKind::Global, u"/v2/cloud-gateways/provider-accounts"_s,
               [&org](SimRequest &request) {
                   const FilterSet filters(request, {u"provider"_s});
                   QList<QJsonObject> matching;
                   for (const QJsonObject &account : org.providerAccounts.values()) {
                       if (filters.matches(u"provider"_s, account.value(u"provider"_s).toString()))
                           matching.append(account);
                   }
                   return pageNumberList(request, matching);
               });
    router.add("GET", HostKind::Global, u"/v2/cloud-gateways/provider-accounts/{}"_s,
               [&org](SimRequest &request) {
                   if (const QJsonObject *account = org.providerAccounts.find(request.args[0]))
                       return SimResponse::json(200, *account);
                   return SimResponse::notFound(u"Provider account not found."_s);
               });

    registerNetworks(router, org);
    registerConfigurations(router, org);
    registerAddOns(router, org);
}

} // namespace kd::sim
