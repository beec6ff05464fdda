#pragma once

#include "sim/EntityTable.h"
#include "sim/SimClock.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace kd::sim {

// The whole simulated Konnect organisation: what each API reads and writes. Entities are
// kept in the exact JSON shape the specs give, so handlers return them as they are.
// Time-driven transitions are computed from timestamps in tick(), so a controllable clock
// moves every state machine deterministically.
class Organisation final {
public:
    explicit Organisation(SimClock *clock, quint64 seed = 1);

    SimClock &clock() { return *m_clock; }
    QString newId();
    QString timestamp() const; // RFC 3339, now
    qint64 epochSeconds() const;

    // Applies every transition that is due at clock().now().
    void tick();
    // Recounts configuration_reference_count of every network from the configurations.
    void refreshNetworkReferences();

    QJsonObject user;
    QJsonObject organization;
    EntityTable providerAccounts;
    EntityTable networks;
    EntityTable configurations;
    EntityTable addOns;
    QHash<QString, EntityTable> controlPlanes; // geo -> control planes
    QHash<QString, EntityTable> partials;      // control plane id -> partials
    QHash<QString, EntityTable> plugins;       // control plane id -> plugins
    QHash<QString, EntityTable> services;      // control plane id -> services
    QHash<QString, EntityTable> routes;        // control plane id -> routes
    QHash<QString, EntityTable> consumers;     // control plane id -> consumers
    QHash<QString, EntityTable> nodes;         // control plane id -> data-plane nodes

    QJsonObject *controlPlane(const QString &geo, const QString &id);
    QString geoOf(const QString &controlPlaneId) const;
    void addControlPlane(const QString &geo, const QJsonObject &controlPlane);
    void removeControlPlane(const QString &geo, const QString &id);
    QJsonObject *configurationFor(const QString &controlPlaneId);
    QJsonObject *addOnFor(const QString &controlPlaneId);
    // Plugins of the control plane that link the partial.
    QList<QJsonObject> pluginsLinking(const QString &controlPlaneId,
                                      const QString &partialId) const;

    // Scheduling of asynchronous work: when an entity reaches its next state.
    void scheduleNetwork(const QString &networkId, bool initializing);
    void scheduleDataPlaneGroup(const QString &groupId);
    void scheduleAddOn(const QString &addOnId);
    void scheduleAddOnTermination(const QString &addOnId);
    void scheduleDataPlaneGroupTermination(const QString &groupId);
    // Makes the entity's next transition due at once (seeding finished resources).
    void dueNow(const QString &id) { m_due.insert(id, 0); }

    // Seed data
    static QJsonObject availability();
    static QString providerOfRegion(const QString &region);

    QJsonObject toJson() const;
    void fromJson(const QJsonObject &state);

private:
    void tickNetworks(qint64 now);
    void tickConfigurations(qint64 now);
    void tickAddOns(qint64 now);
    void completeAddOn(QJsonObject &addOn);
    void addNodes(const QString &controlPlaneId, const QJsonObject &group);
    void removeNodes(const QString &controlPlaneId, const QString &groupId);
    // A managed cache's data-plane group whose gateway group was deleted.
    void loseCacheGroup(const QString &controlPlaneId, const QString &groupId);
    // A group now ready joins its control plane's managed cache (OrganisationCaches.cpp).
    void joinCacheGroup(const QString &controlPlaneId, const QJsonObject &group);
    void tickCacheGroups(QJsonObject &addOn, qint64 now);
    QJsonArray dataPlaneAddresses(bool egress);

    SimClock *m_clock;
    QRandomGenerator m_random;
    QHash<QString, QString> m_geoOfControlPlane;
    QHash<QString, qint64> m_due; // entity or group id -> ms when it moves on
};

} // namespace kd::sim
