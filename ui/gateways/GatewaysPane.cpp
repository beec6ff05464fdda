#include "ui/gateways/GatewaysPane.h"

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/advisor/CacheService.h"
#include "models/FleetFilterProxy.h"
#include "models/FleetTreeModel.h"
#include "models/TimeFormat.h"
#include "ui/common/CachedTextDelegate.h"
#include "ui/common/DialogAction.h"
#include "ui/common/PaneParts.h"
#include "ui/common/Shortcuts.h"
#include "ui/gateways/DeployGroupWizard.h"
#include "ui/gateways/GroupChangeDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
// The group a row shows, with its control plane's configuration; nulls for cloud and region rows.
struct Selected {
    const CloudGatewayConfiguration *configuration = nullptr;
    const DataPlaneGroup *group = nullptr;
};

Selected selectedIn(const FleetStore *store, const QModelIndex &current) {
    const QString groupId = current.data(FleetTreeModel::GroupIdRole).toString();
    const auto *configuration =
        store->configurationOf(current.data(FleetTreeModel::ControlPlaneIdRole).toString());
    if (groupId.isEmpty() || !configuration)
        return {};
    for (const DataPlaneGroup &group : configuration->groups) {
        if (group.id == groupId)
            return {configuration, &group};
    }
    return {};
}
} // namespace

GatewaysPane::GatewaysPane(FleetStore *store, FleetActions *actions, QWidget *parent)
    : Pane(parent)
    , m_store(store)
    , m_actions(actions)
    , m_model(new FleetTreeModel(store, this))
    , m_proxy(new FleetFilterProxy(this))
    , m_view(new QTreeView(this))
    , m_details(new QTextBrowser(this))
    , m_deploy(makeStandardAction(StandardAction::New, tr("&Deploy Group…"), this))
    , m_autoscale(makeStandardAction(StandardAction::Edit, tr("Change &Autoscale…"), this))
    , m_remove(makeStandardAction(StandardAction::Delete, tr("&Remove Group…"), this))
    , m_expand(new QAction(QIcon::fromTheme(u"view-list-tree"_s), tr("&Expand All"), this))
    , m_showPlane(new QAction(tr("Show &Control Plane"), this)) {
    setObjectName(u"gatewaysPane"_s);
    connect(m_deploy, &QAction::triggered, this, &GatewaysPane::deployGroup);
    connect(m_autoscale, &QAction::triggered, this, &GatewaysPane::changeAutoscale);
    connect(m_remove, &QAction::triggered, this, &GatewaysPane::removeGroup);
    for (QAction *action : {m_expand, m_showPlane}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(store, &FleetStore::readOnlyChanged, this, &GatewaysPane::updateActions);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FleetTreeModel::RawValueRole);
    m_proxy->setRecursiveFilteringEnabled(true); // a matching group keeps its cloud and region

    m_view->setObjectName(u"gatewaysView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FleetTreeModel::NameColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(FleetTreeModel::NameColumn, 240);
    m_view->setColumnWidth(FleetTreeModel::ControlPlaneColumn, 190);
    m_view->setColumnWidth(FleetTreeModel::StateColumn, 110);
    m_view->setColumnWidth(FleetTreeModel::ManagedCacheColumn, 130);
    m_view->setColumnWidth(FleetTreeModel::NetworkColumn, 190);
    m_view->setStyleSheet(u"QTreeView:focus { border: 2px solid palette(highlight); }"_s);
    CachedTextDelegate::install(m_view);
    enableRowMenu(m_view, this, [this] { return paneActions(); });

    m_details->setObjectName(u"groupDetails"_s);
    m_details->setOpenLinks(false);
    m_details->setMinimumWidth(280);

    m_expand->setObjectName(u"expandAllAction"_s);
    m_expand->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_expand, &QAction::triggered, m_view, [this] { m_view->expandToDepth(1); });
    m_showPlane->setObjectName(u"showControlPlaneAction"_s);
    m_showPlane->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    const auto selectedPlane = [this] {
        return m_view->currentIndex().data(FleetTreeModel::ControlPlaneIdRole).toString();
    };
    connect(m_showPlane, &QAction::triggered, this, [this, selectedPlane] {
        if (const QString id = selectedPlane(); !id.isEmpty())
            Q_EMIT showControlPlaneRequested(id);
    });
    connect(m_view, &QTreeView::doubleClicked, m_showPlane, &QAction::trigger);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                updateActions();
                showDetails();
                const QString group = current.data(FleetTreeModel::GroupIdRole).toString();
                if (!group.isEmpty() && !m_selecting)
                    Q_EMIT groupSelected(group);
            });
    connect(store, &FleetStore::dataPlaneGroupsChanged, this, [this] {
        updateActions();
        showDetails();
    });
    connect(store, &FleetStore::cachesChanged, this, &GatewaysPane::showDetails);

    QToolBar *toolbar = makePaneToolbar(this, u"gatewaysToolbar"_s, paneActions(), m_proxy,
                                        tr("Filter: cloud, region, control plane, state…"));
    QLabel *hint = makeIntroLabel(tr("Dedicated Cloud Gateway data-plane groups where they run. "
                                     "Managed caches serve AWS and Azure groups; Google Cloud "
                                     "groups of a control plane with a cache show \"not "
                                     "served\"."),
                                  this);

    QSplitter *splitter = makeTableSplitter(m_view, m_details, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(hint);
    layout->addWidget(splitter, 1);

    // Cloud and region rows open when they appear (a sync, or a filter that brings them
    // back), once the burst of insertions is over; rows the user closed stay closed. Only
    // those rows are expanded: expandAll() would keep a persistent index for each of
    // thousands of groups, and every later insertion would walk them all.
    auto *settle = new QTimer(this);
    settle->setSingleShot(true);
    settle->setInterval(0);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this, settle](const QModelIndex &parent, int first, int last) {
                if (parent.parent().isValid())
                    return; // groups
                for (int row = first; row <= last; ++row) {
                    const QModelIndex opened = m_proxy->index(row, 0, parent);
                    m_toExpand.append(opened);
                    for (int child = 0; !parent.isValid() && child < m_proxy->rowCount(opened);
                         ++child)
                        m_toExpand.append(m_proxy->index(child, 0, opened));
                }
                settle->start();
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, settle, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsRemoved, settle, qOverload<>(&QTimer::start));
    connect(settle, &QTimer::timeout, this, [this] {
        for (const QPersistentModelIndex &opened : std::exchange(m_toExpand, {})) {
            if (opened.isValid())
                m_view->expand(opened);
        }
        updateBadge();
    });
    updateActions();
    showDetails();
}

QList<QAction *> GatewaysPane::paneActions() const {
    return {m_deploy, m_autoscale, m_remove, m_expand, m_showPlane};
}

void GatewaysPane::setSignedIn(bool signedIn) {
    m_signedIn = signedIn;
    updateActions();
    showDetails();
}

void GatewaysPane::updateActions() {
    const bool writable = m_signedIn && !m_store->readOnly();
    const bool group = selectedIn(m_store, m_view->currentIndex()).group != nullptr;
    m_deploy->setEnabled(writable);
    m_autoscale->setEnabled(writable && group);
    m_remove->setEnabled(writable && group);
    m_showPlane->setEnabled(
        !m_view->currentIndex().data(FleetTreeModel::ControlPlaneIdRole).toString().isEmpty());
}

void GatewaysPane::updateBadge() {
    int groups = 0;
    for (int c = 0; c < m_model->rowCount(); ++c) {
        const QModelIndex cloud = m_model->index(c, 0);
        for (int r = 0; r < m_model->rowCount(cloud); ++r)
            groups += m_model->rowCount(m_model->index(r, 0, cloud));
    }
    Q_EMIT badgeChanged(QString::number(groups), false);
}

void GatewaysPane::showDetails() {
    const QModelIndex current = m_view->currentIndex();
    const auto [configuration, group] = selectedIn(m_store, current);
    if (!group) {
        setDetailsHtml(m_details, m_signedIn || m_model->rowCount() > 0
                                      ? tr("<p>Select a data-plane group to see its details.</p>")
                                      : tr("<p>Sign in to see your data-plane groups.</p>"));
        return;
    }
    const ControlPlane *cp = m_store->controlPlane(configuration->controlPlaneId);
    QString html = u"<h3>%1</h3><table>"_s.arg(
        (providerDisplayName(group->provider) + u' ' + group->region).toHtmlEscaped());
    html += detailsRow(tr("Control plane"), cp ? cp->name : configuration->controlPlaneId);
    html += detailsRow(tr("Gateway version"), configuration->version);
    html +=
        detailsRow(tr("State"),
                   group->state.raw
                       + (group->stateReason.isEmpty() ? QString() : u": "_s + group->stateReason));
    const Network *network = m_store->network(group->networkId);
    html += detailsRow(tr("Network"), network ? tr("%1 (%2)").arg(network->name, network->cidrBlock)
                                              : group->networkId);
    const Autoscale &scale = group->autoscale;
    html += detailsRow(tr("Autoscale"),
                       scale.autopilot
                           ? tr("autopilot, base %1 requests per second").arg(scale.baseRps)
                           : tr("static, %n × %1 instances", nullptr, scale.requestedInstances)
                                 .arg(scale.instanceType));
    // The group's cache service: its state, why, and what to do about it.
    const advisor::GroupCacheService cache =
        advisor::groupCacheService(*m_store, configuration->controlPlaneId, *group);
    html += detailsRow(tr("Managed cache"), cache.label.isEmpty() ? cache.reason : cache.label);
    if (!cache.label.isEmpty() && !cache.reason.isEmpty())
        html += detailsRow(tr("Why"), cache.reason);
    if (!cache.fix.isEmpty())
        html += detailsRow(tr("To do"), cache.fix);
    html += detailsRow(tr("Hostnames"), group->hostnames.join(u", "_s));
    html += detailsRow(tr("Egress IPs"), group->egressIps.join(u", "_s));
    html += detailsRow(tr("Private IPs"), group->privateIps.join(u", "_s));
    if (group->createdAt.isValid())
        html += detailsRow(tr("Created"), timeformat::dateTime(group->createdAt));
    setDetailsHtml(m_details, html + u"</table>"_s);
}

void GatewaysPane::deployGroup() {
    deployGroupTo(m_view->currentIndex().data(FleetTreeModel::ControlPlaneIdRole).toString());
}

void GatewaysPane::deployGroupTo(const QString &controlPlaneId) {
    Q_EMIT statusMessage(tr("Reading the regions Konnect offers…"));
    QCoro::connect(
        m_actions->availability(), this,
        [this, controlPlaneId](const Result<Availability> &availability) {
            if (!availability) {
                Q_EMIT statusMessage(availability.error().message());
                return;
            }
            auto *wizard = new DeployGroupWizard(m_store, *availability, controlPlaneId, this);
            wizard->setAttribute(Qt::WA_DeleteOnClose);
            wizard->enableCreateNetwork(m_actions);
            connect(wizard, &DeployGroupWizard::deployRequested, this, [this, wizard] {
                wizard->showError({});
                const QString planeId = wizard->controlPlaneId();
                runInDialog(wizard,
                            m_actions->deployDataPlaneGroup(planeId, wizard->geo(), wizard->group(),
                                                            wizard->version()),
                            [this, planeId](const CloudGatewayConfiguration &) {
                                Q_EMIT statusMessage(tr("Deploying; the group comes up in "
                                                        "the tree as Konnect reports it."));
                                QCoro::connect(
                                    m_actions->followConfiguration(planeId, m_followInterval), this,
                                    [] {});
                            });
            });
            wizard->open();
        });
}

void GatewaysPane::changeAutoscale() {
    openGroupChange(false);
}

void GatewaysPane::removeGroup() {
    openGroupChange(true);
}

void GatewaysPane::openGroupChange(bool remove) {
    const auto [configuration, group] = selectedIn(m_store, m_view->currentIndex());
    if (!group)
        return;
    const ControlPlane *cp = m_store->controlPlane(configuration->controlPlaneId);
    auto *dialog = new GroupChangeDialog(
        remove ? GroupChangeDialog::Change::Remove : GroupChangeDialog::Change::Autoscale,
        cp ? cp->name : configuration->controlPlaneId, configuration->desired, group->provider.raw,
        group->region, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString planeId = configuration->controlPlaneId;
    const Geo geo = configuration->controlPlaneGeo;
    connect(dialog, &GroupChangeDialog::submitted, this, [this, dialog, planeId, geo, remove] {
        runInDialog(
            dialog,
            m_actions->replaceDataPlaneGroups(planeId, geo, dialog->current(), dialog->desired()),
            [this, planeId, remove](const CloudGatewayConfiguration &) {
                Q_EMIT statusMessage(remove ? tr("Removing the group; Konnect tears it "
                                                 "down over a few minutes.")
                                            : tr("Autoscale changed."));
                QCoro::connect(m_actions->followConfiguration(planeId, m_followInterval), this,
                               [] {});
            });
    });
    dialog->open();
}

bool GatewaysPane::selectGroup(const QString &groupId) {
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfGroup(groupId));
    if (!index.isValid())
        return false;
    followSelection(m_view, index, m_selecting);
    return true;
}

} // namespace kd
