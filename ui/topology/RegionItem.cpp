#include "ui/topology/RegionItem.h"

#include "ui/topology/CacheItem.h"
#include "ui/topology/GroupItem.h"
#include "ui/topology/MapData.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kd {

RegionItem::RegionItem(const TopologyGraph &graph, int index)
    : m_region(graph.regions().at(index)) {
    setPos(TopologyGraph::project(m_region.place));
    setZValue(2);
    // Panning moves the drawn disc instead of painting it again.
    setCacheMode(DeviceCoordinateCache);
    m_centre = mapdata::cloudOffset(m_region.provider);
    const int count = static_cast<int>(m_region.groups.size());
    const int caches = static_cast<int>(m_region.caches.size());
    const bool always = count + caches <= labelledMembers;
    for (int i = 0; i < count; ++i) {
        auto *group = new GroupItem(graph, m_region.groups.at(i), this);
        group->setPos(m_centre + memberOffset(i, count + caches));
        group->setLabel(always, m_centre.x() < 0); // west of a shared metro point: left
        group->setVisible(false);
        m_groups.append(group);
    }
    // Caches come after the groups, so the two never overlap.
    for (int i = 0; i < caches; ++i) {
        auto *cache = new CacheItem(graph.caches().at(m_region.caches.at(i)), this);
        cache->setPos(m_centre + memberOffset(count + i, count + caches));
        cache->setLabel(always, m_centre.x() < 0);
        cache->setVisible(false);
        m_caches.append(cache);
    }
    QString tip = u"<b>%1</b><br>"_s.arg(title().toHtmlEscaped());
    if (!m_region.place.known)
        tip += tr("Location not in the region table; placed by its name.") + u"<br>"_s;
    tip += tr("%n data-plane groups", nullptr, count);
    if (caches > 0)
        tip += u"<br>"_s + tr("%n managed caches", nullptr, caches);
    if (m_region.hasProblem)
        tip += u"<br><span style='color:#c62828'>⚠ "_s + tr("groups here have problems; zoom in")
               + u"</span>"_s;
    setClusterToolTip(tip);
    for (int g : m_region.groups)
        m_worst = std::max(m_worst, severity(graph.groups().at(g).state));
    updateBounds();
}

void RegionItem::setLabelsLeft(bool left) {
    const bool always = memberCount() <= labelledMembers;
    for (GroupItem *group : std::as_const(m_groups))
        group->setLabel(always, left);
    for (CacheItem *cache : std::as_const(m_caches))
        cache->setLabel(always, left);
}

QString RegionItem::title() const {
    const QString cloud = providerDisplayName(m_region.provider);
    return m_region.place.city.isEmpty()
               ? tr("%1 %2").arg(cloud, m_region.name)
               : tr("%1 %2 · %3").arg(cloud, m_region.name, m_region.place.city);
}

void RegionItem::setDetailed(bool detailed) {
    if (detailed == m_detailed)
        return;
    prepareGeometryChange();
    m_detailed = detailed;
    for (GroupItem *group : std::as_const(m_groups))
        group->setVisible(detailed);
    for (CacheItem *cache : std::as_const(m_caches))
        cache->setVisible(detailed);
    updateBounds();
    update();
}

void RegionItem::setOverlay(const MarkerOverlay &overlay) {
    if (overlay == m_overlay)
        return;
    prepareGeometryChange();
    m_overlay = overlay;
    updateBounds();
    update();
}

double RegionItem::discRadius() const {
    return 5 + 1.6 * std::sqrt(static_cast<double>(m_region.groups.size()));
}

QPointF RegionItem::titleAt() const {
    // Above the members when open; the members' column or rings are centred on the anchor.
    const double top =
        memberCount() <= labelledMembers ? rowHeight * (memberCount() - 1) / 2.0 : expandedRadius();
    return m_centre + QPointF(0, -top - 10);
}

QPointF RegionItem::markAt() const {
    // The disc's top left: the caches' diamond takes its top right.
    const double r = discRadius() * 0.72 + 2;
    return m_centre + QPointF(-r, -r);
}

QPointF RegionItem::overlayAt() const {
    return m_centre + QPointF(0, discRadius() + 12);
}

void RegionItem::updateBounds() {
    const double r = discRadius() + 3;
    QRectF rect(m_centre.x() - r, m_centre.y() - r, 2 * r + 40, 2 * r);
    if (m_detailed) {
        const QRectF heading =
            maplabel::rect(titleAt(), title(), maplabel::font(maplabel::namePixels, true));
        rect = rect.united(heading.translated(-heading.width() / 2, 0));
    } else if (!m_overlay.isEmpty()) {
        QRectF figures =
            maplabel::rect(overlayAt(), m_overlay.text, maplabel::font(maplabel::namePixels, true));
        rect = rect.united(figures.translated(-figures.width() / 2, 0));
    }
    if (!findingMark().isEmpty())
        rect = rect.united(findingmark::rect(markAt()));
    m_bounds = rect.adjusted(-1, -1, 1, 1);
}

void RegionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) {
    const MapPalette colours = MapPalette::from(option->palette);
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor cloud = TopologyGraph::cloudColour(m_region.provider);
    const auto centred = [&](const QPointF &at, const QString &text, const QFont &font,
                             const QColor &colour) {
        const double width = maplabel::rect(at, text, font).width() - 4;
        maplabel::draw(painter, at - QPointF(width / 2, 0), text, font, colour, colours.halo);
    };
    if (m_detailed) {
        painter->setPen(QPen(cloud, 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(m_centre, 2.0, 2.0);
        centred(titleAt(), title(), maplabel::font(maplabel::namePixels, true), colours.text);
        return;
    }
    const double r = discRadius();
    const QColor ring = m_worst >= 3   ? TopologyGraph::stateColour(GroupState::Error)
                        : m_worst == 2 ? TopologyGraph::stateColour(GroupState::Initializing)
                                       : TopologyGraph::stateColour(GroupState::Ready);
    if (m_overlay.health != Health::Unknown) { // telemetry health outside the state ring
        painter->setPen(QPen(MapPalette::health(m_overlay.health), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(m_centre, r + 3, r + 3);
    }
    painter->setPen(
        QPen(m_region.hasProblem ? colours.problem : ring, m_region.hasProblem ? 3 : 2));
    painter->setBrush(cloud);
    painter->drawEllipse(m_centre, r, r);
    if (m_region.groups.size() > 1) {
        QFont font = maplabel::font(std::max(8, static_cast<int>(r)), true);
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(QRectF(m_centre.x() - r, m_centre.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                          QString::number(m_region.groups.size()));
    }
    if (!m_region.caches.isEmpty()) { // the caches here, as one diamond
        const QPointF at = m_centre + QPointF(r + 7, -r + 4);
        painter->setPen(QPen(Qt::white, 1));
        painter->setBrush(TopologyGraph::cacheColour(CacheState::Ready));
        painter->drawPolygon(QPolygonF(
            {at + QPointF(0, -5), at + QPointF(5, 0), at + QPointF(0, 5), at + QPointF(-5, 0)}));
        if (m_region.caches.size() > 1)
            maplabel::draw(painter, at + QPointF(7, 4), QString::number(m_region.caches.size()),
                           maplabel::font(maplabel::smallPixels), colours.text, colours.halo);
    }
    if (!m_overlay.isEmpty())
        centred(overlayAt(), m_overlay.text, maplabel::font(maplabel::namePixels, true),
                MapPalette::health(m_overlay.health));
    findingmark::draw(painter, markAt(), findingMark());
}

int RegionItem::severity(GroupState state) {
    switch (state) {
    case GroupState::Error:
        return 3;
    case GroupState::Created:
    case GroupState::Initializing:
        return 2;
    default:
        return 1;
    }
}

} // namespace kd
