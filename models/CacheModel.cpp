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
        QStringList parts;
        for (const CacheGroupState &group : cache->groups)
            parts.append(providerDisplayName(group.provider) + u' ' + group.region + u": "_s
                         + group.state.raw);
        return parts.join(u" · "_s);
    }
    case PartialColumn:
        return cache->cacheConfigId.isEmpty() ? tr("not yet created") : cache->cacheConfigId;
    default:
        return {};
    }
}

QVariant CacheModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedRowModel::headerData(section, orientation, role);
    static const char *titles[] = {QT_TR_NOOP("Name"),   QT_TR_NOOP("Control plane"),
                                   QT_TR_NOOP("Tier"),   QT_TR_NOOP("State"),
                                   QT_TR_NOOP("Groups"), QT_TR_NOOP("Redis configuration")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

} // namespace kd
