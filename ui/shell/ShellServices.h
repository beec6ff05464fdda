#pragma once

namespace kd {

class FleetActions;
class FleetStore;
class ProfileStore;
class ProvisionTracker;
class SecretStore;
class Session;
class SyncEngine;
class TelemetryFeed;
namespace compare {
class Applier;
}

// The services one run of the window shows and drives. The composition root (or a test)
// owns them; they outlive the shell.
struct ShellServices {
    Session *session = nullptr;
    FleetStore *store = nullptr;
    SyncEngine *sync = nullptr;
    FleetActions *actions = nullptr;
    ProvisionTracker *tracker = nullptr;
    TelemetryFeed *telemetry = nullptr;
    SecretStore *secrets = nullptr;
    ProfileStore *profiles = nullptr;
    compare::Applier *applier = nullptr; // the compare pane's apply
};

} // namespace kd
