#include "fleet/advisor/Finding.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kd::advisor {

namespace {
struct FindingTr {
    Q_DECLARE_TR_FUNCTIONS(kd::advisor::Finding)
};
} // namespace

QString Finding::key() const {
    QStringList ids;
    ids.reserve(entities.size());
    for (const EntityRef &entity : entities)
        ids.append(entity.id);
    ids.sort();
    return ruleId + u':' + ids.join(u',');
}

QString severityName(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return FindingTr::tr("Error");
    case Severity::Warning:
        return FindingTr::tr("Warning");
    case Severity::Info:
        break;
    }
    return FindingTr::tr("Info");
}

const QStringList &ruleIds() {
    static const QStringList ids{u"state.error"_s,
                                 u"plugin.partial-and-inline"_s,
                                 u"cache.provider-not-served"_s,
                                 u"cache.group-not-listed"_s,
                                 u"plugin.managed-cache-unused"_s,
                                 u"plugin.sync-rate"_s,
                                 u"plugin.shared-namespace"_s,
                                 u"cache.memory-high"_s,
                                 u"redis.not-regional"_s,
                                 u"env.missing-label"_s,
                                 u"env.shared"_s,
                                 u"standard.versions"_s,
                                 u"standard.node-versions"_s,
                                 u"standard.node-upgrade"_s,
                                 u"standard.plugins"_s,
                                 u"state.stuck"_s,
                                 u"resilience.single-region"_s};
    return ids;
}

QString ruleTitle(const QString &ruleId) {
    static const QHash<QString, const char *> titles{
        {u"state.error"_s, QT_TRANSLATE_NOOP("kd::advisor::Finding", "In error")},
        {u"plugin.partial-and-inline"_s,
         QT_TRANSLATE_NOOP("kd::advisor::Finding", "Partial linked and inline values kept")},
        {u"cache.provider-not-served"_s,
         QT_TRANSLATE_NOOP("kd::advisor::Finding", "Group on a cloud the cache does not serve")},
        {u"cache.group-not-listed"_s,
         QT_TRANSLATE_NOOP("kd::advisor::Finding", "Group not served by the managed cache")},
        {u"plugin.managed-cache-unused"_s,
         QT_TRANSLATE_NOOP("kd::advisor::Finding", "Managed cache not used")},
        {u"plugin.sync-rate"_s, QT_TRANSLATE_NOOP("kd::advisor::Finding", "Sync rate")},
        {u"plugin.shared-namespace"_s,
         QT_TRANSLATE_NOOP("kd::advisor::Finding", "Rate-limiting namespace shared")},
        {u"cache.memory-high"_s, QT_TRANSLATE_NOOP("kd::advisor::Finding", "Cache memory high")},
        {u"redis.not-regional"_s,
         QT_TRANSLATE_NOOP("kd::advisor::Finding", "One Redis for several regions")},
        {u"env.missing-label"_s, QT_TRANSLATE_NOOP("kd::advisor::Finding", "No env label")},
        {u"env.shared"_s,
         QT_TRANSLATE_NOOP("kd::advisor::Finding", "Production shares with non-production")},
        {u"standard.versions"_s,
         QT_TRANSLATE_NOOP("kd::advisor::Finding", "Gateway versions differ")},
        {u"standard.node-versions"_s,
         QT_TRANSLATE_NOOP("kd::advisor::Finding", "Nodes run different gateway versions")},
        {u"standard.node-upgrade"_s,
         QT_TRANSLATE_NOOP("kd::advisor::Finding", "Nodes behind the configuration's version")},
        {u"standard.plugins"_s, QT_TRANSLATE_NOOP("kd::advisor::Finding", "Plugin sets differ")},
        {u"state.stuck"_s, QT_TRANSLATE_NOOP("kd::advisor::Finding", "Stuck initializing")},
        {u"resilience.single-region"_s,
         QT_TRANSLATE_NOOP("kd::advisor::Finding", "Production in a single region")},
    };
    const char *title = titles.value(ruleId);
    return title ? QCoreApplication::translate("kd::advisor::Finding", title) : ruleId;
}

} // namespace kd::advisor
