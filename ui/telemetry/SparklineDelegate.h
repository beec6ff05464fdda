#pragma once

#include <QStyledItemDelegate>

class QTableView;

namespace kd {

class ControlPlaneModel;

// Draws the traffic trend of a control plane (ControlPlaneModel::TrendRole) as a small line
// in its cell, gaps left open; and asks the model for health only while the table is shown,
// so that a hidden table spends none of the analytics budget.
class SparklineDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit SparklineDelegate(QObject *parent);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Installs the delegate on the trend column of `view`, which shows `model` (maybe behind
    // a proxy), and lets the model ask for health while the view is shown.
    static void install(QTableView *view, ControlPlaneModel *model);
};

} // namespace kd
