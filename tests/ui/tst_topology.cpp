#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/Session.h"
#include "fleet/SyncEngine.h"
#include "fleet/TelemetryFeed.h"
#include "models/FleetTreeModel.h"
#include "models/TopologyGraph.h"
#include "sim/SimInstance.h"
#include "ui/gateways/GatewaysPane.h"
#include "ui/topology/TopologyPane.h"

#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "common/FleetData.h"
#include "common/SimSession.h"

using namespace Qt::StringLiterals;

namespace kd {

namespace {
using test::configuration;
using test::group;

ControlPlane plane(const QString &id, const QString &name, Geo geo, Labels labels) {
    ControlPlane cp;
    cp.id = id;
    cp.name = name;
    cp.geo = geo;
    cp.labels = std::move(labels);
    cp.cloudGateway = true;
    return cp;
}

// The demo's shape: prod in the US with AWS, Azure and Google Cloud groups and a managed
// cache serving the first two; staging in the EU with a group in error; dev with no groups.
void fill(FleetStore &store) {
    store.replaceControlPlanes(
        Geo::Us, {plane(u"prod"_s, u"prod-billing"_s, Geo::Us, {{u"env"_s, u"prod"_s}}),
                  plane(u"dev"_s, u"dev-billing"_s, Geo::Us, {{u"env"_s, u"dev"_s}})});
    store.replaceControlPlanes(
        Geo::Eu, {plane(u"staging"_s, u"staging-billing"_s, Geo::Eu, {{u"env"_s, u"staging"_s}})});
    store.replaceConfigurations(
        {configuration(u"prod"_s, {group(u"g-aws"_s, u"aws"_s, u"us-east-2"_s, u"ready"_s),
                                   group(u"g-az"_s, u"azure"_s, u"westeurope"_s, u"ready"_s),
                                   group(u"g-gcp"_s, u"gcp"_s, u"us-central1"_s, u"ready"_s)}),
         configuration(u"staging"_s, {group(u"g-err"_s, u"aws"_s, u"eu-central-1"_s, u"error"_s,
                                            u"insufficient capacity"_s)})});
    ManagedCache cache;
    cache.id = u"c1"_s;
    cache.name = u"prod-cache"_s;
    cache.ownerId = u"prod"_s;
    cache.tier = cacheTierFrom(u"small"_s);
    cache.state = cacheStateFrom(u"ready"_s);
    cache.cacheConfigId = u"r1"_s;
    for (const auto &[id, provider, region] :
         {std::tuple{u"g-aws"_s, u"aws"_s, u"us-east-2"_s},
          std::tuple{u"g-az"_s, u"azure"_s, u"westeurope"_s}}) {
        CacheGroupState served;
        served.groupId = id;
        served.provider = providerFrom(provider);
        served.region = region;
        served.state = cacheStateFrom(u"ready"_s);
        cache.groups.append(served);
    }
    store.replaceCaches({cache});
    Plugin rla;
    rla.id = u"p1"_s;
    rla.name = u"rate-limiting-advanced"_s;
    rla.controlPlaneId = u"prod"_s;
    rla.partialIds = {u"r1"_s};
    store.replaceCoreEntitiesOf(u"prod"_s, {}, {rla});
}

QList<QGraphicsItem *> itemsOfKind(QGraphicsScene *scene, const QString &kind) {
    QList<QGraphicsItem *> found;
    for (QGraphicsItem *item : scene->items()) {
        if (item->data(0).toString() == kind)
            found.append(item);
    }
    return found;
}

QGraphicsItem *member(QGraphicsScene *scene, const QString &kind, const QString &id) {
    for (QGraphicsItem *item : itemsOfKind(scene, kind)) {
        if (item->data(1).toString() == id)
            return item;
    }
    return nullptr;
}
} // namespace

class TestTopology final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void graphPlacesGroupsCachesAndProblems() {
        FleetStore store;
        fill(store);
        const TopologyGraph graph = TopologyGraph::build(store);
        QCOMPARE(graph.planes().size(), 3);
        QCOMPARE(graph.groups().size(), 4);
        QCOMPARE(graph.regions().size(), 4);
        QCOMPARE(graph.caches().size(), 2); // one beside each region the cache serves
        QCOMPARE(graph.sites().size(), 2);  // Konnect US and EU

        const TopologyGraph::Group &aws = graph.groups().at(graph.groupIndex(u"g-aws"_s));
        const TopologyGraph::Region &ohio = graph.regions().at(aws.region);
        QVERIFY(ohio.place.known);
        QCOMPARE(ohio.place.city, u"Ohio"_s);
        QCOMPARE(TopologyGraph::project(ohio.place), QPointF(-83.0 * 4, -40.0 * 4));
        QVERIFY(aws.cache >= 0);
        QCOMPARE(graph.caches().at(aws.cache).region, aws.region);
        QVERIFY(aws.problems.isEmpty());
        QCOMPARE(TopologyGraph::cloudColour(aws.provider), QColor(u"#ff9900"_s));
        QCOMPARE(graph.planes().at(aws.plane).name, u"prod-billing"_s);

        // Google Cloud: no cache although its plane has one, and plugins count elsewhere.
        const TopologyGraph::Group &gcp = graph.groups().at(graph.groupIndex(u"g-gcp"_s));
        QCOMPARE(gcp.cache, -1);
        QCOMPARE(gcp.problems.size(), 2);
        QVERIFY(gcp.problems.at(0).contains(u"Google Cloud"_s));
        QVERIFY(gcp.problems.at(1).contains(u"another region"_s));
        const TopologyGraph::Group &broken = graph.groups().at(graph.groupIndex(u"g-err"_s));
        QVERIFY(broken.problems.at(0).contains(u"insufficient capacity"_s));
        QCOMPARE(graph.problemCount(), 2);
        QVERIFY(graph.regions().at(broken.region).hasProblem);

        // Filters: a label, a name, a cloud.
        QCOMPARE(TopologyGraph::build(store, {u"env:prod"_s, {}}).groups().size(), 3);
        QCOMPARE(TopologyGraph::build(store, {u"env:prod"_s, {}}).planes().size(), 1);
        QCOMPARE(TopologyGraph::build(store, {u"staging"_s, {}}).planes().size(), 1);
        QCOMPARE(TopologyGraph::build(store, {u"env"_s, {}}).planes().size(), 3);
        const TopologyGraph azure = TopologyGraph::build(store, {{}, {CloudProvider::Azure}});
        QCOMPARE(azure.groups().size(), 1);
        QCOMPARE(azure.planes().size(), 1);

        // Every region availability.json names in the simulator has a place.
        for (const auto &[provider, region] : {std::pair{CloudProvider::Aws, u"ap-southeast-2"_s},
                                               std::pair{CloudProvider::Azure, u"southeastasia"_s},
                                               std::pair{CloudProvider::Gcp, u"asia-south1"_s}})
            QVERIFY(placeOfRegion(provider, region).known);
        QVERIFY(!placeOfRegion(CloudProvider::Aws, u"us-future-9"_s).known);
        QVERIFY(placeOfRegion(CloudProvider::Aws, u"us-future-9"_s).longitude < -50);
        QVERIFY(knownRegionCount(CloudProvider::Aws) >= 30);
    }

    void sceneDrawsTheFleetWithLevelOfDetail() {
        FleetStore store;
        fill(store);
        TopologyPane pane(&store);
        pane.resize(1200, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QGraphicsScene *scene = pane.scene();
        QCOMPARE(itemsOfKind(scene, u"land"_s).size(), 1);
        QVERIFY(itemsOfKind(scene, u"land"_s).first()->boundingRect().width() > 1000);
        QCOMPARE(itemsOfKind(scene, u"region"_s).size(), 4);
        QCOMPARE(itemsOfKind(scene, u"site"_s).size(), 2);
        QCOMPARE(itemsOfKind(scene, u"group"_s).size(), 4);
        QCOMPARE(itemsOfKind(scene, u"plane"_s).size(), 3);
        QCOMPARE(itemsOfKind(scene, u"cache"_s).size(), 2);
        // Far out: clusters only.
        QVERIFY(pane.view()->zoom() < 2.5);
        QVERIFY(!member(scene, u"group"_s, u"g-aws"_s)->isVisible());
        QVERIFY(!member(scene, u"cache"_s, u"prod"_s)->isVisible()); // drawn by its region
        pane.grab().save(QStringLiteral(KD_SHOT_DIR "/topology-world.png"));
        // Close in: every group on its own, at its region.
        pane.view()->zoomBy(4.0 / pane.view()->zoom(), pane.view()->viewport()->rect().center());
        QVERIFY(member(scene, u"group"_s, u"g-aws"_s)->isVisible());
        QVERIFY(member(scene, u"cache"_s, u"prod"_s)->isVisible());
        QCOMPARE(member(scene, u"group"_s, u"g-aws"_s)->parentItem()->pos(),
                 TopologyGraph::project(40.0, -83.0));
        pane.view()->centerOn(TopologyGraph::project(45, -20));
        pane.grab().save(QStringLiteral(KD_SHOT_DIR "/topology-detail.png"));

        // The cloud filter leaves Azure only.
        pane.setFilter({{}, {CloudProvider::Azure}});
        QCOMPARE(itemsOfKind(scene, u"group"_s).size(), 1);
        pane.setFilter({});
        QCOMPARE(itemsOfKind(scene, u"group"_s).size(), 4);

        // A change in the store reaches the map.
        store.replaceConfigurations(
            {configuration(u"prod"_s, {group(u"g-aws"_s, u"aws"_s, u"us-east-2"_s, u"ready"_s)})});
        QTRY_COMPARE(itemsOfKind(scene, u"group"_s).size(), 1);

        QTemporaryDir dir;
        QString error;
        QVERIFY2(pane.exportImage(dir.filePath(u"map.png"_s), &error), qPrintable(error));
        QVERIFY(QFile(dir.filePath(u"map.png"_s)).size() > 1000);
        QVERIFY2(pane.exportImage(dir.filePath(u"map.svg"_s), &error), qPrintable(error));
        QFile svg(dir.filePath(u"map.svg"_s));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        QVERIFY(!pane.exportImage(u"/nonexistent/dir/map.png"_s, &error));
        QVERIFY(error.contains(u"Cannot write"_s));
    }

    void telemetryOverlaysFromTheSimulator() {
        const QString token = u"kpat_topology-fixture-not-a-token"_s;
        const auto sim = test::startSim(token);
        const auto sessionOnSim = test::sessionOn(*sim, u"topology"_s, token);
        Session &session = *sessionOnSim;
        FleetStore store;
        SyncEngine sync(&session, &store);
        QSignalSpy synced(&sync, &SyncEngine::syncFinished);
        sync.refreshNow();
        QVERIFY(synced.wait(20000));
        TelemetryFeed feed(&session, &store);
        TopologyPane pane(&store);
        pane.setTelemetry(&feed);
        pane.resize(1200, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy updated(&pane, &TopologyPane::overlayUpdated);
        pane.setOverlayEnabled(true);
        QVERIFY(feed.plan().size() <= 4); // planes and caches, for the two geos in use
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (QGraphicsItem *item : itemsOfKind(pane.scene(), u"group"_s)) {
                    if (item->toolTip().contains(u"for the whole control plane"_s))
                        return true;
                }
                return false;
            }(),
            20000);
        pane.view()->zoomBy(4.0 / pane.view()->zoom(), pane.view()->viewport()->rect().center());
        pane.view()->centerOn(TopologyGraph::project(49, 4)); // the EU groups and cache
        pane.grab().save(QStringLiteral(KD_SHOT_DIR "/topology-overlay.png"));
        pane.setOverlayEnabled(false);
        QCOMPARE(feed.plan().size(), 0);
    }

    void selectionStaysInStepWithTheGatewaysPane() {
        FleetStore store;
        fill(store);
        Session session(Profile{});
        FleetActions actions(&session, &store);
        GatewaysPane gateways(&store, &actions);
        TopologyPane topology(&store);
        topology.resize(1000, 600);
        topology.show();
        gateways.show();
        QVERIFY(QTest::qWaitForWindowExposed(&topology));
        connect(&topology, &TopologyPane::groupSelected, &gateways, &GatewaysPane::selectGroup);
        connect(&gateways, &GatewaysPane::groupSelected, &topology, &TopologyPane::selectGroup);
        QSignalSpy fromMap(&topology, &TopologyPane::groupSelected);
        QSignalSpy fromPane(&gateways, &GatewaysPane::groupSelected);

        // The user clicks a group on the map: the gateways pane follows, without an echo.
        topology.view()->zoomBy(4.0 / topology.view()->zoom(), {500, 300});
        member(topology.scene(), u"group"_s, u"g-az"_s)->setSelected(true);
        QCOMPARE(fromMap.size(), 1);
        QCOMPARE(gateways.view()->currentIndex().data(FleetTreeModel::GroupIdRole).toString(),
                 u"g-az"_s);
        QCOMPARE(fromPane.size(), 0);

        // The user picks a group in the pane: the map selects it and zooms to it.
        topology.view()->fit();
        const QModelIndex row =
            gateways.view()
                ->model()
                ->match(gateways.view()->model()->index(0, 0), FleetTreeModel::GroupIdRole,
                        u"g-err"_s, 1, Qt::MatchRecursive)
                .value(0);
        QVERIFY(row.isValid());
        gateways.view()->setCurrentIndex(row);
        QCOMPARE(fromPane.size(), 1);
        QCOMPARE(topology.selectedGroup(), u"g-err"_s);
        QVERIFY(topology.view()->zoom() >= 2.5);
        QCOMPARE(fromMap.size(), 1); // no echo back

        // Control planes too.
        topology.selectControlPlane(u"staging"_s);
        QCOMPARE(topology.selectedControlPlane(), u"staging"_s);
    }
};

} // namespace kd

QTEST_MAIN(kd::TestTopology)
#include "tst_topology.moc"
