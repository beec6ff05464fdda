#include "ui/topology/MapLabel.h"

#include <QFontMetricsF>
#include <QPainter>

namespace kd::maplabel {

QFont font(int pixels, bool bold) {
    QFont font;
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

QRectF rect(const QPointF &at, const QString &text, const QFont &font, bool rightAligned) {
    const QFontMetricsF metrics(font);
    const double width = metrics.horizontalAdvance(text);
    const double left = rightAligned ? at.x() - width : at.x();
    return QRectF(left, at.y() - metrics.ascent(), width, metrics.height()).adjusted(-2, -1, 2, 1);
}

void draw(QPainter *painter, const QPointF &at, const QString &text, const QFont &font,
          const QColor &colour, const QColor &halo, bool rightAligned) {
    if (text.isEmpty())
        return;
    const QRectF box = rect(at, text, font, rightAligned);
    painter->setPen(Qt::NoPen);
    painter->setBrush(halo);
    painter->drawRoundedRect(box, 2, 2);
    painter->setFont(font);
    painter->setPen(colour);
    painter->drawText(QPointF(box.left() + 2, at.y()), text);
}

} // namespace kd::maplabel
