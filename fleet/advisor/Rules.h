#pragma once

#include "fleet/advisor/Finding.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

namespace kd {
class FleetStore;
}

// The advisor's rules: the seed's practices for multicloud gateways checked over the store.
// Rules that look at one control plane run per plane (so a change re-evaluates only its
// plane, in slices); rules that compare control planes run over the planes' summaries.
namespace kd::advisor {

struct AdvisorContext {
    QDateTime now = QDateTime::currentDateTimeUtc();
    // Managed cache memory utilisation (0..1) by owner control plane, from telemetry.
    QHash<QString, double> cacheMemory;
};

// What the fleet-wide rules need of one control plane.
struct PlaneSummary {
    QString name;
    QString env;     // the `env` label, empty when missing
    QString roleKey; // every label but `env` ("team=billing"); empty when none
    bool production = false;
    QString version;               // the cloud gateway configuration's, empty for others
    QSet<QString> plugins;         // "name@scope"
    QSet<QString> networks;        // of its groups
    QHash<QString, QString> redis; // self-managed Redis "host:port" -> partial id
    friend bool operator==(const PlaneSummary &, const PlaneSummary &) = default;
};

// Findings of one control plane, and its summary for the fleet-wide rules.
QList<Finding> evaluatePlane(const FleetStore &store, const QString &controlPlaneId,
                             const AdvisorContext &context, PlaneSummary *summary);
// Findings that compare control planes, over groups of them that share something: a role
// ("role:team=billing;"), a network ("network:<id>") or a self-managed Redis ("redis:<host>").
QStringList fleetGroupsOf(const PlaneSummary &plane);
// One group's findings; `members` in the store's order.
QList<Finding> evaluateFleetGroup(const FleetStore &store, const QString &group,
                                  const QStringList &members,
                                  const QHash<QString, PlaneSummary> &planes);
QList<Finding> evaluateFleet(const FleetStore &store, const QHash<QString, PlaneSummary> &planes);
// Every rule over the whole store at once (tests, headless, the benchmark).
QList<Finding> evaluateAll(const FleetStore &store, const AdvisorContext &context);

// How long Konnect takes to provision a group or a cache (~15 minutes [DOC]); "far past" is
// three times that.
constexpr qint64 stuckAfterSeconds = 45 * 60;

// Data-plane nodes (the node-version rules). A data plane pings its control plane every 30 s;
// one silent this long is not running, though it stays listed for up to 14 days
// [DOC support "Control Plane Reporting Status shows Data Planes that are no longer active":
// last_seen stops advancing; cluster_data_plane_purge_delay, default 14 days].
constexpr qint64 nodeSilentAfterSeconds = 10 * 60;
// A node that still reports another release than its configuration's `version` this long
// after the configuration last changed has missed the roll-out (a group takes ~15 minutes).
constexpr qint64 nodeUpgradeAfterSeconds = stuckAfterSeconds;

} // namespace kd::advisor
