#include <QTest>

#include "SimFixture.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace kd::sim::test {

// A group added to a control plane that already has a managed cache: Konnect deploys the
// cache for it too ([SPEC cgw] ManagedCacheAddOnDataPlaneGroup.state "initializing: the add-on
// is being initialized/updated … for this data-plane group"), AWS and Azure only.
class TestSimCacheGroups final : public QObject {
    Q_OBJECT
private:
    static QString stateOf(const QJsonArray &groups, const QString &region) {
        for (const QJsonValue &group : groups) {
            if (group.toObject().value(u"region"_s).toString() == region)
                return group.toObject().value(u"state"_s).toString();
        }
        return {};
    }

    // A ready network of this provider account in the region.
    static QString network(SimFixture &sim, const QString &provider, const QString &region,
                           const QString &zone, const QString &cidr) {
        QString account;
        for (const QJsonValue &value :
             sim.get(u"global"_s, u"/v2/cloud-gateways/provider-accounts"_s)
                 .json.value(u"data"_s)
                 .toArray()) {
            if (value.toObject().value(u"provider"_s).toString() == provider)
                account = value.toObject().value(u"id"_s).toString();
        }
        const Reply created =
            sim.call("POST", u"global"_s, u"/v2/cloud-gateways/networks"_s,
                     QJsonObject{{u"name"_s, region + u"-added"_s},
                                 {u"cloud_gateway_provider_account_id"_s, account},
                                 {u"region"_s, region},
                                 {u"availability_zones"_s, QJsonArray{zone}},
                                 {u"cidr_block"_s, cidr}});
        if (created.status != 201)
            qFatal("network: %s", created.raw.body.constData());
        sim.server->clock().advance(1h);
        return created.json.value(u"id"_s).toString();
    }

    static void addGroup(SimFixture &sim, const QString &cpId, const QString &provider,
                         const QString &region, const QString &networkId) {
        const QJsonObject configuration = sim.configurationOf(cpId);
        QJsonArray groups = configuration.value(u"dataplane_group_config"_s).toArray();
        groups.append(QJsonObject{
            {u"provider"_s, provider},
            {u"region"_s, region},
            {u"cloud_gateway_network_id"_s, networkId},
            {u"autoscale"_s, QJsonObject{{u"kind"_s, u"autopilot"_s}, {u"base_rps"_s, 100}}}});
        const Reply put = sim.call("PUT", u"global"_s, u"/v2/cloud-gateways/configurations"_s,
                                   QJsonObject{{u"control_plane_id"_s, cpId},
                                               {u"control_plane_geo"_s, u"us"_s},
                                               {u"version"_s, configuration.value(u"version"_s)},
                                               {u"dataplane_groups"_s, groups}});
        QCOMPARE(put.status, 200);
    }

private Q_SLOTS:
    void anAwsGroupAddedLaterIsServedOnceReady() {
        SimOptions options;
        options.timeScale = 1; // Konnect's own timings
        SimFixture sim(u"demo"_s, options);
        const QString prod = sim.controlPlaneId(u"us"_s, u"prod-billing-svcs"_s);
        const QString networkId =
            network(sim, u"aws"_s, u"us-east-1"_s, u"use1-az1"_s, u"10.40.0.0/16"_s);
        addGroup(sim, prod, u"aws"_s, u"us-east-1"_s, networkId);

        sim.server->clock().advance(2min); // the group is initializing: not listed yet
        QCOMPARE(stateOf(sim.cacheGroupsOf(prod), u"us-east-1"_s), QString());
        sim.server->clock().advance(9min); // the group is ready: the cache sets up for it
        QCOMPARE(stateOf(sim.cacheGroupsOf(prod), u"us-east-1"_s), u"initializing"_s);
        QCOMPARE(stateOf(sim.cacheGroupsOf(prod), u"us-east-2"_s), u"ready"_s);
        sim.server->clock().advance(16min);
        QCOMPARE(stateOf(sim.cacheGroupsOf(prod), u"us-east-1"_s), u"ready"_s);
    }

    void aGoogleCloudGroupAddedLaterIsNeverListed() {
        SimOptions options;
        options.timeScale = 1;
        SimFixture sim(u"demo"_s, options);
        const QString prod = sim.controlPlaneId(u"us"_s, u"prod-billing-svcs"_s);
        const QString networkId =
            network(sim, u"gcp"_s, u"europe-west4"_s, u"europe-west4-a"_s, u"10.41.0.0/16"_s);
        addGroup(sim, prod, u"gcp"_s, u"europe-west4"_s, networkId);
        sim.server->clock().advance(1h);
        QCOMPARE(sim.configurationOf(prod).value(u"dataplane_groups"_s).toArray().size(), 4);
        QCOMPARE(stateOf(sim.cacheGroupsOf(prod), u"europe-west4"_s), QString());
        QCOMPARE(sim.cacheGroupsOf(prod).size(), 2);
    }
};

} // namespace kd::sim::test

QTEST_GUILESS_MAIN(kd::sim::test::TestSimCacheGroups)
#include "tst_sim_cachegroups.moc"
