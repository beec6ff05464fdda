#include "fleet/FleetStore.h"
#include "models/FleetTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "common/FleetData.h"

using namespace Qt::StringLiterals;

namespace kd {

namespace {
using test::configuration;
using test::group;

} // namespace

class TestFleetTreeModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cloudsRegionsGroups() {
        FleetStore store;
        FleetTreeModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        store.replaceControlPlanes(Geo::Us, {test::controlPlane(u"p"_s, u"prod"_s),
                                             test::controlPlane(u"s"_s, u"stage"_s)});
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
        changed.clear();
        store.replaceCaches({cache});
        // Every group of the plane shows the cache, served or not: g1, g2 and g3 (each alone
        // in its region) change; the stage plane's g4 does not.
        QCOMPARE(changed.size(), 3);
        for (const QList<QVariant> &call : std::as_const(changed))
            QVERIFY(call.at(0).toModelIndex().data(FleetTreeModel::GroupIdRole).toString()
                    != u"g4"_s);
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

    void burstOfChangesIsFewSignals() {
        FleetStore store;
        FleetTreeModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        store.replaceControlPlanes(Geo::Us, {test::controlPlane(u"p"_s, u"prod"_s)});
        QList<DataPlaneGroup> groups;
        for (int i = 0; i < 40; ++i)
            groups.append(group(u"g%1"_s.arg(i, 2, 10, QChar(u'0')), u"aws"_s, u"us-east-2"_s,
                                u"initializing"_s));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        store.replaceConfigurations({configuration(u"p"_s, groups)});
        // The cloud, the region, then the 40 groups in one insertion.
        QCOMPARE(inserted.size(), 3);
        const QModelIndex region = model.index(0, 0, model.index(0, 0));
        QCOMPARE(model.rowCount(region), 40);

        // Every other group becomes ready: 20 separate runs, more than is worth a signal
        // each, so one span from the first to the last.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        for (int i = 0; i < 40; i += 2)
            groups[i].state = groupStateFrom(u"ready"_s);
        store.replaceConfigurations({configuration(u"p"_s, groups)});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 38);

        // Three neighbours: one signal for the run.
        changed.clear();
        for (int i = 10; i < 13; ++i)
            groups[i].state = groupStateFrom(u"error"_s);
        store.replaceConfigurations({configuration(u"p"_s, groups)});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 10);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 12);

        // Renaming the control plane changes every row that shows it, in one span.
        changed.clear();
        store.replaceControlPlanes(Geo::Us, {test::controlPlane(u"p"_s, u"production"_s)});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.indexOfGroup(u"g05"_s)
                     .siblingAtColumn(FleetTreeModel::ControlPlaneColumn)
                     .data()
                     .toString(),
                 u"production"_s);

        // Removing groups from the middle: one removal per run.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        groups.remove(5, 10);
        store.replaceConfigurations({configuration(u"p"_s, groups)});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(region), 30);
        QCOMPARE(model.indexOfGroup(u"g15"_s).row(), 5);
    }
};

} // namespace kd

QTEST_MAIN(kd::TestFleetTreeModel)
#include "tst_fleettreemodel.moc"
