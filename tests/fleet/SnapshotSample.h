#pragma once

#include "fleet/Snapshot.h"

// Snapshots told apart by their number of control planes, with enough plugins that a save
// takes many writes.
namespace kd::test {

inline SnapshotData sampleSnapshot(int planes) {
    SnapshotData data;
    data.savedAt = QDateTime(QDate(2025, 1, 1), QTime(12, 0), Qt::UTC).addSecs(planes);
    for (int i = 0; i < planes; ++i) {
        ControlPlane cp;
        cp.id = QStringLiteral("cp-%1").arg(i);
        cp.name = QStringLiteral("plane-%1").arg(i);
        cp.geo = Geo::Eu;
        data.controlPlanes.append(cp);
        for (int j = 0; j < 40; ++j) {
            Plugin plugin;
            plugin.id = QStringLiteral("plugin-%1-%2").arg(i).arg(j);
            plugin.name = QStringLiteral("rate-limiting-advanced");
            plugin.controlPlaneId = cp.id;
            plugin.geo = Geo::Eu;
            plugin.setConfig({{QStringLiteral("limit"), QVariantList{100 + j}},
                              {QStringLiteral("window_size"), QVariantList{60}}});
            data.plugins.append(plugin);
        }
    }
    return data;
}

} // namespace kd::test
