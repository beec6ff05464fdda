#include "fleet/FleetStore.h"
#include "fleet/advisor/Refs.h"
#include "fleet/advisor/Rules.h"

#include <QCoreApplication>

#include <map>

using namespace Qt::StringLiterals;

namespace kd::advisor {

namespace {
QString tr(const char *text, int n = -1) {
    return QCoreApplication::translate("kd::advisor::Rules", text, nullptr, n);
}

int versionRank(const QString &version) {
    return version.section(u'.', 0, 0).toInt() * 1000 + version.section(u'.', 1, 1).toInt();
}

EntityRef planeOf(const FleetStore &store, const QString &id) {
    const ControlPlane *cp = store.controlPlane(id);
    return cp ? planeRef(*cp) : EntityRef{EntityKind::ControlPlane, id, id, id};
}

// Production and non-production control planes that reach one network or one Redis.
// [DOC multicloud guide: "separate environments"]
void sharedWithProduction(const FleetStore &store, const QHash<QString, PlaneSummary> &planes,
                          const QStringList &order, QList<Finding> &findings) {
    std::map<QString, QStringList> byNetwork; // sorted: findings come in a stable order
    std::map<QString, QStringList> byRedis;
    for (const QString &id : order) {
        const PlaneSummary &plane = planes.value(id);
        for (const QString &network : plane.networks)
            byNetwork[network].append(id);
        for (auto it = plane.redis.cbegin(); it != plane.redis.cend(); ++it)
            byRedis[it.key()].append(id);
    }
    const auto mixed = [&planes](const QStringList &ids) {
        bool production = false;
        bool other = false;
        for (const QString &id : ids) {
            const PlaneSummary &plane = planes.value(id);
            production = production || plane.production;
            other = other || (!plane.production && !plane.env.isEmpty());
        }
        return production && other;
    };
    for (const auto &[networkId, ids] : byNetwork) {
        if (!mixed(ids))
            continue;
        const Network *network = store.network(networkId);
        const EntityRef networkEntity =
            network ? networkRef(*network) : EntityRef{EntityKind::Network, networkId, {}, networkId};
        QList<EntityRef> entities{networkEntity};
        for (const QString &id : ids)
            entities.append(planeOf(store, id));
        findings.append({u"env.shared"_s, Severity::Warning,
                         tr("The network %1 carries production and non-production gateways: a "
                            "test can reach production.")
                             .arg(networkEntity.label),
                         entities,
                         {FixKind::Show, tr("Show the network"), networkEntity, {},
                          CacheTier::Unknown}});
    }
    for (const auto &[host, ids] : byRedis) {
        if (!mixed(ids))
            continue;
        QList<EntityRef> entities;
        for (const QString &id : ids) {
            const Partial *partial = store.partial(planes.value(id).redis.value(host));
            if (partial)
                entities.append(partialRef(*partial));
        }
        if (entities.isEmpty())
            continue;
        findings.append({u"env.shared"_s, Severity::Warning,
                         tr("Production and non-production plugins count in the same Redis %1.")
                             .arg(host),
                         entities,
                         {FixKind::Show, tr("Show the partial"), entities.first(), {},
                          CacheTier::Unknown}});
    }
}

// Control planes of one role (the same labels but env) should run the same gateway and the
// same plugins. [DOC multicloud guide: "standardise gateway configurations"]
void standardise(const FleetStore &store, const QHash<QString, PlaneSummary> &planes,
                 const QStringList &order, QList<Finding> &findings) {
    std::map<QString, QStringList> byRole;
    for (const QString &id : order) {
        const PlaneSummary &plane = planes.value(id);
        if (!plane.roleKey.isEmpty())
            byRole[plane.roleKey].append(id);
    }
    for (const auto &[role, ids] : byRole) {
        if (ids.size() < 2)
            continue;
        const QString roleText = QString(role).chopped(1).replace(u';', u", "_s);
        // Versions: name the planes that run something else than the newest.
        QString newest;
        for (const QString &id : ids) {
            const QString &version = planes.value(id).version;
            if (!version.isEmpty() && (newest.isEmpty() || versionRank(version) > versionRank(newest)))
                newest = version;
        }
        for (const QString &id : ids) {
            const QString &version = planes.value(id).version;
            if (version.isEmpty() || version == newest)
                continue;
            const EntityRef plane = planeOf(store, id);
            findings.append({u"standard.versions"_s, Severity::Info,
                             tr("Runs Kong Gateway %1 while other control planes of the role %2 "
                                "run %3.")
                                 .arg(version, roleText, newest),
                             {plane},
                             {FixKind::Show, tr("Show the control plane"), plane, {},
                              CacheTier::Unknown}});
        }
        // Plugin sets: each plane against what the role's control planes have together.
        QSet<QString> all;
        for (const QString &id : ids)
            all.unite(planes.value(id).plugins);
        for (const QString &id : ids) {
            QStringList missing = QSet<QString>(all).subtract(planes.value(id).plugins).values();
            if (missing.isEmpty())
                continue;
            missing.sort();
            for (QString &name : missing)
                name.replace(u'@', u" ("_s).append(u')');
            const EntityRef plane = planeOf(store, id);
            findings.append({u"standard.plugins"_s, Severity::Info,
                             tr("Lacks %n plugins that other control planes of the role %1 "
                                "have: %2.",
                                static_cast<int>(missing.size()))
                                 .arg(roleText, missing.join(u", "_s)),
                             {plane},
                             {FixKind::Show, tr("Show the control plane"), plane, {},
                              CacheTier::Unknown}});
        }
    }
}
} // namespace

QList<Finding> evaluateFleet(const FleetStore &store, const QHash<QString, PlaneSummary> &planes) {
    QList<Finding> findings;
    QStringList order;
    for (const QString &id : store.controlPlaneIds()) {
        if (planes.contains(id))
            order.append(id);
    }
    sharedWithProduction(store, planes, order, findings);
    standardise(store, planes, order, findings);
    return findings;
}

} // namespace kd::advisor
