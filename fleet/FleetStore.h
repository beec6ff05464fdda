#pragma once

#include "client/Types.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace kd {

// The normalized fleet: every entity keyed by id, fed by sync and by user actions. Changes
// are announced in batches (one signal per kind per update) and only for what changed.
class FleetStore final : public QObject {
    Q_OBJECT
public:
    explicit FleetStore(QObject *parent = nullptr);

    const QStringList &controlPlaneIds() const { return m_controlPlaneOrder; }
    const ControlPlane *controlPlane(const QString &id) const;
    const CloudGatewayConfiguration *configurationOf(const QString &controlPlaneId) const;
    const ManagedCache *cacheOf(const QString &controlPlaneId) const;
    int dataPlaneGroupCount(const QString &controlPlaneId) const;

    // Replace everything of one geo with what sync just read.
    void replaceControlPlanes(Geo geo, const QList<ControlPlane> &planes);
    void replaceConfigurations(const QList<CloudGatewayConfiguration> &configurations);
    void replaceCaches(const QList<ManagedCache> &caches);
    // The result of a user action, before the next sync confirms it.
    void upsertControlPlane(const ControlPlane &plane);
    void removeControlPlane(const QString &id);

Q_SIGNALS:
    void controlPlanesAdded(const QStringList &ids);
    void controlPlanesChanged(const QStringList &ids);
    void controlPlanesRemoved(const QStringList &ids);

private:
    // Announces changes of the control planes the store knows; others wait for their plane.
    void announceChanged(QStringList ids);

    QHash<QString, ControlPlane> m_controlPlanes;
    QStringList m_controlPlaneOrder;
    QHash<QString, CloudGatewayConfiguration> m_configurations; // by control plane id
    QHash<QString, ManagedCache> m_caches;                      // by owner control plane id
};

} // namespace kd
