#include "ui/common/PaneParts.h"

#include "fleet/FleetStore.h"
#include "models/FleetFilterProxy.h"
#include "models/Tones.h"
#include "ui/common/CachedTextDelegate.h"
#include "ui/common/FilterBar.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace kd {

void configureEntityTable(QTableView *view) {
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    // Fitting columns to contents must not let one long id push the rest out of sight.
    view->horizontalHeader()->setMaximumSectionSize(view->fontMetrics().averageCharWidth() * 48);
    // Large tables: size columns from the rows in sight and a few more (a sync's first page
    // of hundreds of rows, measured cell by cell, held the window up for ten milliseconds).
    view->horizontalHeader()->setResizeContentsPrecision(40);
    // Tab moves to the next control, not to the next cell; the focus shows as a ring.
    view->setTabKeyNavigation(false);
    view->setStyleSheet(u"QTableView:focus { border: 2px solid palette(highlight); }"_s);
    CachedTextDelegate::install(view);
}

QToolBar *makePaneToolbar(QWidget *pane, const QString &objectName, const QList<QAction *> &actions,
                          FleetFilterProxy *proxy, const QString &filterPlaceholder) {
    auto *filter = new FilterBar(filterPlaceholder, pane);
    QObject::connect(filter, &QLineEdit::textChanged, proxy, &FleetFilterProxy::setFilterText);
    auto *toolbar = new QToolBar(pane);
    toolbar->setObjectName(objectName);
    toolbar->addActions(actions);
    if (!actions.isEmpty())
        toolbar->addSeparator();
    toolbar->addWidget(filter);
    return toolbar;
}

void showDetailsOfCurrentRow(QAbstractItemModel *model, QAbstractItemView *view, QObject *context,
                             const std::function<void()> &show) {
    QObject::connect(
        model, &QAbstractItemModel::dataChanged, context,
        [view, show](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            QModelIndex current = view->currentIndex();
            if (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(view->model()))
                current = proxy->mapToSource(current);
            if (current.isValid() && current.parent() == topLeft.parent()
                && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
                show();
        });
}

void setDetailsHtml(QTextBrowser *details, const QString &html) {
    // Laying out the panel costs milliseconds; a sync re-renders it with the same text often.
    static const char *const shown = "kdDetailsHtml";
    if (details->property(shown).toString() == html)
        return;
    details->setProperty(shown, html);
    details->setHtml(html);
}

void addCloudGatewayPlanes(QComboBox *combo, const FleetStore *store, const QString &selected) {
    addControlPlanes(combo, store, selected, true);
}

void addControlPlanes(QComboBox *combo, const FleetStore *store, const QString &selected,
                      bool cloudGatewaysOnly) {
    QList<const ControlPlane *> planes;
    for (const QString &id : store->controlPlaneIds()) {
        const ControlPlane *cp = store->controlPlane(id);
        if (cp->cloudGateway || !cloudGatewaysOnly)
            planes.append(cp);
    }
    // Sorted by name as people read it, so a long list is searchable by eye.
    std::sort(planes.begin(), planes.end(), [](const ControlPlane *a, const ControlPlane *b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    for (const ControlPlane *cp : std::as_const(planes))
        combo->addItem(cp->name + QStringLiteral(" (") + geoId(cp->geo) + u')', cp->id);
    combo->setCurrentIndex(std::max(0, combo->findData(selected)));
}

void enableRowMenu(QAbstractItemView *view, QWidget *parent,
                   const std::function<QList<QAction *>()> &actions) {
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, parent,
                     [view, parent, actions](const QPoint &position) {
                         const QModelIndex at = view->indexAt(position);
                         if (at.isValid())
                             view->setCurrentIndex(at);
                         auto *menu = new QMenu(parent);
                         menu->setObjectName(u"rowMenu"_s);
                         menu->setAttribute(Qt::WA_DeleteOnClose);
                         menu->addActions(actions());
                         // From the keyboard the position is arbitrary: open beside the current
                         // row.
                         const QPoint anchor =
                             at.isValid() || !view->currentIndex().isValid()
                                 ? position
                                 : view->visualRect(view->currentIndex()).center();
                         menu->popup(view->viewport()->mapToGlobal(anchor));
                     });
}

void followSelection(QAbstractItemView *view, const QModelIndex &index, bool &following) {
    following = true;
    view->setCurrentIndex(index);
    view->scrollTo(index);
    following = false;
}

QSplitter *makeTableSplitter(QWidget *table, QWidget *details, QWidget *parent) {
    auto *splitter = new QSplitter(Qt::Horizontal, parent);
    splitter->addWidget(table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 320});
    // Where the user put the divider is kept per pane, as the window keeps its own.
    const QString key = u"panes/%1/splitter"_s.arg(parent->objectName());
    splitter->restoreState(QSettings().value(key).toByteArray());
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, key] { QSettings().setValue(key, splitter->saveState()); });
    return splitter;
}

QLabel *makeIntroLabel(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setObjectName(u"intro"_s);
    label->setWordWrap(true);
    return label;
}

QString pluginLinks(const FleetStore *store, const QString &heading, const QStringList &pluginIds) {
    QString html = QStringLiteral("<p><b>") + heading + QStringLiteral("</b><br>");
    for (const QString &id : pluginIds) {
        const Plugin *plugin = store->plugin(id);
        const QString name = plugin->instanceName.isEmpty() ? plugin->name : plugin->instanceName;
        html += QStringLiteral("<a href='plugin:%1'>%2</a> (%3)<br>")
                    .arg(id, name.toHtmlEscaped(), plugin->name.toHtmlEscaped());
    }
    return html + QStringLiteral("</p>");
}

QString detailsRow(const QString &label, const QString &value) {
    return QStringLiteral("<tr><td style='color:%1;padding-right:8px'>%2</td><td>%3</td></tr>")
        .arg(toneColor(Tone::Muted).name(), label, value.toHtmlEscaped());
}

} // namespace kd
