#include "fleet/FleetStore.h"
#include "models/FleetTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
DataPlaneGroup group(const QString &id, const QString &provider, const QString &region,
                     const QString &state = u"ready"_s) {
    DataPlaneGroup g;
    g.id = id;
    g.provider = providerFrom(provider);
    g.region = region;
    g.state = groupStateFrom(state);
    return g;
}

CloudGatewayConfiguration configuration(const QString &cp, QList<DataPlaneGroup> groups) {
    CloudGatewayConfiguration c;
    c.id = u"cfg-"_s + cp;
    c.controlPlaneId = cp;
    c.groups = std::move(groups);
    return c;
}

ControlPlane plane(const QString &id, const QString &name) {
    ControlPlane cp;
    cp.id = id;
    cp.name = name;
    return cp;
}
} // namespace

class TestFleetTreeModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cloudsRegionsGroups() {
        FleetStore store;
        FleetTreeModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        store.replaceControlPlanes(Geo::Us, {plane(u"p"_s, u"prod"_s), plane(u"s"_s, u"stage"_s)});
        QList<CloudGatewayConfiguration> configurations{
            configuration(u"p"_s, {group(u"g1"_s, u"aws"_s, u"us-east-2"_s),
                                   group(u"g2"_s, u"azure"_s, u"westeurope"_s),
                                   group(u"g3"_s, u"gcp"_s, u"us-central1"_s)}),
            configuration(u"s"_s, {group(u"g4"_s, u"aws"_s, u"us-east-2"_s, u"initializing"_s)})};
        store.replaceConfigurations(configurations);

        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data(FleetTreeModel::RawValueRole).toString(), u"AWS"_s);
        QCOMPARE(model.index(2, 0).data(FleetTreeModel::RawValueRole).toString(),
                 u"Google Cloud"_s);
        const QModelIndex ohio = model.index(0, 0, model.index(0, 0));
        QCOMPARE(ohio.data(FleetTreeModel::RawValueRole).toString(), u"us-east-2"_s);
        QCOMPARE(model.rowCount(ohio), 2);
        QVERIFY(ohio.data().toString().contains(u"2"_s));
        const QModelIndex g4 = model.indexOfGroup(u"g4"_s);
        QCOMPARE(g4.siblingAtColumn(FleetTreeModel::ControlPlaneColumn).data().toString(),
                 u"stage"_s);
        QCOMPARE(g4.siblingAtColumn(FleetTreeModel::StateColumn).data().toString(),
                 u"initializing"_s);

        // A refresh in which one group became ready: one dataChanged, for that group only.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        configurations[1].groups[0].state = groupStateFrom(u"ready"_s);
        store.replaceConfigurations(configurations);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().data(FleetTreeModel::GroupIdRole).toString(),
                 u"g4"_s);
        QCOMPARE(reset.size(), 0);

        // The managed cache serves AWS and Azure; Google Cloud says it is not served.
        ManagedCache cache;
        cache.ownerId = u"p"_s;
        cache.tier = cacheTierFrom(u"small"_s);
        cache.groups = {
            {u"g1"_s, {}, providerFrom(u"aws"_s), u"us-east-2"_s, cacheStateFrom(u"ready"_s), {}},
            {u"g2"_s,
             {},
             providerFrom(u"azure"_s),
             u"westeurope"_s,
             cacheStateFrom(u"ready"_s),
             {}}};
        store.replaceCaches({cache});
        QCOMPARE(model.indexOfGroup(u"g1"_s)
                     .siblingAtColumn(FleetTreeModel::ManagedCacheColumn)
                     .data()
                     .toString(),
                 u"small · ready"_s);
        QCOMPARE(model.indexOfGroup(u"g3"_s)
                     .siblingAtColumn(FleetTreeModel::ManagedCacheColumn)
                     .data()
                     .toString(),
                 u"not served"_s);

        // Removing the Azure group removes its region and its cloud.
        configurations[0].groups.removeAt(1);
        store.replaceConfigurations(configurations);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.indexOfGroup(u"g2"_s).isValid());
        QCOMPARE(reset.size(), 0);
    }
};

} // namespace kd

QTEST_MAIN(kd::TestFleetTreeModel)
#include "tst_fleettreemodel.moc"
