#include "models/CacheModel.h"

#include "fleet/FleetStore.h"

using namespace Qt::StringLiterals;

namespace kd {

CacheModel::CacheModel(FleetStore *store, QObject *parent)
    : KeyedRowModel(parent)
    , m_store(store) {
    resetIds(store->cacheOwnerIds());
    connect(store, &FleetStore::cachesAdded, this, &CacheModel::onAdded);
    connect(store, &FleetStore::cachesChanged, this, &CacheModel::onChanged);
    connect(store, &FleetStore::cachesRemoved, this, &CacheModel::onRemoved);
    // The control plane column shows names, which change with the control planes.
    connect(store, &FleetStore::controlPlanesChanged, this, &CacheModel::onChanged);
    // The partial's name and the plugins that link it live with the control plane's entities.
    connect(store, &FleetStore::partialsChanged, this, &CacheModel::partialsMoved);
    connect(store, &FleetStore::partialsAdded, this, &CacheModel::partialsMoved);
    connect(store, &FleetStore::partialsRemoved, this, &CacheModel::partialsMoved);
}

void CacheModel::partialsMoved(const QStringList &partialIds) {
    QStringList owners;
    for (const QString &owner : m_store->cacheOwnerIds()) {
        const ManagedCache *cache = m_store->cacheOf(owner);
        if (cache && partialIds.contains(cache->cacheConfigId))
            owners.append(owner);
    }
    if (!owners.isEmpty())
        onChanged(owners);
}

int CacheModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CacheModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString owner = idAt(index.row());
    const ManagedCache *cache = m_store->cacheOf(owner);
    if (!cache)
        return {};
    if (role == OwnerIdRole)
        return owner;
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return cache->name;
    case ControlPlaneColumn: {
        const ControlPlane *cp = m_store->controlPlane(owner);
        return cp ? cp->name : owner;
    }
    case TierColumn:
        if (role == RawValueRole)
            return static_cast<int>(cache->tier.value);
        return tr("%1 (~%2 GiB)").arg(cache->tier.raw).arg(cacheTierGiB(cache->tier.value));
    case StateColumn:
        return cache->state.raw;
    case GroupsColumn: {
        // Compact: "2 ready" or "1 ready, 1 initializing"; the tooltip names each group.
        QStringList parts;
        for (const CacheGroupState &group : cache->groups)
            parts.append(providerDisplayName(group.provider) + u' ' + group.region + u": "_s
                         + group.state.raw);
        if (role == Qt::ToolTipRole)
            return parts.join(u'\n');
        QMap<QString, int> byState;
        for (const CacheGroupState &group : cache->groups)
            ++byState[group.state.raw];
        QStringList counts;
        for (auto it = byState.cbegin(); it != byState.cend(); ++it)
            counts.append(u"%1 %2"_s.arg(it.value()).arg(it.key()));
        // Filtering still finds a region: it is part of the text after the counts.
        return counts.join(u", "_s) + u" · "_s + parts.join(u" · "_s);
    }
    case PartialColumn: {
        if (cache->cacheConfigId.isEmpty())
            return tr("not yet created");
        const Partial *partial = m_store->partial(cache->cacheConfigId);
        return partial ? partial->name : cache->cacheConfigId;
    }
    case PluginsColumn: {
        const auto count = static_cast<int>(m_store->pluginsUsing(cache->cacheConfigId).size());
        if (role == RawValueRole)
            return count;
        return cache->cacheConfigId.isEmpty() ? QString() : tr("%n plugin(s)", nullptr, count);
    }
    default:
        return {};
    }
}

QVariant CacheModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedRowModel::headerData(section, orientation, role);
    static const char *titles[] = {QT_TR_NOOP("Name"),
                                   QT_TR_NOOP("Control plane"),
                                   QT_TR_NOOP("Tier"),
                                   QT_TR_NOOP("State"),
                                   QT_TR_NOOP("Groups"),
                                   QT_TR_NOOP("Used by"),
                                   QT_TR_NOOP("Redis configuration")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

} // namespace kd
