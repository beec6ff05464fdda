#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kd {
class FleetStore;
}

// Governance coverage: which policy families each control plane applies, and at what scope.
// [DOC multicloud guide: "governance policies applied centrally (authentication, rate limits,
// AI token quotas)"]
namespace kd::advisor {

enum class PolicyFamily { Authentication, Traffic, Ai };

const QList<PolicyFamily> &policyFamilies();
QString familyName(PolicyFamily family);
// Whether an enabled plugin of this name applies a policy of the family.
bool inFamily(const QString &pluginName, PolicyFamily family);

struct PolicyCoverage {
    QStringList plugins; // instance names (or names) of the enabled plugins
    QStringList scopes;  // global, service, route, consumer, consumer_group; each once
    bool present() const { return !plugins.isEmpty(); }
    friend bool operator==(const PolicyCoverage &, const PolicyCoverage &) = default;
};

// The family's enabled plugins in the control plane, and their scopes.
PolicyCoverage coverageOf(const FleetStore &store, const QString &controlPlaneId,
                          PolicyFamily family);

} // namespace kd::advisor
