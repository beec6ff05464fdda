#pragma once

#include "fleet/advisor/Finding.h"
#include "ui/topology/FindingMark.h"

#include <QHash>
#include <QList>
#include <QString>

namespace kd {

class ClusterItem;

// The advisor's findings on the map: each one marked on the things it names (plugins and
// partials on their control plane; networks are not on the map), the closed clusters
// marked with their members' findings, and a count by severity.
namespace mapfindings {
// The marks of the things on the map, by id (caches by their owner).
struct Marks {
    QHash<QString, FindingMark> planes;
    QHash<QString, FindingMark> groups;
    QHash<QString, FindingMark> caches;
};
Marks marks(const QList<advisor::Finding> &findings);
// Marks one cluster's members and the cluster itself; unchanged items are left alone.
void mark(ClusterItem *cluster, const Marks &marks);

struct Summary {
    QString html;  // "Advisor ● 2 errors · ● 5 warnings", empty without findings
    QString plain; // the same for screen readers
};
Summary summary(const QList<advisor::Finding> &findings);
} // namespace mapfindings

} // namespace kd
