#include "models/CacheModel.h"

#include "fleet/FleetStore.h"
#include "fleet/TelemetryFeed.h"
#include "models/FeedSubscription.h"

#include <QColor>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kd {

CacheModel::CacheModel(FleetStore *store, QObject *parent)
    : KeyedRowModel(parent)
    , m_store(store) {
    m_telemetry = new FeedSubscription(this);
    connect(m_telemetry, &FeedSubscription::arrived, this, &CacheModel::memoryArrived);
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

CacheModel::~CacheModel() = default;

void CacheModel::setTelemetry(TelemetryFeed *feed) {
    TelemetryNeed need;
    need.datasource = Datasource::ManagedCacheUsage;
    need.metrics = {u"cache_memory_utilization_max"_s};
    need.breakdown = u"managed_cache"_s;
    need.wholeOrganisation = true;
    m_telemetry->subscribe(feed, need);
}

void CacheModel::setMemoryShown(bool shown) {
    m_telemetry->setShown(shown);
}

void CacheModel::memoryArrived() {
    m_memory.clear();
    for (const TelemetrySeries &series : m_telemetry->series()) {
        Memory memory;
        bool any = false;
        for (double v : series.values) {
            if (std::isnan(v))
                continue;
            memory.latest = v;
            memory.highest = std::max(memory.highest, v);
            any = true;
        }
        if (any)
            m_memory.insert(series.breakdownValue, memory);
    }
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, MemoryColumn), index(rowCount() - 1, MemoryColumn));
}

QVariant CacheModel::memoryData(const QString &owner, int role) const {
    const ManagedCache *cache = m_store->cacheOf(owner);
    const auto it = cache ? m_memory.constFind(cache->id) : m_memory.cend();
    const bool known = it != m_memory.cend();
    switch (role) {
    case RawValueRole:
        return known ? it->latest : -1.0;
    case Qt::DisplayRole:
        return known ? tr("%1 %").arg(QLocale().toString(it->latest, 'f', 0)) : QString();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (!known)
            return tr("No memory figures yet: Konnect's analytics report them for ready caches.");
        return tr("Memory used now %1 %, at most %2 % in the range. Konnect advises staying "
                  "under 70–75 %: above it Redis evicts keys and rate-limit counters can reset "
                  "early; resize to a larger tier.")
            .arg(QLocale().toString(it->latest, 'f', 0), QLocale().toString(it->highest, 'f', 0));
    case Qt::BackgroundRole:
        if (!known)
            return {};
        if (it->latest >= memoryAlarmPercent)
            return QColor(0xf8, 0xd0, 0xd0);
        if (it->latest >= memoryWarnPercent)
            return QColor(0xfc, 0xe8, 0xb8);
        return QColor(0xd8, 0xf0, 0xd8);
    default:
        return {};
    }
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
    if (index.column() == MemoryColumn)
        return memoryData(owner, role);
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
        return cache->cacheConfigId.isEmpty() ? QString() : tr("%n plugins", nullptr, count);
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
                                   QT_TR_NOOP("Redis configuration"),
                                   QT_TR_NOOP("Memory used")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

} // namespace kd
