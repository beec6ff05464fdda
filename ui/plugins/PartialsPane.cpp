#include "ui/plugins/PartialsPane.h"

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "models/PluginModel.h"
#include "ui/common/ConfirmDeleteDialog.h"
#include "ui/common/DialogAction.h"
#include "ui/common/PaneParts.h"
#include "ui/plugins/PartialDialog.h"

#include <QAction>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
QString managedText() {
    return PartialsPane::tr("Konnect manages this configuration for a managed cache: delete "
                            "the managed cache instead.");
}
} // namespace

PartialsPane::PartialsPane(FleetStore *store, FleetActions *actions, QWidget *parent)
    : TablePane(store, actions, new PartialModel(store), u"partial"_s,
                PartialModel::ControlPlaneColumn, parent) {
    newAction()->setText(tr("&New Configuration…"));
    deleteAction()->setToolTip(tr("Delete the configuration (Del)"));
    setTexts({tr("Redis configurations"),
              tr("Filter: name, type, control plane, konnect-managed, host…"),
              tr("Sign in to see your Redis configurations."),
              tr("No Redis configurations. Create one (Ctrl+N), or provision a managed cache and "
                 "Konnect makes one for it."),
              tr("<p>Select a configuration to see its details.</p>")});
    updateEmptyState();
    updateActions();
    showDetails();
}

QString PartialsPane::deleteRefusal(const QString &id) const {
    const Partial *partial = store()->partial(id);
    return partial && partial->konnectManaged() ? managedText() : QString();
}

QString PartialsPane::detailsHtml(const QString &id) const {
    const Partial *partial = store()->partial(id);
    if (!partial)
        return {};
    const ControlPlane *cp = store()->controlPlane(partial->controlPlaneId);
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
    if (partial->konnectManaged())
        html += u"<p>"_s + managedText().toHtmlEscaped() + u"</p>"_s;
    const QStringList users = store()->pluginsUsing(partial->id);
    if (users.isEmpty()) {
        html += u"<p>"_s + tr("No plugin links this configuration.") + u"</p>"_s;
    } else {
        html += pluginLinks(
            store(), tr("Linked by %n plugins:", nullptr, static_cast<int>(users.size())), users);
    }
    return html;
}

void PartialsPane::createItem() {
    const Partial *current = store()->partial(currentId());
    QString controlPlane = current ? current->controlPlaneId : QString();
    if (controlPlane.isEmpty() && !store()->controlPlaneIds().isEmpty())
        controlPlane = store()->controlPlaneIds().first();
    auto *dialog = new PartialDialog(store(), controlPlane, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PartialDialog::submitted, this, [this, dialog] {
        runInDialog(dialog, fleetActions()->createPartial(dialog->partial()),
                    [this](const Partial &created) { selectCreated(created.id); });
    });
    dialog->open();
}

void PartialsPane::editItem() {
    const Partial *partial = store()->partial(currentId());
    if (!partial || !writable())
        return;
    auto *dialog = new PartialDialog(store(), *partial, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PartialDialog::submitted, this, [this, dialog] {
        runInDialog(dialog, fleetActions()->updatePartial(dialog->partial()));
    });
    dialog->open();
}

void PartialsPane::deleteItem() {
    const Partial *partial = store()->partial(currentId());
    if (!partial || partial->konnectManaged())
        return;
    const QString id = partial->id;
    const QString name = partial->name;
    // Ask Konnect who links it before asking for the name: a refusal comes at once.
    QCoro::connect(
        fleetActions()->partialLinks(id), this,
        [this, id, name](const Result<QList<PartialLink>> &links) {
            if (!links) {
                stopDeleteOnFailedCheck(name, links.error().message());
                return;
            }
            if (links->isEmpty()) {
                confirmDelete(id);
                return;
            }
            refuseDeleteWhileLinked(
                u"partialInUse"_s, tr("Configuration in use"),
                tr("%1 cannot be deleted while %n plugins link it. Remove them, or point them "
                   "at another configuration, first.",
                   nullptr, static_cast<int>(links->size()))
                    .arg(name),
                *links);
        });
}

void PartialsPane::confirmDelete(const QString &id) {
    const Partial *partial = store()->partial(id);
    if (!partial)
        return;
    auto *dialog =
        new ConfirmDeleteDialog(tr("Redis configuration"), partial->name,
                                tr("Plugins of its control plane can no longer link it."), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConfirmDeleteDialog::confirmed, this,
            [this, dialog, id] { runInDialog(dialog, fleetActions()->deletePartial(id)); });
    dialog->open();
}

} // namespace kd
