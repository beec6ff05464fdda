#include "ui/common/PaneParts.h"

#include "fleet/FleetStore.h"
#include "models/FleetFilterProxy.h"
#include "ui/Pane.h"
#include "ui/common/FilterBar.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <memory>

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

void fitColumnsToRows(QAbstractItemModel *model, QTableView *view) {
    // Rows come geo by geo: fit the columns to them a moment after each burst, until the
    // user sizes a column by hand (a resize while a mouse button is down).
    auto *fit = new QTimer(view);
    fit->setSingleShot(true);
    fit->setInterval(150);
    auto userSized = std::make_shared<bool>(false);
    auto fitting = std::make_shared<bool>(false);
    QObject::connect(view->horizontalHeader(), &QHeaderView::sectionResized, view,
                     [userSized, fitting] {
                         if (!*fitting && QGuiApplication::mouseButtons() != Qt::NoButton)
                             *userSized = true;
                     });
    QObject::connect(model, &QAbstractItemModel::rowsInserted, fit, [fit, userSized] {
        if (!*userSized)
            fit->start();
    });
    QObject::connect(fit, &QTimer::timeout, view, [view, fitting] {
        *fitting = true;
        view->resizeColumnsToContents();
        *fitting = false;
    });
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

void trackRows(Pane *pane, QAbstractItemModel *model, QTableView *view) {
    fitColumnsToRows(model, view);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, pane, [pane, model, view] {
        if (!view->currentIndex().isValid())
            view->selectRow(0);
        Q_EMIT pane->badgeChanged(QString::number(model->rowCount()), false);
    });
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, pane, [pane, model] {
        Q_EMIT pane->badgeChanged(QString::number(model->rowCount()), false);
    });
}

void addCloudGatewayPlanes(QComboBox *combo, const FleetStore *store, const QString &selected) {
    QList<const ControlPlane *> planes;
    for (const QString &id : store->controlPlaneIds()) {
        const ControlPlane *cp = store->controlPlane(id);
        if (cp->cloudGateway)
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

void layoutTablePane(QWidget *pane, QToolBar *toolbar, QWidget *view, QWidget *details) {
    auto *splitter = new QSplitter(Qt::Horizontal, pane);
    splitter->addWidget(view);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 320});
    auto *layout = new QVBoxLayout(pane);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);
}

void addEditActions(QWidget *pane, const FleetStore *store, const QList<QAction *> &actions) {
    for (QAction *action : actions) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setEnabled(!store->readOnly());
        pane->addAction(action);
    }
    QObject::connect(store, &FleetStore::readOnlyChanged, pane, [actions](bool readOnly) {
        for (QAction *action : actions)
            action->setEnabled(!readOnly);
    });
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
    return QStringLiteral("<tr><td style='color:#666;padding-right:8px'>%1</td><td>%2</td></tr>")
        .arg(label, value.toHtmlEscaped());
}

} // namespace kd
