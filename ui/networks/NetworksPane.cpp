#include "ui/networks/NetworksPane.h"

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "models/FleetFilterProxy.h"
#include "models/NetworkModel.h"
#include "ui/common/ConfirmDeleteDialog.h"
#include "ui/common/DialogAction.h"
#include "ui/common/PaneParts.h"
#include "ui/networks/NetworkDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

NetworksPane::NetworksPane(FleetStore *store, FleetActions *actions, QWidget *parent)
    : Pane(parent)
    , m_store(store)
    , m_actions(actions)
    , m_model(new NetworkModel(store, this))
    , m_proxy(new FleetFilterProxy(this))
    , m_view(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_create(new QAction(QIcon::fromTheme(u"list-add"_s), tr("&New…"), this))
    , m_rename(new QAction(QIcon::fromTheme(u"edit-rename"_s), tr("&Rename…"), this))
    , m_delete(new QAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete…"), this)) {
    setObjectName(u"networksPane"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(NetworkModel::RawValueRole);
    m_view->setObjectName(u"networksView"_s);
    m_view->setModel(m_proxy);
    configureEntityTable(m_view);
    m_view->sortByColumn(NetworkModel::NameColumn, Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_details->setObjectName(u"networkDetails"_s);

    m_create->setObjectName(u"createNetworkAction"_s);
    m_create->setShortcut(QKeySequence::New);
    m_rename->setObjectName(u"renameNetworkAction"_s);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete->setObjectName(u"deleteNetworkAction"_s);
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_create, &QAction::triggered, this, &NetworksPane::createNetwork);
    connect(m_rename, &QAction::triggered, this, &NetworksPane::renameNetwork);
    connect(m_delete, &QAction::triggered, this, &NetworksPane::deleteNetwork);
    connect(m_view, &QTableView::doubleClicked, m_rename, &QAction::trigger);
    addEditActions(this, store, {m_create, m_rename, m_delete});
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NetworksPane::showDetails);
    showDetailsOfCurrentRow(m_model, m_view, this, [this] { showDetails(); });

    QToolBar *toolbar = makePaneToolbar(this, u"networksToolbar"_s, {m_create, m_rename, m_delete},
                                        m_proxy, tr("Filter: name, cloud, region, CIDR, state…"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setSizes({900, 300});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);

    trackRows(this, m_model, m_view);
    showDetails();
}

QString NetworksPane::currentId() const {
    return m_view->currentIndex().data(NetworkModel::IdRole).toString();
}

void NetworksPane::showDetails() {
    const Network *network = m_store->network(currentId());
    if (!network) {
        setDetailsHtml(m_details, tr("<p>Select a network to see its details.</p>"));
        return;
    }
    QString html = u"<h3>%1</h3><table>"_s.arg(network->name.toHtmlEscaped());
    html += detailsRow(tr("ID"), network->id);
    html += detailsRow(tr("Cloud"), m_store->providerOfAccount(network->providerAccountId));
    html += detailsRow(tr("Region"), network->region);
    html += detailsRow(tr("CIDR"), network->cidrBlock);
    html += detailsRow(tr("Zones"), network->availabilityZones.join(u", "_s));
    html += detailsRow(
        tr("State"),
        network->state.raw
            + (network->stateReason.isEmpty() ? QString() : u": "_s + network->stateReason));
    html += detailsRow(tr("Used by"),
                       tr("%n configuration(s)", nullptr, network->configurationReferenceCount));
    html += detailsRow(tr("Created"),
                       QLocale().toString(network->createdAt.toLocalTime(), QLocale::ShortFormat));
    setDetailsHtml(m_details, html + u"</table>"_s);
}

void NetworksPane::createNetwork() {
    Q_EMIT statusMessage(tr("Reading the regions Konnect offers…"));
    QCoro::connect(
        m_actions->availability(), this, [this](const Result<Availability> &availability) {
            if (!availability) {
                Q_EMIT statusMessage(availability.error().message());
                return;
            }
            auto *dialog = new NetworkDialog(m_store, *availability, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &NetworkDialog::submitted, this, [this, dialog] {
                runInDialog(dialog, m_actions->createNetwork(dialog->createRequest()),
                            [this](const Network &created) {
                                Q_EMIT statusMessage(tr("Creating %1; it becomes ready in 30 "
                                                        "to 40 minutes.")
                                                         .arg(created.name));
                            });
            });
            dialog->open();
        });
}

void NetworksPane::renameNetwork() {
    const Network *network = m_store->network(currentId());
    if (!network)
        return;
    auto *dialog = new NetworkDialog(m_store, *network, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = network->id;
    connect(dialog, &NetworkDialog::submitted, this, [this, dialog, id] {
        runInDialog(dialog, m_actions->renameNetwork(id, dialog->name()));
    });
    dialog->open();
}

void NetworksPane::deleteNetwork() {
    const Network *network = m_store->network(currentId());
    if (!network)
        return;
    auto *dialog = new ConfirmDeleteDialog(
        tr("network"), network->name,
        tr("Konnect refuses while a cloud gateway configuration uses it."), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = network->id;
    connect(dialog, &ConfirmDeleteDialog::confirmed, this,
            [this, dialog, id] { runInDialog(dialog, m_actions->deleteNetwork(id)); });
    dialog->open();
}

} // namespace kd
