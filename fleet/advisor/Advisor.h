#pragma once

#include "client/TurnBudget.h"
#include "fleet/advisor/Rules.h"

#include <QElapsedTimer>
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
// re-evaluated on the GUI thread in slices of a few milliseconds each; then the groups of
// control planes they belong to (role, network, Redis) are compared again, also in slices,
// and `findingsChanged` says the list moved.
class Advisor final : public QObject {
    Q_OBJECT
public:
    explicit Advisor(FleetStore *store, QObject *parent = nullptr);

    const QList<Finding> &findings() const { return m_findings; }
    // What the last `findingsChanged` moved, by key: what went, and what came or changed.
    // Only the planes and groups evaluated since the signal before are compared, so a
    // consumer (the findings model) follows a change of one plane without going over the
    // whole fleet's findings.
    struct Change {
        QStringList removed;
        QList<Finding> upserted;
        QStringList upsertedKeys; // the keys of `upserted`, in its order
    };
    const Change &lastChange() const { return m_change; }
    // Whether planes are still waiting for evaluation.
    bool pending() const {
        return !m_dirtyOrder.isEmpty() || !m_dirtyGroups.isEmpty() || !m_before.isEmpty()
               || m_assemble;
    }
    // Memory utilisation (0..1) of managed caches by owner control plane, from telemetry.
    void setCacheMemory(const QHash<QString, double> &memory);
    // The clock the stuck-state rule reads (tests set one).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setSliceBudget(std::chrono::milliseconds budget) { m_budget = budget; }
    // Everything evaluated again, in slices.
    void reevaluate();
    // How long the GUI thread spent in each slice since the last reset (the benchmark's).
    struct SliceStats {
        int count = 0;
        qint64 worstNs = 0;
        qint64 totalNs = 0;
        qint64 worstStepNs = 0; // one plane, one group of planes, or the assembly
        QString worstStep;      // which: "plane:<id>", "role:…", "assemble"
    };
    const SliceStats &sliceStats() const { return m_stats; }
    void resetSliceStats() { m_stats = {}; }

Q_SIGNALS:
    void findingsChanged();

private:
    void markPlanes(const QStringList &ids);
    void markPluginsOrPartials(const QStringList &ids, bool plugins);
    void markAll();
    void schedule();
    void runSlice();
    void sliceSteps(const QElapsedTimer &elapsed);
    void evaluatePlaneNow(const QString &id, const AdvisorContext &context);
    void moveGroups(const QString &id, const QStringList &before, const QStringList &after);
    void evaluateGroupNow(const QString &group);
    void assemble();
    void noteStep(const QElapsedTimer &step, const QString &what);
    // Keeps what a source published before its first change since the last assembly.
    void remember(const QString &source, const QList<Finding> &before);
    // Compares one source's findings now with what it had: one step of the next change.
    void diffSource(const QString &source, const QList<Finding> &before);

    FleetStore *m_store;
    QHash<QString, double> m_cacheMemory;
    std::function<QDateTime()> m_clock;
    std::chrono::milliseconds m_budget{4};   // a slice stops after the step that passes it
    TurnTask m_turn{[this] { runSlice(); }}; // a slice per turn, in the GUI thread's budget
    QStringList m_dirtyOrder;
    QSet<QString> m_dirty;
    QSet<QString> m_dirtyGroups;
    bool m_assemble = false;
    bool m_positionsStale = true;
    QHash<QString, int> m_position; // control plane id -> place in the store's order
    QHash<QString, QList<Finding>> m_byPlane;
    QHash<QString, PlaneSummary> m_summaries;
    QHash<QString, QSet<QString>> m_members;  // group -> control planes
    QHash<QString, QList<Finding>> m_byGroup; // only groups with findings
    SliceStats m_stats;
    QList<Finding> m_findings;
    // Sources ("plane:<id>", "group:<key>") whose findings moved since the last assembly,
    // with what each had then.
    QHash<QString, QList<Finding>> m_before;
    QHash<QString, Finding> m_upserts; // the next change, as the sources are compared
    QStringList m_upsertOrder;
    QSet<QString> m_removed;
    Change m_change;
};

} // namespace kd::advisor
