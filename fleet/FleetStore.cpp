#include "fleet/FleetStore.h"

#include <QSet>

namespace kd {

FleetStore::FleetStore(QObject *parent)
    : QObject(parent) {
}

const ControlPlane *FleetStore::controlPlane(const QString &id) const {
    const auto it = m_controlPlanes.constFind(id);
    return it == m_controlPlanes.cend() ? nullptr : &it.value();
}

const CloudGatewayConfiguration *FleetStore::configurationOf(const QString &controlPlaneId) const {
    const auto it = m_configurations.constFind(controlPlaneId);
    return it == m_configurations.cend() ? nullptr : &it.value();
}

const ManagedCache *FleetStore::cacheOf(const QString &controlPlaneId) const {
    const auto it = m_caches.constFind(controlPlaneId);
    return it == m_caches.cend() ? nullptr : &it.value();
}

int FleetStore::dataPlaneGroupCount(const QString &controlPlaneId) const {
    const CloudGatewayConfiguration *configuration = configurationOf(controlPlaneId);
    return configuration ? static_cast<int>(configuration->groups.size()) : 0;
}

void FleetStore::replaceControlPlanes(Geo geo, const QList<ControlPlane> &planes) {
    QStringList added;
    QStringList changed;
    QSet<QString> seen;
    for (const ControlPlane &plane : planes) {
        seen.insert(plane.id);
        const auto it = m_controlPlanes.find(plane.id);
        if (it == m_controlPlanes.end()) {
            m_controlPlanes.insert(plane.id, plane);
            m_controlPlaneOrder.append(plane.id);
            added.append(plane.id);
        } else if (!(it.value() == plane)) {
            it.value() = plane;
            changed.append(plane.id);
        }
    }
    QStringList removed;
    for (const QString &id : std::as_const(m_controlPlaneOrder)) {
        if (m_controlPlanes.value(id).geo == geo && !seen.contains(id))
            removed.append(id);
    }
    if (!removed.isEmpty()) {
        Q_EMIT controlPlanesRemoved(removed); // before: views still find them by id
        for (const QString &id : std::as_const(removed)) {
            m_controlPlanes.remove(id);
            m_controlPlaneOrder.removeOne(id);
        }
    }
    if (!added.isEmpty())
        Q_EMIT controlPlanesAdded(added);
    if (!changed.isEmpty())
        Q_EMIT controlPlanesChanged(changed);
}

namespace {
// Replaces `current` with `next` and returns the control planes whose entry changed.
template <typename T>
QStringList replaceByControlPlane(QHash<QString, T> &current, QHash<QString, T> next) {
    QStringList changed;
    for (auto it = next.cbegin(); it != next.cend(); ++it) {
        if (!(current.value(it.key()) == it.value()))
            changed.append(it.key());
    }
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (!next.contains(it.key()))
            changed.append(it.key());
    }
    current = std::move(next);
    return changed;
}
} // namespace

void FleetStore::replaceConfigurations(const QList<CloudGatewayConfiguration> &configurations) {
    QHash<QString, CloudGatewayConfiguration> next;
    for (const CloudGatewayConfiguration &configuration : configurations)
        next.insert(configuration.controlPlaneId, configuration);
    announceChanged(replaceByControlPlane(m_configurations, std::move(next)));
}

void FleetStore::replaceCaches(const QList<ManagedCache> &caches) {
    QHash<QString, ManagedCache> next;
    for (const ManagedCache &cache : caches)
        next.insert(cache.ownerId, cache);
    announceChanged(replaceByControlPlane(m_caches, std::move(next)));
}

void FleetStore::announceChanged(QStringList ids) {
    ids.removeIf([this](const QString &id) { return !m_controlPlanes.contains(id); });
    if (!ids.isEmpty())
        Q_EMIT controlPlanesChanged(ids);
}

void FleetStore::upsertControlPlane(const ControlPlane &plane) {
    const bool known = m_controlPlanes.contains(plane.id);
    m_controlPlanes.insert(plane.id, plane);
    if (known) {
        Q_EMIT controlPlanesChanged({plane.id});
    } else {
        m_controlPlaneOrder.append(plane.id);
        Q_EMIT controlPlanesAdded({plane.id});
    }
}

void FleetStore::removeControlPlane(const QString &id) {
    if (!m_controlPlanes.contains(id))
        return;
    Q_EMIT controlPlanesRemoved({id});
    m_controlPlanes.remove(id);
    m_controlPlaneOrder.removeOne(id);
    m_configurations.remove(id);
    m_caches.remove(id);
}

} // namespace kd
