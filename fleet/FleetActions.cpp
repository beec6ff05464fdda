#include "fleet/FleetActions.h"

#include "fleet/FleetStore.h"
#include "fleet/Followers.h"
#include "fleet/Session.h"

#include <qcoro/qcorotimer.h>

#include <tuple>

using namespace Qt::StringLiterals;

namespace kd {

FleetActions::FleetActions(Session *session, FleetStore *store, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
    , m_followers(new Followers(session, store, this, this)) {
}

// The store's pointers are valid only until its next change, and a refresh may come during
// any co_await: coroutines here copy what they need before they await and look up again after.
namespace {
template <typename T>
std::optional<T> copyOf(const T *stored) {
    return stored ? std::optional<T>(*stored) : std::nullopt;
}
} // namespace

QCoro::Task<Result<ControlPlane>> FleetActions::createControlPlane(Geo geo,
                                                                   ControlPlaneCreate create) {
    auto created = co_await m_session->client().createControlPlane(geo, create);
    if (created)
        m_store->upsertControlPlane(*created);
    co_return created;
}

QCoro::Task<Result<ControlPlane>> FleetActions::updateControlPlane(Geo geo, QString id,
                                                                   ControlPlanePatch patch) {
    auto updated = co_await m_session->client().updateControlPlane(geo, id, patch);
    if (updated)
        m_store->upsertControlPlane(*updated);
    co_return updated;
}

QCoro::Task<Status> FleetActions::deleteControlPlane(Geo geo, QString id) {
    auto deleted = co_await m_session->client().deleteControlPlane(geo, id);
    // Gone already is as good as deleted: the user's intent is met.
    if (deleted || deleted.error().status() == 404) {
        m_store->removeControlPlane(id);
        co_return Done{};
    }
    co_return deleted.error();
}

QCoro::Task<Result<Availability>> FleetActions::availability() {
    auto availability = co_await m_session->client().availability();
    co_return availability;
}

QCoro::Task<Result<QList<PartialLink>>> FleetActions::cacheLinks(QString ownerControlPlaneId) {
    const std::optional<ManagedCache> cache = copyOf(m_store->cacheOf(ownerControlPlaneId));
    if (!cache || cache->cacheConfigId.isEmpty())
        co_return QList<PartialLink>{}; // still provisioning: Konnect has made no partial yet
    auto links = co_await m_session->client().partialLinks(cache->ownerGeo, ownerControlPlaneId,
                                                           cache->cacheConfigId);
    co_return links;
}

QCoro::Task<Result<ManagedCache>> FleetActions::resizeCache(QString ownerControlPlaneId,
                                                            CacheTier tier) {
    const std::optional<ManagedCache> cache = copyOf(m_store->cacheOf(ownerControlPlaneId));
    if (!cache)
        co_return Error::invalid(u"cache"_s, tr("This control plane has no managed cache."));
    auto resized = co_await m_session->client().resizeManagedCache(cache->id, tier);
    if (resized)
        m_store->upsertCache(*resized);
    co_return resized;
}

QCoro::Task<Status> FleetActions::deleteCache(QString ownerControlPlaneId) {
    const std::optional<ManagedCache> cache = copyOf(m_store->cacheOf(ownerControlPlaneId));
    if (!cache)
        co_return Done{};
    const QString id = cache->id;
    auto deleted = co_await m_session->client().deleteManagedCache(id);
    if (!deleted && deleted.error().status() != 404)
        co_return deleted.error();
    // Konnect answers at once and tears the cache down over minutes: show that state.
    auto current = co_await m_session->client().managedCache(id);
    if (current)
        m_store->upsertCache(*current);
    else
        m_store->removeCache(ownerControlPlaneId);
    co_return Done{};
}

QByteArray FleetActions::provisionBody(const QString &controlPlaneId, Geo geo, const QString &name,
                                       CacheTier tier) const {
    return m_session->client().managedCacheCreateBody(name, controlPlaneId, geo, tier);
}

QString FleetActions::provisionCurl(const QString &controlPlaneId, Geo geo, const QString &name,
                                    CacheTier tier) const {
    return m_session->client().managedCacheCreateCurl(name, controlPlaneId, geo, tier);
}

QCoro::Task<Result<ManagedCache>> FleetActions::provisionCache(QString controlPlaneId, Geo geo,
                                                               QString name, CacheTier tier) {
    auto created = co_await m_session->client().createManagedCache(name, controlPlaneId, geo, tier);
    if (!created && created.error().kind() == Error::Kind::OutcomeUnknown) {
        // Did it happen? Konnect allows one cache per control plane: look for it.
        auto existing = co_await m_session->client().managedCaches(Priority::User, controlPlaneId);
        if (existing && !existing->isEmpty()) {
            m_store->upsertCache(existing->constFirst());
            co_return existing->constFirst();
        }
        if (existing)
            co_return Error::invalid(u"cache"_s,
                                     tr("The request was lost and Konnect has no cache for this "
                                        "control plane: nothing was created. You can try again."));
    }
    if (created)
        m_store->upsertCache(*created);
    co_return created;
}

QCoro::Task<Result<std::optional<ManagedCache>>>
FleetActions::findCache(QString ownerControlPlaneId) {
    auto caches = co_await m_session->client().managedCaches(Priority::User, ownerControlPlaneId);
    if (!caches)
        co_return caches.error();
    if (caches->isEmpty())
        co_return std::optional<ManagedCache>{};
    m_store->upsertCache(caches->constFirst());
    co_return std::optional<ManagedCache>(caches->constFirst());
}

QCoro::Task<> FleetActions::followCache(QString cacheId, QString ownerControlPlaneId,
                                        std::chrono::milliseconds interval) {
    co_await m_followers->followCache(std::move(cacheId), std::move(ownerControlPlaneId), interval);
}

QCoro::Task<Result<Network>> FleetActions::createNetwork(NetworkCreate create) {
    auto created = co_await m_session->client().createNetwork(create);
    if (created)
        m_store->upsertNetwork(*created);
    co_return created;
}

QCoro::Task<Result<Network>> FleetActions::renameNetwork(QString id, QString name) {
    auto renamed = co_await m_session->client().renameNetwork(id, name);
    if (renamed)
        m_store->upsertNetwork(*renamed);
    co_return renamed;
}

QCoro::Task<Status> FleetActions::deleteNetwork(QString id) {
    auto deleted = co_await m_session->client().deleteNetwork(id);
    if (deleted || deleted.error().status() == 404) {
        m_store->removeNetwork(id);
        co_return Done{};
    }
    co_return deleted.error();
}

QCoro::Task<Result<CloudGatewayConfiguration>>
FleetActions::deployDataPlaneGroup(QString controlPlaneId, Geo geo, DataPlaneGroup group,
                                   QString version) {
    // Start from what Konnect has now, not from the store, so nothing is dropped.
    auto current = co_await m_session->client().configurations(Priority::User, controlPlaneId);
    if (!current)
        co_return current.error();
    QList<DataPlaneGroup> desired;
    QString apiAccess;
    if (!current->isEmpty()) {
        desired = current->constFirst().desired;
        apiAccess = current->constFirst().apiAccess;
        if (version.isEmpty())
            version = current->constFirst().version;
    }
    for (const DataPlaneGroup &existing : std::as_const(desired)) {
        if (existing.provider.raw == group.provider.raw && existing.region == group.region)
            co_return Error::invalid(u"region"_s,
                                     tr("This control plane already has a data-plane group in "
                                        "%1 %2.")
                                         .arg(providerDisplayName(group.provider), group.region));
    }
    desired.append(group);
    auto put = co_await m_session->client().putConfiguration(controlPlaneId, geo, version, desired,
                                                             apiAccess);
    if (put)
        m_store->upsertConfiguration(*put);
    co_return put;
}

QCoro::Task<Result<CloudGatewayConfiguration>>
FleetActions::replaceDataPlaneGroups(QString controlPlaneId, Geo geo,
                                     QList<DataPlaneGroup> expected,
                                     QList<DataPlaneGroup> desired) {
    auto current = co_await m_session->client().configurations(Priority::User, controlPlaneId);
    if (!current)
        co_return current.error();
    if (current->isEmpty() || current->constFirst().desired != expected)
        co_return Error::invalid(u"dataplane_groups"_s,
                                 tr("The configuration changed in Konnect since it was shown "
                                    "here; nothing was sent. Look at it again and retry."));
    const CloudGatewayConfiguration &now = current->constFirst();
    auto put = co_await m_session->client().putConfiguration(controlPlaneId, geo, now.version,
                                                             desired, now.apiAccess);
    if (put)
        m_store->upsertConfiguration(*put);
    co_return put;
}

QCoro::Task<> FleetActions::followConfiguration(QString controlPlaneId,
                                                std::chrono::milliseconds interval) {
    co_await m_followers->followConfiguration(std::move(controlPlaneId), interval);
}

namespace {
Error notFound(const QString &what) {
    return Error::invalid(what, FleetActions::tr("It is no longer there; refresh (F5) to see "
                                                 "the current state."));
}
} // namespace

QCoro::Task<Result<Plugin>> FleetActions::createPlugin(Plugin plugin) {
    auto created =
        co_await m_session->client().createPlugin(plugin.geo, plugin.controlPlaneId, plugin);
    if (created)
        m_store->upsertPlugin(*created);
    co_return created;
}

QCoro::Task<Result<Plugin>> FleetActions::updatePlugin(Plugin plugin) {
    auto updated =
        co_await m_session->client().putPlugin(plugin.geo, plugin.controlPlaneId, plugin);
    if (updated)
        m_store->upsertPlugin(*updated);
    co_return updated;
}

QCoro::Task<Result<Plugin>> FleetActions::setPluginEnabled(QString pluginId, bool enabled) {
    const std::optional<Plugin> known = copyOf(m_store->plugin(pluginId));
    if (!known)
        co_return notFound(u"plugin"_s);
    Plugin plugin = *known;
    plugin.enabled = enabled;
    auto updated = co_await updatePlugin(std::move(plugin));
    co_return updated;
}

QCoro::Task<Status> FleetActions::deletePlugin(QString pluginId) {
    const std::optional<Plugin> known = copyOf(m_store->plugin(pluginId));
    if (!known)
        co_return Done{};
    const Geo geo = known->geo;
    const QString owner = known->controlPlaneId;
    auto deleted = co_await m_session->client().deletePlugin(geo, owner, pluginId);
    if (!deleted && deleted.error().status() != 404)
        co_return deleted.error();
    m_store->removePlugin(pluginId);
    co_return Done{};
}

QCoro::Task<Result<Partial>> FleetActions::createPartial(Partial partial) {
    auto created =
        co_await m_session->client().createPartial(partial.geo, partial.controlPlaneId, partial);
    if (created)
        m_store->upsertPartial(*created);
    co_return created;
}

QCoro::Task<Result<Partial>> FleetActions::updatePartial(Partial partial) {
    auto updated =
        co_await m_session->client().putPartial(partial.geo, partial.controlPlaneId, partial);
    if (updated)
        m_store->upsertPartial(*updated);
    co_return updated;
}

QCoro::Task<Result<QList<PartialLink>>> FleetActions::partialLinks(QString partialId) {
    const std::optional<Partial> known = copyOf(m_store->partial(partialId));
    if (!known)
        co_return notFound(u"partial"_s);
    auto links =
        co_await m_session->client().partialLinks(known->geo, known->controlPlaneId, partialId);
    co_return links;
}

QCoro::Task<Status> FleetActions::deletePartial(QString partialId) {
    const std::optional<Partial> known = copyOf(m_store->partial(partialId));
    if (!known)
        co_return Done{};
    const Geo geo = known->geo;
    const QString owner = known->controlPlaneId;
    const QString name = known->name;
    auto links = co_await partialLinks(partialId);
    if (!links)
        co_return links.error();
    if (!links->isEmpty()) {
        QStringList names;
        for (const PartialLink &link : std::as_const(*links))
            names.append(link.instanceName.isEmpty()
                             ? link.pluginName
                             : link.pluginName + u" ("_s + link.instanceName + u')');
        co_return Error::invalid(
            u"partial"_s, tr("%1 is used by %n plugins: %2. Remove the link from each plugin "
                             "first.",
                             nullptr, static_cast<int>(names.size()))
                              .arg(name, names.join(u", "_s)));
    }
    auto deleted = co_await m_session->client().deletePartial(geo, owner, partialId);
    if (!deleted && deleted.error().status() != 404)
        co_return deleted.error();
    m_store->removePartial(partialId);
    co_return Done{};
}

QCoro::Task<Status> FleetActions::refreshCoreEntities(QString controlPlaneId) {
    const std::optional<ControlPlane> plane = copyOf(m_store->controlPlane(controlPlaneId));
    if (!plane)
        co_return notFound(u"control plane"_s);
    const Geo geo = plane->geo;
    auto partials = co_await m_session->client().partials(geo, controlPlaneId, Priority::User);
    if (!partials)
        co_return partials.error();
    auto plugins = co_await m_session->client().plugins(geo, controlPlaneId, Priority::User);
    if (!plugins)
        co_return plugins.error();
    m_store->replaceCoreEntitiesOf(controlPlaneId, *partials, *plugins);
    co_return Done{};
}

} // namespace kd
