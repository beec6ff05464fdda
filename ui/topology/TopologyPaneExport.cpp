// The map's export to PNG or SVG: the view as it is, a title and the legend.
#include "ui/topology/MapLegend.h"
#include "ui/topology/TelemetryOverlay.h"
#include "ui/topology/TopologyPane.h"
#include "ui/topology/TopologyView.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
constexpr int exportLegendMargin = 8;
constexpr int exportTitleHeight = 28;
} // namespace

QString TopologyPane::exportTitle() const {
    QString title = tr("Konnect Desk topology · %1")
                        .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)
                             + u' ' + QDateTime::currentDateTime().timeZoneAbbreviation());
    if (!m_filter.matchesEverything())
        title += u" · "_s + tr("filtered");
    return title;
}

bool TopologyPane::exportImage(const QString &fileName, QString *error) const {
    const QSize mapSize = m_view->viewport()->size();
    const QSize size(mapSize.width(), mapSize.height() + exportTitleHeight);
    const MapPalette colours = m_view->colours();
    const auto draw = [&](QPainter &painter) {
        painter.fillRect(QRect(QPoint(), size), palette().color(QPalette::Window));
        painter.setPen(palette().color(QPalette::WindowText));
        QFont font = painter.font();
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(QRect(8, 0, size.width() - 16, exportTitleHeight),
                         Qt::AlignVCenter | Qt::AlignLeft, exportTitle());
        m_view->render(&painter, QRectF(0, exportTitleHeight, mapSize.width(), mapSize.height()),
                       m_view->viewport()->rect());
        const QSizeF legend = MapLegend::sizeFor(colours, m_overlay->isEnabled());
        MapLegend::paint(
            &painter,
            QPointF(exportLegendMargin, size.height() - legend.height() - exportLegendMargin),
            colours, m_overlay->isEnabled());
    };
    if (QFileInfo(fileName).suffix().compare(u"svg"_s, Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(fileName);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(), size));
        svg.setTitle(exportTitle());
        QPainter painter;
        if (!painter.begin(&svg)) {
            *error = tr("Cannot write %1: choose a folder you can write to.").arg(fileName);
            return false;
        }
        draw(painter);
        painter.end();
        return true;
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        draw(painter);
    }
    if (!image.save(fileName)) {
        *error = tr("Cannot write %1: choose a file ending in .png or .svg in a folder you can "
                    "write to.")
                     .arg(fileName);
        return false;
    }
    return true;
}

QString TopologyPane::defaultExportName() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QDir(folder).filePath(
        u"topology-%1.png"_s.arg(QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmm"_s)));
}

void TopologyPane::exportInteractively() {
    const QString fileName =
        QFileDialog::getSaveFileName(this, tr("Export the map"), defaultExportName(),
                                     tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (exportImage(fileName, &error))
        Q_EMIT statusMessage(tr("The map is saved as %1.").arg(fileName));
    else
        Q_EMIT statusMessage(error);
}

} // namespace kd
