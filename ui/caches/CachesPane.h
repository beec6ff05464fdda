#pragma once

#include "client/Types.h"
#include "fleet/ProvisionTracker.h"
#include "ui/Pane.h"

#include <chrono>

class QTableView;
class QTextBrowser;

namespace kd {

class CacheModel;
class TelemetryFeed;
class FleetActions;
class FleetFilterProxy;
class FleetStore;

// Managed Redis caches: tier, state per data-plane group, the partial Konnect made, the
// plugins that use it; resize (larger tiers only) and delete (blocked while plugins use it).
class CachesPane final : public Pane {
    Q_OBJECT
public:
    // With a tracker, provisioning and deletion survive a restart; without, the pane follows
    // them itself while it lives.
    CachesPane(FleetStore *store, FleetActions *actions, ProvisionTracker *tracker = nullptr,
               QWidget *parent = nullptr);

    QString paneId() const override { return QStringLiteral("caches"); }
    QString title() const override { return tr("Managed caches"); }
    QString iconPath() const override { return QStringLiteral(":/icons/caches.svg"); }
    QList<QAction *> paneActions() const override { return {m_provision, m_resize, m_delete}; }
    void provisionCache();
    // How often a provisioning cache is read back.
    void setFollowInterval(std::chrono::milliseconds interval) { m_followInterval = interval; }

    QTableView *view() const { return m_view; }
    // Memory used per cache from the telemetry feed.
    void setTelemetry(TelemetryFeed *feed);
    QString currentOwner() const;
    void resizeCache();
    void deleteCache();
    bool selectCache(const QString &ownerControlPlaneId);

Q_SIGNALS:
    void showPluginRequested(const QString &pluginId);

private:
    void showDetails();
    // Follows a cache on its way up or down: through the tracker (restart-safe) if there is
    // one, else while this pane lives.
    void follow(const QString &cacheId, const QString &owner, const QString &name,
                ProvisionTracker::Operation operation);
    // Konnect refuses to delete a cache whose partial plugins link: say which, offer a jump.
    void showBlastRadius(const QString &cacheName, const QList<PartialLink> &links);

    FleetStore *m_store;
    FleetActions *m_actions;
    ProvisionTracker *m_tracker;
    CacheModel *m_model;
    FleetFilterProxy *m_proxy;
    QTableView *m_view;
    QTextBrowser *m_details;
    QAction *m_resize;
    QAction *m_delete;
    QAction *m_provision;
    std::chrono::milliseconds m_followInterval{10000};
};

} // namespace kd
