#include "fleet/FleetStore.h"
#include "fleet/advisor/Refs.h"
#include "fleet/advisor/Rules.h"

#include <QCoreApplication>

#include <map>

using namespace Qt::StringLiterals;

namespace kd::advisor {

namespace {
struct FleetRulesTr {
    Q_DECLARE_TR_FUNCTIONS(kd::advisor::Rules)
};

int versionRank(const QString &version) {
    return version.section(u'.', 0, 0).toInt() * 1000 + version.section(u'.', 1, 1).toInt();
}

EntityRef planeOf(const FleetStore &store, const QString &id) {
    const ControlPlane *cp = store.controlPlane(id);
    return cp ? planeRef(*cp) : EntityRef{EntityKind::ControlPlane, id, id, id};
}

bool mixesProduction(const QHash<QString, PlaneSummary> &planes, const QStringList &ids) {
    bool production = false;
    bool other = false;
    for (const QString &id : ids) {
        const auto plane = planes.constFind(id);
        if (plane == planes.cend())
            continue;
        production = production || plane->production;
        other = other || (!plane->production && !plane->env.isEmpty());
    }
    return production && other;
}

// Production and non-production control planes that reach one network.
// [DOC multicloud guide: "separate environments"]
void sharedNetwork(const FleetStore &store, const QString &networkId,
                   const QHash<QString, PlaneSummary> &planes, const QStringList &ids,
                   QList<Finding> &findings) {
    if (!mixesProduction(planes, ids))
        return;
    const Network *network = store.network(networkId);
    const EntityRef networkEntity =
        network ? networkRef(*network) : EntityRef{EntityKind::Network, networkId, {}, networkId};
    QList<EntityRef> entities{networkEntity};
    for (const QString &id : ids)
        entities.append(planeOf(store, id));
    findings.append(
        {u"env.shared"_s,
         Severity::Warning,
         FleetRulesTr::tr("The network %1 carries production and non-production gateways: a test "
                          "can reach production.")
             .arg(networkEntity.label),
         entities,
         {FixKind::Show,
          FleetRulesTr::tr("Show the Network"),
          networkEntity,
          {},
          CacheTier::Unknown}});
}

// Production and non-production plugins that count in one self-managed Redis.
void sharedRedis(const FleetStore &store, const QString &host,
                 const QHash<QString, PlaneSummary> &planes, const QStringList &ids,
                 QList<Finding> &findings) {
    if (!mixesProduction(planes, ids))
        return;
    QList<EntityRef> entities;
    for (const QString &id : ids) {
        if (const Partial *partial = store.partial(planes.value(id).redis.value(host)))
            entities.append(partialRef(*partial));
    }
    if (entities.isEmpty())
        return;
    findings.append(
        {u"env.shared"_s,
         Severity::Warning,
         FleetRulesTr::tr("Production and non-production plugins count in the same Redis %1.")
             .arg(host),
         entities,
         {FixKind::Show,
          FleetRulesTr::tr("Show the Partial"),
          entities.first(),
          {},
          CacheTier::Unknown}});
}

// Control planes of one role (the same labels but env) should run the same gateway and the
// same plugins. [DOC multicloud guide: "standardise gateway configurations"]
void standardise(const FleetStore &store, const QString &role,
                 const QHash<QString, PlaneSummary> &planes, const QStringList &ids,
                 QList<Finding> &findings) {
    if (ids.size() < 2)
        return;
    const QString roleText = QString(role).chopped(1).replace(u';', u", "_s);
    // Versions: name the planes that run something else than the newest.
    QString newest;
    for (const QString &id : ids) {
        const QString &version = planes.constFind(id)->version;
        if (!version.isEmpty() && (newest.isEmpty() || versionRank(version) > versionRank(newest)))
            newest = version;
    }
    QSet<QString> all; // the plugins the role's control planes have together
    for (const QString &id : ids)
        all.unite(planes.constFind(id)->plugins);
    for (const QString &id : ids) {
        const PlaneSummary &summary = *planes.constFind(id);
        if (!summary.version.isEmpty() && summary.version != newest) {
            const EntityRef plane = planeOf(store, id);
            findings.append(
                {u"standard.versions"_s,
                 Severity::Info,
                 FleetRulesTr::tr("Runs Kong Gateway %1 while other control planes of the role %2 "
                                  "run %3.")
                     .arg(summary.version, roleText, newest),
                 {plane},
                 {FixKind::Show,
                  FleetRulesTr::tr("Show the Control Plane"),
                  plane,
                  {},
                  CacheTier::Unknown}});
        }
        if (summary.plugins.size() == all.size())
            continue; // a subset of the same size is the whole set
        QStringList missing = QSet<QString>(all).subtract(summary.plugins).values();
        missing.sort();
        for (QString &name : missing)
            name.replace(u'@', u" ("_s).append(u')');
        const EntityRef plane = planeOf(store, id);
        findings.append(
            {u"standard.plugins"_s,
             Severity::Info,
             FleetRulesTr::tr("Lacks %n plugins that other control planes of the role %1 have: %2.",
                              nullptr, static_cast<int>(missing.size()))
                 .arg(roleText, missing.join(u", "_s)),
             {plane},
             {FixKind::Show,
              FleetRulesTr::tr("Show the Control Plane"),
              plane,
              {},
              CacheTier::Unknown}});
    }
}
} // namespace

QStringList fleetGroupsOf(const PlaneSummary &plane) {
    QStringList groups;
    if (!plane.roleKey.isEmpty())
        groups.append(u"role:"_s + plane.roleKey);
    for (const QString &network : plane.networks)
        groups.append(u"network:"_s + network);
    for (auto it = plane.redis.cbegin(); it != plane.redis.cend(); ++it)
        groups.append(u"redis:"_s + it.key());
    return groups;
}

QList<Finding> evaluateFleetGroup(const FleetStore &store, const QString &group,
                                  const QStringList &members,
                                  const QHash<QString, PlaneSummary> &planes) {
    QList<Finding> findings;
    const QString kind = group.section(u':', 0, 0);
    const QString key = group.section(u':', 1);
    if (kind == u"role"_s)
        standardise(store, key, planes, members, findings);
    else if (kind == u"network"_s)
        sharedNetwork(store, key, planes, members, findings);
    else if (kind == u"redis"_s)
        sharedRedis(store, key, planes, members, findings);
    return findings;
}

QList<Finding> evaluateFleet(const FleetStore &store, const QHash<QString, PlaneSummary> &planes) {
    std::map<QString, QStringList> groups; // sorted: findings come in a stable order
    for (const QString &id : store.controlPlaneIds()) {
        const auto plane = planes.constFind(id);
        if (plane == planes.cend())
            continue;
        for (const QString &group : fleetGroupsOf(*plane))
            groups[group].append(id);
    }
    QList<Finding> findings;
    for (const auto &[group, members] : groups)
        findings.append(evaluateFleetGroup(store, group, members, planes));
    return findings;
}

} // namespace kd::advisor
