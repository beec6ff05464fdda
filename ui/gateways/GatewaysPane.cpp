#include "ui/gateways/GatewaysPane.h"

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "models/FleetFilterProxy.h"
#include "models/FleetTreeModel.h"
#include "ui/common/DialogAction.h"
#include "ui/common/PaneParts.h"
#include "ui/gateways/DeployGroupWizard.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

GatewaysPane::GatewaysPane(FleetStore *store, FleetActions *actions, QWidget *parent)
    : Pane(parent)
    , m_store(store)
    , m_actions(actions)
    , m_model(new FleetTreeModel(store, this))
    , m_proxy(new FleetFilterProxy(this))
    , m_view(new QTreeView(this))
    , m_expand(new QAction(QIcon::fromTheme(u"view-list-tree"_s), tr("&Expand all"), this))
    , m_showPlane(new QAction(tr("Show &control plane"), this))
    , m_deploy(new QAction(QIcon::fromTheme(u"list-add"_s), tr("&Deploy group…"), this)) {
    m_deploy->setObjectName(u"deployGroupAction"_s);
    m_deploy->setShortcut(QKeySequence::New);
    m_deploy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deploy->setEnabled(!store->readOnly());
    addAction(m_deploy);
    connect(m_deploy, &QAction::triggered, this, &GatewaysPane::deployGroup);
    connect(store, &FleetStore::readOnlyChanged, m_deploy,
            [this](bool readOnly) { m_deploy->setEnabled(!readOnly); });
    setObjectName(u"gatewaysPane"_s);
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

    m_expand->setObjectName(u"expandAllAction"_s);
    m_expand->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_expand, &QAction::triggered, m_view, [this] { m_view->expandToDepth(1); });
    m_showPlane->setObjectName(u"showControlPlaneAction"_s);
    m_showPlane->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_showPlane->setEnabled(false);
    const auto selectedPlane = [this] {
        return m_view->currentIndex().data(FleetTreeModel::ControlPlaneIdRole).toString();
    };
    connect(m_showPlane, &QAction::triggered, this, [this, selectedPlane] {
        if (const QString id = selectedPlane(); !id.isEmpty())
            Q_EMIT showControlPlaneRequested(id);
    });
    connect(m_view, &QTreeView::doubleClicked, m_showPlane, &QAction::trigger);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, selectedPlane](const QModelIndex &current) {
                m_showPlane->setEnabled(!selectedPlane().isEmpty());
                const QString group = current.data(FleetTreeModel::GroupIdRole).toString();
                if (!group.isEmpty() && !m_selecting)
                    Q_EMIT groupSelected(group);
            });

    QToolBar *toolbar =
        makePaneToolbar(this, u"gatewaysToolbar"_s, {m_deploy, m_expand, m_showPlane}, m_proxy,
                        tr("Filter: cloud, region, control plane, state…"));
    auto *hint = new QLabel(tr("Dedicated Cloud Gateway data-plane groups where they run. "
                               "Managed caches serve AWS and Azure groups; Google Cloud groups "
                               "of a control plane with a cache show \"not served\"."),
                            this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);

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
        int groups = 0;
        for (int c = 0; c < m_model->rowCount(); ++c) {
            const QModelIndex cloud = m_model->index(c, 0);
            for (int r = 0; r < m_model->rowCount(cloud); ++r)
                groups += m_model->rowCount(m_model->index(r, 0, cloud));
        }
        Q_EMIT badgeChanged(QString::number(groups), false);
    });
}

void GatewaysPane::deployGroup() {
    const QString selected =
        m_view->currentIndex().data(FleetTreeModel::ControlPlaneIdRole).toString();
    Q_EMIT statusMessage(tr("Reading the regions Konnect offers…"));
    QCoro::connect(m_actions->availability(), this,
                   [this, selected](const Result<Availability> &availability) {
                       if (!availability) {
                           Q_EMIT statusMessage(availability.error().message());
                           return;
                       }
                       auto *wizard = new DeployGroupWizard(m_store, *availability, selected, this);
                       wizard->setAttribute(Qt::WA_DeleteOnClose);
                       wizard->enableCreateNetwork(m_actions);
                       connect(wizard, &DeployGroupWizard::deployRequested, this, [this, wizard] {
                           wizard->showError({});
                           const QString planeId = wizard->controlPlaneId();
                           runInDialog(
                               wizard,
                               m_actions->deployDataPlaneGroup(planeId, wizard->geo(),
                                                               wizard->group(), wizard->version()),
                               [this, planeId](const CloudGatewayConfiguration &) {
                                   Q_EMIT statusMessage(tr("Deploying; the group comes up in "
                                                           "the tree as Konnect reports it."));
                                   QCoro::connect(
                                       m_actions->followConfiguration(planeId, m_followInterval),
                                       this, [] {});
                               });
                       });
                       wizard->open();
                   });
}

bool GatewaysPane::selectGroup(const QString &groupId) {
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfGroup(groupId));
    if (!index.isValid())
        return false;
    m_selecting = true;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_selecting = false;
    return true;
}

} // namespace kd
