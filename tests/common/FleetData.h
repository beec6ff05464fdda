#pragma once

#include "client/Types.h"

// Small pieces of fleet data for the model and pane tests.
namespace kd::test {

inline DataPlaneGroup group(const QString &id, const QString &provider, const QString &region,
                            const QString &state = QStringLiteral("ready"),
                            const QString &reason = {}) {
    DataPlaneGroup g;
    g.id = id;
    g.provider = providerFrom(provider);
    g.region = region;
    g.state = groupStateFrom(state);
    g.stateReason = reason;
    return g;
}

inline ControlPlane controlPlane(const QString &id, const QString &name) {
    ControlPlane cp;
    cp.id = id;
    cp.name = name;
    return cp;
}

// The configuration of control plane `cp` with these groups.
inline CloudGatewayConfiguration configuration(const QString &cp, QList<DataPlaneGroup> groups) {
    CloudGatewayConfiguration c;
    c.id = QStringLiteral("cfg-") + cp;
    c.controlPlaneId = cp;
    c.groups = std::move(groups);
    return c;
}

} // namespace kd::test
