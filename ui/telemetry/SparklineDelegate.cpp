#include "ui/telemetry/SparklineDelegate.h"

#include "models/ControlPlaneModel.h"
#include "ui/telemetry/ShownWatcher.h"

#include <QApplication>
#include <QPainter>
#include <QTableView>

#include <cmath>

namespace kd {

SparklineDelegate::SparklineDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {
}

void SparklineDelegate::install(QTableView *view, ControlPlaneModel *model) {
    view->setItemDelegateForColumn(ControlPlaneModel::TrendColumn, new SparklineDelegate(view));
    new ShownWatcher(view, [model](bool shown) { model->setHealthShown(shown); });
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const {
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(96, 0));
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const {
    // The cell as usual (selection, focus), then the line over it.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &cell, painter, cell.widget);
    const QList<double> values = index.data(ControlPlaneModel::TrendRole).value<QList<double>>();
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    for (double v : values) {
        if (!std::isnan(v)) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    }
    if (values.size() < 2 || low > high)
        return;
    const QRectF area = QRectF(option.rect).adjusted(4, 4, -4, -4);
    // From zero, so that a flat line of a busy plane sits high and an idle one low.
    low = std::min(0.0, low);
    const double span = high > low ? high - low : 1;
    const double step = area.width() / static_cast<double>(values.size() - 1);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    painter->setPen(
        QPen(selected ? option.palette.highlightedText().color() : QColor(0x1f, 0x77, 0xb4), 1.3));
    QPolygonF run;
    const auto flush = [&] {
        if (run.size() > 1)
            painter->drawPolyline(run);
        run.clear();
    };
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (std::isnan(values.at(i))) {
            flush(); // a gap stays a gap
            continue;
        }
        run.append(QPointF(area.left() + step * static_cast<double>(i),
                           area.bottom() - (values.at(i) - low) / span * area.height()));
    }
    flush();
    painter->restore();
}

} // namespace kd
