#include "fleet/FleetStore.h"
#include "fleet/Session.h"
#include "fleet/TelemetryFeed.h"
#include "models/ControlPlaneModel.h"
#include "models/FleetFilterProxy.h"
#include "sim/TrafficModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <qcoro/qcorotask.h>

#include "common/SimSession.h"

using namespace Qt::StringLiterals;

namespace kd {

namespace {
ControlPlane plane(const QString &id, const QString &name, Geo geo, Labels labels = {},
                   int day = 1) {
    ControlPlane cp;
    cp.id = id;
    cp.name = name;
    cp.geo = geo;
    cp.labels = std::move(labels);
    cp.clusterType = clusterTypeFrom(u"CLUSTER_TYPE_CONTROL_PLANE"_s);
    cp.createdAt = QDateTime(QDate(2026, 1, day), QTime(12, 0), Qt::UTC);
    return cp;
}
} // namespace

class TestControlPlaneModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void followsTheStoreWithoutResets() {
        FleetStore store;
        ControlPlaneModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        QList<ControlPlane> us{plane(u"a"_s, u"alpha"_s, Geo::Us, {{u"env"_s, u"prod"_s}}, 3),
                               plane(u"b"_s, u"beta"_s, Geo::Us, {}, 1),
                               plane(u"c"_s, u"gamma"_s, Geo::Us, {}, 2)};
        store.replaceControlPlanes(Geo::Us, us);
        store.replaceControlPlanes(Geo::Eu, {plane(u"d"_s, u"delta"_s, Geo::Eu)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(inserted.size(), 2);

        // A refresh with one change: exactly one dataChanged, for that row only.
        us[1].description = u"now described"_s;
        store.replaceControlPlanes(Geo::Us, us);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
        // The same data again: nothing at all.
        store.replaceControlPlanes(Geo::Us, us);
        QCOMPARE(changed.size(), 1);

        us.removeAt(2);
        store.replaceControlPlanes(Geo::Us, us);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, ControlPlaneModel::NameColumn).data().toString(), u"delta"_s);
        QCOMPARE(reset.size(), 0);

        QCOMPARE(model.index(0, ControlPlaneModel::LabelsColumn).data().toString(), u"env:prod"_s);
        QCOMPARE(model.index(0, ControlPlaneModel::GeoColumn).data().toString(), u"US"_s);
        QCOMPARE(model.index(0, ControlPlaneModel::GeoColumn)
                     .data(ControlPlaneModel::RawValueRole)
                     .toString(),
                 u"us"_s);
    }

    void cacheAndGroupsShowUp() {
        FleetStore store;
        ControlPlaneModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        store.replaceControlPlanes(Geo::Us, {plane(u"a"_s, u"alpha"_s, Geo::Us)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        CloudGatewayConfiguration configuration;
        configuration.controlPlaneId = u"a"_s;
        configuration.groups = {DataPlaneGroup{}, DataPlaneGroup{}};
        store.replaceConfigurations({configuration});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, ControlPlaneModel::DataPlaneGroupsColumn).data().toInt(), 2);
        ManagedCache cache;
        cache.ownerId = u"a"_s;
        cache.tier = cacheTierFrom(u"small"_s);
        cache.state = cacheStateFrom(u"initializing"_s);
        store.replaceCaches({cache});
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.index(0, ControlPlaneModel::ManagedCacheColumn).data().toString(),
                 u"small · provisioning"_s);
    }

    void filterMatchesEveryColumnAndSortsRawValues() {
        FleetStore store;
        ControlPlaneModel model(&store);
        FleetFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        store.replaceControlPlanes(Geo::Us,
                                   {plane(u"a"_s, u"alpha"_s, Geo::Us, {{u"env"_s, u"prod"_s}}, 3),
                                    plane(u"b"_s, u"beta"_s, Geo::Us, {{u"env"_s, u"dev"_s}}, 1)});
        store.replaceControlPlanes(
            Geo::Eu, {plane(u"c"_s, u"gamma"_s, Geo::Eu, {{u"env"_s, u"prod"_s}}, 2)});
        proxy.setFilterText(u"env:prod"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterText(u"env:prod eu"_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"gamma"_s);
        proxy.setFilterText(QString());
        proxy.sort(ControlPlaneModel::CreatedColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"beta"_s);
        QCOMPARE(proxy.index(2, 0).data().toString(), u"alpha"_s);
    }

    // Past FleetFilterProxy::bulkRows the proxy sorts by a rank it keeps between changes;
    // rows that a sync appends are merged into it. The order must stay the true one.
    void largeTableKeepsItsOrderAsRowsArrive() {
        FleetStore store;
        ControlPlaneModel model(&store);
        FleetFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ControlPlaneModel::NameColumn, Qt::AscendingOrder);
        const auto batch = [](Geo geo, int first, int count) {
            QList<ControlPlane> planes;
            for (int i = first; i < first + count; ++i) {
                // Scrambled names, many of them shared, some in capitals.
                const int n = (i * 7919) % 1009;
                planes.append(
                    plane(u"id-%1"_s.arg(i), (n % 3 ? u"cp-%1"_s : u"CP-%1"_s).arg(n), geo));
            }
            return planes;
        };
        const auto checkOrder = [&](const QString &filter) {
            proxy.setFilterText(filter);
            QVERIFY(proxy.rowCount() > 0);
            for (int row = 1; row < proxy.rowCount(); ++row) {
                const QString before = proxy.index(row - 1, 0).data().toString().toLower();
                const QString after = proxy.index(row, 0).data().toString().toLower();
                const int beforeRow = proxy.mapToSource(proxy.index(row - 1, 0)).row();
                const int afterRow = proxy.mapToSource(proxy.index(row, 0)).row();
                QVERIFY2(before < after || (before == after && beforeRow < afterRow),
                         qPrintable(u"row %1: %2 (#%3) before %4 (#%5)"_s.arg(row)
                                        .arg(before)
                                        .arg(beforeRow)
                                        .arg(after)
                                        .arg(afterRow)));
            }
        };
        store.replaceControlPlanes(Geo::Us, batch(Geo::Us, 0, 5200));
        QVERIFY(model.rowCount() >= FleetFilterProxy::bulkRows);
        QTest::qWait(1200); // the idle warm-up sorts the keys once
        checkOrder(u"cp"_s);
        proxy.setFilterText({});
        // Two more syncs' worth of planes, appended while the table is shown.
        store.replaceControlPlanes(Geo::Eu, batch(Geo::Eu, 5200, 700));
        QTest::qWait(300);
        store.replaceControlPlanes(Geo::Au, batch(Geo::Au, 5900, 300));
        QTest::qWait(300); // merged into the order, not sorted again
        QCOMPARE(proxy.rowCount(), 6200);
        checkOrder(u"cp"_s);
        checkOrder(u"cp-1"_s);
        proxy.setFilterText({});
        // A removal re-sorts from scratch, and is right too.
        store.replaceControlPlanes(Geo::Eu, {});
        QTest::qWait(1200);
        checkOrder(u"cp"_s);
        QCOMPARE(proxy.rowCount(), 5500);
    }

    // Health columns against konnect-sim's traffic model: one api_usage query per geo, broken
    // down by control plane, through the feed's planner, and only while shown.
    void healthColumnsFollowTheTrafficModel() {
        const QString token = u"kpat_health-fixture-not-a-token"_s;
        const auto sim = test::startSim(token);
        const auto session = test::sessionOn(*sim, u"health"_s, token);
        FleetStore store;
        for (Geo geo : session->profile().geos) {
            const auto planes = QCoro::waitFor(session->client().controlPlanes(geo));
            QVERIFY(planes);
            store.replaceControlPlanes(geo, *planes);
        }
        const auto configurations = QCoro::waitFor(session->client().configurations());
        QVERIFY(configurations);
        TelemetryFeed feed(session.get(), &store);
        ControlPlaneModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTelemetry(&feed);
        QCOMPARE(feed.plan().size(), 0); // not shown: nothing asked
        model.setHealthShown(true);
        const auto plan = feed.plan();
        QList<Geo> geos;
        for (const QString &id : store.controlPlaneIds()) {
            if (!geos.contains(store.controlPlane(id)->geo))
                geos.append(store.controlPlane(id)->geo);
        }
        QCOMPARE(plan.size(), geos.size()); // one query per geo with control planes
        for (const auto &query : plan) {
            QCOMPARE(query.query.dimensions(), (QStringList{u"time"_s, u"control_plane"_s}));
            QCOMPARE(query.query.metrics().size(), 3);
            QVERIFY(query.query.filters().isEmpty());
        }
        // The same organisation-wide query whatever the Telemetry pane looks at.
        feed.setScope(
            {TelemetryFeed::ScopeKind::ControlPlane, Geo::Us, store.controlPlaneIds().first()});
        QCOMPARE(feed.plan().size(), geos.size());

        QTRY_VERIFY_WITH_TIMEOUT(model.index(0, ControlPlaneModel::RequestsColumn).data().toString()
                                     != QString(),
                                 20000);
        // The middle of the hour is what the range's mean rate is nearest to.
        const qint64 middle = QDateTime::currentMSecsSinceEpoch() - 30 * 60000;
        int checked = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id = model.index(row, 0).data(ControlPlaneModel::IdRole).toString();
            double expected = 0;
            for (const CloudGatewayConfiguration &configuration : *configurations) {
                if (configuration.controlPlaneId != id)
                    continue;
                for (const DataPlaneGroup &group : configuration.groups) {
                    if (group.state.value == GroupState::Ready)
                        expected += sim::demandRps({group.id, group.provider.raw,
                                                    double(group.autoscale.baseRps)},
                                                   middle)
                                    * 60;
                }
            }
            const QModelIndex requests = model.index(row, ControlPlaneModel::RequestsColumn);
            const double actual = requests.data(ControlPlaneModel::RawValueRole).toDouble();
            if (expected == 0) {
                QCOMPARE(actual, -1.0); // sorts below every plane with traffic
                QCOMPARE(requests.data().toString(), u"no traffic"_s);
                continue;
            }
            QVERIFY2(std::abs(actual - expected) < expected * 0.15,
                     qPrintable(u"%1: %2 requests/min, the model says %3"_s.arg(id).arg(actual).arg(
                         expected)));
            const double p95 = model.index(row, ControlPlaneModel::LatencyColumn)
                                   .data(ControlPlaneModel::RawValueRole)
                                   .toDouble();
            QVERIFY(p95 > 5 && p95 < 1000);
            const double errors = model.index(row, ControlPlaneModel::ErrorsColumn)
                                      .data(ControlPlaneModel::RawValueRole)
                                      .toDouble();
            QVERIFY(errors > 0 && errors < 100);
            QVERIFY(model.index(row, ControlPlaneModel::ErrorsColumn)
                        .data()
                        .toString()
                        .endsWith(u" %"_s));
            const auto trend = model.index(row, ControlPlaneModel::TrendColumn)
                                   .data(ControlPlaneModel::TrendRole)
                                   .value<QList<double>>();
            QVERIFY(trend.size() >= 50); // an hour of minutes
            ++checked;
        }
        QVERIFY(checked >= 2);
        model.setHealthShown(false);
        QCOMPARE(feed.plan().size(), 0);
    }
};

} // namespace kd

QTEST_MAIN(kd::TestControlPlaneModel)
#include "tst_controlplanemodel.moc"
