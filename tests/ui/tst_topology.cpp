#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/Session.h"
#include "fleet/SyncEngine.h"
#include "fleet/TelemetryFeed.h"
#include "fleet/advisor/Rules.h"
#include "models/FleetTreeModel.h"
#include "models/TopologyGraph.h"
#include "sim/SimInstance.h"
#include "ui/gateways/GatewaysPane.h"
#include "ui/topology/CacheItem.h"
#include "ui/topology/EdgesItem.h"
#include "ui/topology/GroupItem.h"
#include "ui/topology/MapDetails.h"
#include "ui/topology/MapLegend.h"
#include "ui/topology/PlaneItem.h"
#include "ui/topology/RegionItem.h"
#include "ui/topology/SiteItem.h"
#include "ui/topology/TelemetryOverlay.h"
#include "ui/topology/TopologyPane.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWheelEvent>

#include "common/FleetData.h"
#include "common/SimSession.h"
#include <cmath>

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

template <typename Item>
QList<Item *> itemsOf(QGraphicsScene *scene) {
    QList<Item *> found;
    for (QGraphicsItem *item : scene->items()) {
        if (auto *typed = qgraphicsitem_cast<Item *>(item))
            found.append(typed);
    }
    return found;
}

GroupItem *groupItem(QGraphicsScene *scene, const QString &id) {
    for (GroupItem *item : itemsOf<GroupItem>(scene)) {
        if (item->id() == id)
            return item;
    }
    return nullptr;
}

CacheItem *cacheOf(QGraphicsScene *scene, const QString &ownerId) {
    for (CacheItem *item : itemsOf<CacheItem>(scene)) {
        if (item->ownerId() == ownerId)
            return item;
    }
    return nullptr;
}

TelemetrySeries series(const QString &metric, const QString &breakdown, QList<double> values) {
    TelemetrySeries line;
    line.metric = metric;
    line.breakdownValue = breakdown;
    line.values = std::move(values);
    return line;
}

// Where a scene point is on screen, in viewport pixels.
QPointF onScreen(const TopologyView *view, const QPointF &scenePoint) {
    return view->viewportTransform().map(scenePoint);
}

// Is the colour at a viewport pixel the given one (within antialiasing and rounding)?
bool near(const QColor &a, const QColor &b) {
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
               + std::abs(a.blue() - b.blue())
           < 24;
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
        QVERIFY(pane.view()->land().boundingRect().width() > 1000);
        QCOMPARE(itemsOf<RegionItem>(scene).size(), 4);
        QCOMPARE(itemsOf<SiteItem>(scene).size(), 2);
        QCOMPARE(itemsOf<GroupItem>(scene).size(), 4);
        QCOMPARE(itemsOf<PlaneItem>(scene).size(), 3);
        QCOMPARE(itemsOf<CacheItem>(scene).size(), 2);
        QCOMPARE(itemsOf<EdgesItem>(scene).size(), 1);
        // Far out: clusters only.
        pane.view()->zoomBy(1.0 / pane.view()->zoom(), pane.view()->viewport()->rect().center());
        QVERIFY(!groupItem(scene, u"g-aws"_s)->isVisible());
        QVERIFY(!cacheOf(scene, u"prod"_s)->isVisible()); // drawn by its region
        // The land and the sea are drawn under the markers.
        const QImage shown = pane.view()->viewport()->grab().toImage();
        const MapPalette colours = pane.view()->colours();
        const QPointF madrid = onScreen(pane.view(), TopologyGraph::project(40, -4));
        const QPointF atlantic = onScreen(pane.view(), TopologyGraph::project(40, -40));
        QVERIFY(near(shown.pixelColor(madrid.toPoint()), colours.land));
        QVERIFY(near(shown.pixelColor(atlantic.toPoint()), colours.sea));
        pane.grab().save(QStringLiteral(KD_SHOT_DIR "/topology-world.png"));
        // Close in: every group on its own, at its region.
        pane.view()->zoomBy(4.0 / pane.view()->zoom(), pane.view()->viewport()->rect().center());
        QVERIFY(groupItem(scene, u"g-aws"_s)->isVisible());
        QVERIFY(cacheOf(scene, u"prod"_s)->isVisible());
        QCOMPARE(groupItem(scene, u"g-aws"_s)->parentItem()->pos(),
                 TopologyGraph::project(40.0, -83.0));
        pane.view()->centerOn(TopologyGraph::project(45, -20));
        pane.grab().save(QStringLiteral(KD_SHOT_DIR "/topology-detail.png"));

        // The cloud filter leaves Azure only.
        pane.setFilter({{}, {CloudProvider::Azure}});
        QCOMPARE(itemsOf<GroupItem>(scene).size(), 1);
        pane.setFilter({});
        QCOMPARE(itemsOf<GroupItem>(scene).size(), 4);

        // A change in the store reaches the map.
        store.replaceConfigurations(
            {configuration(u"prod"_s, {group(u"g-aws"_s, u"aws"_s, u"us-east-2"_s, u"ready"_s)})});
        QTRY_COMPARE(itemsOf<GroupItem>(scene).size(), 1);

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

    void findingsAreCountedAndMarkedOnTheMap() {
        FleetStore store;
        fill(store);
        TopologyPane pane(&store);
        pane.resize(1200, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *summary = pane.findChild<QLabel *>(u"topologyAdvisorSummary"_s);
        QVERIFY(summary);
        QVERIFY(!summary->isVisible()); // no findings, nothing to say
        // The advisor's rules over this fleet: staging's group in error, prod's Google Cloud
        // group the cache does not serve, and more.
        const QList<advisor::Finding> findings = advisor::evaluateAll(store, {});
        int errors = 0;
        int warnings = 0;
        for (const advisor::Finding &finding : findings) {
            errors += finding.severity == advisor::Severity::Error;
            warnings += finding.severity == advisor::Severity::Warning;
        }
        QVERIFY(errors > 0 && warnings > 0);
        pane.setFindings(findings);
        QVERIFY(summary->isVisible());
        QVERIFY(summary->text().contains(u"%1 error"_s.arg(errors)));
        QVERIFY(summary->text().contains(u"%1 warning"_s.arg(warnings)));
        QVERIFY(summary->accessibleName().startsWith(u"Advisor: "_s));
        // The summary sits over the map, clear of the legend.
        QCOMPARE(summary->parentWidget(), pane.view());
        QVERIFY(!summary->geometry().intersects(
            pane.findChild<QWidget *>(u"topologyLegend"_s)->geometry()));

        // Each thing a finding names carries its mark, the findings in its tooltip.
        QGraphicsScene *scene = pane.scene();
        GroupItem *broken = groupItem(scene, u"g-err"_s);
        QCOMPARE(broken->findingMark().worst, advisor::Severity::Error);
        QVERIFY(broken->toolTip().contains(advisor::ruleTitle(u"state.error"_s)));
        GroupItem *gcp = groupItem(scene, u"g-gcp"_s);
        QCOMPARE(gcp->findingMark().worst, advisor::Severity::Warning);
        QVERIFY(gcp->toolTip().contains(advisor::ruleTitle(u"cache.provider-not-served"_s)));
        QVERIFY(gcp->toolTip().contains(u"us-central1"_s)); // what the group said stays
        QVERIFY(groupItem(scene, u"g-aws"_s)->findingMark().isEmpty());
        // Plugins count on their control plane.
        PlaneItem *prod = nullptr;
        for (PlaneItem *item : itemsOf<PlaneItem>(scene))
            prod = item->id() == u"prod"_s ? item : prod;
        QVERIFY(prod);
        QVERIFY(!prod->findingMark().isEmpty());
        // A closed cluster carries its members' worst.
        auto *region = qgraphicsitem_cast<RegionItem *>(broken->parentItem());
        QCOMPARE(region->findingMark().worst, advisor::Severity::Error);
        QVERIFY(region->toolTip().contains(advisor::ruleTitle(u"state.error"_s)));

        // Drawn: close in, the group's marker shows in the error colour at its top right.
        pane.view()->zoomBy(4.0 / pane.view()->zoom(), pane.view()->viewport()->rect().center());
        pane.view()->centerOn(region->pos());
        QVERIFY(broken->isVisible());
        QApplication::processEvents();
        const QImage shown = pane.view()->viewport()->grab().toImage();
        const QPointF mark = onScreen(pane.view(), region->pos()) + broken->pos()
                             + MemberItem::markAt + QPointF(-2, 0);
        QVERIFY2(
            near(shown.pixelColor(mark.toPoint()), findingmark::colour(advisor::Severity::Error)),
            qPrintable(shown.pixelColor(mark.toPoint()).name()));
        pane.grab().save(QStringLiteral(KD_SHOT_DIR "/topology-findings.png"));

        // A click on the summary asks for the Advisor.
        QSignalSpy requested(&pane, &TopologyPane::advisorRequested);
        QTest::mouseClick(summary, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        summary->setFocus();
        QTest::keyClick(summary, Qt::Key_Return);
        QCOMPARE(requested.size(), 2);
        // A rebuild keeps the marks; no findings take them away.
        pane.rebuild();
        QCOMPARE(groupItem(pane.scene(), u"g-err"_s)->findingMark().worst,
                 advisor::Severity::Error);
        pane.setFindings({});
        QVERIFY(!summary->isVisible());
        QVERIFY(groupItem(pane.scene(), u"g-err"_s)->findingMark().isEmpty());
        QVERIFY(!groupItem(pane.scene(), u"g-err"_s)->toolTip().contains(u"Advisor"_s));
    }

    void itemsAreToldApartByTheirType() {
        FleetStore store;
        fill(store);
        TopologyPane pane(&store);
        QGraphicsScene *scene = pane.scene();
        GroupItem *aws = groupItem(scene, u"g-aws"_s);
        QVERIFY(aws);
        QCOMPARE(aws->type(), int(GroupItem::Type));
        QGraphicsItem *item = aws;
        QVERIFY(!qgraphicsitem_cast<PlaneItem *>(item));
        QVERIFY(!qgraphicsitem_cast<CacheItem *>(item));
        QVERIFY(!qgraphicsitem_cast<RegionItem *>(item));
        QVERIFY(qgraphicsitem_cast<RegionItem *>(aws->parentItem()));
        QCOMPARE(ClusterItem::of(item), ClusterItem::of(aws->parentItem()));
        QVERIFY(ClusterItem::of(item));
        PlaneItem *plane = itemsOf<PlaneItem>(scene).value(0);
        QVERIFY(qgraphicsitem_cast<SiteItem *>(plane->parentItem()));
        QVERIFY(!ClusterItem::of(itemsOf<EdgesItem>(scene).value(0)));
        // Every map item has a type of its own.
        QSet<int> types;
        for (QGraphicsItem *any : scene->items())
            types.insert(any->type());
        QCOMPARE(types.size(), 6); // edges, region, site, group, plane, cache
        for (int type : types)
            QVERIFY(type > QGraphicsItem::UserType);
    }

    void wheelAndKeysZoomAroundTheCursor() {
        FleetStore store;
        fill(store);
        TopologyPane pane(&store);
        pane.resize(1200, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        TopologyView *view = pane.view();
        view->zoomBy(3.0 / view->zoom(), QRectF(view->viewport()->rect()).center());
        for (const QPoint cursor : {QPoint(200, 150), QPoint(900, 500), QPoint(600, 320)}) {
            for (const int delta : {120, -120, 240}) {
                const QPointF under = view->viewportTransform().inverted().map(QPointF(cursor));
                const double before = view->zoom();
                QWheelEvent wheel(cursor, view->viewport()->mapToGlobal(cursor), {}, {0, delta},
                                  Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
                QApplication::sendEvent(view->viewport(), &wheel);
                QVERIFY(qAbs(view->zoom() / before - std::pow(1.25, delta / 120.0)) < 1e-6);
                const QPointF now = onScreen(view, under);
                QVERIFY2(QLineF(now, cursor).length() <= 1.0,
                         qPrintable(u"(%1, %2) moved to (%3, %4)"_s.arg(cursor.x())
                                        .arg(cursor.y())
                                        .arg(now.x())
                                        .arg(now.y())));
            }
        }
        // The buttons and the keyboard zoom around the centre, one step at a time.
        const QPointF centre = QRectF(view->viewport()->rect()).center();
        const QPointF middle = view->viewportTransform().inverted().map(centre);
        const double before = view->zoom();
        auto *zoomIn = pane.findChild<QAction *>(u"zoomInTopologyAction"_s);
        auto *zoomOut = pane.findChild<QAction *>(u"zoomOutTopologyAction"_s);
        QVERIFY(zoomIn && zoomOut);
        zoomIn->trigger();
        QCOMPARE(view->zoom(), before * 1.25);
        QVERIFY(QLineF(onScreen(view, middle), centre).length() <= 1.0);
        zoomOut->trigger();
        QVERIFY(qFuzzyCompare(view->zoom(), before));
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY(qFuzzyCompare(view->zoom(), before * 1.25));
        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(qFuzzyCompare(view->zoom(), before));
    }

    void fitShowsTheFleetNotTheWorld() {
        FleetStore store;
        fill(store);
        TopologyPane pane(&store);
        pane.resize(1200, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        TopologyView *view = pane.view();
        const auto check = [&] {
            view->zoomBy(0.5, {10, 10}); // anywhere else first
            pane.findChild<QAction *>(u"fitTopologyAction"_s)->trigger();
            const QRectF screen = view->viewport()->rect();
            QPolygonF shown; // where the clusters' points are on screen
            for (QGraphicsItem *item : view->scene()->items()) {
                if (!qgraphicsitem_cast<RegionItem *>(item)
                    && !qgraphicsitem_cast<SiteItem *>(item))
                    continue;
                const QPointF at = onScreen(view, item->pos());
                if (!screen.adjusted(20, 20, -20, -20).contains(at))
                    return false;
                shown.append(at);
            }
            // The fleet fills the view one way or the other, as far as the margins allow.
            const QRectF spread = shown.boundingRect();
            return spread.width() >= screen.width() * 0.75
                   || spread.height() >= screen.height() * 0.75 || view->zoom() >= 6.0;
        };
        QVERIFY(check());
        QVERIFY(!view->horizontalScrollBar()->isVisible());
        QVERIFY(!view->verticalScrollBar()->isVisible());
        // The filtered part: Azure alone is one region, zoomed in until its cluster opens.
        pane.setFilter({{}, {CloudProvider::Azure}});
        QVERIFY(check());
        QVERIFY(groupItem(pane.scene(), u"g-az"_s)->isVisible());
        QVERIFY(!groupItem(pane.scene(), u"g-az"_s)->name().isEmpty());
    }

    void overlayFiguresComeFromTheLastBucket() {
        FleetStore store;
        fill(store);
        const TopologyGraph graph = TopologyGraph::build(store);
        const double gap = OverlayValues::none;
        const OverlayValues values =
            OverlayValues::from({series(u"response_latency_p95"_s, u"prod"_s, {900, 1200, gap}),
                                 series(u"error_rate"_s, u"prod"_s, {0.1, 0.4, gap}),
                                 series(u"response_latency_p95"_s, u"staging"_s, {80, gap, gap})},
                                {series(u"cache_memory_utilization_max"_s, u"g-aws"_s, {50, 72}),
                                 series(u"cache_memory_utilization_max"_s, u"g-az"_s, {10, gap})});
        QCOMPARE(values.planes.value(u"prod"_s).p95Ms, 1200.0);
        QCOMPARE(values.planes.value(u"prod"_s).errorPercent, 0.4);
        QCOMPARE(values.planes.value(u"staging"_s).p95Ms, 80.0);
        QVERIFY(std::isnan(values.planes.value(u"staging"_s).errorPercent));
        QCOMPARE(values.groupCache.value(u"g-aws"_s), 72.0);

        const MarkerOverlay aws = values.group(graph, graph.groupIndex(u"g-aws"_s));
        QCOMPARE(aws.text, u"p95 1200 ms · err 0.4 % · mem 72 %"_s);
        QCOMPARE(aws.health, Health::Bad); // 1,200 ms
        const MarkerOverlay err = values.group(graph, graph.groupIndex(u"g-err"_s));
        QCOMPARE(err.text, u"p95 80 ms · err – %"_s);
        QCOMPARE(err.health, Health::Good);
        const MarkerOverlay az = values.group(graph, graph.groupIndex(u"g-az"_s));
        QCOMPARE(az.health, Health::Bad);
        QVERIFY(az.text.endsWith(u"mem 10 %"_s));
        // The cache beside Ohio: the busiest group it serves there, against the 70–75 % rule.
        const int ohioCache = graph.groups().at(graph.groupIndex(u"g-aws"_s)).cache;
        QCOMPARE(values.cache(graph, ohioCache).text, u"mem 72 %"_s);
        QCOMPARE(values.cache(graph, ohioCache).health, Health::Warning);
        // A closed region shows the worst of its groups.
        const int ohio = graph.groups().at(graph.groupIndex(u"g-aws"_s)).region;
        QCOMPARE(values.region(graph, ohio).health, Health::Bad);
        QVERIFY(values.region(graph, ohio).text.contains(u"1200 ms"_s));
        QVERIFY(OverlayValues::from({}, {}).isEmpty());
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
                for (GroupItem *item : itemsOf<GroupItem>(pane.scene())) {
                    if (item->toolTip().contains(u"for the whole control plane"_s))
                        return true;
                }
                return false;
            }(),
            20000);
        // Far out the closed regions carry the figures and the health of their groups.
        pane.view()->fit();
        int regionsWithFigures = 0;
        for (RegionItem *region : itemsOf<RegionItem>(pane.scene())) {
            regionsWithFigures += region->overlay().text.contains(u" ms"_s) ? 1 : 0;
        }
        QVERIFY(regionsWithFigures > 0);
        // Caches' memory per group, from managed_cache_usage by data_plane_group.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (CacheItem *cache : itemsOf<CacheItem>(pane.scene())) {
                    if (cache->overlay().text.contains(u"mem"_s))
                        return true;
                }
                return false;
            }(),
            20000);
        auto *legend = pane.findChild<MapLegend *>(u"topologyLegend"_s);
        QVERIFY(legend && legend->isVisible() && legend->overlay());
        pane.grab().save(QStringLiteral(KD_SHOT_DIR "/topology-overlay-world.png"));
        // A selection opens the details with the group's health.
        GroupItem *selected = nullptr;
        for (GroupItem *item : itemsOf<GroupItem>(pane.scene())) {
            if (!item->overlay().isEmpty() && item->overlay().text.contains(u"mem"_s))
                selected = item;
        }
        QVERIFY(selected);
        pane.selectGroup(selected->id());
        auto *details = pane.findChild<MapDetails *>(u"topologyDetails"_s);
        QVERIFY(details && details->isVisible());
        QVERIFY(details->text().contains(u"p95 latency"_s));
        QVERIFY(details->text().contains(u"Managed cache"_s));
        pane.grab().save(QStringLiteral(KD_SHOT_DIR "/topology-details.png"));
        QTemporaryDir dir;
        QString error;
        QVERIFY2(pane.exportImage(dir.filePath(u"map.png"_s), &error), qPrintable(error));
        const QImage exported(dir.filePath(u"map.png"_s));
        QVERIFY(exported.height() > pane.view()->viewport()->height()); // the title above
        exported.save(QStringLiteral(KD_SHOT_DIR "/topology-export.png"));
        pane.setOverlayEnabled(false);
        QVERIFY(!legend->overlay());
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
        groupItem(topology.scene(), u"g-az"_s)->setSelected(true);
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
