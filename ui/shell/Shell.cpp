#include "ui/shell/Shell.h"

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/Followers.h"
#include "fleet/ProvisionTracker.h"
#include "fleet/Session.h"
#include "fleet/SyncEngine.h"
#include "fleet/advisor/CacheMemoryFeed.h"
#include "ui/activity/ActivityPane.h"
#include "ui/advisor/AdvisorPane.h"
#include "ui/caches/CacheReadyNotice.h"
#include "ui/caches/CachesPane.h"
#include "ui/common/TablePane.h"
#include "ui/controlplanes/ControlPlanesPane.h"
#include "ui/export/ComparePane.h"
#include "ui/export/ExportDialog.h"
#include "ui/gateways/GatewaysPane.h"
#include "ui/networks/NetworksPane.h"
#include "ui/palette/PaletteController.h"
#include "ui/plugins/PartialsPane.h"
#include "ui/plugins/PluginsPane.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SyncStatus.h"
#include "ui/signin/SignInFlow.h"
#include "ui/telemetry/TelemetryPane.h"
#include "ui/theme/AppearanceMenus.h"
#include "ui/theme/ThemeController.h"
#include "ui/topology/TopologyPane.h"

#include <QAction>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace kd {

Shell::Shell(const ShellServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_theme(new ThemeController(this))
    , m_window(std::make_unique<MainWindow>()) {
    createPanes();
    addAppearanceMenus(m_window->viewMenu(), m_theme, m_window.get());
    m_syncStatus = std::make_unique<SyncStatus>(
        m_services.sync, &m_services.session->transport().budget(), m_window->statusBar());
    m_signIn =
        std::make_unique<SignInFlow>(m_services.session, m_services.secrets, m_services.profiles,
                                     m_services.store, m_services.sync, m_window.get());
    addSessionActions();
    // Operations pending from the last run resume once the fleet is known.
    connect(m_services.sync, &SyncEngine::syncFinished, this, &Shell::resumeTrackerOnce);
}

Shell::~Shell() {
    // The flow's dialog is a child of the window: it goes first.
    m_signIn.reset();
    m_syncStatus.reset();
    m_window.reset();
}

QStringList Shell::paneIds() {
    return {u"control-planes"_s, u"gateways"_s, u"networks"_s, u"caches"_s,
            u"partials"_s,       u"plugins"_s,  u"topology"_s, u"telemetry"_s,
            u"activity"_s,       u"advisor"_s,  u"compare"_s};
}

void Shell::createPanes() {
    FleetStore *store = m_services.store;
    FleetActions *actions = m_services.actions;
    auto *planes = new ControlPlanesPane(store, m_services.sync, actions);
    auto *gateways = new GatewaysPane(store, actions);
    auto *caches = new CachesPane(store, actions, m_services.tracker);
    auto *partials = new PartialsPane(store, actions);
    auto *plugins = new PluginsPane(store, actions);
    planes->setTelemetry(m_services.telemetry);
    caches->setTelemetry(m_services.telemetry);
    auto *topology = new TopologyPane(store);
    topology->setTelemetry(m_services.telemetry);
    // In navigator order, as paneIds() lists them.
    auto *networks = new NetworksPane(store, actions);
    auto *advisorPane = new AdvisorPane(store, actions, m_services.session->profile().name);
    const QList<Pane *> panes{planes,
                              gateways,
                              networks,
                              caches,
                              partials,
                              plugins,
                              topology,
                              new TelemetryPane(store, m_services.telemetry),
                              new ActivityPane(&m_services.session->transport().callLog()),
                              advisorPane,
                              new ComparePane(store, m_services.applier)};
    for (Pane *pane : panes)
        m_window->addPane(pane);

    // Telemetry -> advisor: the managed caches' memory for the memory rule, from the query the
    // Managed caches pane asks (or, at low priority, after the charts on screen).
    new advisor::CacheMemoryFeed(m_services.telemetry, store, advisorPane->advisor(), advisorPane);
    // Advisor -> map: the open findings marked on the map; its summary opens the Advisor.
    topology->setFindings(advisorPane->openFindings());
    connect(advisorPane, &AdvisorPane::openFindingsChanged, topology, &TopologyPane::setFindings);
    connect(topology, &TopologyPane::advisorRequested, this,
            [this, advisorPane] { m_window->showPane(advisorPane->paneId()); });

    // The map and the inventory panes select the same thing.
    connect(topology, &TopologyPane::groupSelected, gateways, &GatewaysPane::selectGroup);
    connect(gateways, &GatewaysPane::groupSelected, topology, &TopologyPane::selectGroup);
    connect(topology, &TopologyPane::controlPlaneSelected, planes,
            &ControlPlanesPane::selectControlPlane);
    connect(planes, &ControlPlanesPane::controlPlaneSelected, topology,
            &TopologyPane::selectControlPlane);
    // Jumps from one pane to the item another pane shows.
    const auto showPlugin = [this, plugins](const QString &id) {
        m_window->showPane(plugins->paneId());
        plugins->selectPlugin(id);
    };
    connect(caches, &CachesPane::showPluginRequested, plugins, showPlugin);
    connect(partials, &PartialsPane::showPluginRequested, plugins, showPlugin);
    connect(plugins, &PluginsPane::showPartialRequested, partials,
            [this, partials](const QString &id) {
                m_window->showPane(partials->paneId());
                partials->selectPartial(id);
            });
    connect(gateways, &GatewaysPane::showControlPlaneRequested, planes,
            [this, planes](const QString &id) {
                m_window->showPane(planes->paneId());
                planes->selectControlPlane(id);
            });
    connect(planes, &ControlPlanesPane::deployGroupRequested, gateways,
            [this, gateways](const QString &id) {
                m_window->showPane(gateways->paneId());
                gateways->deployGroupTo(id);
            });
    // Signed out, panes change nothing and say to sign in.
    const auto followSignIn = [this](auto *pane) {
        pane->setSignedIn(m_services.session->signedIn());
        connect(m_services.session, &Session::signedInChanged, pane,
                [pane](bool signedIn) { pane->setSignedIn(signedIn); });
    };
    for (TablePane *pane :
         std::initializer_list<TablePane *>{planes, networks, caches, partials, plugins})
        followSignIn(pane);
    followSignIn(gateways);
    // The advisor names entities of every kind: each opens in its own pane.
    connect(advisorPane, &AdvisorPane::showEntityRequested, this,
            [this, planes, gateways, networks, caches, partials,
             plugins](advisor::EntityKind kind, const QString &id, const QString &controlPlaneId) {
                switch (kind) {
                case advisor::EntityKind::ControlPlane:
                    m_window->showPane(planes->paneId());
                    planes->selectControlPlane(id);
                    break;
                case advisor::EntityKind::DataPlaneGroup:
                    m_window->showPane(gateways->paneId());
                    gateways->selectGroup(id);
                    break;
                case advisor::EntityKind::Cache:
                    m_window->showPane(caches->paneId());
                    caches->selectCache(controlPlaneId);
                    break;
                case advisor::EntityKind::Plugin:
                    m_window->showPane(plugins->paneId());
                    plugins->selectPlugin(id);
                    break;
                case advisor::EntityKind::Partial:
                    m_window->showPane(partials->paneId());
                    partials->selectPartial(id);
                    break;
                case advisor::EntityKind::Network:
                    m_window->showPane(networks->paneId());
                    networks->selectId(id);
                    break;
                }
            });
    addCommandPalette(planes, gateways, networks, caches, partials, plugins);
    // A ready cache is said in the window too, with the next step.
    connect(m_services.tracker, &ProvisionTracker::cacheReady, this,
            [this, showPlugin](const QString &owner, const QString &name, const QString &partial) {
                auto *notice = new CacheReadyNotice(m_services.store, m_services.actions, owner,
                                                    name, partial, m_window.get());
                connect(notice, &CacheReadyNotice::pluginCreated, this, showPlugin);
                m_window->statusBar()->addPermanentWidget(notice);
            });
    Followers &followers = m_services.actions->followers();
    connect(&followers, &Followers::configurationSettled, this, [this](const QString &planeId) {
        const ControlPlane *cp = m_services.store->controlPlane(planeId);
        m_window->notify(tr("Data-plane groups"),
                         tr("The data-plane groups of %1 have settled; Gateways shows each "
                            "one's state.")
                             .arg(cp ? cp->name : planeId),
                         false);
    });
    connect(&followers, &Followers::gaveUp, this, [this](const QString &) {
        m_window->notify(tr("Background follow"),
                         tr("An operation was followed for %n hours without settling; the app "
                            "stopped asking. Refresh (F5) to see its state.",
                            nullptr, static_cast<int>(Followers::deadline.count())),
                         true);
    });
    connect(m_services.tracker, &ProvisionTracker::settled, caches,
            [this, caches](const QString &owner, const QString &, bool succeeded,
                           const QString &message) {
                m_window->notify(tr("Managed cache"), message, !succeeded);
                caches->selectCache(owner);
            });
}

void Shell::addCommandPalette(ControlPlanesPane *planes, GatewaysPane *gateways,
                              NetworksPane *networks, CachesPane *caches, PartialsPane *partials,
                              PluginsPane *plugins) {
    auto *palette = new PaletteController(m_services.store, m_window.get());
    using Kind = CommandEntry::Kind;
    palette->setOpener(Kind::ControlPlane, planes->paneId(),
                       [planes](const QString &id) { planes->selectControlPlane(id); });
    palette->setOpener(Kind::Group, gateways->paneId(),
                       [gateways](const QString &id) { gateways->selectGroup(id); });
    palette->setOpener(Kind::Network, networks->paneId(),
                       [networks](const QString &id) { networks->selectId(id); });
    palette->setOpener(Kind::Cache, caches->paneId(),
                       [caches](const QString &id) { caches->selectCache(id); });
    palette->setOpener(Kind::Partial, partials->paneId(),
                       [partials](const QString &id) { partials->selectPartial(id); });
    palette->setOpener(Kind::Plugin, plugins->paneId(),
                       [plugins](const QString &id) { plugins->selectPlugin(id); });
}

void Shell::addSessionActions() {
    auto *signIn = m_signInAction = new QAction(tr("&Sign In…"), m_window.get());
    signIn->setObjectName(u"signInAction"_s);
    connect(signIn, &QAction::triggered, m_signIn.get(), [this] { m_signIn->openDialog(); });
    auto *signOut = m_signOutAction = new QAction(tr("Sign &Out"), m_window.get());
    signOut->setObjectName(u"signOutAction"_s);
    connect(signOut, &QAction::triggered, m_signIn.get(), &SignInFlow::signOut);
    // Signed out: pending cache operations wait on disk until the next sign-in's first sync.
    connect(signOut, &QAction::triggered, m_services.tracker, [this] {
        m_services.tracker->pause();
        m_trackerResumed = false;
    });
    // Infrastructure as code: the review dialog writes Terraform and decK files.
    auto *exportCode = new QAction(tr("&Export as Code…"), m_window.get());
    exportCode->setObjectName(u"exportCodeAction"_s);
    exportCode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportCode, &QAction::triggered, m_window.get(), [this] {
        auto *dialog = new ExportDialog(m_services.store, {}, m_window.get());
        if (m_services.session)
            dialog->readGatewayEntitiesWith(&m_services.session->client());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ExportDialog::exported, m_window.get(),
                [this](const QString &folder, int files) {
                    m_window->statusBar()->showMessage(
                        tr("Wrote %n files to %1", nullptr, files).arg(folder));
                });
        dialog->open();
    });
    m_window->addSessionActions({exportCode, signIn, signOut});
}

void Shell::resumeTrackerOnce() {
    if (!std::exchange(m_trackerResumed, true))
        m_services.tracker->resume();
}

void Shell::startPrepared(const QString &suffix) {
    // A session given on the command line is the run's only one.
    m_signInAction->setEnabled(false);
    m_signOutAction->setEnabled(false);
    m_signIn->signInPrepared(suffix);
}

void Shell::startSignIn() {
    m_signIn->resume();
}

} // namespace kd
