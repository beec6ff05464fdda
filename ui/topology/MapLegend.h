#pragma once

#include "ui/topology/MapPalette.h"

#include <QPixmap>
#include <QWidget>

namespace kd {

// What the map's marks mean: the clouds, control planes, caches and problems, and with the
// telemetry overlay on, its health colours and their limits. Floats over the view and is
// painted into exports the same way.
class MapLegend final : public QWidget {
    Q_OBJECT
public:
    explicit MapLegend(QWidget *parent = nullptr);
    void setOverlay(bool overlay);
    bool overlay() const { return m_overlay; }
    QSize sizeHint() const override;
    static QSizeF sizeFor(const MapPalette &colours, bool overlay);
    // Paints the legend with its top-left corner at `at`; returns its size.
    static QSizeF paint(QPainter *painter, QPointF at, const MapPalette &colours, bool overlay);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool m_overlay = false;
    QPixmap m_picture;
};

} // namespace kd
