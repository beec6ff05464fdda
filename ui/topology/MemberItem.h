#pragma once

#include "ui/topology/FindingMark.h"
#include "ui/topology/MapLabel.h"

#include <QGraphicsItem>

namespace kd {

struct MapPalette;

// A member of a cluster (a data-plane group, a control plane, a cache): a marker of fixed
// pixel size, its name beside it in small clusters or while selected, and the telemetry
// overlay's figures after the name. Its bounds take in the label only while it shows, because
// measuring text is what building a scene of thousands of members would spend its time on.
class MemberItem : public QGraphicsItem {
public:
    MemberItem(const QString &name, double hitRadius, QGraphicsItem *parent);
    QString name() const { return m_name; }
    // Whether the name always shows, and on which side of the marker.
    void setLabel(bool always, bool left);
    void setOverlay(const MarkerOverlay &overlay);
    MarkerOverlay overlay() const { return m_overlay; }
    // The advisor's findings that name this thing: a marker at its top right, and their lines
    // in the tooltip.
    void setFindingMark(const FindingMark &mark);
    const FindingMark &findingMark() const { return m_mark; }
    static constexpr QPointF markAt{6, -6};

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;

protected:
    bool showsLabel() const { return m_always || isSelected(); }
    // Draws the name (and the finding marker): the last thing a member paints.
    void drawLabel(QPainter *painter, const MapPalette &colours) const;
    // The tooltip is what the item says, what the overlay adds, then the findings.
    void setBaseToolTip(const QString &tip);
    void setOverlayToolTip(const QString &tip);
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QPointF labelAt() const { return {m_left ? -8.0 : 8.0, 4.0}; }
    QPointF figuresAt(const QRectF &nameRect) const;
    void updateBounds();
    void updateToolTip();

    QString m_name;
    QString m_baseTip;
    QString m_overlayTip;
    FindingMark m_mark;
    double m_hitRadius;
    bool m_always = false;
    bool m_left = false;
    MarkerOverlay m_overlay;
    QRectF m_bounds;
};

} // namespace kd
