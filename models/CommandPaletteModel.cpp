#include "models/CommandPaletteModel.h"

#include "fleet/FleetStore.h"

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace kd {

CommandPaletteModel::CommandPaletteModel(FleetStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store) {
    const auto stale = [this] { m_stale = true; };
    for (const auto signal :
         {&FleetStore::controlPlanesAdded, &FleetStore::controlPlanesChanged,
          &FleetStore::controlPlanesRemoved, &FleetStore::cachesAdded, &FleetStore::cachesChanged,
          &FleetStore::cachesRemoved, &FleetStore::networksAdded, &FleetStore::networksChanged,
          &FleetStore::networksRemoved, &FleetStore::dataPlaneGroupsChanged,
          &FleetStore::pluginsAdded, &FleetStore::pluginsChanged, &FleetStore::pluginsRemoved,
          &FleetStore::partialsAdded, &FleetStore::partialsChanged, &FleetStore::partialsRemoved})
        connect(store, signal, this, stale);
}

void CommandPaletteModel::setActions(const QList<CommandEntry> &actions) {
    m_actions.clear();
    m_actions.reserve(actions.size());
    for (const CommandEntry &action : actions)
        m_actions.add(action);
}

void CommandPaletteModel::refreshIndex() {
    if (m_stale)
        rebuildEntities();
    m_query.clear();
    m_entityMatches.clear();
}

void CommandPaletteModel::rebuildEntities() {
    m_stale = false;
    CommandIndex &index = m_entities;
    index.clear();
    const FleetStore &store = *m_store;
    index.reserve(store.controlPlaneIds().size() * 2 + store.networkIds().size()
                  + store.partialIds().size() + store.pluginIds().size());
    const auto planeName = [&store](const QString &id) {
        const ControlPlane *plane = store.controlPlane(id);
        return plane ? plane->name : id;
    };
    for (const QString &id : store.controlPlaneIds()) {
        const ControlPlane *plane = store.controlPlane(id);
        QStringList labels;
        for (auto it = plane->labels.cbegin(); it != plane->labels.cend(); ++it)
            labels.append(it.key() + u':' + it.value());
        index.add({CommandEntry::Kind::ControlPlane, plane->name,
                   tr("Control plane · %1%2")
                       .arg(geoDisplayName(plane->geo),
                            labels.isEmpty() ? QString() : u" · "_s + labels.join(u' ')),
                   id});
        if (const CloudGatewayConfiguration *configuration = store.configurationOf(id)) {
            for (const DataPlaneGroup &group : configuration->groups) {
                if (group.id.isEmpty())
                    continue;
                index.add({CommandEntry::Kind::Group,
                           tr("%1 in %2 %3")
                               .arg(plane->name, providerDisplayName(group.provider), group.region),
                           tr("Data-plane group · %1").arg(group.state.raw), group.id});
            }
        }
    }
    for (const QString &owner : store.cacheOwnerIds()) {
        if (const ManagedCache *cache = store.cacheOf(owner))
            index.add({CommandEntry::Kind::Cache, cache->name,
                       tr("Managed cache · %1 · %2").arg(planeName(owner), cache->tier.raw),
                       owner});
    }
    for (const QString &id : store.networkIds()) {
        const Network *network = store.network(id);
        index.add({CommandEntry::Kind::Network, network->name,
                   tr("Network · %1 %2 · %3")
                       .arg(store.providerOfAccount(network->providerAccountId), network->region,
                            network->cidrBlock),
                   id});
    }
    for (const QString &id : store.partialIds()) {
        const Partial *partial = store.partial(id);
        index.add(
            {CommandEntry::Kind::Partial, partial->name,
             tr("Partial · %1 · %2").arg(partial->type.raw, planeName(partial->controlPlaneId)),
             id});
    }
    // 60,000 plugins: translate the pattern once, and give the plugins of one control plane
    // and scope one shared detail.
    const QString pluginDetail = tr("Plugin · %1 · %2");
    QString lastPlane;
    QString lastScope;
    QString detail;
    for (const QString &id : store.pluginIds()) {
        const Plugin *plugin = store.plugin(id);
        const QString title = plugin->instanceName.isEmpty()
                                  ? plugin->name
                                  : u"%1 (%2)"_s.arg(plugin->instanceName, plugin->name);
        const QString scope = plugin->scope();
        if (plugin->controlPlaneId != lastPlane || scope != lastScope) {
            lastPlane = plugin->controlPlaneId;
            lastScope = scope;
            detail = pluginDetail.arg(planeName(lastPlane), scope);
        }
        index.add({CommandEntry::Kind::Plugin, title, detail, id});
    }
}

void CommandPaletteModel::setQuery(const QString &query) {
    if (m_stale)
        rebuildEntities();
    CommandIndex::Scored actions;
    CommandIndex::Scored entities;
    if (query.trimmed().isEmpty()) {
        // Nothing typed yet: the actions, in menu order.
        for (qsizetype row = 0; row < m_actions.size(); ++row)
            actions.emplace_back(1, row);
        m_entityMatches.clear();
    } else {
        // One more letter or word only narrows: look among the last matches, not everything.
        const bool narrows = !m_query.trimmed().isEmpty() && query.startsWith(m_query);
        entities = m_entities.matching(query, narrows ? &m_entityMatches : nullptr);
        m_entityMatches.clear();
        m_entityMatches.reserve(entities.size());
        for (const auto &[score, row] : entities)
            m_entityMatches.push_back(row);
        actions = m_actions.matching(query);
    }
    m_query = query;
    m_matchCount = qsizetype(actions.size() + entities.size());

    // Best first; on equal scores actions before entities, then index order.
    std::vector<std::tuple<int, bool, qsizetype>> all;
    all.reserve(actions.size() + entities.size());
    for (const auto &[score, row] : actions)
        all.emplace_back(-score, false, row);
    for (const auto &[score, row] : entities)
        all.emplace_back(-score, true, row);
    const auto count = std::min<size_t>(all.size(), size_t(maxRows));
    std::partial_sort(all.begin(), all.begin() + qsizetype(count), all.end());
    beginResetModel();
    m_rows.clear();
    for (size_t i = 0; i < count; ++i)
        m_rows.append({!std::get<1>(all[i]), std::get<2>(all[i])});
    endResetModel();
}

const CommandEntry &CommandPaletteModel::entry(int row) const {
    const Row &r = m_rows.at(row);
    return r.action ? m_actions.at(r.index) : m_entities.at(r.index);
}

int CommandPaletteModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CommandPaletteModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CommandEntry &e = entry(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.title;
    case Qt::ToolTipRole:
    case DetailRole:
        return e.detail;
    case KindRole:
        return int(e.kind);
    case IdRole:
        return e.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> CommandPaletteModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "id");
    names.insert(DetailRole, "detail");
    return names;
}

} // namespace kd
