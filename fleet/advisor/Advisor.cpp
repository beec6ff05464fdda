#include "fleet/advisor/Advisor.h"

#include "fleet/FleetStore.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace kd::advisor {

Advisor::Advisor(FleetStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {
    for (auto signal : {&FleetStore::controlPlanesAdded, &FleetStore::controlPlanesChanged,
                        &FleetStore::cachesAdded, &FleetStore::cachesChanged,
                        &FleetStore::cachesRemoved, &FleetStore::dataPlaneGroupsChanged})
        connect(store, signal, this, &Advisor::markPlanes);
    // The node-version rules read the nodes NodeVersions puts in the store.
    connect(store, &FleetStore::nodesChanged, this, &Advisor::markPlanes);
    connect(store, &FleetStore::controlPlanesRemoved, this, [this](const QStringList &ids) {
        for (const QString &id : ids) {
            moveGroups(id, fleetGroupsOf(m_summaries.value(id)), {});
            remember(u"plane:"_s + id, m_byPlane.value(id));
            m_byPlane.remove(id);
            m_summaries.remove(id);
            m_dirty.remove(id);
            m_dirtyOrder.removeAll(id);
        }
        m_positionsStale = true;
        m_assemble = true;
        schedule();
    });
    connect(store, &FleetStore::controlPlanesAdded, this, [this] { m_positionsStale = true; });
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
    // A network's name is in its finding.
    for (auto signal :
         {&FleetStore::networksAdded, &FleetStore::networksChanged, &FleetStore::networksRemoved})
        connect(store, signal, this, [this](const QStringList &ids) {
            for (const QString &id : ids)
                m_dirtyGroups.insert(u"network:"_s + id);
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
    m_assemble = true;
    schedule();
}

void Advisor::schedule() {
    m_turn.schedule();
}

void Advisor::runSlice() {
    QElapsedTimer elapsed;
    elapsed.start();
    sliceSteps(elapsed);
    const qint64 spent = elapsed.nsecsElapsed();
    ++m_stats.count;
    m_stats.totalNs += spent;
    m_stats.worstNs = std::max(m_stats.worstNs, spent);
}

void Advisor::sliceSteps(const QElapsedTimer &elapsed) {
    AdvisorContext context;
    context.now = m_clock();
    context.cacheMemory = m_cacheMemory;
    // At least one step a slice, so that a tight budget still moves on; no more than the
    // turn has left, which the sync's store slices share.
    const auto inBudget = [this, &elapsed](bool first) {
        return first || (elapsed.elapsed() < m_budget.count() && TurnBudget::timeLeft());
    };
    qsizetype done = 0;
    QElapsedTimer step;
    while (done < m_dirtyOrder.size() && inBudget(done == 0)) {
        step.start();
        evaluatePlaneNow(m_dirtyOrder.at(done), context);
        noteStep(step, m_dirtyOrder.at(done++));
    }
    m_dirtyOrder.remove(0, done);
    if (!m_dirtyOrder.isEmpty()) {
        m_turn.schedule();
        return;
    }
    bool first = done == 0;
    while (!m_dirtyGroups.isEmpty() && inBudget(first)) {
        const QString group = *m_dirtyGroups.cbegin();
        m_dirtyGroups.remove(group);
        step.start();
        evaluateGroupNow(group);
        noteStep(step, group);
        first = false;
    }
    if (!m_dirtyGroups.isEmpty()) {
        m_turn.schedule();
        return;
    }
    // What moved, source by source, then the list and the signal.
    while (!m_before.isEmpty() && inBudget(first)) {
        // Taken out before the entry is erased: the erase frees what `next` points to.
        const auto next = m_before.begin();
        // NOLINTNEXTLINE(performance-unnecessary-copy-initialization): erase() frees the key
        const QString source = next.key();
        QList<Finding> before = std::move(next.value());
        m_before.erase(next);
        step.start();
        diffSource(source, before);
        noteStep(step, u"compare "_s + source);
        first = false;
    }
    if (!m_before.isEmpty() || (m_assemble && !inBudget(first))) {
        m_turn.schedule();
        return;
    }
    if (m_assemble) {
        step.start();
        assemble();
        noteStep(step, u"assemble"_s);
    }
}

void Advisor::noteStep(const QElapsedTimer &step, const QString &what) {
    const qint64 spent = step.nsecsElapsed();
    if (spent > m_stats.worstStepNs) {
        m_stats.worstStepNs = spent;
        m_stats.worstStep = what;
    }
}

void Advisor::evaluatePlaneNow(const QString &id, const AdvisorContext &context) {
    m_dirty.remove(id);
    const QStringList before = fleetGroupsOf(m_summaries.value(id));
    if (!m_store->controlPlane(id)) {
        remember(u"plane:"_s + id, m_byPlane.value(id));
        m_byPlane.remove(id);
        m_summaries.remove(id);
        moveGroups(id, before, {});
        m_assemble = true;
        return;
    }
    PlaneSummary summary;
    QList<Finding> findings = evaluatePlane(*m_store, id, context, &summary);
    if (findings != m_byPlane.value(id)) {
        remember(u"plane:"_s + id, m_byPlane.value(id));
        m_byPlane.insert(id, findings);
        m_assemble = true;
    }
    const auto known = m_summaries.constFind(id);
    if (known != m_summaries.cend() && *known == summary)
        return; // what the groups compare did not move
    const QStringList after = fleetGroupsOf(summary);
    m_summaries.insert(id, summary);
    moveGroups(id, before, after);
}

void Advisor::moveGroups(const QString &id, const QStringList &before, const QStringList &after) {
    for (const QString &group : before) {
        m_members[group].remove(id);
        m_dirtyGroups.insert(group);
    }
    for (const QString &group : after) {
        m_members[group].insert(id);
        m_dirtyGroups.insert(group);
    }
}

void Advisor::evaluateGroupNow(const QString &group) {
    if (m_positionsStale) {
        m_position.clear();
        const QStringList &order = m_store->controlPlaneIds();
        for (qsizetype i = 0; i < order.size(); ++i)
            m_position.insert(order.at(i), static_cast<int>(i));
        m_positionsStale = false;
    }
    QStringList members = m_members.value(group).values();
    std::sort(members.begin(), members.end(), [this](const QString &a, const QString &b) {
        return m_position.value(a) < m_position.value(b);
    });
    if (members.isEmpty())
        m_members.remove(group);
    QList<Finding> findings = evaluateFleetGroup(*m_store, group, members, m_summaries);
    if (findings == m_byGroup.value(group))
        return;
    remember(u"group:"_s + group, m_byGroup.value(group));
    if (findings.isEmpty())
        m_byGroup.remove(group);
    else
        m_byGroup.insert(group, findings);
    m_assemble = true;
}

void Advisor::remember(const QString &source, const QList<Finding> &before) {
    if (!m_before.contains(source))
        m_before.insert(source, before);
}

void Advisor::diffSource(const QString &source, const QList<Finding> &before) {
    const QString id = source.section(u':', 1);
    const QList<Finding> &now =
        source.startsWith(u"plane:"_s) ? m_byPlane.value(id) : m_byGroup.value(id);
    QHash<QString, const Finding *> was;
    for (const Finding &finding : before)
        was.insert(finding.key(), &finding);
    for (const Finding &finding : now) {
        const QString key = finding.key();
        const Finding *old = was.value(key);
        was.remove(key);
        if (old && *old == finding)
            continue;
        m_removed.remove(key); // moved here from another source, or back
        if (!m_upserts.contains(key))
            m_upsertOrder.append(key);
        m_upserts.insert(key, finding);
    }
    for (auto gone = was.cbegin(); gone != was.cend(); ++gone) {
        if (m_upserts.remove(gone.key()))
            m_upsertOrder.removeOne(gone.key());
        m_removed.insert(gone.key());
    }
}

void Advisor::assemble() {
    m_assemble = false;
    Change change;
    change.removed = m_removed.values();
    change.removed.sort();
    change.upsertedKeys = std::exchange(m_upsertOrder, {});
    change.upserted.reserve(change.upsertedKeys.size());
    for (const QString &key : std::as_const(change.upsertedKeys))
        change.upserted.append(m_upserts.value(key));
    m_upserts.clear();
    m_removed.clear();
    QList<Finding> all;
    all.reserve(m_findings.size() + change.upserted.size());
    for (const QString &id : m_store->controlPlaneIds()) {
        const auto it = m_byPlane.constFind(id);
        if (it != m_byPlane.cend())
            all.append(*it);
    }
    QStringList groups = m_byGroup.keys();
    groups.sort();
    for (const QString &group : std::as_const(groups))
        all.append(m_byGroup.value(group));
    if (change.removed.isEmpty() && change.upserted.isEmpty() && all == m_findings)
        return;
    m_findings = std::move(all);
    m_change = std::move(change);
    Q_EMIT findingsChanged();
}

} // namespace kd::advisor
