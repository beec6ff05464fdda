#include "ui/plugins/PluginsPane.h"

#include "client/PluginCatalog.h"
#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/advisor/PluginAdvice.h"
#include "models/FleetFilterProxy.h"
#include "models/PluginModel.h"
#include "ui/common/ConfirmDeleteDialog.h"
#include "ui/common/DialogAction.h"
#include "ui/common/PaneParts.h"
#include "ui/plugins/PluginDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QLocale>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace kd {

PluginsPane::PluginsPane(FleetStore *store, FleetActions *actions, QWidget *parent)
    : Pane(parent)
    , m_store(store)
    , m_actions(actions)
    , m_model(new PluginModel(store, this))
    , m_proxy(new FleetFilterProxy(this))
    , m_view(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_create(new QAction(QIcon::fromTheme(u"list-add"_s), tr("&New Plugin…"), this))
    , m_edit(new QAction(QIcon::fromTheme(u"document-edit"_s), tr("&Edit…"), this))
    , m_toggle(new QAction(QIcon::fromTheme(u"media-playback-pause"_s), tr("Disa&ble"), this))
    , m_delete(new QAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete…"), this)) {
    setObjectName(u"pluginsPane"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PluginModel::RawValueRole);
    m_view->setObjectName(u"pluginsView"_s);
    m_view->setModel(m_proxy);
    configureEntityTable(m_view);
    m_view->sortByColumn(PluginModel::ControlPlaneColumn, Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_details->setObjectName(u"pluginDetails"_s);
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"partial"_s)
            Q_EMIT showPartialRequested(url.path());
    });

    m_create->setObjectName(u"newPluginAction"_s);
    m_create->setShortcut(QKeySequence::New);
    m_edit->setObjectName(u"editPluginAction"_s);
    m_edit->setShortcut(Qt::CTRL | Qt::Key_E);
    m_toggle->setObjectName(u"togglePluginAction"_s);
    m_toggle->setShortcut(Qt::CTRL | Qt::Key_D);
    m_delete->setObjectName(u"deletePluginAction"_s);
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_create, &QAction::triggered, this, &PluginsPane::createPlugin);
    connect(m_edit, &QAction::triggered, this, &PluginsPane::editPlugin);
    connect(m_toggle, &QAction::triggered, this, &PluginsPane::togglePlugin);
    connect(m_delete, &QAction::triggered, this, &PluginsPane::deletePlugin);
    connect(m_view, &QTableView::doubleClicked, this, &PluginsPane::editPlugin);
    addEditActions(this, store, {m_create, m_edit, m_toggle, m_delete});
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PluginsPane::showDetails);
    showDetailsOfCurrentRow(m_model, m_view, this, [this] { showDetails(); });

    QToolBar *toolbar =
        makePaneToolbar(this, u"pluginsToolbar"_s, {m_create, m_edit, m_toggle, m_delete}, m_proxy,
                        tr("Filter: plugin, instance, control plane, scope, configuration…"));
    layoutTablePane(this, toolbar, m_view, m_details);
    trackRows(this, m_model, m_view);
    showDetails();
}

QString PluginsPane::currentId() const {
    return m_model->idAt(m_proxy->mapToSource(m_view->currentIndex()).row());
}

bool PluginsPane::selectPlugin(const QString &id) {
    QModelIndex index = m_proxy->mapFromSource(m_model->indexOfId(id));
    if (!index.isValid() && m_model->indexOfId(id).isValid()) {
        m_proxy->setFilterText({}); // the filter hid it
        index = m_proxy->mapFromSource(m_model->indexOfId(id));
    }
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus();
    return true;
}

void PluginsPane::updateActions() {
    const Plugin *plugin = m_store->plugin(currentId());
    const bool editable = plugin && !m_store->readOnly();
    for (QAction *action : {m_edit, m_toggle, m_delete})
        action->setEnabled(editable);
    m_toggle->setText(plugin && !plugin->enabled ? tr("Ena&ble") : tr("Disa&ble"));
    m_toggle->setIcon(QIcon::fromTheme(plugin && !plugin->enabled ? u"media-playback-start"_s
                                                                  : u"media-playback-pause"_s));
}

void PluginsPane::showDetails() {
    updateActions();
    const Plugin *plugin = m_store->plugin(currentId());
    if (!plugin) {
        setDetailsHtml(m_details, tr("<p>Select a plugin to see its details.</p>"));
        return;
    }
    const ControlPlane *cp = m_store->controlPlane(plugin->controlPlaneId);
    QString html = u"<h3>%1</h3><table>"_s.arg(
        (plugin->instanceName.isEmpty() ? plugin->name : plugin->instanceName).toHtmlEscaped());
    html += detailsRow(tr("Plugin"), plugin->name);
    html += detailsRow(tr("Control plane"), cp ? cp->name : plugin->controlPlaneId);
    html += detailsRow(tr("Scope"), plugin->scope());
    html += detailsRow(tr("Enabled"), plugin->enabled ? tr("yes") : tr("no"));
    html += detailsRow(tr("Protocols"), plugin->protocols.join(u", "_s));
    if (!plugin->tags.isEmpty())
        html += detailsRow(tr("Tags"), plugin->tags.join(u", "_s));
    html += u"</table>"_s;
    for (const QString &id : plugin->partialIds) {
        const Partial *partial = m_store->partial(id);
        html += u"<p>"_s
                + tr("Uses the configuration <a href='partial:%1'>%2</a>")
                      .arg(id, (partial ? partial->name : id).toHtmlEscaped())
                + u"</p>"_s;
    }
    const QVariant rate = plugin->config().value(u"sync_rate"_s);
    if (!rate.isNull() && rate.isValid()) {
        std::optional<CacheTier> tier;
        for (const QString &owner : m_store->cacheOwnerIds()) {
            const ManagedCache *cache = m_store->cacheOf(owner);
            if (plugin->partialIds.contains(cache->cacheConfigId))
                tier = cache->tier.value;
        }
        if (const QString advice = advisor::syncRateAdvice(rate.toDouble(), tier);
            !advice.isEmpty())
            html += u"<p style='color:#a15c00'>"_s + advice.toHtmlEscaped() + u"</p>"_s;
    }
    html += u"<pre>"_s
            + QString::fromUtf8(plugins::configToDocument(plugin->config())).toHtmlEscaped()
            + u"</pre>"_s;
    setDetailsHtml(m_details, html);
}

void PluginsPane::createPlugin() {
    const Plugin *current = m_store->plugin(currentId());
    QString controlPlane = current ? current->controlPlaneId : QString();
    if (controlPlane.isEmpty() && !m_store->controlPlaneIds().isEmpty())
        controlPlane = m_store->controlPlaneIds().first();
    auto *dialog = new PluginDialog(m_store, controlPlane, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PluginDialog::submitted, this, [this, dialog] {
        runInDialog(dialog, m_actions->createPlugin(dialog->plugin()),
                    [this](const Plugin &created) { selectPlugin(created.id); });
    });
    dialog->open();
}

void PluginsPane::editPlugin() {
    const Plugin *plugin = m_store->plugin(currentId());
    if (!plugin || m_store->readOnly())
        return;
    auto *dialog = new PluginDialog(m_store, *plugin, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PluginDialog::submitted, this,
            [this, dialog] { runInDialog(dialog, m_actions->updatePlugin(dialog->plugin())); });
    dialog->open();
}

void PluginsPane::togglePlugin() {
    const Plugin *plugin = m_store->plugin(currentId());
    if (!plugin)
        return;
    const bool enable = !plugin->enabled;
    const QString name = plugin->instanceName.isEmpty() ? plugin->name : plugin->instanceName;
    QCoro::connect(m_actions->setPluginEnabled(plugin->id, enable), this,
                   [this, name, enable](const Result<Plugin> &updated) {
                       if (!updated) {
                           Q_EMIT statusMessage(
                               tr("Could not change %1: %2").arg(name, updated.error().message()));
                           return;
                       }
                       Q_EMIT statusMessage(enable ? tr("%1 is enabled.").arg(name)
                                                   : tr("%1 is disabled.").arg(name));
                   });
}

void PluginsPane::deletePlugin() {
    const Plugin *plugin = m_store->plugin(currentId());
    if (!plugin)
        return;
    const QString name = plugin->instanceName.isEmpty() ? plugin->name : plugin->instanceName;
    auto *dialog = new ConfirmDeleteDialog(
        tr("plugin"), name, tr("Its data planes stop running it within seconds."), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = plugin->id;
    connect(dialog, &ConfirmDeleteDialog::confirmed, this,
            [this, dialog, id] { runInDialog(dialog, m_actions->deletePlugin(id)); });
    dialog->open();
}

} // namespace kd
