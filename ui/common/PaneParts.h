#pragma once

#include <QList>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QModelIndex;
class QAbstractItemView;
class QAction;
class QComboBox;
class QLabel;
class QSplitter;
class QObject;
class QTableView;
class QTextBrowser;
class QToolBar;
class QWidget;

namespace kd {

class FleetFilterProxy;
class FleetStore;

// What every entity table looks like: whole-row single selection, compact rows, sortable,
// a focus ring, and Tab that leaves the table instead of walking its cells.
void configureEntityTable(QTableView *view);
// A pane's toolbar: its actions, then the filter field wired to the pane's proxy.
QToolBar *makePaneToolbar(QWidget *pane, const QString &objectName, const QList<QAction *> &actions,
                          FleetFilterProxy *proxy, const QString &filterPlaceholder);

// `show` runs when the model changes the row that is current in the view (through its proxy).
void showDetailsOfCurrentRow(QAbstractItemModel *model, QAbstractItemView *view, QObject *context,
                             const std::function<void()> &show);
// Sets a details panel's text, unless it already shows exactly that.
void setDetailsHtml(QTextBrowser *details, const QString &html);
// The Dedicated Cloud Gateway control planes as "name (geo)" items with their ids as data,
// `selected` current when it is one of them.
void addCloudGatewayPlanes(QComboBox *combo, const FleetStore *store, const QString &selected);
// Every control plane so, sorted by name (only the cloud gateway ones with `cloudGatewaysOnly`).
void addControlPlanes(QComboBox *combo, const FleetStore *store, const QString &selected,
                      bool cloudGatewaysOnly = false);
// Right-click or the menu key on a row: the row becomes current and its pane's actions pop
// up beside it (a menu named rowMenu, child of `parent`).
void enableRowMenu(QAbstractItemView *view, QWidget *parent,
                   const std::function<QList<QAction *>()> &actions);
// Makes the row current for another pane's sake: `following` is set meanwhile, so the pane
// does not announce the selection back.
void followSelection(QAbstractItemView *view, const QModelIndex &index, bool &following);
// The usual pane body: the table and its details side by side, the table wider.
QSplitter *makeTableSplitter(QWidget *table, QWidget *details, QWidget *parent);
// An intro line above a table: it wraps.
QLabel *makeIntroLabel(const QString &text, QWidget *parent);
// A details paragraph: `heading`, then each plugin as a link (plugin:<id>) the panel follows.
QString pluginLinks(const FleetStore *store, const QString &heading, const QStringList &pluginIds);
// One label/value row of a details panel, escaped.
QString detailsRow(const QString &label, const QString &value);

} // namespace kd
