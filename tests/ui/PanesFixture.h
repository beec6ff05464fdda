#pragma once

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/Followers.h"
#include "fleet/ProfileStore.h"
#include "fleet/ProvisionTracker.h"
#include "fleet/SecretStore.h"
#include "fleet/Session.h"
#include "fleet/SyncEngine.h"
#include "fleet/TelemetryFeed.h"
#include "fleet/compare/ApplyPlan.h"
#include "sim/SimInstance.h"
#include "ui/activity/ActivityPane.h"
#include "ui/caches/CachesPane.h"
#include "ui/controlplanes/ControlPlanesPane.h"
#include "ui/gateways/GatewaysPane.h"
#include "ui/networks/NetworksPane.h"
#include "ui/plugins/PartialsPane.h"
#include "ui/plugins/PluginsPane.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Shell.h"

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

// The app's window as the app builds it (ui/shell/Shell, with every service the composition
// root gives it), offscreen, against konnect-sim's demo organisation, synced once: each test
// function makes a new one in init() and drops it in cleanup(). The panes are found by their
// object names, as a user's tool would; none is made or wired here.
class PanesFixture final : public QObject {
public:
    const QString token = QStringLiteral("kpat_panes-fixture-not-a-token");
    std::unique_ptr<sim::SimInstance> sim;
    std::unique_ptr<Session> session;
    std::unique_ptr<FleetStore> store;
    std::unique_ptr<SyncEngine> sync;
    std::unique_ptr<FleetActions> actions;
    std::unique_ptr<ProvisionTracker> tracker;
    std::unique_ptr<TelemetryFeed> telemetry;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<compare::Applier> applier;
    std::unique_ptr<Shell> shell;
    MainWindow *window = nullptr; // the shell's
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
        telemetry = std::make_unique<TelemetryFeed>(session.get(), store.get());
        secrets = std::make_unique<SecretStore>(QStringLiteral("konnect-desk-tst-panes"));
        profiles = std::make_unique<ProfileStore>();
        applier = std::make_unique<compare::Applier>(session.get(), store.get(), actions.get());
        shell = std::make_unique<Shell>(
            ShellServices{session.get(), store.get(), sync.get(), actions.get(), tracker.get(),
                          telemetry.get(), secrets.get(), profiles.get(), applier.get()});
        window = shell->window();
        planes = paneNamed<ControlPlanesPane>("controlPlanesPane");
        gateways = paneNamed<GatewaysPane>("gatewaysPane");
        networks = paneNamed<NetworksPane>("networksPane");
        caches = paneNamed<CachesPane>("cachesPane");
        partials = paneNamed<PartialsPane>("partialsPane");
        plugins = paneNamed<PluginsPane>("pluginsPane");
        activity = paneNamed<ActivityPane>("activityPane");
        if (!planes || !gateways || !networks || !caches || !partials || !plugins || !activity)
            return false;
        // Groups and caches are read back fast, so that they settle within a test.
        gateways->setFollowInterval(std::chrono::milliseconds(200));
        caches->setFollowInterval(std::chrono::milliseconds(200));
        window->resize(1280, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            return false;
        return !signIn || signInAndSync();
    }

    // Signs in as the app does with a session given on the command line, and waits for the
    // first sync.
    bool signInAndSync() {
        QSignalSpy finished(sync.get(), &SyncEngine::syncFinished);
        shell->startPrepared(QString());
        return finished.wait(20000) && session->signedIn() && finished.first().at(0).toBool();
    }

    void stop() {
        shell.reset();
        window = nullptr;
        applier.reset();
        telemetry.reset();
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

    // The calls sent with this method to a path ending in `path` (the query aside; the geo's
    // host part comes before it), as the Activity pane logs them: the telemetry, the advisor
    // and the sync send their own reads meanwhile, so a plain count of calls would vary.
    int callsTo(const QByteArray &method, const QString &path) const {
        int calls = 0;
        for (const CallRecord &record : session->transport().callLog().records()) {
            if (record.method == method && record.path.section(u'?', 0, 0).endsWith(path))
                ++calls;
        }
        return calls;
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

private:
    template <typename P>
    P *paneNamed(const char *name) const {
        auto *pane = window->findChild<P *>(QLatin1StringView(name));
        if (!pane)
            qWarning("the shell made no pane named %s", name);
        return pane;
    }
};

} // namespace kd::test
