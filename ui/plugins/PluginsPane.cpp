#include "ui/plugins/PluginsPane.h"

#include "client/PluginCatalog.h"
#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/advisor/PluginAdvice.h"
#include "models/PluginModel.h"
#include "models/Tones.h"
#include "ui/common/ConfirmDeleteDialog.h"
#include "ui/common/DialogAction.h"
#include "ui/common/PaneParts.h"
#include "ui/plugins/PluginDialog.h"

#include <QAction>
#include <QIcon>
#include <QTableView>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
QString displayName(const Plugin &plugin) {
    return plugin.instanceName.isEmpty() ? plugin.name : plugin.instanceName;
}
} // namespace

PluginsPane::PluginsPane(FleetStore *store, FleetActions *actions, QWidget *parent)
    : TablePane(store, actions, new PluginModel(store), u"plugin"_s,
                PluginModel::ControlPlaneColumn, parent)
    , m_toggle(new QAction(QIcon::fromTheme(u"media-playback-pause"_s), tr("Disa&ble"), this)) {
    newAction()->setText(tr("&New Plugin…"));
    setTexts({tr("Plugins"), tr("Filter: plugin, instance, control plane, scope, configuration…"),
              tr("Sign in to see your plugins."),
              tr("No plugins on these control planes. Add one (Ctrl+N)."),
              tr("<p>Select a plugin to see its details.</p>")});
    m_toggle->setObjectName(u"togglePluginAction"_s);
    m_toggle->setShortcut(Qt::CTRL | Qt::Key_D);
    connect(m_toggle, &QAction::triggered, this, &PluginsPane::togglePlugin);
    addPaneAction(m_toggle, true);
    updateEmptyState();
    updateActions();
    showDetails();
}

void PluginsPane::updateActions() {
    TablePane::updateActions();
    const Plugin *plugin = store()->plugin(currentId());
    m_toggle->setText(plugin && !plugin->enabled ? tr("Ena&ble") : tr("Disa&ble"));
    m_toggle->setIcon(QIcon::fromTheme(plugin && !plugin->enabled ? u"media-playback-start"_s
                                                                  : u"media-playback-pause"_s));
}

QString PluginsPane::detailsHtml(const QString &id) const {
    const Plugin *plugin = store()->plugin(id);
    if (!plugin)
        return {};
    const ControlPlane *cp = store()->controlPlane(plugin->controlPlaneId);
    QString html = u"<h3>%1</h3><table>"_s.arg(displayName(*plugin).toHtmlEscaped());
    html += detailsRow(tr("Plugin"), plugin->name);
    html += detailsRow(tr("Control plane"), cp ? cp->name : plugin->controlPlaneId);
    html += detailsRow(tr("Scope"), plugin->scope());
    html += detailsRow(tr("Enabled"), plugin->enabled ? tr("yes") : tr("no"));
    html += detailsRow(tr("Protocols"), plugin->protocols.join(u", "_s));
    if (!plugin->tags.isEmpty())
        html += detailsRow(tr("Tags"), plugin->tags.join(u", "_s));
    html += u"</table>"_s;
    for (const QString &id : plugin->partialIds) {
        const Partial *partial = store()->partial(id);
        html += u"<p>"_s
                + tr("Uses the configuration <a href='partial:%1'>%2</a>")
                      .arg(id, (partial ? partial->name : id).toHtmlEscaped())
                + u"</p>"_s;
    }
    const QVariant rate = plugin->config().value(u"sync_rate"_s);
    if (!rate.isNull() && rate.isValid()) {
        std::optional<CacheTier> tier;
        for (const QString &owner : store()->cacheOwnerIds()) {
            const ManagedCache *cache = store()->cacheOf(owner);
            if (plugin->partialIds.contains(cache->cacheConfigId))
                tier = cache->tier.value;
        }
        if (const QString advice = advisor::syncRateAdvice(rate.toDouble(), tier);
            !advice.isEmpty())
            html += u"<p style='color:%1'>"_s.arg(toneColor(Tone::Warning).name())
                    + advice.toHtmlEscaped() + u"</p>"_s;
    }
    html += u"<pre>"_s
            + QString::fromUtf8(plugins::configToDocument(plugin->config())).toHtmlEscaped()
            + u"</pre>"_s;
    return html;
}

void PluginsPane::createItem() {
    const Plugin *current = store()->plugin(currentId());
    QString controlPlane = current ? current->controlPlaneId : QString();
    if (controlPlane.isEmpty() && !store()->controlPlaneIds().isEmpty())
        controlPlane = store()->controlPlaneIds().first();
    auto *dialog = new PluginDialog(store(), controlPlane, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PluginDialog::submitted, this, [this, dialog] {
        runInDialog(dialog, fleetActions()->createPlugin(dialog->plugin()),
                    [this](const Plugin &created) { selectCreated(created.id); });
    });
    dialog->open();
}

void PluginsPane::editItem() {
    const Plugin *plugin = store()->plugin(currentId());
    if (!plugin || !writable())
        return;
    auto *dialog = new PluginDialog(store(), *plugin, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PluginDialog::submitted, this, [this, dialog] {
        runInDialog(dialog, fleetActions()->updatePlugin(dialog->plugin()));
    });
    dialog->open();
}

void PluginsPane::togglePlugin() {
    const Plugin *plugin = store()->plugin(currentId());
    if (!plugin)
        return;
    const bool enable = !plugin->enabled;
    const QString name = displayName(*plugin);
    QCoro::connect(fleetActions()->setPluginEnabled(plugin->id, enable), this,
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

void PluginsPane::deleteItem() {
    const Plugin *plugin = store()->plugin(currentId());
    if (!plugin)
        return;
    auto *dialog =
        new ConfirmDeleteDialog(tr("plugin"), displayName(*plugin),
                                tr("Its data planes stop running it within seconds."), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = plugin->id;
    connect(dialog, &ConfirmDeleteDialog::confirmed, this,
            [this, dialog, id] { runInDialog(dialog, fleetActions()->deletePlugin(id)); });
    dialog->open();
}

} // namespace kd
