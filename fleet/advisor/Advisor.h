#pragma once

#include "fleet/advisor/Rules.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>

namespace kd {
class FleetStore;
}

namespace kd::advisor {

// Keeps the findings in step with the store: a change marks its control planes, which are
// re-evaluated on the GUI thread in slices of a few milliseconds each, then the fleet-wide
// rules run over the planes' summaries and `findingsChanged` says the list moved.
class Advisor final : public QObject {
    Q_OBJECT
public:
    explicit Advisor(FleetStore *store, QObject *parent = nullptr);

    const QList<Finding> &findings() const { return m_findings; }
    // Whether planes are still waiting for evaluation.
    bool pending() const { return !m_dirty.isEmpty() || m_fleetDirty; }
    // Memory utilisation (0..1) of managed caches by owner control plane, from telemetry.
    void setCacheMemory(const QHash<QString, double> &memory);
    // The clock the stuck-state rule reads (tests set one).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setSliceBudget(std::chrono::milliseconds budget) { m_budget = budget; }
    // Everything evaluated again, in slices.
    void reevaluate();

Q_SIGNALS:
    void findingsChanged();

private:
    void markPlanes(const QStringList &ids);
    void markPluginsOrPartials(const QStringList &ids, bool plugins);
    void markAll();
    void schedule();
    void runSlice();

    FleetStore *m_store;
    QHash<QString, double> m_cacheMemory;
    std::function<QDateTime()> m_clock;
    std::chrono::milliseconds m_budget{8};
    QTimer m_timer;
    QStringList m_dirtyOrder;
    QSet<QString> m_dirty;
    bool m_fleetDirty = false;
    QHash<QString, QList<Finding>> m_byPlane;
    QHash<QString, PlaneSummary> m_summaries;
    QList<Finding> m_fleetFindings;
    QList<Finding> m_findings;
};

} // namespace kd::advisor
