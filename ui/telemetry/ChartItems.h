#pragma once

#include "ui/telemetry/AxisTicks.h"
#include "ui/telemetry/TelemetryChart.h"

#include <QChartView>
#include <QGraphicsItem>
#include <QLineSeries>

class QGraphicsLineItem;

// The parts of a TelemetryChart drawn inside Qt Charts' scene: each line's data and legend
// entry, the item that draws the lines, and the view with the crosshair under the mouse.
// Only TelemetryChart uses them.
namespace kd {

// The series only carries the line's legend entry and colour; the points are drawn by the
// plot item, because Qt Charts recomputes a stroke of every point on any change (≈ 27 ms a
// chart of 12 × 1,440 points).
struct TelemetryChart::Line {
    ChartLine data;
    QColor colour;
    bool visible = true;
    QLineSeries *legend = nullptr;
    QList<QList<QPointF>> runs; // runs of buckets between gaps
};

// Draws every visible line's runs in the plot area as polylines, mapped at paint time: a new
// bucket costs an update(), not a relayout.
class PlotItem final : public QGraphicsItem {
public:
    PlotItem(QChart *chart, const TelemetryChart *owner);
    void setRanges(double xMin, double xMax, double yMin, double yMax);
    void plotMoved();
    QRectF boundingRect() const override { return m_plot; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    QChart *m_chart;
    const TelemetryChart *m_owner;
    QRectF m_plot;
    std::pair<double, double> m_x{0, 1};
    std::pair<double, double> m_y{0, 1};
};

// The chart's view: a crosshair and every value under the mouse; the ticks each axis shows.
class ChartView final : public QChartView {
public:
    ChartView(QChart *chart, TelemetryChart *owner);
    axis::Axis timeTicks;
    axis::Axis valueTicks;

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    TelemetryChart *m_owner;
    QGraphicsLineItem *m_cross;
};

} // namespace kd
