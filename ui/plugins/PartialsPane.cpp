#include "ui/plugins/PartialsPane.h"

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "models/FleetFilterProxy.h"
#include "models/PluginModel.h"
#include "ui/common/ConfirmDeleteDialog.h"
#include "ui/common/DialogAction.h"
#include "ui/common/PaneParts.h"
#include "ui/plugins/PartialDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace kd {

PartialsPane::PartialsPane(FleetStore *store, FleetActions *actions, QWidget *parent)
    : Pane(parent)
    , m_store(store)
    , m_actions(actions)
    , m_model(new PartialModel(store, this))
    , m_proxy(new FleetFilterProxy(this))
    , m_view(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_create(new QAction(QIcon::fromTheme(u"list-add"_s), tr("&New Configuration…"), this))
    , m_edit(new QAction(QIcon::fromTheme(u"document-edit"_s), tr("&Edit…"), this))
    , m_delete(new QAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete…"), this)) {
    setObjectName(u"partialsPane"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PartialModel::RawValueRole);
    m_view->setObjectName(u"partialsView"_s);
    m_view->setModel(m_proxy);
    configureEntityTable(m_view);
    m_view->sortByColumn(PartialModel::ControlPlaneColumn, Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_details->setObjectName(u"partialDetails"_s);
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"plugin"_s)
            Q_EMIT showPluginRequested(url.path());
    });

    m_create->setObjectName(u"newPartialAction"_s);
    m_create->setShortcut(QKeySequence::New);
    m_edit->setObjectName(u"editPartialAction"_s);
    m_edit->setShortcut(Qt::CTRL | Qt::Key_E);
    m_delete->setObjectName(u"deletePartialAction"_s);
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_create, &QAction::triggered, this, &PartialsPane::createPartial);
    connect(m_edit, &QAction::triggered, this, &PartialsPane::editPartial);
    connect(m_delete, &QAction::triggered, this, &PartialsPane::deletePartial);
    connect(m_view, &QTableView::doubleClicked, this, &PartialsPane::editPartial);
    addEditActions(this, store, {m_create, m_edit, m_delete});
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PartialsPane::showDetails);
    showDetailsOfCurrentRow(m_model, m_view, this, [this] { showDetails(); });

    QToolBar *toolbar =
        makePaneToolbar(this, u"partialsToolbar"_s, {m_create, m_edit, m_delete}, m_proxy,
                        tr("Filter: name, type, control plane, konnect-managed, host…"));
    layoutTablePane(this, toolbar, m_view, m_details);
    trackRows(this, m_model, m_view);
    showDetails();
}

QString PartialsPane::currentId() const {
    return m_model->idAt(m_proxy->mapToSource(m_view->currentIndex()).row());
}

bool PartialsPane::selectPartial(const QString &id) {
    QModelIndex index = m_proxy->mapFromSource(m_model->indexOfId(id));
    if (!index.isValid() && m_model->indexOfId(id).isValid()) {
        m_proxy->setFilterText({});
        index = m_proxy->mapFromSource(m_model->indexOfId(id));
    }
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus();
    return true;
}

void PartialsPane::showDetails() {
    const Partial *partial = m_store->partial(currentId());
    for (QAction *action : {m_edit, m_delete})
        action->setEnabled(partial && !m_store->readOnly());
    if (!partial) {
        setDetailsHtml(m_details, tr("<p>Select a configuration to see its details.</p>"));
        return;
    }
    const ControlPlane *cp = m_store->controlPlane(partial->controlPlaneId);
    QString html = u"<h3>%1</h3><table>"_s.arg(partial->name.toHtmlEscaped());
    html += detailsRow(tr("Type"), partial->type.raw);
    html += detailsRow(tr("Control plane"), cp ? cp->name : partial->controlPlaneId);
    if (partial->konnectManaged())
        html += detailsRow(tr("Managed"), tr("created by Konnect for a managed cache"));
    for (const char *key : {"host", "port", "database", "username", "server_name"}) {
        const QVariant value = partial->config.value(QString::fromLatin1(key));
        if (value.isValid() && !value.isNull())
            html += detailsRow(QString::fromLatin1(key), value.toString());
    }
    if (partial->config.contains(u"ssl"_s))
        html +=
            detailsRow(u"ssl"_s, partial->config.value(u"ssl"_s).toBool() ? tr("on") : tr("off"));
    html += u"</table>"_s;
    const QStringList users = m_store->pluginsUsing(partial->id);
    if (users.isEmpty()) {
        html += u"<p>"_s + tr("No plugin links this configuration.") + u"</p>"_s;
    } else {
        html += pluginLinks(
            m_store, tr("Linked by %n plugin(s):", nullptr, static_cast<int>(users.size())), users);
    }
    setDetailsHtml(m_details, html);
}

void PartialsPane::createPartial() {
    const Partial *current = m_store->partial(currentId());
    QString controlPlane = current ? current->controlPlaneId : QString();
    if (controlPlane.isEmpty() && !m_store->controlPlaneIds().isEmpty())
        controlPlane = m_store->controlPlaneIds().first();
    auto *dialog = new PartialDialog(m_store, controlPlane, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PartialDialog::submitted, this, [this, dialog] {
        runInDialog(dialog, m_actions->createPartial(dialog->partial()),
                    [this](const Partial &created) { selectPartial(created.id); });
    });
    dialog->open();
}

void PartialsPane::editPartial() {
    const Partial *partial = m_store->partial(currentId());
    if (!partial || m_store->readOnly())
        return;
    auto *dialog = new PartialDialog(m_store, *partial, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PartialDialog::submitted, this,
            [this, dialog] { runInDialog(dialog, m_actions->updatePartial(dialog->partial())); });
    dialog->open();
}

void PartialsPane::deletePartial() {
    const Partial *partial = m_store->partial(currentId());
    if (!partial)
        return;
    auto *dialog = new ConfirmDeleteDialog(
        tr("Redis configuration"), partial->name,
        tr("Konnect refuses while a plugin links it; the plugins are listed if so."), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = partial->id;
    connect(dialog, &ConfirmDeleteDialog::confirmed, this,
            [this, dialog, id] { runInDialog(dialog, m_actions->deletePartial(id)); });
    dialog->open();
}

} // namespace kd
