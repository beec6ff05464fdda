#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace kd {

class FleetStore;
class NodeVersions;
class Session;
class SyncEngine;
namespace advisor {
struct EntityRef;
struct Finding;
} // namespace advisor

// `konnect-desk --no-gui --advise [--json] [--control-plane NAME]…`: sign in, sync once, read
// the data-plane nodes of the cloud gateways, run every advisor rule over the organisation
// and print the findings, the profile's muted ones marked as such.
// Exit codes: 0 no unmuted finding at error severity, 1 at least one, 2 error (usage, no
// token, set-up, sign-in, sync).
class HeadlessAdvise final : public QObject {
    Q_OBJECT
public:
    struct Request {
        QStringList controlPlanes; // names or geo/name; empty: the whole organisation
        bool json = false;
    };
    HeadlessAdvise(Session *session, FleetStore *store, SyncEngine *sync, NodeVersions *nodes,
                   Request request, QObject *parent = nullptr);
    void start();

private:
    void synced(bool allSucceeded);
    void report();
    QString nameOf(const advisor::EntityRef &entity) const;
    QJsonObject jsonOf(const advisor::Finding &finding, const QString &muteNote) const;

    Session *m_session;
    FleetStore *m_store;
    SyncEngine *m_sync;
    NodeVersions *m_nodes;
    Request m_request;
    QSet<QString> m_only; // control plane ids of --control-plane
    QElapsedTimer m_timer;
    double m_syncedAt = 0; // seconds from start() to the end of the sync
};

} // namespace kd
