#include "ui/topology/TopologyPane.h"

#include "fleet/FleetStore.h"
#include "fleet/TelemetryFeed.h"
#include "ui/topology/AdvisorSummary.h"
#include "ui/topology/CacheItem.h"
#include "ui/topology/EdgesItem.h"
#include "ui/topology/GroupItem.h"
#include "ui/topology/MapData.h"
#include "ui/topology/MapDetails.h"
#include "ui/topology/MapFindings.h"
#include "ui/topology/MapLegend.h"
#include "ui/topology/PlaneItem.h"
#include "ui/topology/RegionItem.h"
#include "ui/topology/SiteItem.h"
#include "ui/topology/TelemetryOverlay.h"

#include <QAction>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
// Past this zoom clusters may open; below it every group and control plane is clustered.
constexpr double detailZoom = 2.5;
constexpr int filterDelayMs = 150;
constexpr int storeDelayMs = 250; // changes from a sync come in bursts
constexpr int legendMargin = 8;
} // namespace

TopologyPane::TopologyPane(FleetStore *store, QWidget *parent)
    : Pane(parent)
    , m_store(store)
    , m_scene(new QGraphicsScene(this))
    , m_view(new TopologyView(this))
    , m_legend(new MapLegend(m_view))
    , m_details(new MapDetails(this))
    , m_overlay(new TelemetryOverlay(this))
    , m_filterText(new QLineEdit(this))
    , m_fit(new QAction(QIcon::fromTheme(u"zoom-fit-best"_s), tr("&Fit to Fleet"), this))
    , m_zoomIn(new QAction(QIcon::fromTheme(u"zoom-in"_s), tr("Zoom &In"), this))
    , m_zoomOut(new QAction(QIcon::fromTheme(u"zoom-out"_s), tr("Zoom &Out"), this))
    , m_export(new QAction(QIcon::fromTheme(u"document-export"_s), tr("E&xport…"), this))
    , m_overlayAction(
          new QAction(QIcon::fromTheme(u"view-statistics"_s), tr("&Telemetry Overlay"), this))
    , m_summary(new QLabel(this))
    , m_advisorSummary(new AdvisorSummary(m_view)) {
    setObjectName(u"topologyPane"_s);
    m_scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    m_scene->setSceneRect(mapdata::sceneBounds());
    m_scene->setPalette(m_view->palette());
    m_view->setScene(m_scene);
    m_view->installEventFilter(this);
    m_details->hide();
    auto *toolbar = new QToolBar(this);
    buildToolbar(toolbar);
    m_summary->setObjectName(u"topologySummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    // A long summary wraps rather than widening the window (the stack takes its widest page).
    m_summary->setWordWrap(true);
    auto *body = new QHBoxLayout;
    body->addWidget(m_view, 1);
    body->addWidget(m_details);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addLayout(body, 1);
    layout->addWidget(m_summary);

    // The advisor's count by severity floats over the map's top left; a click opens it.
    connect(m_advisorSummary, &AdvisorSummary::activated, this, &TopologyPane::advisorRequested);

    m_edges = new EdgesItem;
    m_edges->setZValue(1);
    m_scene->addItem(m_edges);

    m_marking.setSingleShot(true);
    m_marking.setInterval(0);
    connect(&m_marking, &QTimer::timeout, this, [this] {
        QElapsedTimer elapsed;
        elapsed.start();
        markSome(elapsed, true);
    });
    m_rebuild.setSingleShot(true);
    connect(&m_rebuild, &QTimer::timeout, this, &TopologyPane::rebuild);
    const auto soon = [this] { m_rebuild.start(storeDelayMs); };
    for (auto signal : {&FleetStore::controlPlanesAdded, &FleetStore::controlPlanesChanged,
                        &FleetStore::controlPlanesRemoved, &FleetStore::cachesAdded,
                        &FleetStore::cachesChanged, &FleetStore::cachesRemoved})
        connect(store, signal, this, soon);
    connect(store, &FleetStore::dataPlaneGroupsChanged, this, soon);
    connect(m_view, &TopologyView::zoomChanged, this, &TopologyPane::applyDetail);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &TopologyPane::onSelectionChanged);
    connect(m_overlay, &TelemetryOverlay::valuesChanged, this, &TopologyPane::applyOverlay);
    connect(m_details, &MapDetails::closeRequested, m_scene, &QGraphicsScene::clearSelection);
    rebuild();
}

TopologyPane::~TopologyPane() {
    // The scene and view die with the QWidget base, after this class: nothing they signal on
    // the way may reach it.
    m_scene->disconnect(this);
    m_view->disconnect(this);
    m_overlay->disconnect(this);
}

void TopologyPane::buildToolbar(QToolBar *toolbar) {
    m_filterText->setObjectName(u"topologyFilter"_s);
    m_filterText->setPlaceholderText(tr("Control plane or label, e.g. env:prod"));
    m_filterText->setClearButtonEnabled(true);
    m_filterText->setMaximumWidth(320);
    m_fit->setObjectName(u"fitTopologyAction"_s);
    m_fit->setShortcut(Qt::CTRL | Qt::Key_0);
    m_fit->setToolTip(tr("Show the whole fleet (what the filter leaves)"));
    m_zoomIn->setObjectName(u"zoomInTopologyAction"_s);
    // Ctrl+= zooms in on keyboards where + needs Shift, Ctrl+- out; the platform's keys too.
    const auto keys = [](QKeySequence first, QKeySequence::StandardKey standard) {
        QList<QKeySequence> all{first};
        for (const QKeySequence &key : QKeySequence::keyBindings(standard)) {
            if (!all.contains(key))
                all.append(key);
        }
        return all;
    };
    m_zoomIn->setShortcuts(keys(QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn));
    m_zoomOut->setObjectName(u"zoomOutTopologyAction"_s);
    m_zoomOut->setShortcuts(keys(QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut));
    m_export->setObjectName(u"exportTopologyAction"_s);
    m_export->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    m_overlayAction->setObjectName(u"topologyOverlayAction"_s);
    m_overlayAction->setCheckable(true);
    m_overlayAction->setEnabled(false); // until there is a telemetry feed
    m_overlayAction->setToolTip(
        tr("p95 latency and error rate of each group's control plane, memory use of each "
           "group's cache (from Konnect's analytics, within its budget)"));
    connect(m_fit, &QAction::triggered, m_view, &TopologyView::fit);
    connect(m_zoomIn, &QAction::triggered, m_view, &TopologyView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_view, &TopologyView::zoomOut);
    connect(m_overlayAction, &QAction::toggled, this, &TopologyPane::setOverlayEnabled);
    connect(m_export, &QAction::triggered, this, &TopologyPane::exportInteractively);
    for (QAction *action : {m_fit, m_zoomIn, m_zoomOut, m_export}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    toolbar->setObjectName(u"topologyToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_fit);
    toolbar->addAction(m_zoomIn);
    toolbar->addAction(m_zoomOut);
    toolbar->addAction(m_export);
    toolbar->addAction(m_overlayAction);
    toolbar->addSeparator();
    for (CloudProvider provider : {CloudProvider::Aws, CloudProvider::Azure, CloudProvider::Gcp}) {
        QPixmap swatch(12, 12);
        swatch.fill(TopologyGraph::cloudColour(provider));
        auto *action = toolbar->addAction(QIcon(swatch), providerDisplayName(provider));
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(static_cast<int>(provider));
        action->setToolTip(tr("Show %1").arg(providerDisplayName(provider)));
        connect(action, &QAction::toggled, this, &TopologyPane::updateCloudFilter);
        m_cloudActions.append(action);
    }
    toolbar->addSeparator();
    toolbar->addWidget(m_filterText);
    connect(m_filterText, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter.text = text.trimmed();
        m_rebuild.start(filterDelayMs);
    });
}

QList<QAction *> TopologyPane::paneActions() const {
    return {m_fit, m_zoomIn, m_zoomOut, m_export, m_overlayAction};
}

void TopologyPane::setTelemetry(TelemetryFeed *feed) {
    m_overlay->setFeed(feed);
    m_overlayAction->setEnabled(feed != nullptr);
}

void TopologyPane::setOverlayEnabled(bool enabled) {
    if (!m_overlay->hasFeed())
        return;
    {
        const QSignalBlocker block(m_overlayAction);
        m_overlayAction->setChecked(enabled);
    }
    m_legend->setOverlay(enabled);
    placeLegend();
    m_overlay->setEnabled(enabled, isVisible());
    applyOverlay();
}

void TopologyPane::showEvent(QShowEvent *event) {
    Pane::showEvent(event);
    if (m_findingsStale)
        applyFindings();
    m_overlay->setVisible(true);
    placeLegend();
}

void TopologyPane::hideEvent(QHideEvent *event) {
    Pane::hideEvent(event);
    m_overlay->setVisible(false);
}

bool TopologyPane::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_view && event->type() == QEvent::Resize)
        placeLegend();
    return Pane::eventFilter(watched, event);
}

void TopologyPane::placeLegend() {
    m_legend->resize(m_legend->sizeHint());
    m_legend->move(legendMargin, m_view->height() - m_legend->height() - legendMargin);
    m_legend->raise();
    m_advisorSummary->adjustSize();
    m_advisorSummary->move(legendMargin, legendMargin);
    m_advisorSummary->raise();
}

void TopologyPane::setFindings(const QList<advisor::Finding> &findings) {
    if (findings == m_findings)
        return;
    m_findings = findings;
    m_advisorSummary->setFindings(m_findings);
    placeLegend();
    // Thousands of items at fleet:2000: marked while the map is on screen, else when shown.
    if (isVisible())
        applyFindings();
    else
        m_findingsStale = true;
}

void TopologyPane::applyFindings() {
    m_findingsStale = false;
    QElapsedTimer elapsed;
    elapsed.start();
    m_marks = mapfindings::marks(m_findings);
    m_markNext = 0;
    markSome(elapsed, false);
}

void TopologyPane::markSome(const QElapsedTimer &elapsed, bool first) {
    constexpr int budgetMs = 4;
    // At least one cluster a pass of its own, so that a slow one still moves on.
    while (m_markNext < m_items.size() && (first || elapsed.elapsed() < budgetMs)) {
        mapfindings::mark(m_items.at(m_markNext++), m_marks);
        first = false;
    }
    if (m_markNext < m_items.size())
        m_marking.start();
}

void TopologyPane::applyOverlay() {
    const OverlayValues &values = m_overlay->values();
    // Regions come first in m_items, in the graph's order.
    for (int r = 0; r < m_graph.regions().size(); ++r) {
        auto *region = qgraphicsitem_cast<RegionItem *>(m_items.at(r));
        region->setOverlay(values.region(m_graph, r));
        const TopologyGraph::Region &data = m_graph.regions().at(r);
        for (int i = 0; i < data.groups.size(); ++i) {
            const MarkerOverlay overlay = values.group(m_graph, data.groups.at(i));
            region->groups().at(i)->setOverlay(
                overlay, overlay.isEmpty()
                             ? QString()
                             : u"<br>"_s
                                   + tr("%1: latency and errors for the whole control plane "
                                        "(Konnect's analytics do not tell data-plane groups "
                                        "apart)")
                                         .arg(overlay.text.toHtmlEscaped()));
        }
        for (int i = 0; i < data.caches.size(); ++i)
            region->caches().at(i)->setOverlay(values.cache(m_graph, data.caches.at(i)));
    }
    updateDetails();
    m_scene->update();
    Q_EMIT overlayUpdated();
}

void TopologyPane::setFilter(const TopologyGraph::Filter &filter) {
    m_filter = filter;
    m_filterText->setText(filter.text);
    for (QAction *action : std::as_const(m_cloudActions)) {
        const QSignalBlocker block(action);
        action->setChecked(
            filter.clouds.isEmpty()
            || filter.clouds.contains(static_cast<CloudProvider>(action->data().toInt())));
    }
    rebuild();
}

void TopologyPane::updateCloudFilter() {
    m_filter.clouds.clear();
    bool all = true;
    for (QAction *action : std::as_const(m_cloudActions)) {
        if (action->isChecked())
            m_filter.clouds.insert(static_cast<CloudProvider>(action->data().toInt()));
        else
            all = false;
    }
    if (all)
        m_filter.clouds.clear();
    else if (m_filter.clouds.isEmpty())
        m_filter.clouds.insert(CloudProvider::Unknown); // nothing chosen: show nothing
    rebuild();
}

void TopologyPane::rebuild() {
    const QString selectedGroupId = selectedGroup();
    const QString selectedPlaneId = selectedControlPlane();
    m_rebuild.stop();
    m_graph = TopologyGraph::build(*m_store, m_filter);
    const QSignalBlocker block(m_scene);
    m_edges->setEdges({}); // before the items they join go
    qDeleteAll(m_items);
    m_items.clear();
    QHash<int, GroupItem *> groupItems;
    QHash<int, PlaneItem *> planeItems;
    QHash<int, CacheItem *> cacheItems;
    for (int r = 0; r < m_graph.regions().size(); ++r) {
        auto *region = new RegionItem(m_graph, r);
        m_scene->addItem(region);
        m_items.append(region);
        const auto &groups = m_graph.regions().at(r).groups;
        for (int i = 0; i < groups.size(); ++i)
            groupItems.insert(groups.at(i), region->groups().at(i));
        const auto &caches = m_graph.regions().at(r).caches;
        for (int i = 0; i < caches.size(); ++i)
            cacheItems.insert(caches.at(i), region->caches().at(i));
    }
    for (const TopologyGraph::Site &site : m_graph.sites()) {
        auto *item = new SiteItem(m_graph, site);
        m_scene->addItem(item);
        m_items.append(item);
        for (int i = 0; i < site.planes.size(); ++i)
            planeItems.insert(site.planes.at(i), item->planes().at(i));
    }
    // Edges: control plane -> group, group -> cache; closed clusters stand in for members.
    QList<EdgesItem::Edge> edgeList;
    for (int g = 0; g < m_graph.groups().size(); ++g) {
        const TopologyGraph::Group &group = m_graph.groups().at(g);
        QColor colour = TopologyGraph::cloudColour(group.provider);
        colour.setAlpha(110);
        edgeList.append({planeItems.value(group.plane), groupItems.value(g), colour, false});
        if (group.cache >= 0) // shared state: the group counts in this cache
            edgeList.append({groupItems.value(g), cacheItems.value(group.cache),
                             TopologyGraph::cacheColour(CacheState::Ready), true});
    }
    m_edges->setEdges(edgeList);
    // How much room each cluster has before it meets the next one.
    // Names go away from the nearest cluster; clusters sharing a metro point keep theirs
    // (west of the point left, east of it right).
    for (ClusterItem *item : std::as_const(m_items)) {
        const ClusterItem *nearest = nullptr;
        bool shared = false;
        double nearestApart = 1e9;
        for (ClusterItem *other : std::as_const(m_items)) {
            if (other == item)
                continue;
            const double apart = QLineF(item->pos(), other->pos()).length();
            item->clearance = std::min(item->clearance, apart);
            shared = shared || apart == 0;
            if (apart > 0 && apart < nearestApart) {
                nearestApart = apart;
                nearest = other;
            }
        }
        if (nearest && !shared)
            item->setLabelsLeft(nearest->pos().x() > item->pos().x());
    }
    m_view->setFleetBounds(mapdata::fleetBounds(m_graph));
    if (m_view->fitsByItself() && m_view->isVisible())
        m_view->fit();
    applyDetail();
    applyOverlay();
    applyFindings();
    if (!selectedGroupId.isEmpty())
        selectGroup(selectedGroupId);
    else if (!selectedPlaneId.isEmpty())
        selectControlPlane(selectedPlaneId);
    updateDetails();
    updateSummary();
}

void TopologyPane::updateSummary() {
    int regions = 0;
    for (const TopologyGraph::Region &region : m_graph.regions())
        regions += region.groups.isEmpty() ? 0 : 1;
    QString summary =
        tr("%n control planes", nullptr, static_cast<int>(m_graph.planes().size())) + u" · "_s
        + tr("%n data-plane groups", nullptr, static_cast<int>(m_graph.groups().size())) + u" "_s
        + tr("in %n regions", nullptr, regions) + u" · "_s
        + tr("%n managed cache nodes", nullptr, static_cast<int>(m_graph.caches().size()));
    if (const int problems = m_graph.problemCount(); problems > 0)
        summary += u" · <span style='color:%1'>⚠ "_s.arg(MapPalette::health(Health::Bad).name())
                   + tr("%n groups with problems", nullptr, problems) + u"</span>"_s;
    m_summary->setText(summary);
    Q_EMIT badgeChanged(m_graph.problemCount() > 0 ? QString::number(m_graph.problemCount())
                                                   : QString(),
                        m_graph.problemCount() > 0);
}

// A cluster opens once the zoom leaves room for its members before the next cluster; a
// region of hundreds of groups stays a cluster longer than one of three.
bool TopologyPane::opensAt(const ClusterItem *item, double zoom) {
    return zoom >= detailZoom
           && item->expandedRadius() <= std::max(24.0, item->clearance * zoom * 0.6);
}

double TopologyPane::zoomToOpen(const ClusterItem *item) {
    const double needed = item->clearance > 0 && item->clearance < 1e8
                              ? (item->expandedRadius() / 0.6) / item->clearance
                              : detailZoom;
    return std::clamp(std::max(detailZoom * 1.2, needed * 1.05), detailZoom, TopologyView::maxZoom);
}

void TopologyPane::applyDetail() {
    const double zoom = m_view->zoom();
    bool changed = false;
    for (ClusterItem *item : std::as_const(m_items)) {
        const bool open = opensAt(item, zoom);
        changed = changed || open != item->detailed();
        item->setDetailed(open);
    }
    if (changed)
        m_edges->clustersChanged();
}

std::pair<int, int> TopologyPane::openClusters() const {
    int open = 0;
    for (const ClusterItem *item : m_items)
        open += item->detailed() ? 1 : 0;
    return {open, static_cast<int>(m_items.size())};
}

QString TopologyPane::selectedGroup() const {
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (auto *group = qgraphicsitem_cast<GroupItem *>(item))
            return group->id();
    }
    return {};
}

QString TopologyPane::selectedControlPlane() const {
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (auto *plane = qgraphicsitem_cast<PlaneItem *>(item))
            return plane->id();
    }
    return {};
}

void TopologyPane::onSelectionChanged() {
    updateDetails();
    if (m_selecting)
        return;
    if (const QString group = selectedGroup(); !group.isEmpty())
        Q_EMIT groupSelected(group);
    else if (const QString plane = selectedControlPlane(); !plane.isEmpty())
        Q_EMIT controlPlaneSelected(plane);
}

void TopologyPane::updateDetails() {
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    QGraphicsItem *item = selected.value(0);
    const OverlayValues &values = m_overlay->values();
    const bool on = m_overlay->isEnabled();
    if (auto *group = qgraphicsitem_cast<GroupItem *>(item)) {
        m_details->showGroup(m_graph, m_graph.groupIndex(group->id()), values, on);
    } else if (auto *plane = qgraphicsitem_cast<PlaneItem *>(item)) {
        m_details->showPlane(m_graph, m_graph.planeIndex(plane->id()), values, on);
    } else if (auto *cache = qgraphicsitem_cast<CacheItem *>(item)) {
        auto *region = qgraphicsitem_cast<RegionItem *>(cache->parentItem());
        const int r = static_cast<int>(m_items.indexOf(region));
        const int i = static_cast<int>(region->caches().indexOf(cache));
        m_details->showCache(m_graph, m_graph.regions().at(r).caches.at(i), values, on);
    } else {
        m_details->hide();
        return;
    }
    m_details->show();
}

QGraphicsItem *TopologyPane::findMember(int type, const QString &id) const {
    for (ClusterItem *cluster : m_items) {
        for (QGraphicsItem *item : cluster->childItems()) {
            if (type == GroupItem::Type) {
                if (auto *group = qgraphicsitem_cast<GroupItem *>(item); group && group->id() == id)
                    return group;
            } else if (auto *plane = qgraphicsitem_cast<PlaneItem *>(item);
                       plane && plane->id() == id) {
                return plane;
            }
        }
    }
    return nullptr;
}

void TopologyPane::selectMember(int type, const QString &id) {
    if ((type == GroupItem::Type ? selectedGroup() : selectedControlPlane()) == id)
        return;
    QGraphicsItem *item = findMember(type, id);
    if (!item)
        return; // not on the map (filtered out, or not a cloud gateway)
    m_selecting = true;
    // Close enough in that the member is drawn on its own, centred on its cluster.
    ClusterItem *cluster = ClusterItem::of(item);
    if (!cluster->detailed())
        m_view->zoomBy(zoomToOpen(cluster) / m_view->zoom(),
                       QRectF(m_view->viewport()->rect()).center());
    m_scene->clearSelection();
    item->setSelected(true);
    m_view->keepPosition();
    m_view->centerOn(cluster->pos());
    m_selecting = false;
}

void TopologyPane::selectGroup(const QString &groupId) {
    selectMember(GroupItem::Type, groupId);
}

void TopologyPane::selectControlPlane(const QString &controlPlaneId) {
    selectMember(PlaneItem::Type, controlPlaneId);
}

} // namespace kd
