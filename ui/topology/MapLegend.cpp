#include "ui/topology/MapLegend.h"

#include "models/TopologyGraph.h"
#include "ui/topology/FindingMark.h"
#include "ui/topology/MapLabel.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
constexpr double padding = 8;
constexpr double lineHeight = 16;
constexpr double swatch = 10;
constexpr double gap = 14; // between entries on a line

enum class Mark { Disc, Square, Diamond, Halo, Ring, Finding };

struct Entry {
    Mark mark;
    QColor colour;
    QString text;
};

void drawMark(QPainter *painter, Mark mark, const QColor &colour, const QPointF &centre,
              const MapPalette &colours) {
    const double r = swatch / 2;
    painter->setBrush(colour);
    painter->setPen(Qt::NoPen);
    switch (mark) {
    case Mark::Disc:
        painter->drawEllipse(centre, r, r);
        break;
    case Mark::Square:
        painter->setPen(QPen(colours.planeBorder, 1.2));
        painter->drawRect(QRectF(centre.x() - r + 1, centre.y() - r + 1, swatch - 2, swatch - 2));
        break;
    case Mark::Diamond:
        painter->drawPolygon(QPolygonF({centre + QPointF(0, -r), centre + QPointF(r, 0),
                                        centre + QPointF(0, r), centre + QPointF(-r, 0)}));
        break;
    case Mark::Halo: {
        QColor halo = colour;
        halo.setAlpha(90);
        painter->setBrush(halo);
        painter->drawEllipse(centre, r, r);
        break;
    }
    case Mark::Ring:
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(colour, 2.5));
        painter->drawEllipse(centre, r - 1, r - 1);
        break;
    case Mark::Finding: {
        FindingMark mark;
        mark.count = 1;
        mark.worst = advisor::Severity::Warning;
        findingmark::draw(painter, centre, mark);
        break;
    }
    }
}

QList<QList<Entry>> lines(const MapPalette &colours, bool overlay) {
    QList<QList<Entry>> result;
    QList<Entry> clouds;
    for (CloudProvider provider : {CloudProvider::Aws, CloudProvider::Azure, CloudProvider::Gcp})
        clouds.append(
            {Mark::Disc, TopologyGraph::cloudColour(provider), providerDisplayName(provider)});
    result.append(clouds);
    result.append({{Mark::Square, colours.plane, MapLegend::tr("control plane")},
                   {Mark::Diamond, TopologyGraph::cacheColour(CacheState::Ready),
                    MapLegend::tr("managed cache")},
                   {Mark::Halo, colours.problem, MapLegend::tr("problem")},
                   {Mark::Finding, findingmark::colour(advisor::Severity::Warning),
                    MapLegend::tr("advisor finding")}});
    if (overlay) {
        result.append(
            {{Mark::Ring, MapPalette::health(Health::Good), MapLegend::tr("healthy")},
             {Mark::Ring, MapPalette::health(Health::Warning), MapLegend::tr("watch")},
             {Mark::Ring, MapPalette::health(Health::Bad), MapLegend::tr("act")},
             {Mark::Ring, MapPalette::health(Health::Unknown), MapLegend::tr("no data")}});
    }
    return result;
}

QString limitsText() {
    return MapLegend::tr("Last bucket: p95 latency (watch ≥ %1 ms, act ≥ %2 ms) · errors (≥ %3 %, "
                         "≥ %4 %) · cache memory (≥ %5 %, ≥ %6 %)")
        .arg(healthLimits::latencyWarningMs)
        .arg(healthLimits::latencyBadMs)
        .arg(healthLimits::errorWarningPercent)
        .arg(healthLimits::errorBadPercent)
        .arg(healthLimits::memoryWarningPercent)
        .arg(healthLimits::memoryBadPercent);
}

QSizeF measure(const MapPalette &colours, bool overlay) {
    const QFontMetricsF metrics(maplabel::font(maplabel::namePixels));
    double width = 0;
    const auto all = lines(colours, overlay);
    for (const QList<Entry> &line : all) {
        double w = 0;
        for (const Entry &entry : line)
            w += swatch + 4 + metrics.horizontalAdvance(entry.text) + gap;
        width = std::max(width, w - gap);
    }
    double height = all.size() * lineHeight;
    if (overlay) {
        width = std::max(
            width,
            QFontMetricsF(maplabel::font(maplabel::smallPixels)).horizontalAdvance(limitsText()));
        height += lineHeight;
    }
    return {width + 2 * padding, height + 2 * padding - 4};
}
} // namespace

MapLegend::MapLegend(QWidget *parent)
    : QWidget(parent) {
    setObjectName(u"topologyLegend"_s);
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

void MapLegend::setOverlay(bool overlay) {
    if (overlay == m_overlay)
        return;
    m_overlay = overlay;
    m_picture = QPixmap();
    updateGeometry();
    adjustSize();
    update();
}

QSizeF MapLegend::sizeFor(const MapPalette &colours, bool overlay) {
    return measure(colours, overlay);
}

QSize MapLegend::sizeHint() const {
    return measure(MapPalette::from(palette()), m_overlay).toSize() + QSize(1, 1);
}

void MapLegend::paintEvent(QPaintEvent *) {
    // Drawn once: the map under it is repainted on every step of a pan.
    const qreal ratio = devicePixelRatioF();
    if (m_picture.isNull() || m_picture.devicePixelRatio() != ratio) {
        m_picture = QPixmap(sizeHint() * ratio);
        m_picture.setDevicePixelRatio(ratio);
        m_picture.fill(Qt::transparent);
        QPainter painter(&m_picture);
        paint(&painter, {}, MapPalette::from(palette()), m_overlay);
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_picture);
}

void MapLegend::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        m_picture = QPixmap();
}

QSizeF MapLegend::paint(QPainter *painter, QPointF at, const MapPalette &colours, bool overlay) {
    const QSizeF size = measure(colours, overlay);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colours.coast, 1));
    painter->setBrush(colours.halo);
    painter->drawRoundedRect(QRectF(at, size).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    const QFont font = maplabel::font(maplabel::namePixels);
    const QFontMetricsF metrics(font);
    double y = at.y() + padding;
    for (const QList<Entry> &line : lines(colours, overlay)) {
        double x = at.x() + padding;
        for (const Entry &entry : line) {
            drawMark(painter, entry.mark, entry.colour, {x + swatch / 2, y + lineHeight / 2 - 2},
                     colours);
            x += swatch + 4;
            painter->setFont(font);
            painter->setPen(colours.text);
            painter->drawText(QPointF(x, y + lineHeight / 2 + metrics.ascent() / 2 - 2),
                              entry.text);
            x += metrics.horizontalAdvance(entry.text) + gap;
        }
        y += lineHeight;
    }
    if (overlay) {
        painter->setFont(maplabel::font(maplabel::smallPixels));
        painter->setPen(colours.text);
        painter->drawText(QPointF(at.x() + padding, y + 8), limitsText());
    }
    painter->restore();
    return size;
}

} // namespace kd
