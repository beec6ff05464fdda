#include "ui/topology/MemberItem.h"

#include <QPainter>
#include <QPainterPath>

namespace kd {

namespace {
constexpr double figuresGap = 3; // pixels between the name and the figures
} // namespace

MemberItem::MemberItem(const QString &name, double hitRadius, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_name(name)
    , m_hitRadius(hitRadius) {
    setFlag(ItemIsSelectable);
    updateBounds();
}

void MemberItem::setLabel(bool always, bool left) {
    prepareGeometryChange();
    m_always = always;
    m_left = left;
    updateBounds();
}

void MemberItem::setOverlay(const MarkerOverlay &overlay) {
    if (overlay == m_overlay)
        return;
    prepareGeometryChange();
    m_overlay = overlay;
    updateBounds();
    update();
}

void MemberItem::setFindingMark(const FindingMark &mark) {
    if (mark == m_mark)
        return;
    const bool bounds = mark.isEmpty() != m_mark.isEmpty(); // the marker's room comes or goes
    if (bounds)
        prepareGeometryChange();
    m_mark = mark;
    if (bounds)
        updateBounds();
    updateToolTip();
    update();
}

void MemberItem::setBaseToolTip(const QString &tip) {
    m_baseTip = tip;
    updateToolTip();
}

void MemberItem::setOverlayToolTip(const QString &tip) {
    m_overlayTip = tip;
    updateToolTip();
}

void MemberItem::updateToolTip() {
    setToolTip(m_baseTip + m_overlayTip + findingmark::toolTip(m_mark));
}

QPainterPath MemberItem::shape() const {
    QPainterPath path; // the marker, not its label: a click on a name may mean a neighbour
    path.addEllipse(QPointF(), m_hitRadius, m_hitRadius);
    return path;
}

QPointF MemberItem::figuresAt(const QRectF &nameRect) const {
    return m_left ? QPointF(nameRect.left() - figuresGap, labelAt().y())
                  : QPointF(nameRect.right() + figuresGap, labelAt().y());
}

void MemberItem::updateBounds() {
    QRectF bounds(-m_hitRadius, -m_hitRadius, 2 * m_hitRadius, 2 * m_hitRadius);
    if (showsLabel()) {
        const QFont bold = maplabel::font(maplabel::namePixels, true); // the widest: selected
        const QRectF nameRect = maplabel::rect(labelAt(), m_name, bold, m_left);
        bounds = bounds.united(nameRect);
        if (!m_overlay.isEmpty())
            bounds =
                bounds.united(maplabel::rect(figuresAt(nameRect), m_overlay.text, bold, m_left));
    }
    if (!m_mark.isEmpty())
        bounds = bounds.united(findingmark::rect(markAt));
    m_bounds = bounds.adjusted(-1, -1, 1, 1);
}

void MemberItem::drawLabel(QPainter *painter, const MapPalette &colours) const {
    findingmark::draw(painter, markAt, m_mark);
    if (!showsLabel())
        return;
    const QFont name = maplabel::font(maplabel::namePixels, isSelected());
    maplabel::draw(painter, labelAt(), m_name, name, colours.text, colours.halo, m_left);
    if (!m_overlay.isEmpty())
        maplabel::draw(painter, figuresAt(maplabel::rect(labelAt(), m_name, name, m_left)),
                       m_overlay.text, maplabel::font(maplabel::namePixels, true),
                       MapPalette::health(m_overlay.health), colours.halo, m_left);
}

QVariant MemberItem::itemChange(GraphicsItemChange change, const QVariant &value) {
    if (change == ItemSelectedChange)
        prepareGeometryChange(); // the name shows while selected
    else if (change == ItemSelectedHasChanged)
        updateBounds();
    return QGraphicsItem::itemChange(change, value);
}

} // namespace kd
