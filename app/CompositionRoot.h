#pragma once

#include <QObject>

#include "AppOptions.h"
#include <memory>

namespace kd {

class FleetActions;
class FleetStore;
class HeadlessSync;
class HeadlessAdvise;
class HeadlessCode;
class NodeVersions;
namespace compare {
class Applier;
}
class ProfileStore;
class ProvisionTracker;
class SecretStore;
class Session;
class Shell;
class SyncEngine;
class TelemetryFeed;
namespace sim {
class SimInstance;
}

// One run: the options, the session and the services; the window and its wiring are the
// Shell's.
class CompositionRoot final : public QObject {
    Q_OBJECT
public:
    explicit CompositionRoot(AppOptions options, QObject *parent = nullptr);
    ~CompositionRoot() override;

    // Shows the window; returns the exit code to use when start-up failed.
    int start();

private:
    // On failure *kind is the stable name of what failed, for --json: no-token or setup.
    bool prepareSession(QString *error, QString *kind);
    void startWindow();
    // --no-gui: the command, once the session has its token.
    void startHeadless();
    // --profile without --token-env: the token from the keychain, then startHeadless().
    void startHeadlessWithSavedToken();
    void scheduleScreenshot();
    void takeScreenshotAndQuit();

    AppOptions m_options;
    std::unique_ptr<sim::SimInstance> m_demo;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<FleetStore> m_store;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<FleetActions> m_actions;
    std::unique_ptr<ProvisionTracker> m_tracker;
    std::unique_ptr<TelemetryFeed> m_telemetry;
    std::unique_ptr<NodeVersions> m_nodes;       // the advisor's node-version rules
    std::unique_ptr<HeadlessAdvise> m_advise;    // --advise
    std::unique_ptr<HeadlessCode> m_code;        // --export, --diff
    std::unique_ptr<compare::Applier> m_applier; // the compare pane's apply
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<HeadlessSync> m_headless;
    std::unique_ptr<Shell> m_shell;
};

} // namespace kd
