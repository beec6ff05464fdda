#pragma once

#include "client/Types.h"
#include "fleet/ProvisionTracker.h"
#include "ui/common/TablePane.h"

#include <chrono>

namespace kd {

class CacheModel;
class TelemetryFeed;

// Managed Redis caches: tier, state per data-plane group, the partial Konnect made, the
// plugins that use it; resize (larger tiers only) and delete (blocked while plugins use it).
class CachesPane final : public TablePane {
    Q_OBJECT
public:
    // With a tracker, provisioning and deletion survive a restart; without, the pane follows
    // them itself while it lives.
    CachesPane(FleetStore *store, FleetActions *actions, ProvisionTracker *tracker = nullptr,
               QWidget *parent = nullptr);

    // How often a provisioning cache is read back.
    void setFollowInterval(std::chrono::milliseconds interval) { m_followInterval = interval; }

    // Caches are keyed by the control plane that owns them.
    bool selectCache(const QString &ownerControlPlaneId) { return selectId(ownerControlPlaneId); }
    // Memory used per cache from the telemetry feed.
    void setTelemetry(TelemetryFeed *feed);

protected:
    void createItem() override;
    void editItem() override;
    void deleteItem() override;
    QString detailsHtml(const QString &owner) const override;

private:
    // Follows a cache on its way up or down: through the tracker (restart-safe) if there is
    // one, else while this pane lives.
    void follow(const QString &cacheId, const QString &owner, const QString &name,
                ProvisionTracker::Operation operation);
    void confirmDelete(const QString &owner);

    ProvisionTracker *m_tracker;
    QAction *m_resize;
    std::chrono::milliseconds m_followInterval{10000};
};

} // namespace kd
