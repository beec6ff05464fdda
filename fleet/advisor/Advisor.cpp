#include "fleet/advisor/Advisor.h"

#include "fleet/FleetStore.h"

#include <QElapsedTimer>

namespace kd::advisor {

Advisor::Advisor(FleetStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &Advisor::runSlice);
    for (auto signal : {&FleetStore::controlPlanesAdded, &FleetStore::controlPlanesChanged,
                        &FleetStore::cachesAdded, &FleetStore::cachesChanged,
                        &FleetStore::cachesRemoved, &FleetStore::dataPlaneGroupsChanged})
        connect(store, signal, this, &Advisor::markPlanes);
    connect(store, &FleetStore::controlPlanesRemoved, this, [this](const QStringList &ids) {
        for (const QString &id : ids) {
            m_byPlane.remove(id);
            m_summaries.remove(id);
            m_dirty.remove(id);
            m_dirtyOrder.removeAll(id);
        }
        m_fleetDirty = true;
        schedule();
    });
    connect(store, &FleetStore::pluginsAdded, this,
            [this](const QStringList &ids) { markPluginsOrPartials(ids, true); });
    connect(store, &FleetStore::pluginsChanged, this,
            [this](const QStringList &ids) { markPluginsOrPartials(ids, true); });
    connect(store, &FleetStore::partialsAdded, this,
            [this](const QStringList &ids) { markPluginsOrPartials(ids, false); });
    connect(store, &FleetStore::partialsChanged, this,
            [this](const QStringList &ids) { markPluginsOrPartials(ids, false); });
    // A removed entity no longer says which plane it was in.
    connect(store, &FleetStore::pluginsRemoved, this, &Advisor::markAll);
    connect(store, &FleetStore::partialsRemoved, this, &Advisor::markAll);
    for (auto signal : {&FleetStore::networksAdded, &FleetStore::networksChanged,
                        &FleetStore::networksRemoved})
        connect(store, signal, this, [this] {
            m_fleetDirty = true;
            schedule();
        });
    markAll();
}

void Advisor::setCacheMemory(const QHash<QString, double> &memory) {
    QStringList changed;
    for (auto it = memory.cbegin(); it != memory.cend(); ++it) {
        if (m_cacheMemory.value(it.key(), -1) != it.value())
            changed.append(it.key());
    }
    for (auto it = m_cacheMemory.cbegin(); it != m_cacheMemory.cend(); ++it) {
        if (!memory.contains(it.key()))
            changed.append(it.key());
    }
    m_cacheMemory = memory;
    markPlanes(changed);
}

void Advisor::reevaluate() {
    markAll();
}

void Advisor::markPlanes(const QStringList &ids) {
    for (const QString &id : ids) {
        if (!m_dirty.contains(id)) {
            m_dirty.insert(id);
            m_dirtyOrder.append(id);
        }
    }
    if (!ids.isEmpty())
        schedule();
}

void Advisor::markPluginsOrPartials(const QStringList &ids, bool plugins) {
    QSet<QString> planes;
    for (const QString &id : ids) {
        if (plugins) {
            if (const Plugin *plugin = m_store->plugin(id))
                planes.insert(plugin->controlPlaneId);
        } else if (const Partial *partial = m_store->partial(id)) {
            planes.insert(partial->controlPlaneId);
        }
    }
    markPlanes(planes.values());
}

void Advisor::markAll() {
    markPlanes(m_store->controlPlaneIds());
    m_fleetDirty = true;
    schedule();
}

void Advisor::schedule() {
    if (!m_timer.isActive())
        m_timer.start();
}

void Advisor::runSlice() {
    QElapsedTimer elapsed;
    elapsed.start();
    AdvisorContext context;
    context.now = m_clock();
    context.cacheMemory = m_cacheMemory;
    qsizetype done = 0;
    // At least one plane a slice, so that a tight budget still moves on.
    while (done < m_dirtyOrder.size() && (done == 0 || elapsed.elapsed() < m_budget.count())) {
        const QString &id = m_dirtyOrder.at(done++);
        m_dirty.remove(id);
        if (!m_store->controlPlane(id)) {
            m_byPlane.remove(id);
            m_summaries.remove(id);
            continue;
        }
        PlaneSummary summary;
        m_byPlane.insert(id, evaluatePlane(*m_store, id, context, &summary));
        m_summaries.insert(id, std::move(summary));
        m_fleetDirty = true;
    }
    m_dirtyOrder.remove(0, done);
    if (!m_dirtyOrder.isEmpty()) {
        m_timer.start();
        return;
    }
    if (!m_fleetDirty)
        return;
    m_fleetDirty = false;
    m_fleetFindings = evaluateFleet(*m_store, m_summaries);
    QList<Finding> all;
    for (const QString &id : m_store->controlPlaneIds())
        all.append(m_byPlane.value(id));
    all.append(m_fleetFindings);
    if (all == m_findings)
        return;
    m_findings = std::move(all);
    Q_EMIT findingsChanged();
}

} // namespace kd::advisor
