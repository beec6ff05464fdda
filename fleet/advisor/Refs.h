#pragma once

#include "fleet/advisor/Finding.h"

#include <QCoreApplication>

// The entities a finding names, labelled the way the panes show them.
namespace kd::advisor {

inline EntityRef planeRef(const ControlPlane &cp) {
    return {EntityKind::ControlPlane, cp.id, cp.id, cp.name};
}

inline EntityRef groupRef(const ControlPlane &cp, const DataPlaneGroup &group) {
    return {EntityKind::DataPlaneGroup, group.id, cp.id,
            QCoreApplication::translate("kd::advisor::Rules", "%1 %2 group of %3")
                .arg(providerDisplayName(group.provider), group.region, cp.name)};
}

inline EntityRef cacheRef(const ManagedCache &cache) {
    return {EntityKind::Cache, cache.ownerId, cache.ownerId, cache.name};
}

inline EntityRef pluginRef(const Plugin &plugin) {
    return {EntityKind::Plugin, plugin.id, plugin.controlPlaneId,
            plugin.instanceName.isEmpty() ? plugin.name : plugin.instanceName};
}

inline EntityRef partialRef(const Partial &partial) {
    return {EntityKind::Partial, partial.id, partial.controlPlaneId, partial.name};
}

inline EntityRef networkRef(const Network &network) {
    return {EntityKind::Network, network.id, {}, network.name};
}

} // namespace kd::advisor
