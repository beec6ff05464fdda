#pragma once

#include <QList>
#include <QString>

class QAction;
class QTableView;
class QToolBar;
class QWidget;

namespace kd {

class FleetFilterProxy;

// What every entity table looks like: whole-row single selection, compact rows, sortable.
void configureEntityTable(QTableView *view);
// A pane's toolbar: its actions, then the filter field wired to the pane's proxy.
QToolBar *makePaneToolbar(QWidget *pane, const QString &objectName, const QList<QAction *> &actions,
                          FleetFilterProxy *proxy, const QString &filterPlaceholder);

} // namespace kd
