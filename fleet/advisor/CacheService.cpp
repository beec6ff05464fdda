#include "fleet/advisor/CacheService.h"

#include "fleet/FleetStore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kd::advisor {

namespace {
struct CacheServiceTr {
    Q_DECLARE_TR_FUNCTIONS(kd::advisor::CacheService)
};
} // namespace

bool cacheServesProvider(CloudProvider provider) {
    return provider == CloudProvider::Aws || provider == CloudProvider::Azure;
}

bool versionSupportsCache(const QString &version) {
    const QStringList parts = version.split(u'.');
    const int major = parts.value(0).toInt();
    return major > 3 || (major == 3 && parts.value(1).toInt() >= 13);
}

GroupCacheService groupCacheService(const FleetStore &store, const QString &controlPlaneId,
                                    const DataPlaneGroup &group) {
    GroupCacheService service;
    service.groupId = group.id;
    service.controlPlaneId = controlPlaneId;
    const ManagedCache *cache = store.cacheOf(controlPlaneId);
    if (!cache) {
        service.label = CacheServiceTr::tr("none");
        service.reason =
            CacheServiceTr::tr("The control plane has no managed cache: Redis-backed plugins use "
                               "local counters or their own Redis.");
        if (cacheServesProvider(group.provider.value))
            service.fix = CacheServiceTr::tr("Provision a managed cache for the control plane.");
        return service;
    }
    service.cacheName = cache->name;
    const auto listed =
        std::find_if(cache->groups.cbegin(), cache->groups.cend(),
                     [&group](const CacheGroupState &state) { return state.groupId == group.id; });
    if (listed != cache->groups.cend()) {
        service.label = CacheServiceTr::tr("%1 · %2").arg(cache->tier.raw, listed->state.raw);
        switch (listed->state.value) {
        case CacheState::Ready:
            service.state = GroupCacheState::Ready;
            service.reason = CacheServiceTr::tr("Served by the managed cache %1.").arg(cache->name);
            break;
        case CacheState::Initializing:
            service.state = GroupCacheState::Initializing;
            service.reason =
                CacheServiceTr::tr("Konnect is setting up the managed cache %1 for this group "
                                   "(about 15 minutes).")
                    .arg(cache->name);
            break;
        case CacheState::Terminating:
            service.state = GroupCacheState::Terminating;
            service.reason =
                CacheServiceTr::tr("The managed cache %1 is being deleted.").arg(cache->name);
            break;
        case CacheState::Error:
        case CacheState::Unknown:
            service.state = GroupCacheState::Error;
            service.reason =
                listed->errorReason.isEmpty()
                    ? CacheServiceTr::tr("Konnect reports the managed cache %1 as %2 for this "
                                         "group.")
                          .arg(cache->name, listed->state.raw)
                    : CacheServiceTr::tr("Konnect reports the managed cache %1 as %2 for this "
                                         "group: %3")
                          .arg(cache->name, listed->state.raw, listed->errorReason);
            service.fix =
                CacheServiceTr::tr("Check the group's network; if the error stays, contact Kong "
                                   "support with the cache id.");
            break;
        }
        return service;
    }
    service.label = CacheServiceTr::tr("not served");
    if (!cacheServesProvider(group.provider.value)) {
        service.state = GroupCacheState::ProviderNotServed;
        service.reason =
            CacheServiceTr::tr("Konnect serves managed caches on AWS and Azure only: plugins on "
                               "this %1 group keep local or self-managed state, so their limits "
                               "differ from the other clouds.")
                .arg(providerDisplayName(group.provider));
        service.fix =
            CacheServiceTr::tr("Move the group to AWS or Azure, or accept it with a note.");
        return service;
    }
    service.state = GroupCacheState::NotListed;
    if (group.state.value != GroupState::Ready) {
        service.reason =
            CacheServiceTr::tr("The group is %1: Konnect adds it to the managed cache %2 once it "
                               "is ready.")
                .arg(group.state.raw, cache->name);
        return service;
    }
    service.reason =
        CacheServiceTr::tr("The managed cache %1 does not list this group, so Konnect has not "
                           "deployed it here.")
            .arg(cache->name);
    service.fix = CacheServiceTr::tr(
        "Refresh; if it stays, redeploy the group's configuration or contact Kong "
        "support.");
    return service;
}

QList<GroupCacheService> groupCacheServices(const FleetStore &store,
                                            const QString &controlPlaneId) {
    QList<GroupCacheService> services;
    if (const CloudGatewayConfiguration *configuration = store.configurationOf(controlPlaneId)) {
        for (const DataPlaneGroup &group : configuration->groups)
            services.append(groupCacheService(store, controlPlaneId, group));
    }
    return services;
}

CacheEligibility cacheEligibility(const FleetStore &store, const QString &controlPlaneId) {
    CacheEligibility result;
    const auto fail = [&result](const QString &text) {
        result.checks.append({false, text});
        return result;
    };
    if (controlPlaneId.isEmpty())
        return fail(CacheServiceTr::tr("There is no Dedicated Cloud Gateway control plane."));
    if (const ManagedCache *cache = store.cacheOf(controlPlaneId))
        return fail(CacheServiceTr::tr(
                        "This control plane already has the cache %1 (%2). Konnect allows one "
                        "per control plane: resize it in the Managed caches pane instead.")
                        .arg(cache->name, cache->tier.raw));
    const CloudGatewayConfiguration *configuration = store.configurationOf(controlPlaneId);
    if (!configuration || configuration->groups.isEmpty())
        return fail(CacheServiceTr::tr(
            "This control plane has no data-plane group yet: deploy one first (a "
            "cache without data planes shows ready but cannot be used)."));
    int served = 0;
    for (const DataPlaneGroup &group : configuration->groups) {
        const bool ok = cacheServesProvider(group.provider.value);
        served += ok ? 1 : 0;
        result.checks.append(
            {ok, (ok ? CacheServiceTr::tr("%1 %2: served")
                     : CacheServiceTr::tr(
                         "%1 %2: not served; plugins there keep local or self-managed state"))
                     .arg(providerDisplayName(group.provider), group.region)});
    }
    const bool versionOk = versionSupportsCache(configuration->version);
    result.checks.append(
        {versionOk, versionOk ? CacheServiceTr::tr("Kong Gateway %1").arg(configuration->version)
                              : CacheServiceTr::tr(
                                    "Kong Gateway %1: managed caches need 3.13 or later; upgrade "
                                    "the configuration first.")
                                    .arg(configuration->version)});
    if (served == 0)
        result.checks.append(
            {false, CacheServiceTr::tr("No AWS or Azure group: Konnect would refuse the cache.")});
    result.eligible = versionOk && served > 0;
    return result;
}

} // namespace kd::advisor
