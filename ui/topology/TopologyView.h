#pragma once

#include "ui/topology/MapPalette.h"

#include <QGraphicsView>
#include <QImage>
#include <QPainterPath>
#include <QTimer>

#include <optional>

namespace kd {

// The view of the map, drawn over the sea and the land (Natural Earth 1:110m): the wheel,
// a pinch and the keyboard zoom around the cursor (or the centre), dragging pans, and the
// level of detail follows the zoom (clusters far out, every group and control plane close
// in). There are no scrollbars: a map pans by dragging.
class TopologyView final : public QGraphicsView {
    Q_OBJECT
public:
    static constexpr double minZoom = 0.3;
    static constexpr double maxZoom = 60.0;
    static constexpr double zoomStep = 1.25; // one wheel notch, one key press
    static constexpr int fitMargin = 60;     // pixels round the fleet: markers and their labels

    explicit TopologyView(QWidget *parent = nullptr);
    double zoom() const { return transform().m11(); }
    // Zooms by `factor` keeping the scene point under `anchor` (viewport pixels) in place.
    void zoomBy(double factor, QPointF anchor);
    void zoomIn();
    void zoomOut();
    // What "Fit" shows: the fleet (or its filtered part); the inhabited world when empty.
    void setFleetBounds(std::optional<QRectF> bounds) { m_fleet = bounds; }
    std::optional<QRectF> fleetBounds() const { return m_fleet; }
    void fit();
    // Until the user zooms or pans, the view keeps fitting the fleet as it arrives and as the
    // window takes its size.
    bool fitsByItself() const { return m_fitsByItself; }
    void keepPosition() { m_fitsByItself = false; }
    // Shows `target` (scene coordinates) as large as the margins allow.
    void fitRect(const QRectF &target);
    // The land as drawn, in scene coordinates.
    const QPainterPath &land() const { return m_land; }
    MapPalette colours() const { return MapPalette::from(palette()); }

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    static constexpr int maxLandImageSide = 4096; // pixels; 4096 × 1741 at most for the world
    static constexpr int landRedrawDelayMs = 150; // after the last step of a zoom
    void setZoom(double zoom);
    void renderLand(const QRectF &exposed);

    QPainterPath m_land;
    QImage m_landImage; // the land at m_landZoom, covering m_landRect of the scene
    QRectF m_landRect;
    double m_landZoom = 0;
    QTimer m_landTimer;
    std::optional<QRectF> m_fleet; // a fleet in one place is a rectangle of no size
    bool m_fitted = false;
    bool m_fitsByItself = true;
};

} // namespace kd
