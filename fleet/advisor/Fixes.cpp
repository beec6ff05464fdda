#include "fleet/advisor/Fixes.h"

#include "client/PluginCatalog.h"

using namespace Qt::StringLiterals;

namespace kd::advisor {

Plugin withManagedPartial(const Plugin &plugin, const QString &partialId) {
    Plugin linked = plugin;
    QVariantMap config = plugin.config();
    if (const auto slot = plugins::slotFor(plugin.name, PartialType::RedisEe))
        plugins::setAtPath(config, QString(slot->path).remove(u"[]"_s), QVariant());
    if (config.contains(u"strategy"_s))
        config.insert(u"strategy"_s, u"redis"_s);
    linked.setConfig(std::move(config));
    linked.partialIds = {partialId};
    return linked;
}

} // namespace kd::advisor
