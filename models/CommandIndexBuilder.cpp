#include "models/CommandIndexBuilder.h"

#include "fleet/FleetStore.h"

using namespace Qt::StringLiterals;

namespace kd {

CommandIndexBuilder::CommandIndexBuilder(const FleetStore &store)
    : m_store(store)
    , m_lists{store.controlPlaneIds(), store.cacheOwnerIds(), store.networkIds(),
              store.partialIds(), store.pluginIds()} {
    m_index.reserve(m_lists[0].size() * 2 + m_lists[1].size() + m_lists[2].size()
                    + m_lists[3].size() + m_lists[4].size());
}

bool CommandIndexBuilder::step(qsizetype budget) {
    using Add = void (CommandIndexBuilder::*)(const QString &);
    static constexpr Add adders[] = {&CommandIndexBuilder::addPlane, &CommandIndexBuilder::addCache,
                                     &CommandIndexBuilder::addNetwork,
                                     &CommandIndexBuilder::addPartial,
                                     &CommandIndexBuilder::addPlugin};
    for (; m_list < 5; ++m_list, m_position = 0) {
        const QStringList &ids = m_lists[m_list];
        for (; m_position < ids.size(); ++m_position) {
            if (budget-- <= 0)
                return false;
            (this->*adders[m_list])(ids.at(m_position));
        }
    }
    return true;
}

QString CommandIndexBuilder::planeName(const QString &id) const {
    const ControlPlane *plane = m_store.controlPlane(id);
    return plane ? plane->name : id;
}

void CommandIndexBuilder::addPlane(const QString &id) {
    const ControlPlane *plane = m_store.controlPlane(id);
    if (!plane)
        return;
    QStringList labels;
    for (auto it = plane->labels.cbegin(); it != plane->labels.cend(); ++it)
        labels.append(it.key() + u':' + it.value());
    m_index.add({CommandEntry::Kind::ControlPlane, plane->name,
                 tr("Control plane · %1%2")
                     .arg(geoDisplayName(plane->geo),
                          labels.isEmpty() ? QString() : u" · "_s + labels.join(u' ')),
                 id});
    const CloudGatewayConfiguration *configuration = m_store.configurationOf(id);
    if (!configuration)
        return;
    for (const DataPlaneGroup &group : configuration->groups) {
        if (group.id.isEmpty())
            continue;
        m_index.add(
            {CommandEntry::Kind::Group,
             tr("%1 in %2 %3").arg(plane->name, providerDisplayName(group.provider), group.region),
             tr("Data-plane group · %1").arg(group.state.raw), group.id});
    }
}

void CommandIndexBuilder::addCache(const QString &ownerId) {
    if (const ManagedCache *cache = m_store.cacheOf(ownerId))
        m_index.add({CommandEntry::Kind::Cache, cache->name,
                     tr("Managed cache · %1 · %2").arg(planeName(ownerId), cache->tier.raw),
                     ownerId});
}

void CommandIndexBuilder::addNetwork(const QString &id) {
    if (const Network *network = m_store.network(id))
        m_index.add({CommandEntry::Kind::Network, network->name,
                     tr("Network · %1 %2 · %3")
                         .arg(m_store.providerOfAccount(network->providerAccountId),
                              network->region, network->cidrBlock),
                     id});
}

void CommandIndexBuilder::addPartial(const QString &id) {
    if (const Partial *partial = m_store.partial(id))
        m_index.add(
            {CommandEntry::Kind::Partial, partial->name,
             tr("Partial · %1 · %2").arg(partial->type.raw, planeName(partial->controlPlaneId)),
             id});
}

void CommandIndexBuilder::addPlugin(const QString &id) {
    const Plugin *plugin = m_store.plugin(id);
    if (!plugin)
        return;
    const QString scope = plugin->scope();
    if (plugin->controlPlaneId != m_lastPlane || scope != m_lastScope) {
        m_lastPlane = plugin->controlPlaneId;
        m_lastScope = scope;
        m_pluginDetail = tr("Plugin · %1 · %2").arg(planeName(m_lastPlane), scope);
    }
    m_index.add({CommandEntry::Kind::Plugin,
                 plugin->instanceName.isEmpty()
                     ? plugin->name
                     : u"%1 (%2)"_s.arg(plugin->instanceName, plugin->name),
                 m_pluginDetail, id});
}

} // namespace kd
