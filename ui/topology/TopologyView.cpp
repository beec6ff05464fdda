#include "ui/topology/TopologyView.h"

#include "ui/topology/MapData.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>
#include <QtMath>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kd {

TopologyView::TopologyView(QWidget *parent)
    : QGraphicsView(parent)
    , m_land(mapdata::landPath()) {
    setObjectName(u"topologyView"_s);
    setAccessibleName(tr("Topology map"));
    setAccessibleDescription(tr("Control planes at their Konnect geo, data-plane groups at their "
                                "cloud region and managed caches beside them; the details "
                                "panel describes the selection"));
    setDragMode(ScrollHandDrag);
    setRenderHint(QPainter::Antialiasing);
    // Zooming keeps its own anchor (see zoomBy); Qt's would move the map a second time.
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlag(DontSavePainterState);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The view paints every pixel: no fill of the viewport before it.
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->grabGesture(Qt::PinchGesture);
    m_landTimer.setSingleShot(true);
    m_landTimer.setInterval(landRedrawDelayMs);
    connect(&m_landTimer, &QTimer::timeout, this, [this] {
        m_landImage = QImage();
        viewport()->update();
    });
}

void TopologyView::setZoom(double zoom) {
    setTransform(QTransform::fromScale(zoom, zoom));
}

void TopologyView::zoomBy(double factor, QPointF anchor) {
    m_fitsByItself = false;
    const double next = std::clamp(zoom() * factor, minZoom, maxZoom);
    if (next == zoom())
        return;
    const QPointF scenePoint = viewportTransform().inverted().map(anchor);
    setZoom(next);
    const QPointF moved = viewportTransform().map(scenePoint) - anchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(moved.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(moved.y()));
    Q_EMIT zoomChanged(zoom());
}

void TopologyView::zoomIn() {
    zoomBy(zoomStep, QRectF(viewport()->rect()).center());
}

void TopologyView::zoomOut() {
    zoomBy(1 / zoomStep, QRectF(viewport()->rect()).center());
}

void TopologyView::fit() {
    fitRect(m_fleet.value_or(mapdata::inhabitedWorld()));
}

void TopologyView::fitRect(const QRectF &target) {
    // Room round the points for what is drawn beside them: site markers float above their
    // point and names run to the right.
    const QMarginsF margin(fitMargin * 1.5, fitMargin, fitMargin * 2.0, fitMargin / 2.0);
    const QRectF room = QRectF(viewport()->rect()).marginsRemoved(margin);
    // A fleet in one place would zoom without end: stop where its clusters open.
    constexpr double closest = 6.0;
    double next = closest;
    if (target.width() > 0)
        next = std::min(next, room.width() / target.width());
    if (target.height() > 0)
        next = std::min(next, room.height() / target.height());
    setZoom(std::clamp(next, minZoom, closest));
    const QPointF shift = room.center() - QRectF(viewport()->rect()).center();
    centerOn(target.center() - shift / zoom());
    Q_EMIT zoomChanged(zoom());
}

void TopologyView::showEvent(QShowEvent *event) {
    QGraphicsView::showEvent(event);
    if (!std::exchange(m_fitted, true))
        fit(); // the first time the view has its real size
}

void TopologyView::changeEvent(QEvent *event) {
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        if (scene())
            scene()->setPalette(palette()); // the items' labels follow it
        m_landImage = QImage();
        resetCachedContent();
    }
}

void TopologyView::mousePressEvent(QMouseEvent *event) {
    m_fitsByItself = false; // a drag pans, a click selects: either way the user is here
    QGraphicsView::mousePressEvent(event);
}

void TopologyView::keyPressEvent(QKeyEvent *event) {
    m_fitsByItself = false;
    QGraphicsView::keyPressEvent(event);
}

void TopologyView::resizeEvent(QResizeEvent *event) {
    QGraphicsView::resizeEvent(event);
    if (m_fitted && m_fitsByItself)
        fit();
}

void TopologyView::wheelEvent(QWheelEvent *event) {
    const double steps = event->angleDelta().y() / 120.0;
    zoomBy(std::pow(zoomStep, steps), event->position());
    event->accept();
}

bool TopologyView::viewportEvent(QEvent *event) {
    if (event->type() == QEvent::NativeGesture) { // touchpads that report a pinch as such
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + gesture->value(), gesture->position());
            return true;
        }
    } else if (event->type() == QEvent::Gesture) { // touch screens
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomBy(pinch->scaleFactor(), viewport()->mapFromGlobal(pinch->centerPoint()));
            gestures->accept(pinch);
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void TopologyView::renderLand(const QRectF &exposed) {
    const double z = zoom();
    const QRectF world = sceneRect();
    QRectF cover = world;
    // The whole world while it fits in an image of reasonable size, else the part in view
    // and half a view around it.
    if (world.width() * z > maxLandImageSide || world.height() * z > maxLandImageSide) {
        const QRectF visible = mapToScene(viewport()->rect()).boundingRect().united(exposed);
        cover = visible.adjusted(-visible.width() / 2, -visible.height() / 2, visible.width() / 2,
                                 visible.height() / 2);
    }
    // Whole device pixels from the scene origin, so that the image blits without resampling.
    const QPointF topLeft(std::floor(cover.left() * z) / z, std::floor(cover.top() * z) / z);
    const QSize size(qCeil((cover.right() - topLeft.x()) * z) + 1,
                     qCeil((cover.bottom() - topLeft.y()) * z) + 1);
    const MapPalette colours = this->colours();
    m_landImage = QImage(size, QImage::Format_RGB32);
    m_landImage.fill(colours.sea);
    QPainter painter(&m_landImage);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(z, z);
    painter.translate(-topLeft);
    painter.setPen(QPen(colours.coast, 0));
    painter.setBrush(colours.land);
    painter.drawPath(m_land);
    m_landRect = QRectF(topLeft, QSizeF(size) / z);
    m_landZoom = z;
}

void TopologyView::drawBackground(QPainter *painter, const QRectF &rect) {
    // Filling the land path costs tens of milliseconds even for a thin strip, because every
    // outline is rasterised whatever the clip: it is drawn once into an image and blitted.
    const QRectF wanted = rect.intersected(sceneRect());
    const bool covered = wanted.isEmpty() || m_landRect.contains(wanted);
    if (!m_landImage.isNull() && m_landZoom != zoom() && covered) {
        // While the wheel turns, the last image is stretched; it is drawn anew once it rests.
        painter->fillRect(rect, colours().sea);
        const QRectF part = rect.intersected(m_landRect);
        painter->drawImage(
            part, m_landImage,
            QRectF((part.topLeft() - m_landRect.topLeft()) * m_landZoom, part.size() * m_landZoom));
        m_landTimer.start();
        return;
    }
    if (m_landImage.isNull() || m_landZoom != zoom() || !covered)
        renderLand(wanted);
    const QTransform toDevice = painter->worldTransform();
    if (!m_landRect.contains(rect)) // past the scene's edge
        painter->fillRect(rect, colours().sea);
    const QRectF target = toDevice.mapRect(rect.intersected(m_landRect));
    const QPointF origin = toDevice.map(m_landRect.topLeft());
    painter->save();
    painter->resetTransform();
    painter->drawImage(target.topLeft(), m_landImage, target.translated(-origin));
    painter->restore();
}

} // namespace kd
