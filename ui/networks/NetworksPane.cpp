#include "ui/networks/NetworksPane.h"

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "models/NetworkModel.h"
#include "models/TimeFormat.h"
#include "ui/common/ConfirmDeleteDialog.h"
#include "ui/common/DialogAction.h"
#include "ui/common/PaneParts.h"
#include "ui/networks/NetworkDialog.h"

#include <QAction>
#include <QIcon>
#include <QLocale>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace kd {

NetworksPane::NetworksPane(FleetStore *store, FleetActions *actions, QWidget *parent)
    : TablePane(store, actions, new NetworkModel(store), u"network"_s, NetworkModel::NameColumn,
                parent) {
    editAction()->setText(tr("&Rename…"));
    setTexts({tr("Networks"), tr("Filter: name, cloud, region, CIDR, state…"),
              tr("Sign in to see your cloud gateway networks."),
              tr("No cloud gateway networks yet. Create one (Ctrl+N); it becomes ready in 30 to "
                 "40 minutes."),
              tr("<p>Select a network to see its details.</p>")});
    // A network takes one change, its name: Edit renames.
    editAction()->setIcon(QIcon::fromTheme(u"edit-rename"_s));
    updateEmptyState();
    updateActions();
    showDetails();
}

QString NetworksPane::detailsHtml(const QString &id) const {
    const Network *network = store()->network(id);
    if (!network)
        return {};
    QString html = u"<h3>%1</h3><table>"_s.arg(network->name.toHtmlEscaped());
    html += detailsRow(tr("ID"), network->id);
    html += detailsRow(tr("Cloud"), store()->providerOfAccount(network->providerAccountId));
    html += detailsRow(tr("Region"), network->region);
    html += detailsRow(tr("CIDR"), network->cidrBlock);
    html += detailsRow(tr("Zones"), network->availabilityZones.join(u", "_s));
    html += detailsRow(
        tr("State"),
        network->state.raw
            + (network->stateReason.isEmpty() ? QString() : u": "_s + network->stateReason));
    html += detailsRow(tr("Used by"),
                       tr("%n configurations", nullptr, network->configurationReferenceCount));
    html += detailsRow(tr("Created"), timeformat::dateTime(network->createdAt));
    return html + u"</table>"_s;
}

void NetworksPane::createItem() {
    Q_EMIT statusMessage(tr("Reading the regions Konnect offers…"));
    QCoro::connect(
        fleetActions()->availability(), this, [this](const Result<Availability> &availability) {
            if (!availability) {
                Q_EMIT statusMessage(availability.error().message());
                return;
            }
            auto *dialog = new NetworkDialog(store(), *availability, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &NetworkDialog::submitted, this, [this, dialog] {
                runInDialog(dialog, fleetActions()->createNetwork(dialog->createRequest()),
                            [this](const Network &created) {
                                selectCreated(created.id);
                                Q_EMIT statusMessage(tr("Creating %1; it becomes ready in 30 "
                                                        "to 40 minutes.")
                                                         .arg(created.name));
                            });
            });
            dialog->open();
        });
}

void NetworksPane::editItem() {
    const Network *network = store()->network(currentId());
    if (!network)
        return;
    auto *dialog = new NetworkDialog(store(), *network, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = network->id;
    connect(dialog, &NetworkDialog::submitted, this, [this, dialog, id] {
        runInDialog(dialog, fleetActions()->renameNetwork(id, dialog->name()));
    });
    dialog->open();
}

void NetworksPane::deleteItem() {
    const Network *network = store()->network(currentId());
    if (!network)
        return;
    auto *dialog = new ConfirmDeleteDialog(
        tr("network"), network->name,
        tr("Konnect refuses while a cloud gateway configuration uses it."), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = network->id;
    connect(dialog, &ConfirmDeleteDialog::confirmed, this,
            [this, dialog, id] { runInDialog(dialog, fleetActions()->deleteNetwork(id)); });
    dialog->open();
}

} // namespace kd
