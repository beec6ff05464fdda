#pragma once

#include "fleet/advisor/Finding.h"

#include <QList>
#include <QString>

namespace kd {

class ClusterItem;

// The advisor's findings on the map: each one marked on the things it names (plugins and
// partials on their control plane; networks are not on the map), the closed clusters
// marked with their members' findings, and a count by severity.
namespace mapfindings {
void mark(const QList<ClusterItem *> &clusters, const QList<advisor::Finding> &findings);

struct Summary {
    QString html;  // "Advisor ● 2 errors · ● 5 warnings", empty without findings
    QString plain; // the same for screen readers
};
Summary summary(const QList<advisor::Finding> &findings);
} // namespace mapfindings

} // namespace kd
