#include "sim/SimLimits.h"

#include <QSet>
#include <QTest>

#include "SimFixture.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace kd::sim::test {

class TestSimApi final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void identity() {
        SimFixture sim;
        const Reply me = sim.get(u"global"_s, u"/v3/users/me"_s);
        QCOMPARE(me.status, 200);
        for (const auto &key :
             {u"id"_s, u"email"_s, u"full_name"_s, u"preferred_name"_s, u"active"_s,
              u"inferred_region"_s, u"created_at"_s, u"updated_at"_s})
            QVERIFY2(me.json.contains(key), qPrintable(key));
        const Reply org = sim.get(u"global"_s, u"/v3/organizations/me"_s);
        QCOMPARE(org.json.value(u"name"_s).toString(), u"Acme Billing"_s);
        QCOMPARE(org.json.value(u"state"_s).toString(), u"active"_s);
    }

    void authErrorsInBothDialects() {
        SimFixture sim;
        const Reply native = sim.call("GET", u"us"_s, u"/v2/control-planes"_s, {}, u"kpat_x"_s);
        QCOMPARE(native.status, 401);
        QCOMPARE(native.raw.contentType, QByteArray("application/problem+json"));
        QCOMPARE(native.json.value(u"title"_s).toString(), u"Unauthenticated"_s);
        QVERIFY(native.json.value(u"instance"_s).toString().startsWith(u"konnect:trace:"_s));

        const QString prod = sim.controlPlaneId(u"us"_s, u"prod-billing-svcs"_s);
        const Reply kong =
            sim.call("GET", u"us"_s, u"/v2/control-planes/"_s + prod + u"/core-entities/plugins"_s,
                     {}, QString());
        QCOMPARE(kong.status, 401);
        QCOMPARE(kong.json, (QJsonObject{{u"message"_s, u"Unauthorized"_s}, {u"status"_s, 401}}));

        // availability.json needs no token.
        QCOMPARE(
            sim.call("GET", u"global"_s, u"/v2/cloud-gateways/availability.json"_s, {}, QString())
                .status,
            200);
        // Read-only tokens read but cannot write.
        QCOMPARE(sim.call("GET", u"us"_s, u"/v2/control-planes"_s, {}, readOnlyToken).status, 200);
        const Reply denied = sim.call("POST", u"us"_s, u"/v2/control-planes"_s,
                                      QJsonObject{{u"name"_s, u"nope"_s}}, readOnlyToken);
        QCOMPARE(denied.status, 403);
    }

    void unknownHostsAndPaths() {
        SimFixture sim;
        QCOMPARE(sim.get(u"mars"_s, u"/v2/control-planes"_s).status, 404);
        QCOMPARE(sim.get(u"us"_s, u"/v2/nothing"_s).status, 404);
        // Control planes live only on regional hosts, cloud gateways only on global.
        QCOMPARE(sim.get(u"global"_s, u"/v2/control-planes"_s).status, 404);
        QCOMPARE(sim.get(u"us"_s, u"/v2/cloud-gateways/networks"_s).status, 404);
        QCOMPARE(sim.call("PUT", u"us"_s, u"/v2/control-planes"_s).status, 405);
    }

    void controlPlaneCrudAndValidation() {
        SimFixture sim(u"empty"_s);
        const QJsonObject body{{u"name"_s, u"edge-eu"_s},
                               {u"cloud_gateway"_s, true},
                               {u"labels"_s, QJsonObject{{u"env"_s, u"prod"_s}}}};
        const Reply created = sim.call("POST", u"eu"_s, u"/v2/control-planes"_s, body);
        QCOMPARE(created.status, 201);
        const QString id = created.json.value(u"id"_s).toString();
        const QJsonObject config = created.json.value(u"config"_s).toObject();
        QCOMPARE(config.keys().size(), 6);
        QCOMPARE(config.value(u"cluster_type"_s).toString(), u"CLUSTER_TYPE_CONTROL_PLANE"_s);

        QCOMPARE(sim.call("POST", u"eu"_s, u"/v2/control-planes"_s, body).status, 409);
        // The same name is fine in another geo: a control plane exists only in its geo.
        QCOMPARE(sim.call("POST", u"us"_s, u"/v2/control-planes"_s, body).status, 201);
        QCOMPARE(sim.get(u"us"_s, u"/v2/control-planes/"_s + id).status, 404);

        const Reply unknown = sim.call("POST", u"eu"_s, u"/v2/control-planes"_s,
                                       QJsonObject{{u"name"_s, u"x1"_s}, {u"id"_s, u"1"_s}});
        QCOMPARE(unknown.status, 400);
        const QJsonObject parameter =
            unknown.json.value(u"invalid_parameters"_s).toArray().at(0).toObject();
        QCOMPARE(parameter.value(u"field"_s).toString(), u"id"_s);
        QCOMPARE(parameter.value(u"rule"_s).toString(), u"unknown_property"_s);

        const auto rule = [&](const QJsonObject &invalid) {
            const Reply reply = sim.call("POST", u"eu"_s, u"/v2/control-planes"_s, invalid);
            return reply.status == 400 ? reply.json.value(u"invalid_parameters"_s)
                                             .toArray()
                                             .at(0)
                                             .toObject()
                                             .value(u"rule"_s)
                                             .toString()
                                       : QString::number(reply.status);
        };
        QCOMPARE(rule({{u"name"_s, u"a"_s}}), u"min_length"_s);
        QCOMPARE(rule({{u"name"_s, QString(257, u'x')}}), u"max_length"_s);
        QCOMPARE(rule({{u"name"_s, u"ok-name"_s}, {u"cluster_type"_s, u"BOGUS"_s}}), u"enum"_s);
        QCOMPARE(
            rule({{u"name"_s, u"ok-name"_s}, {u"labels"_s, QJsonObject{{u"kong-x"_s, u"a"_s}}}}),
            u"is_label"_s);
        QCOMPARE(
            rule({{u"name"_s, u"ok-name"_s}, {u"labels"_s, QJsonObject{{u"env"_s, u"-bad"_s}}}}),
            u"is_label"_s);
        QCOMPARE(rule({{u"name"_s, u"ok-name"_s},
                       {u"proxy_urls"_s,
                        QJsonArray{QJsonObject{
                            {u"host"_s, u"h"_s}, {u"port"_s, 0}, {u"protocol"_s, u"https"_s}}}}}),
                 u"min"_s);

        const Reply patched =
            sim.call("PATCH", u"eu"_s, u"/v2/control-planes/"_s + id,
                     QJsonObject{{u"description"_s, u"EU edge"_s},
                                 {u"labels"_s, QJsonObject{{u"env"_s, u"staging"_s}}}});
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json.value(u"labels"_s).toObject().value(u"env"_s).toString(),
                 u"staging"_s);
        QCOMPARE(sim.call("PATCH", u"eu"_s, u"/v2/control-planes/"_s + id,
                          QJsonObject{{u"cloud_gateway"_s, false}})
                     .status,
                 400);
        QCOMPARE(sim.call("DELETE", u"eu"_s, u"/v2/control-planes/"_s + id).status, 204);
        QCOMPARE(sim.call("DELETE", u"eu"_s, u"/v2/control-planes/"_s + id).status, 404);
    }

    void pageNumberPagingAcrossManyPages() {
        SimFixture sim(u"fleet:120"_s);
        QSet<QString> seen;
        int total = -1;
        for (int page = 1; page < 100; ++page) {
            const Reply reply =
                sim.get(u"us"_s, u"/v2/control-planes?page%5Bsize%5D=7&page%5Bnumber%5D="_s
                                     + QString::number(page));
            QCOMPARE(reply.status, 200);
            const QJsonObject meta =
                reply.json.value(u"meta"_s).toObject().value(u"page"_s).toObject();
            QCOMPARE(meta.value(u"number"_s).toInt(), page);
            QCOMPARE(meta.value(u"size"_s).toInt(), 7);
            total = meta.value(u"total"_s).toInt();
            const QJsonArray data = reply.json.value(u"data"_s).toArray();
            for (const QJsonValue &cp : data)
                seen.insert(cp.toObject().value(u"id"_s).toString());
            if (data.size() < 7)
                break;
        }
        QCOMPARE(total, 20); // 120 control planes over six geos
        QCOMPARE(seen.size(), 20);
        QCOMPARE(sim.get(u"us"_s, u"/v2/control-planes?page%5Bsize%5D=101"_s).status, 400);
        QCOMPARE(sim.get(u"us"_s, u"/v2/control-planes?page%5Bnumber%5D=0"_s).status, 400);
    }

    void controlPlaneFilters() {
        SimFixture sim;
        const auto count = [&](const QString &query) {
            return sim.get(u"us"_s, u"/v2/control-planes?"_s + query)
                .json.value(u"data"_s)
                .toArray()
                .size();
        };
        QCOMPARE(count(u"filter%5Bname%5D%5Bcontains%5D=billing"_s), 2);
        QCOMPARE(count(u"filter%5Bname%5D%5Beq%5D=prod-billing-svcs"_s), 1);
        QCOMPARE(count(u"filter%5Bcloud_gateway%5D=true"_s), 1);
        QCOMPARE(count(u"filter%5Bcluster_type%5D%5Beq%5D=CLUSTER_TYPE_CONTROL_PLANE"_s), 2);
        QCOMPARE(count(u"labels=env:prod"_s), 1);
        QCOMPARE(count(u"labels=team"_s), 2);
        const Reply sorted = sim.get(u"us"_s, u"/v2/control-planes?sort=created_at%20desc"_s);
        QCOMPARE(sorted.json.value(u"data"_s).toArray().at(0).toObject().value(u"name"_s),
                 u"dev-billing-svcs"_s);
        QCOMPARE(sim.get(u"us"_s, u"/v2/control-planes?sort=name"_s).status, 400);
    }

    void offsetPagingForCoreEntities() {
        SimFixture sim(u"fleet:6"_s);
        const QString cp = sim.get(u"us"_s, u"/v2/control-planes"_s)
                               .json.value(u"data"_s)
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(u"id"_s)
                               .toString();
        const QString base = u"/v2/control-planes/"_s + cp + u"/core-entities/plugins"_s;
        QSet<QString> ids;
        QString offset;
        int pages = 0;
        do {
            const Reply reply =
                sim.get(u"us"_s, base + u"?size=4"_s
                                     + (offset.isEmpty() ? QString() : u"&offset="_s + offset));
            QCOMPARE(reply.status, 200);
            for (const QJsonValue &plugin : reply.json.value(u"data"_s).toArray())
                ids.insert(plugin.toObject().value(u"id"_s).toString());
            offset = reply.json.value(u"offset"_s).toString();
            QCOMPARE(reply.json.contains(u"next"_s),
                     !offset.isEmpty()); // the spec types next as a string
            ++pages;
        } while (!offset.isEmpty());
        QCOMPARE(ids.size(), 30);
        QCOMPARE(pages, 8);
        const Reply tooBig = sim.get(u"us"_s, base + u"?size=1001"_s);
        QCOMPARE(tooBig.status, 400);
        QCOMPARE(tooBig.json.value(u"code"_s).toInt(), 3);
        QCOMPARE(sim.get(u"us"_s, base + u"?filter%5Bname%5D%5Beq%5D=key-auth"_s)
                     .json.value(u"data"_s)
                     .toArray()
                     .size(),
                 3);
    }

    void nodesUseCursorPaging() {
        SimFixture sim;
        const QString prod = sim.controlPlaneId(u"us"_s, u"prod-billing-svcs"_s);
        QString next = u"/v2/control-planes/"_s + prod + u"/nodes?page%5Bsize%5D=4"_s;
        QSet<QString> ids;
        while (!next.isEmpty()) {
            const Reply reply = sim.get(u"us"_s, next);
            QCOMPARE(reply.status, 200);
            const QJsonObject page = reply.json.value(u"page"_s).toObject();
            QCOMPARE(page.value(u"total_count"_s).toInt(), 6);
            for (const QJsonValue &node : reply.json.value(u"items"_s).toArray()) {
                QVERIFY(!node.toObject().contains(u"data_plane_group_id"_s));
                ids.insert(node.toObject().value(u"id"_s).toString());
            }
            next = page.value(u"next"_s).toString();
        }
        QCOMPARE(ids.size(), 6); // three groups, two nodes each
    }

    void networkLifecycle() {
        SimFixture sim;
        sim.server->clock().setTimeScale(1);
        const QJsonArray accounts =
            sim.get(u"global"_s,
                    u"/v2/cloud-gateways/provider-accounts?filter%5Bprovider%5D%5Beq%5D=azure"_s)
                .json.value(u"data"_s)
                .toArray();
        QCOMPARE(accounts.size(), 1);
        const QString account = accounts.at(0).toObject().value(u"id"_s).toString();
        QJsonObject body{{u"name"_s, u"eastus2-network"_s},
                         {u"cloud_gateway_provider_account_id"_s, account},
                         {u"region"_s, u"eastus2"_s},
                         {u"availability_zones"_s, QJsonArray{u"eastus2-az2"_s, u"eastus2-az3"_s}},
                         {u"cidr_block"_s, u"10.0.0.0/16"_s}};
        const Reply created = sim.call("POST", u"global"_s, u"/v2/cloud-gateways/networks"_s, body);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.value(u"state"_s).toString(), u"initializing"_s);
        const QString path =
            u"/v2/cloud-gateways/networks/"_s + created.json.value(u"id"_s).toString();
        sim.server->clock().advance(limits::networkProvisioning - 1min);
        QCOMPARE(sim.get(u"global"_s, path).json.value(u"state"_s).toString(), u"initializing"_s);
        sim.server->clock().advance(2min);
        const Reply ready = sim.get(u"global"_s, path);
        QCOMPARE(ready.json.value(u"state"_s).toString(), u"ready"_s);
        QCOMPARE(ready.json.value(u"entity_version"_s).toInt(), 2);

        body.insert(u"region"_s, u"us-east-2"_s);
        QCOMPARE(sim.call("POST", u"global"_s, u"/v2/cloud-gateways/networks"_s, body)
                     .json.value(u"invalid_parameters"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"rule"_s)
                     .toString(),
                 u"is_supported_provider_region"_s);

        QCOMPARE(sim.call("PATCH", u"global"_s, path, QJsonObject{{u"name"_s, u"renamed"_s}})
                     .json.value(u"name"_s)
                     .toString(),
                 u"renamed"_s);
        QCOMPARE(sim.call("PATCH", u"global"_s, path, QJsonObject{{u"region"_s, u"x"_s}}).status,
                 400);
        QCOMPARE(sim.get(u"global"_s, path + u"/configuration-references"_s).status, 200);
        QCOMPARE(sim.call("DELETE", u"global"_s, path).status, 204);

        // A network in use cannot be deleted.
        const QJsonArray used =
            sim.get(u"global"_s,
                    u"/v2/cloud-gateways/networks?filter%5Bname%5D%5Beq%5D=us-east-2-network"_s)
                .json.value(u"data"_s)
                .toArray();
        QCOMPARE(used.at(0).toObject().value(u"configuration_reference_count"_s).toInt(), 1);
        const QString usedPath =
            u"/v2/cloud-gateways/networks/"_s + used.at(0).toObject().value(u"id"_s).toString();
        QCOMPARE(sim.get(u"global"_s, usedPath + u"/configuration-references"_s)
                     .json.value(u"data"_s)
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(sim.call("DELETE", u"global"_s, usedPath).status, 400);
    }

    void configurationDeploysGroupsThroughTheirStates() {
        SimFixture sim;
        sim.server->clock().setTimeScale(1);
        const QString staging = sim.controlPlaneId(u"eu"_s, u"staging-billing-svcs"_s);
        const QString network =
            sim.get(u"global"_s,
                    u"/v2/cloud-gateways/networks?filter%5Bname%5D%5Beq%5D=eu-central-1-network"_s)
                .json.value(u"data"_s)
                .toArray()
                .at(0)
                .toObject()
                .value(u"id"_s)
                .toString();
        const QJsonObject group{
            {u"provider"_s, u"aws"_s},
            {u"region"_s, u"eu-central-1"_s},
            {u"cloud_gateway_network_id"_s, network},
            {u"autoscale"_s, QJsonObject{{u"kind"_s, u"autopilot"_s}, {u"base_rps"_s, 80}}}};
        const QJsonObject body{{u"control_plane_id"_s, staging},
                               {u"control_plane_geo"_s, u"eu"_s},
                               {u"version"_s, u"3.13"_s},
                               {u"dataplane_groups"_s, QJsonArray{group}}};
        const Reply put =
            sim.call("PUT", u"global"_s, u"/v2/cloud-gateways/configurations"_s, body);
        QCOMPARE(put.status, 200);
        QCOMPARE(sim.call("PUT", u"global"_s, u"/v2/cloud-gateways/configurations"_s, body).status,
                 409);

        // Add an Azure group: it goes created -> initializing -> ready with addresses.
        QJsonObject azure = group;
        azure.insert(u"provider"_s, u"azure"_s);
        azure.insert(u"region"_s, u"westeurope"_s);
        azure.insert(
            u"cloud_gateway_network_id"_s,
            sim.get(u"global"_s,
                    u"/v2/cloud-gateways/networks?filter%5Bname%5D%5Beq%5D=westeurope-network"_s)
                .json.value(u"data"_s)
                .toArray()
                .at(0)
                .toObject()
                .value(u"id"_s));
        QJsonObject two = body;
        two.insert(u"dataplane_groups"_s, QJsonArray{group, azure});
        const Reply second =
            sim.call("PUT", u"global"_s, u"/v2/cloud-gateways/configurations"_s, two);
        QCOMPARE(second.status, 200);
        QVERIFY(second.json.value(u"id"_s) != put.json.value(u"id"_s));
        const auto stateOf = [&](const QString &region) {
            const QJsonArray list =
                sim.get(u"global"_s,
                        u"/v2/cloud-gateways/configurations?filter%5Bcontrol_plane_id%5D="_s
                            + staging)
                    .json.value(u"data"_s)
                    .toArray();
            for (const QJsonValue &g :
                 list.at(0).toObject().value(u"dataplane_groups"_s).toArray()) {
                if (g.toObject().value(u"region"_s).toString() == region)
                    return g.toObject();
            }
            return QJsonObject{};
        };
        QCOMPARE(stateOf(u"westeurope"_s).value(u"state"_s).toString(), u"created"_s);
        QCOMPARE(stateOf(u"eu-central-1"_s).value(u"state"_s).toString(), u"ready"_s);
        sim.server->clock().advance(limits::dataPlaneGroupCreated + 1s);
        QCOMPARE(stateOf(u"westeurope"_s).value(u"state"_s).toString(), u"initializing"_s);
        sim.server->clock().advance(limits::dataPlaneGroupProvisioning);
        const QJsonObject ready = stateOf(u"westeurope"_s);
        QCOMPARE(ready.value(u"state"_s).toString(), u"ready"_s);
        QCOMPARE(ready.value(u"private_ip_addresses"_s).toArray().size(), 1);
        QCOMPARE(ready.value(u"egress_ip_addresses"_s).toArray().size(), 1);

        // Dropping the AWS group terminates it, then it is gone.
        QJsonObject one = body;
        one.insert(u"dataplane_groups"_s, QJsonArray{azure});
        QCOMPARE(sim.call("PUT", u"global"_s, u"/v2/cloud-gateways/configurations"_s, one).status,
                 200);
        QCOMPARE(stateOf(u"eu-central-1"_s).value(u"state"_s).toString(), u"terminating"_s);
        sim.server->clock().advance(limits::dataPlaneGroupTermination + 1s);
        QVERIFY(stateOf(u"eu-central-1"_s).isEmpty());

        QCOMPARE(sim.get(u"global"_s,
                         u"/v2/cloud-gateways/configurations?filter%5Bcontrol_plane_geo%5D=mars"_s)
                     .status,
                 400);
    }

    void managedCacheLifecycle() {
        SimFixture sim;
        sim.server->clock().setTimeScale(60);
        // A fresh cache on staging needs gateway 3.13: staging runs 3.12.
        const QString staging = sim.controlPlaneId(u"eu"_s, u"staging-billing-svcs"_s);
        const auto createBody = [](const QString &cp, const QString &geo, const QString &name) {
            return QJsonObject{{u"name"_s, name},
                               {u"owner"_s, QJsonObject{{u"kind"_s, u"control-plane"_s},
                                                        {u"control_plane_id"_s, cp},
                                                        {u"control_plane_geo"_s, geo}}},
                               {u"config"_s, QJsonObject{{u"kind"_s, u"managed-cache.v0"_s},
                                                         {u"capacity_config"_s,
                                                          QJsonObject{{u"kind"_s, u"tiered"_s},
                                                                      {u"tier"_s, u"small"_s}}}}}};
        };
        const Reply old = sim.call("POST", u"global"_s, u"/v2/cloud-gateways/add-ons"_s,
                                   createBody(staging, u"eu"_s, u"staging-cache"_s));
        QCOMPARE(old.status, 400);
        QVERIFY(old.raw.body.contains("3.13"));

        // prod already has one: a second is refused, and so is a duplicate name.
        const QString prod = sim.controlPlaneId(u"us"_s, u"prod-billing-svcs"_s);
        QCOMPARE(sim.call("POST", u"global"_s, u"/v2/cloud-gateways/add-ons"_s,
                          createBody(prod, u"us"_s, u"another"_s))
                     .status,
                 400);
        QCOMPARE(sim.call("POST", u"global"_s, u"/v2/cloud-gateways/add-ons"_s,
                          createBody(staging, u"eu"_s, u"prod-billing-cache"_s))
                     .status,
                 409);
        QCOMPARE(sim.call("POST", u"global"_s, u"/v2/cloud-gateways/add-ons"_s,
                          createBody(prod, u"eu"_s, u"wrong-geo"_s))
                     .status,
                 404);

        // New control plane in us with AWS + GCP groups on 3.14.
        const Reply cp =
            sim.call("POST", u"us"_s, u"/v2/control-planes"_s,
                     QJsonObject{{u"name"_s, u"analytics"_s}, {u"cloud_gateway"_s, true}});
        const QString cpId = cp.json.value(u"id"_s).toString();
        const auto networkId = [&](const QString &name) {
            return sim
                .get(u"global"_s, u"/v2/cloud-gateways/networks?filter%5Bname%5D%5Beq%5D="_s + name)
                .json.value(u"data"_s)
                .toArray()
                .at(0)
                .toObject()
                .value(u"id"_s)
                .toString();
        };
        const auto dpg = [&](const QString &provider, const QString &region) {
            return QJsonObject{
                {u"provider"_s, provider},
                {u"region"_s, region},
                {u"cloud_gateway_network_id"_s, networkId(region + u"-network"_s)},
                {u"autoscale"_s, QJsonObject{{u"kind"_s, u"autopilot"_s}, {u"base_rps"_s, 10}}}};
        };
        QCOMPARE(sim.call("PUT", u"global"_s, u"/v2/cloud-gateways/configurations"_s,
                          QJsonObject{
                              {u"control_plane_id"_s, cpId},
                              {u"control_plane_geo"_s, u"us"_s},
                              {u"version"_s, u"3.14"_s},
                              {u"dataplane_groups"_s, QJsonArray{dpg(u"aws"_s, u"us-east-2"_s),
                                                                 dpg(u"gcp"_s, u"us-central1"_s)}}})
                     .status,
                 200);
        const Reply created = sim.call("POST", u"global"_s, u"/v2/cloud-gateways/add-ons"_s,
                                       createBody(cpId, u"us"_s, u"analytics-cache"_s));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.value(u"state"_s).toString(), u"initializing"_s);
        const QJsonArray groups =
            created.json.value(u"config"_s).toObject().value(u"data_plane_groups"_s).toArray();
        QCOMPARE(groups.size(), 1); // Google Cloud is not served
        QCOMPARE(groups.at(0).toObject().value(u"provider"_s).toString(), u"aws"_s);
        QVERIFY(created.json.value(u"config"_s)
                    .toObject()
                    .value(u"state_metadata"_s)
                    .toObject()
                    .isEmpty());

        const QString path =
            u"/v2/cloud-gateways/add-ons/"_s + created.json.value(u"id"_s).toString();
        sim.server->clock().advance(
            std::chrono::milliseconds(sim.server->clock().scaled(limits::cacheProvisioning)) - 1s);
        QCOMPARE(sim.get(u"global"_s, path).json.value(u"state"_s).toString(), u"initializing"_s);
        sim.server->clock().advance(2s);
        const Reply ready = sim.get(u"global"_s, path);
        QCOMPARE(ready.json.value(u"state"_s).toString(), u"ready"_s);
        const QJsonObject metadata =
            ready.json.value(u"config"_s).toObject().value(u"state_metadata"_s).toObject();
        const QString partialId = metadata.value(u"cache_config_id"_s).toString();
        QVERIFY(!partialId.isEmpty());
        QCOMPARE(metadata.value(u"cache_host"_s).toString(),
                 u"{vault://env/ADDON_MANAGED_CACHE_HOST}"_s);

        const QString partials = u"/v2/control-planes/"_s + cpId + u"/core-entities/partials/"_s;
        const Reply partial = sim.get(u"us"_s, partials + partialId);
        QCOMPARE(partial.status, 200);
        QCOMPARE(partial.json.value(u"type"_s).toString(), u"redis-ee"_s);
        QVERIFY(partial.json.value(u"tags"_s).toArray().contains(u"konnect-managed"_s));
        QCOMPARE(partial.json.value(u"config"_s).toObject().value(u"port"_s).toString(),
                 u"{vault://env/ADDON_MANAGED_CACHE_PORT}"_s);

        // Tiers only grow.
        const auto tier = [](const QString &name) {
            return QJsonObject{{u"config"_s, QJsonObject{{u"kind"_s, u"managed-cache.v0"_s},
                                                         {u"capacity_config"_s,
                                                          QJsonObject{{u"kind"_s, u"tiered"_s},
                                                                      {u"tier"_s, name}}}}}};
        };
        QCOMPARE(sim.call("PATCH", u"global"_s, path, tier(u"micro"_s)).status, 400);
        QCOMPARE(sim.call("PATCH", u"global"_s, path, tier(u"small"_s)).status, 400);
        QCOMPARE(sim.call("PATCH", u"global"_s, path, tier(u"large"_s)).status, 200);

        // A plugin linking the partial blocks the delete, naming count and cache config id.
        const Reply plugin =
            sim.call("POST", u"us"_s, u"/v2/control-planes/"_s + cpId + u"/core-entities/plugins"_s,
                     QJsonObject{{u"name"_s, u"rate-limiting-advanced"_s},
                                 {u"partials"_s, QJsonArray{QJsonObject{{u"id"_s, partialId}}}},
                                 {u"config"_s, QJsonObject{{u"limit"_s, QJsonArray{10}},
                                                           {u"window_size"_s, QJsonArray{60}},
                                                           {u"strategy"_s, u"redis"_s},
                                                           {u"sync_rate"_s, 0.5}}}});
        QCOMPARE(plugin.status, 201);
        QCOMPARE(
            plugin.json.value(u"partials"_s).toArray().at(0).toObject().value(u"path"_s).toString(),
            u"config.redis"_s);
        const Reply links = sim.get(u"us"_s, partials + partialId + u"/links"_s);
        QCOMPARE(links.json.value(u"count"_s).toInt(), 1);
        const Reply refused = sim.call("DELETE", u"global"_s, path);
        QCOMPARE(refused.status, 400);
        const QString reason = refused.json.value(u"invalid_parameters"_s)
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(u"reason"_s)
                                   .toString();
        QVERIFY2(reason.contains(u"1 linked plugin(s)"_s) && reason.contains(partialId),
                 qPrintable(reason));
        QCOMPARE(sim.call("DELETE", u"us"_s, partials + partialId).status, 400);

        QCOMPARE(sim.call("DELETE", u"us"_s,
                          u"/v2/control-planes/"_s + cpId + u"/core-entities/plugins/"_s
                              + plugin.json.value(u"id"_s).toString())
                     .status,
                 204);
        QCOMPARE(sim.call("DELETE", u"global"_s, path).status, 204);
        QCOMPARE(sim.get(u"global"_s, path).json.value(u"state"_s).toString(), u"terminating"_s);
        sim.server->clock().advance(
            std::chrono::milliseconds(sim.server->clock().scaled(limits::cacheTermination)) + 1s);
        QCOMPARE(sim.get(u"global"_s, path).status, 404);
        QCOMPARE(sim.get(u"us"_s, partials + partialId).status, 404);
    }

    void addOnFilters() {
        SimFixture sim(u"fleet:12"_s);
        const Reply all = sim.get(u"global"_s, u"/v2/cloud-gateways/add-ons?page%5Bsize%5D=100"_s);
        const int total = all.json.value(u"meta"_s)
                              .toObject()
                              .value(u"page"_s)
                              .toObject()
                              .value(u"total"_s)
                              .toInt();
        QVERIFY(total > 5);
        const QJsonObject first = all.json.value(u"data"_s).toArray().at(0).toObject();
        const QString cp =
            first.value(u"owner"_s).toObject().value(u"control_plane_id"_s).toString();
        QCOMPARE(sim.get(u"global"_s,
                         u"/v2/cloud-gateways/add-ons?filter%5Bowner.control_plane_id%5D%5Beq%5D="_s
                             + cp)
                     .json.value(u"data"_s)
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(
            sim.get(u"global"_s,
                    u"/v2/cloud-gateways/add-ons?filter%5Bowner.control_plane_id%5D=not-a-uuid"_s)
                .status,
            400);
        QCOMPARE(
            sim.get(
                   u"global"_s,
                   u"/v2/cloud-gateways/add-ons?filter%5Bconfig.kind%5D%5Beq%5D=managed-cache.v0"_s)
                .json.value(u"meta"_s)
                .toObject()
                .value(u"page"_s)
                .toObject()
                .value(u"total"_s)
                .toInt(),
            total);
    }

    void partialsAndPlugins() {
        SimFixture sim;
        const QString prod = sim.controlPlaneId(u"us"_s, u"prod-billing-svcs"_s);
        const QString base = u"/v2/control-planes/"_s + prod + u"/core-entities/"_s;
        const Reply created = sim.call(
            "POST", u"us"_s, base + u"partials"_s,
            QJsonObject{{u"name"_s, u"session-redis"_s},
                        {u"type"_s, u"redis-ee"_s},
                        {u"config"_s, QJsonObject{{u"host"_s, u"r.example"_s},
                                                  {u"port"_s, u"{vault://env/R_PORT}"_s}}}});
        QCOMPARE(created.status, 201);
        const QJsonObject config = created.json.value(u"config"_s).toObject();
        QCOMPARE(config.value(u"keepalive_pool_size"_s).toInt(), 256); // defaults filled
        QCOMPARE(config.value(u"port"_s).toString(), u"{vault://env/R_PORT}"_s);
        QVERIFY(created.json.value(u"created_at"_s).isDouble());

        const Reply duplicate = sim.call("POST", u"us"_s, base + u"partials"_s,
                                         QJsonObject{{u"name"_s, u"session-redis"_s},
                                                     {u"type"_s, u"redis-ee"_s},
                                                     {u"config"_s, QJsonObject{}}});
        QCOMPARE(duplicate.status, 400); // Kong-style conflict: 400, not 409
        QCOMPARE(duplicate.json.value(u"message"_s).toString(), u"data constraint error"_s);
        QCOMPARE(sim.call("POST", u"us"_s, base + u"partials"_s,
                          QJsonObject{{u"type"_s, u"memcached"_s}, {u"config"_s, QJsonObject{}}})
                     .status,
                 400);
        QCOMPARE(sim.call("POST", u"us"_s, base + u"partials"_s,
                          QJsonObject{{u"type"_s, u"redis-ee"_s},
                                      {u"config"_s, QJsonObject{{u"hots"_s, u"typo"_s}}}})
                     .status,
                 400);

        // PUT keeps the id and created_at; full replace.
        const QString id = created.json.value(u"id"_s).toString();
        QJsonObject replaced = created.json;
        QJsonObject replacedConfig = config;
        replacedConfig.insert(u"database"_s, 3);
        replaced.insert(u"config"_s, replacedConfig);
        const Reply put = sim.call("PUT", u"us"_s, base + u"partials/"_s + id, replaced);
        QCOMPARE(put.status, 200);
        QCOMPARE(put.json.value(u"config"_s).toObject().value(u"database"_s).toInt(), 3);
        QCOMPARE(put.json.value(u"created_at"_s), created.json.value(u"created_at"_s));

        // Tags: comma is AND, slash is OR.
        QCOMPARE(sim.get(u"us"_s, base + u"partials?tags=billing"_s)
                     .json.value(u"data"_s)
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(sim.get(u"us"_s, base + u"partials?tags=billing/konnect-managed"_s)
                     .json.value(u"data"_s)
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(sim.get(u"us"_s, base + u"partials?tags=billing,konnect-managed"_s)
                     .json.value(u"data"_s)
                     .toArray()
                     .size(),
                 0);

        // Plugin validation and linking rules.
        QCOMPARE(sim.call("POST", u"us"_s, base + u"plugins"_s,
                          QJsonObject{{u"name"_s, u"rate-limiting-advanced"_s},
                                      {u"config"_s, QJsonObject{}}})
                     .status,
                 400);
        QCOMPARE(sim.call("POST", u"us"_s, base + u"plugins"_s,
                          QJsonObject{{u"name"_s, u"key-auth"_s}, {u"bogus"_s, 1}})
                     .status,
                 400);
        QCOMPARE(sim.call("POST", u"us"_s, base + u"plugins"_s,
                          QJsonObject{{u"name"_s, u"key-auth"_s},
                                      {u"partials"_s, QJsonArray{QJsonObject{{u"id"_s, id}}}}})
                     .status,
                 400);
        QCOMPARE(sim.call("POST", u"us"_s, base + u"plugins"_s,
                          QJsonObject{{u"name"_s, u"key-auth"_s},
                                      {u"instance_name"_s, u"key-auth-partners"_s}})
                     .status,
                 400);
        const Reply plugin =
            sim.call("POST", u"us"_s, base + u"plugins"_s, QJsonObject{{u"name"_s, u"cors"_s}});
        QCOMPARE(plugin.status, 201);
        QCOMPARE(plugin.json.value(u"enabled"_s).toBool(), true);
        QVERIFY(plugin.json.value(u"protocols"_s).toArray().size() == 4);
        QCOMPARE(sim.call("DELETE", u"us"_s,
                          base + u"plugins/"_s + plugin.json.value(u"id"_s).toString())
                     .status,
                 204);
        QCOMPARE(sim.call("DELETE", u"us"_s,
                          base + u"plugins/"_s + plugin.json.value(u"id"_s).toString())
                     .status,
                 204);
        QCOMPARE(
            sim.get(u"us"_s, base + u"plugins/"_s + plugin.json.value(u"id"_s).toString()).status,
            404);
    }

    void metricsValidation() {
        SimFixture sim;
        const auto query = [&](const QJsonObject &body) {
            return sim.call("POST", u"us"_s, u"/v2/metrics"_s, body);
        };
        QCOMPARE(query({{u"metrics"_s,
                         QJsonArray{u"request_count"_s, u"error_rate"_s, u"response_latency_p50"_s,
                                    u"response_latency_p95"_s}}})
                     .status,
                 400);
        QCOMPARE(
            query({{u"dimensions"_s, QJsonArray{u"time"_s, u"control_plane"_s, u"status_code"_s}}})
                .status,
            400);
        QCOMPARE(query({{u"metrics"_s, QJsonArray{u"bogus"_s}}}).status, 400);
        QCOMPARE(query({{u"granularity"_s, u"daily"_s},
                        {u"time_range"_s,
                         QJsonObject{{u"type"_s, u"relative"_s}, {u"time_range"_s, u"1h"_s}}}})
                     .status,
                 400);
        QCOMPARE(query({{u"datasource"_s, u"managed_cache_usage"_s},
                        {u"time_range"_s,
                         QJsonObject{{u"type"_s, u"relative"_s}, {u"time_range"_s, u"30d"_s}}}})
                     .status,
                 400);
        QCOMPARE(query({{u"extra"_s, 1}}).status, 400);
        const Reply ok = query({});
        QCOMPARE(ok.status, 200);
        const QJsonObject meta = ok.json.value(u"meta"_s).toObject();
        for (const auto &key : {u"start"_s, u"end"_s, u"display"_s, u"metric_units"_s,
                                u"granularity_ms"_s, u"truncated"_s, u"limit"_s, u"query_id"_s})
            QVERIFY2(meta.contains(key), qPrintable(key));
    }

    void metricsAreDeterministicAndFollowPlugins() {
        SimFixture sim;
        const QString prod = sim.controlPlaneId(u"us"_s, u"prod-billing-svcs"_s);
        const QJsonObject body{
            {u"metrics"_s, QJsonArray{u"request_count"_s}},
            {u"dimensions"_s, QJsonArray{u"time"_s}},
            {u"filters"_s, QJsonArray{QJsonObject{{u"operator"_s, u"in"_s},
                                                  {u"field"_s, u"status_code"_s},
                                                  {u"value"_s, QJsonArray{429}}},
                                      QJsonObject{{u"operator"_s, u"in"_s},
                                                  {u"field"_s, u"response_source"_s},
                                                  {u"value"_s, QJsonArray{u"kong"_s}}}}},
            {u"granularity"_s, u"minutely"_s},
            {u"time_range"_s,
             QJsonObject{{u"type"_s, u"relative"_s}, {u"time_range"_s, u"15m"_s}}}};
        const auto total429 = [&] {
            const Reply reply = sim.call("POST", u"us"_s, u"/v2/metrics"_s, body);
            double sum = 0;
            for (const QJsonValue &row : reply.json.value(u"data"_s).toArray())
                sum += row.toObject()
                           .value(u"event"_s)
                           .toObject()
                           .value(u"request_count"_s)
                           .toDouble();
            return std::pair{sum, reply.json.value(u"data"_s)};
        };
        const auto before = total429();
        QCOMPARE(total429().second, before.second); // same instant, same answer

        // Lower the rate limit of the prod rate-limiting-advanced plugin: more 429s.
        const QString plugins = u"/v2/control-planes/"_s + prod + u"/core-entities/plugins"_s;
        QJsonObject rla =
            sim.get(u"us"_s, plugins + u"?filter%5Bname%5D%5Beq%5D=rate-limiting-advanced"_s)
                .json.value(u"data"_s)
                .toArray()
                .at(0)
                .toObject();
        QJsonObject config = rla.value(u"config"_s).toObject();
        config.insert(u"limit"_s, QJsonArray{600});
        rla.insert(u"config"_s, config);
        QCOMPARE(
            sim.call("PUT", u"us"_s, plugins + u"/"_s + rla.value(u"id"_s).toString(), rla).status,
            200);
        const auto after = total429();
        QVERIFY2(after.first > before.first * 2,
                 qPrintable(u"%1 -> %2"_s.arg(before.first).arg(after.first)));
    }

    void rateLimitsPerToken() {
        SimOptions options;
        options.rateLimitPerMinute = 5;
        SimFixture sim(u"demo"_s, options);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(sim.get(u"global"_s, u"/v3/users/me"_s).status, 200);
        const Reply limited = sim.get(u"global"_s, u"/v3/users/me"_s);
        QCOMPARE(limited.status, 429);
        bool retryAfter = false;
        for (const auto &[name, value] : limited.raw.headers)
            retryAfter = retryAfter || (name == "Retry-After" && value.toInt() > 0);
        QVERIFY(retryAfter);
        // Another token has its own budget.
        QCOMPARE(sim.call("GET", u"global"_s, u"/v3/users/me"_s, {}, readOnlyToken).status, 200);
        sim.server->clock().advance(61s);
        QCOMPARE(sim.get(u"global"_s, u"/v3/users/me"_s).status, 200);
    }

    void metricsAllowTenQueriesAMinute() {
        SimOptions options;
        options.retryAfterOnRateLimit = false;
        SimFixture sim(u"demo"_s, options);
        for (int i = 0; i < limits::metricsPerMinute; ++i)
            QCOMPARE(sim.call("POST", u"us"_s, u"/v2/metrics"_s, {}).status, 200);
        const Reply limited = sim.call("POST", u"eu"_s, u"/v2/metrics"_s, {});
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json.value(u"title"_s).toString(), u"Rate Limited"_s);
        for (const auto &header : limited.raw.headers)
            QVERIFY(header.first != "Retry-After");
        sim.server->clock().advance(60s);
        QCOMPARE(sim.call("POST", u"us"_s, u"/v2/metrics"_s, {}).status, 200);
    }

    void stateRoundTrips() {
        SimFixture sim;
        const QJsonObject state = sim.server->organisation().toJson();
        SimFixture restored(u"empty"_s);
        restored.server->organisation().fromJson(state);
        QCOMPARE(restored.get(u"us"_s, u"/v2/control-planes"_s).json,
                 sim.get(u"us"_s, u"/v2/control-planes"_s).json);
        const QString prod = restored.controlPlaneId(u"us"_s, u"prod-billing-svcs"_s);
        QCOMPARE(restored.get(u"us"_s, u"/v2/control-planes/"_s + prod).status, 200);
    }

    void faultSpecs() {
        QString error;
        const auto faults =
            Faults::parse(u"500=0.1,429=0.2,reset=0.05,delay=0.3:250,truncate=0.01"_s, &error);
        QVERIFY(faults);
        QCOMPARE(faults->delayMs, 250);
        QCOMPARE(faults->rateLimited, 0.2);
        QVERIFY(!Faults::parse(u"teapot=0.1"_s, &error));
        QVERIFY(!Faults::parse(u"500=2"_s, &error));
    }
};

} // namespace kd::sim::test

QTEST_GUILESS_MAIN(kd::sim::test::TestSimApi)
#include "tst_sim_api.moc"
