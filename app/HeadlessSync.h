#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace kd {

class FleetStore;
class Session;
class SyncEngine;

// `konnect-desk --no-gui --sync [--json]`: sign in, sync every geo once, print what was
// found, exit non-zero when a geo failed. Proves fleet/ and client/ stand without widgets.
class HeadlessSync final : public QObject {
    Q_OBJECT
public:
    HeadlessSync(Session *session, FleetStore *store, SyncEngine *sync, bool json,
                 QObject *parent = nullptr);
    void start();

private:
    void report(bool allSucceeded);

    Session *m_session;
    FleetStore *m_store;
    SyncEngine *m_sync;
    bool m_json;
    QElapsedTimer m_timer;
};

} // namespace kd
