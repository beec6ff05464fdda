#pragma once

#include "fleet/compare/GatewayEntities.h"
#include "fleet/compare/PlaneDocument.h"

#include <QObject>
#include <QStringList>

namespace kd {

class FleetStore;
class Session;
class SyncEngine;

// `konnect-desk --no-gui --export terraform|deck --out DIR [--control-plane NAME]…` and
// `konnect-desk --no-gui --diff A B`: sign in, sync once, then export or compare.
// Export exit codes: 0 written, 1 sync or write failed, 2 usage (an unknown control plane),
// 3 sign-in failed (as --sync).
// Diff exit codes: 0 equal, 1 different, 2 error (usage, sign-in, sync, unreadable file).
class HeadlessCode final : public QObject {
    Q_OBJECT
public:
    struct Request {
        QString exportFormat; // terraform | deck; empty for a diff
        QString outDir;
        QStringList controlPlanes; // names or geo/name; empty: the whole organisation
        QStringList diff;          // two control planes or decK files
        bool json = false;
    };
    HeadlessCode(Session *session, FleetStore *store, SyncEngine *sync, Request request,
                 QObject *parent = nullptr);
    void start();

private:
    void synced(bool allSucceeded);
    void runExport();
    void runDiff();
    void writeExport(const QStringList &ids, const compare::GatewayEntities &entities);
    void printDiff(const compare::PlaneDocument &left, const compare::PlaneDocument &right) const;
    void fail(const QString &kind, const QString &message, int exitCode) const;

    Session *m_session;
    FleetStore *m_store;
    SyncEngine *m_sync;
    Request m_request;
};

} // namespace kd
