#pragma once

#include "client/Types.h"

#include <QList>
#include <QString>

namespace kd {
class FleetStore;
}

// What a managed cache does for each data-plane group of its control plane, and whether a
// control plane can have one: the cache rules written once, for the wizard, the map, the
// Gateways pane and the advisor.
//
// What Konnect does [SPEC cgw ManagedCacheAddOnConfigResponse.data_plane_groups: "List of
// data-plane groups where the managed cache is deployed", and ManagedCacheAddOnDataPlaneGroup
// .state: "initializing - the add-on is being initialized/updated and is setting up necessary
// resources for this data-plane group"; DOC managed-cache: "Only AWS and Azure are currently
// supported as providers"]: the cache is deployed per group. A group added later to the
// control plane joins the list as `initializing` and becomes `ready` [INFER: the spec's
// "updated" wording; the docs are silent]; a Google Cloud group never joins it.
namespace kd::advisor {

enum class GroupCacheState {
    NoCache,           // the control plane has no managed cache
    Ready,             // served
    Initializing,      // Konnect is setting the cache up for this group
    Error,             // Konnect reports the cache broken for this group
    Terminating,       // the cache is being deleted
    ProviderNotServed, // Google Cloud: Konnect does not serve it
    NotListed          // AWS or Azure, but the cache does not list the group (yet)
};

struct GroupCacheService {
    QString groupId;
    QString controlPlaneId;
    QString cacheName;
    GroupCacheState state = GroupCacheState::NoCache;
    QString label;  // short, for a table cell: "small · ready", "not served"
    QString reason; // one sentence: why
    QString fix;    // one sentence: what to do; empty when nothing is needed
    bool served() const { return state == GroupCacheState::Ready; }
    bool problem() const {
        return state == GroupCacheState::Error || state == GroupCacheState::ProviderNotServed
               || state == GroupCacheState::NotListed;
    }
};

// Whether Konnect can serve a group of this provider with a managed cache.
bool cacheServesProvider(CloudProvider provider);
// Managed caches need Kong Gateway 3.13 or later [DOC managed-cache min_version].
bool versionSupportsCache(const QString &version);

// The cache state of one group of a control plane, with its reason and a suggested fix.
GroupCacheService groupCacheService(const FleetStore &store, const QString &controlPlaneId,
                                    const DataPlaneGroup &group);
// Every group of the control plane, in the configuration's order.
QList<GroupCacheService> groupCacheServices(const FleetStore &store, const QString &controlPlaneId);

// Whether a managed cache can be provisioned for the control plane: each check with a
// sentence, in the order the wizard lists them.
struct CacheEligibility {
    struct Check {
        bool ok = false;
        QString text;
    };
    bool eligible = false;
    QList<Check> checks;
};
CacheEligibility cacheEligibility(const FleetStore &store, const QString &controlPlaneId);

} // namespace kd::advisor
