#pragma once

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/Followers.h"
#include "fleet/ProvisionTracker.h"
#include "fleet/Session.h"
#include "fleet/SyncEngine.h"
#include "sim/SimInstance.h"
#include "ui/activity/ActivityPane.h"
#include "ui/caches/CachesPane.h"
#include "ui/controlplanes/ControlPlanesPane.h"
#include "ui/gateways/GatewaysPane.h"
#include "ui/networks/NetworksPane.h"
#include "ui/plugins/PartialsPane.h"
#include "ui/plugins/PluginsPane.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractItemView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "common/SimSession.h"
#include <memory>

namespace kd::test {

// The real main window and panes, offscreen, against konnect-sim's demo organisation, synced
// once: each test function makes a new one in init() and drops it in cleanup().
class PanesFixture final : public QObject {
public:
    const QString token = QStringLiteral("kpat_panes-fixture-not-a-token");
    std::unique_ptr<sim::SimInstance> sim;
    std::unique_ptr<Session> session;
    std::unique_ptr<FleetStore> store;
    std::unique_ptr<SyncEngine> sync;
    std::unique_ptr<FleetActions> actions;
    std::unique_ptr<ProvisionTracker> tracker;
    std::unique_ptr<MainWindow> window;
    ControlPlanesPane *planes = nullptr;
    GatewaysPane *gateways = nullptr;
    NetworksPane *networks = nullptr;
    CachesPane *caches = nullptr;
    PartialsPane *partials = nullptr;
    PluginsPane *plugins = nullptr;
    ActivityPane *activity = nullptr;

    // Settings (saved header state) go to a folder of the test's own, empty at each start.
    static void isolateSettings(const QTemporaryDir &dir) {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    }

    ~PanesFixture() override { stop(); }

    // A fixture with empty settings, started (see start()); null when it did not start.
    static std::unique_ptr<PanesFixture> startedIn(const QTemporaryDir &dir, bool signIn = true) {
        QSettings().clear();
        auto fixture = std::make_unique<PanesFixture>();
        if (!fixture->start(dir.filePath(QStringLiteral("pending.ini")), signIn))
            return nullptr;
        return fixture;
    }

    // Builds the window; with `signIn`, signs in and waits for the first sync.
    bool start(const QString &trackerFile, bool signIn = true) {
        sim::SimLaunch launch;
        launch.options.timeScale = 3600; // a data-plane group is ready in a fraction of a second
        launch.tls = true;
        sim = startSim(token, launch);
        session = sessionOn(*sim, QStringLiteral("demo"), token);
        store = std::make_unique<FleetStore>();
        sync = std::make_unique<SyncEngine>(session.get(), store.get());
        actions = std::make_unique<FleetActions>(session.get(), store.get());
        tracker = std::make_unique<ProvisionTracker>(actions.get(), store.get(), trackerFile);
        tracker->setFollowInterval(std::chrono::milliseconds(200));
        window = std::make_unique<MainWindow>();
        planes = new ControlPlanesPane(store.get(), sync.get(), actions.get());
        gateways = new GatewaysPane(store.get(), actions.get());
        gateways->setFollowInterval(std::chrono::milliseconds(200));
        networks = new NetworksPane(store.get(), actions.get());
        caches = new CachesPane(store.get(), actions.get(), tracker.get());
        caches->setFollowInterval(std::chrono::milliseconds(200));
        partials = new PartialsPane(store.get(), actions.get());
        plugins = new PluginsPane(store.get(), actions.get());
        activity = new ActivityPane(&session->transport().callLog());
        for (Pane *pane : std::initializer_list<Pane *>{planes, gateways, networks, caches,
                                                        partials, plugins, activity})
            window->addPane(pane);
        // As the app wires them: jumps to a plugin, to a partial, to a group's control plane.
        const auto showPlugin = [this](const QString &id) {
            window->showPane(plugins->paneId());
            plugins->selectPlugin(id);
        };
        connect(caches, &TablePane::showPluginRequested, this, showPlugin);
        connect(partials, &TablePane::showPluginRequested, this, showPlugin);
        connect(plugins, &TablePane::showPartialRequested, this, [this](const QString &id) {
            window->showPane(partials->paneId());
            partials->selectPartial(id);
        });
        connect(planes, &ControlPlanesPane::deployGroupRequested, this, [this](const QString &id) {
            window->showPane(gateways->paneId());
            gateways->deployGroupTo(id);
        });
        for (TablePane *pane :
             std::initializer_list<TablePane *>{planes, networks, caches, partials, plugins}) {
            pane->setSignedIn(session->signedIn());
            connect(session.get(), &Session::signedInChanged, pane,
                    [pane](bool signedIn) { pane->setSignedIn(signedIn); });
        }
        gateways->setSignedIn(session->signedIn());
        connect(session.get(), &Session::signedInChanged, gateways,
                [this](bool signedIn) { gateways->setSignedIn(signedIn); });
        window->resize(1280, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        if (!signIn)
            return true;
        const Status signedIn = QCoro::waitFor(session->signIn());
        if (!signedIn)
            qWarning("sign-in failed: %s", qPrintable(signedIn.error().message()));
        QSignalSpy finished(sync.get(), &SyncEngine::syncFinished);
        sync->start();
        return signedIn && finished.wait(20000) && finished.first().at(0).toBool();
    }

    void stop() {
        window.reset();
        tracker.reset();
        sync.reset();
        actions.reset();
        store.reset();
        session.reset();
        sim.reset();
    }

    // Geos sync in parallel, so store order varies: find control planes by name.
    QString idOf(const QString &name) const {
        for (const QString &id : store->controlPlaneIds()) {
            if (store->controlPlane(id)->name == name)
                return id;
        }
        return {};
    }

    // The pane's table (or tree) as the user sees it.
    template <typename View = QTableView>
    static View *viewOf(QWidget *pane) {
        return pane->findChild<View *>(pane->objectName().chopped(4) + QStringLiteral("View"));
    }

    // The row with this text in the first column.
    static QModelIndex rowWith(QAbstractItemView *view, const QString &text) {
        return view->model()
            ->match(view->model()->index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchExactly)
            .value(0);
    }

    static QAction *action(QWidget *pane, const QString &name) {
        return pane->findChild<QAction *>(name, Qt::FindDirectChildrenOnly);
    }
};

} // namespace kd::test
