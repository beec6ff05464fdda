#include <QTest>

#include "SimFixture.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace kd::sim::test {

// Cloud-gateway behaviour found while checking konnect-sim against Kong's specs.
class TestSimGateways final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cacheReportsAnErrorForAGroupThatWasDeleted() {
        SimFixture sim;
        const QString prod = sim.controlPlaneId(u"us"_s, u"prod-billing-svcs"_s);
        const QJsonObject configuration = sim.configurationOf(prod);
        QJsonArray kept;
        for (const QJsonValue &group : configuration.value(u"dataplane_group_config"_s).toArray()) {
            if (group.toObject().value(u"provider"_s).toString() != u"azure"_s)
                kept.append(group);
        }
        QCOMPARE(kept.size(), 2);
        const Reply put = sim.call("PUT", u"global"_s, u"/v2/cloud-gateways/configurations"_s,
                                   QJsonObject{{u"control_plane_id"_s, prod},
                                               {u"control_plane_geo"_s, u"us"_s},
                                               {u"version"_s, configuration.value(u"version"_s)},
                                               {u"dataplane_groups"_s, kept}});
        QCOMPARE(put.status, 200);
        sim.server->clock().advance(1h);
        const QJsonArray cacheGroups = sim.cacheGroupsOf(prod);
        QCOMPARE(cacheGroups.size(), 2);
        for (const QJsonValue &value : cacheGroups) {
            const QJsonObject group = value.toObject();
            const bool azure = group.value(u"provider"_s).toString() == u"azure"_s;
            QCOMPARE(group.value(u"state"_s).toString(), azure ? u"error"_s : u"ready"_s);
            QCOMPARE(group.value(u"state_metadata"_s).toObject().contains(u"error_reason"_s),
                     azure);
        }
    }

    void configurationReferencesAreWholeConfigurations() {
        SimFixture sim;
        const QString prod = sim.controlPlaneId(u"us"_s, u"prod-billing-svcs"_s);
        const QString network =
            sim.get(u"global"_s,
                    u"/v2/cloud-gateways/networks?filter%5Bname%5D%5Beq%5D=us-east-2-network"_s)
                .json.value(u"data"_s)
                .toArray()
                .at(0)
                .toObject()
                .value(u"id"_s)
                .toString();
        const Reply references = sim.get(u"global"_s, u"/v2/cloud-gateways/networks/"_s + network
                                                          + u"/configuration-references"_s);
        QCOMPARE(references.status, 200);
        const QJsonArray data = references.json.value(u"data"_s).toArray();
        QCOMPARE(data.size(), 1);
        QCOMPARE(data.at(0).toObject(), sim.configurationOf(prod));
    }
};

} // namespace kd::sim::test

QTEST_GUILESS_MAIN(kd::sim::test::TestSimGateways)
#include "tst_sim_gateways.moc"
