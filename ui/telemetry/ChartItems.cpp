#include "ui/telemetry/ChartItems.h"

#include <QGraphicsLineItem>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace kd {

PlotItem::PlotItem(QChart *chart, const TelemetryChart *owner)
    : QGraphicsItem(chart)
    , m_chart(chart)
    , m_owner(owner) {
    setZValue(10);
    setFlag(ItemHasNoContents, false);
}

void PlotItem::setRanges(double xMin, double xMax, double yMin, double yMax) {
    m_x = {xMin, xMax};
    m_y = {yMin, yMax};
    update();
}

void PlotItem::plotMoved() {
    prepareGeometryChange();
    m_plot = m_chart->plotArea();
}

void PlotItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    if (m_plot.isEmpty() || m_x.second <= m_x.first || m_y.second <= m_y.first)
        return;
    painter->save();
    painter->setClipRect(m_plot.adjusted(-1, -2, 1, 2));
    const double sx = m_plot.width() / (m_x.second - m_x.first);
    const double sy = m_plot.height() / (m_y.second - m_y.first);
    QPolygonF polyline;
    // Thousands of points: one-pixel lines skip the stroker and keep a redraw in a frame.
    const bool many = painter->renderHints().testFlag(QPainter::Antialiasing) == false;
    for (const TelemetryChart::Line *line : m_owner->drawOrder()) {
        QPen pen(line->colour, many ? 1 : 1.6);
        pen.setCosmetic(many);
        painter->setPen(pen);
        for (const QList<QPointF> &run : line->runs) {
            polyline.resize(run.size());
            for (qsizetype i = 0; i < run.size(); ++i)
                polyline[i] = QPointF(m_plot.left() + (run.at(i).x() - m_x.first) * sx,
                                      m_plot.bottom() - (run.at(i).y() - m_y.first) * sy);
            if (polyline.size() == 1)
                painter->drawEllipse(polyline.first(), 1.5, 1.5); // a lone bucket between gaps
            else
                painter->drawPolyline(polyline);
        }
    }
    painter->restore();
}

ChartView::ChartView(QChart *chart, TelemetryChart *owner)
    : QChartView(chart)
    , m_owner(owner)
    , m_cross(new QGraphicsLineItem(chart)) {
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    QColor cross = palette().color(QPalette::Text);
    cross.setAlpha(90);
    m_cross->setPen(QPen(cross, 1, Qt::DashLine));
    m_cross->setZValue(20);
    m_cross->hide();
}

void ChartView::mouseMoveEvent(QMouseEvent *event) {
    QChartView::mouseMoveEvent(event);
    const QPointF scenePoint = mapToScene(event->position().toPoint());
    const QRectF plot = chart()->plotArea();
    if (!plot.contains(scenePoint) || m_owner->m_order.isEmpty()) {
        m_cross->hide();
        QToolTip::hideText();
        return;
    }
    const QPointF value = chart()->mapToValue(chart()->mapFromScene(scenePoint));
    const QString text = m_owner->valuesAt(static_cast<qint64>(value.x()));
    m_cross->setLine(scenePoint.x(), plot.top(), scenePoint.x(), plot.bottom());
    m_cross->show();
    QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void ChartView::leaveEvent(QEvent *event) {
    QChartView::leaveEvent(event);
    m_cross->hide();
}

void ChartView::resizeEvent(QResizeEvent *event) {
    QChartView::resizeEvent(event);
    m_owner->placeState();
}

} // namespace kd
