#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <qcoro/qcorotask.h>

namespace kd {

class FleetStore;
class Session;
class SyncEngine;

// `konnect-desk --no-gui --sync [--json]`: sign in, sync every geo once, print what was
// found, exit non-zero when a geo failed. Proves fleet/ and client/ stand without widgets.
// Exit codes: 0 in sync, 1 a geo or the set-up failed, 2 usage or no token, 3 sign-in failed.
class HeadlessSync final : public QObject {
    Q_OBJECT
public:
    // With a snapshot path, a saved snapshot is the baseline: only control planes whose
    // configuration changed are read again, and the result is saved there.
    HeadlessSync(Session *session, FleetStore *store, SyncEngine *sync, bool json,
                 QString snapshotPath = {}, QObject *parent = nullptr);
    void start();

private:
    QCoro::Task<> syncFromBaseline();
    void report(bool allSucceeded);

    Session *m_session;
    FleetStore *m_store;
    SyncEngine *m_sync;
    bool m_json;
    QString m_snapshotPath;
    bool m_fromSnapshot = false;
    QString m_snapshotNote; // a recovered or failed snapshot, said in the report
    QElapsedTimer m_timer;
    // Seconds since start() at which each step ended: where the time of a run went.
    QJsonObject m_steps;
    void stepDone(const QString &step);
};

} // namespace kd
