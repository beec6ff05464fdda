#include "fleet/FleetStore.h"
#include "models/CacheModel.h"
#include "models/FleetFilterProxy.h"
#include "models/PluginModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
Plugin plugin(const QString &id, const QString &name, const QString &cp, Geo geo,
              QStringList partials = {}) {
    Plugin p;
    p.id = id;
    p.name = name;
    p.instanceName = name + u'-' + id;
    p.controlPlaneId = cp;
    p.geo = geo;
    p.partialIds = std::move(partials);
    return p;
}

Partial partial(const QString &id, const QString &name, const QString &cp, Geo geo,
                bool managed = false) {
    Partial p;
    p.id = id;
    p.name = name;
    p.type = partialTypeFrom(u"redis-ee"_s);
    p.controlPlaneId = cp;
    p.geo = geo;
    p.config = {{u"host"_s, u"redis.internal"_s}};
    if (managed)
        p.tags = {u"konnect-managed"_s};
    return p;
}
} // namespace

class TestPluginModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pluginsFollowTheStoreWithoutResets() {
        FleetStore store;
        PluginModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        QList<Plugin> us{plugin(u"p1"_s, u"key-auth"_s, u"cp1"_s, Geo::Us),
                         plugin(u"p2"_s, u"rate-limiting-advanced"_s, u"cp1"_s, Geo::Us, {u"r1"_s}),
                         plugin(u"p3"_s, u"cors"_s, u"cp2"_s, Geo::Us)};
        store.replaceCoreEntities(Geo::Us, {partial(u"r1"_s, u"shared"_s, u"cp1"_s, Geo::Us)}, us);
        store.replaceCoreEntities(Geo::Eu, {}, {plugin(u"p4"_s, u"acl"_s, u"cp3"_s, Geo::Eu)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(1, PluginModel::PartialColumn).data().toString(), u"shared"_s);
        QCOMPARE(model.index(0, PluginModel::ScopeColumn).data().toString(), u"global"_s);
        QCOMPARE(store.pluginCountOf(u"cp1"_s), 2);

        // One plugin disabled: one dataChanged, for its row only.
        us[2].enabled = false;
        store.replaceCoreEntities(Geo::Us, {partial(u"r1"_s, u"shared"_s, u"cp1"_s, Geo::Us)}, us);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(model.index(2, PluginModel::EnabledColumn).data().toString(), u"disabled"_s);

        // The EU sync does not touch US plugins; removing one removes one row.
        us.removeAt(0);
        store.replaceCoreEntities(Geo::Us, {partial(u"r1"_s, u"shared"_s, u"cp1"_s, Geo::Us)}, us);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.indexOfId(u"p4"_s).row(), 2);
        QCOMPARE(reset.size(), 0);

        // A user action on one control plane leaves the others alone.
        Plugin edited = us.at(0);
        edited.instanceName = u"orders-limit"_s;
        store.upsertPlugin(edited);
        QCOMPARE(model.index(model.indexOfId(u"p2"_s).row(), PluginModel::InstanceColumn)
                     .data()
                     .toString(),
                 u"orders-limit"_s);
        store.removePlugin(u"p3"_s);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(store.plugin(u"p4"_s));
    }

    void partialsCountTheirPlugins() {
        FleetStore store;
        PartialModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        store.replaceCoreEntities(
            Geo::Us,
            {partial(u"r1"_s, u"konnect-managed-1"_s, u"cp1"_s, Geo::Us, true),
             partial(u"r2"_s, u"billing-redis"_s, u"cp1"_s, Geo::Us)},
            {plugin(u"p1"_s, u"rate-limiting-advanced"_s, u"cp1"_s, Geo::Us, {u"r1"_s}),
             plugin(u"p2"_s, u"proxy-cache-advanced"_s, u"cp1"_s, Geo::Us, {u"r1"_s})});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, PartialModel::ManagedColumn).data().toString(),
                 u"konnect-managed"_s);
        QCOMPARE(
            model.index(0, PartialModel::LinkedColumn).data(PartialModel::RawValueRole).toInt(), 2);
        QCOMPARE(
            model.index(1, PartialModel::LinkedColumn).data(PartialModel::RawValueRole).toInt(), 0);
        QCOMPARE(model.index(1, PartialModel::HostColumn).data().toString(), u"redis.internal"_s);

        // Unlinking a plugin changes the partial's count, announced as a change.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        store.upsertPlugin(plugin(u"p2"_s, u"proxy-cache-advanced"_s, u"cp1"_s, Geo::Us));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(
            model.index(0, PartialModel::LinkedColumn).data(PartialModel::RawValueRole).toInt(), 1);
        QCOMPARE(store.pluginsUsing(u"r1"_s), QStringList{u"p1"_s});

        // The filter finds the badge and the host; sorting uses the raw count.
        FleetFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(PartialModel::RawValueRole);
        proxy.setFilterText(u"konnect-managed"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText({});
        proxy.sort(PartialModel::LinkedColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, PartialModel::NameColumn).data().toString(),
                 u"konnect-managed-1"_s);

        store.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void cachesShowTheirPartialAndItsPlugins() {
        FleetStore store;
        CacheModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ManagedCache cache;
        cache.id = u"c1"_s;
        cache.name = u"prod-cache"_s;
        cache.ownerId = u"cp1"_s;
        cache.cacheConfigId = u"r1"_s;
        cache.tier = cacheTierFrom(u"small"_s);
        cache.state = cacheStateFrom(u"ready"_s);
        store.replaceCaches({cache});
        QCOMPARE(model.index(0, CacheModel::PartialColumn).data().toString(), u"r1"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        store.replaceCoreEntities(
            Geo::Us, {partial(u"r1"_s, u"konnect-managed-r1"_s, u"cp1"_s, Geo::Us, true)},
            {plugin(u"p1"_s, u"rate-limiting-advanced"_s, u"cp1"_s, Geo::Us, {u"r1"_s})});
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.index(0, CacheModel::PartialColumn).data().toString(),
                 u"konnect-managed-r1"_s);
        QCOMPARE(model.index(0, CacheModel::PluginsColumn).data(CacheModel::RawValueRole).toInt(),
                 1);
        store.removePlugin(u"p1"_s);
        QCOMPARE(model.index(0, CacheModel::PluginsColumn).data(CacheModel::RawValueRole).toInt(),
                 0);
    }

    void snapshotKeepsPluginsAndPartials() {
        FleetStore store;
        Plugin p = plugin(u"p1"_s, u"key-auth"_s, u"cp1"_s, Geo::Au);
        store.replaceCoreEntities(Geo::Au, {partial(u"r1"_s, u"shared"_s, u"cp1"_s, Geo::Au)}, {p});
        QTemporaryDir dir;
        const QString path = dir.filePath(u"snapshot.sqlite"_s);
        QVERIFY(SnapshotStore::write(path, store.snapshot()));
        const auto read = SnapshotStore::read(path); // through SQLite and back
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message()));
        const SnapshotData data = *read;
        QCOMPARE(data.plugins.size(), 1);
        QCOMPARE(data.partials.size(), 1);
        FleetStore restored;
        PluginModel model(&restored);
        restored.restore(data);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(restored.plugin(u"p1"_s)->geo, Geo::Au);
        QCOMPARE(restored.partial(u"r1"_s)->controlPlaneId, u"cp1"_s);
    }
};

} // namespace kd

QTEST_GUILESS_MAIN(kd::TestPluginModel)
#include "tst_pluginmodel.moc"
