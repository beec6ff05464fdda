#include "ui/common/PaneParts.h"

#include "models/FleetFilterProxy.h"
#include "ui/common/FilterBar.h"

#include <QHeaderView>
#include <QTableView>
#include <QToolBar>

namespace kd {

void configureEntityTable(QTableView *view) {
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
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

} // namespace kd
