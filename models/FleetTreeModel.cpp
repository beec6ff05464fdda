#include "models/FleetTreeModel.h"

#include "fleet/FleetStore.h"
#include "fleet/advisor/CacheService.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kd {

struct FleetTreeModel::GroupRef {
    QString controlPlaneId;
    DataPlaneGroup group;
};

struct FleetTreeModel::Node {
    enum class Kind { Root, Cloud, Region, Group };
    Kind kind = Kind::Root;
    QString key; // provider id, region, or group id
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    GroupRef group;
    QString signature;  // what a group row shows, to detect changes
    int shownCount = 0; // the group count a cloud or region row last showed

    int row = 0; // under its parent, kept current by renumber()

    // After children were inserted or removed from `first` on.
    void renumber(int first) {
        for (size_t i = static_cast<size_t>(first); i < children.size(); ++i)
            children[i]->row = static_cast<int>(i);
    }
};

namespace {
int cloudOrder(const QString &provider) {
    static const QStringList order{u"aws"_s, u"azure"_s, u"gcp"_s};
    const auto index = order.indexOf(provider);
    return index < 0 ? static_cast<int>(order.size()) : static_cast<int>(index);
}

QString providerKey(const DataPlaneGroup &group) {
    return group.provider.raw.isEmpty() ? providerId(group.provider.value) : group.provider.raw;
}

// More separate runs of changed rows than this under one region become one span.
constexpr int maxChangedRuns = 8;
} // namespace

FleetTreeModel::FleetTreeModel(FleetStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_root(std::make_unique<Node>()) {
    // Groups come and go with configurations (and with the control planes that own them);
    // what a group row shows also depends on its control plane, its cache and its network.
    connect(store, &FleetStore::dataPlaneGroupsChanged, this, &FleetTreeModel::sync);
    connect(store, &FleetStore::controlPlanesChanged, this, &FleetTreeModel::refreshPlanes);
    connect(store, &FleetStore::cachesAdded, this, &FleetTreeModel::refreshPlanes);
    connect(store, &FleetStore::cachesChanged, this, &FleetTreeModel::refreshPlanes);
    connect(store, &FleetStore::cachesRemoved, this, &FleetTreeModel::refreshPlanes);
    connect(store, &FleetStore::networksChanged, this,
            [this] { refreshGroups(m_groups.values()); });
    sync(store->controlPlaneIds());
}

FleetTreeModel::~FleetTreeModel() = default;

QString FleetTreeModel::signature(const GroupRef &ref) const {
    const ControlPlane *cp = m_store->controlPlane(ref.controlPlaneId);
    const ManagedCache *cache = m_store->cacheOf(ref.controlPlaneId);
    QString served;
    if (cache) {
        served = cache->tier.raw + u'/';
        for (const CacheGroupState &state : cache->groups) {
            if (state.groupId == ref.group.id)
                served += state.state.raw;
        }
    }
    const Network *network = m_store->network(ref.group.networkId);
    return (cp ? cp->name : QString()) + u'|' + ref.group.state.raw + u'|' + ref.group.stateReason
           + u'|' + served + u'|' + ref.group.egressIps.join(u',') + u'|'
           + (network ? network->name : QString());
}

FleetTreeModel::Node *FleetTreeModel::child(Node *parent, const QString &key) const {
    for (const auto &node : parent->children) {
        if (node->key == key)
            return node.get();
    }
    return nullptr;
}

FleetTreeModel::Node *FleetTreeModel::placeFor(const QString &provider, const QString &region) {
    Node *cloud = child(m_root.get(), provider);
    if (!cloud) {
        int row = 0;
        const auto place = [](const QString &key) { return std::pair(cloudOrder(key), key); };
        while (row < static_cast<int>(m_root->children.size())
               && place(m_root->children[row]->key) < place(provider))
            ++row;
        beginInsertRows({}, row, row);
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Cloud;
        node->key = provider;
        node->parent = m_root.get();
        cloud = node.get();
        m_root->children.insert(m_root->children.begin() + row, std::move(node));
        m_root->renumber(row);
        endInsertRows();
    }
    Node *regionNode = child(cloud, region);
    if (!regionNode) {
        int row = 0;
        while (row < static_cast<int>(cloud->children.size()) && cloud->children[row]->key < region)
            ++row;
        beginInsertRows(indexOf(cloud), row, row);
        auto node = std::make_unique<Node>();
        node->kind = Node::Kind::Region;
        node->key = region;
        node->parent = cloud;
        regionNode = node.get();
        cloud->children.insert(cloud->children.begin() + row, std::move(node));
        cloud->renumber(row);
        endInsertRows();
    }
    return regionNode;
}

void FleetTreeModel::sync(const QStringList &controlPlaneIds) {
    // What the tree should hold of these control planes (those the store knows), by group id.
    const QSet<QString> planes(controlPlaneIds.cbegin(), controlPlaneIds.cend());
    QHash<QString, GroupRef> wanted;
    for (const QString &planeId : planes) {
        const CloudGatewayConfiguration *configuration = m_store->configurationOf(planeId);
        if (!configuration || !m_store->controlPlane(planeId))
            continue;
        for (const DataPlaneGroup &group : configuration->groups)
            wanted.insert(group.id, {planeId, group});
    }

    // Remove what went away (or moved), in runs, deepest first.
    for (int c = static_cast<int>(m_root->children.size()) - 1; c >= 0; --c) {
        Node *cloud = m_root->children[c].get();
        for (int r = static_cast<int>(cloud->children.size()) - 1; r >= 0; --r) {
            Node *region = cloud->children[r].get();
            auto &groups = region->children;
            for (int last = static_cast<int>(groups.size()) - 1; last >= 0; --last) {
                const auto stays = [&](int row) {
                    if (!planes.contains(groups[row]->group.controlPlaneId))
                        return true;
                    const auto it = wanted.constFind(groups[row]->key);
                    return it != wanted.cend() && it->group.region == region->key
                           && providerKey(it->group) == cloud->key;
                };
                if (stays(last))
                    continue;
                int first = last;
                while (first > 0 && !stays(first - 1))
                    --first;
                beginRemoveRows(indexOf(region), first, last);
                for (int row = first; row <= last; ++row)
                    m_groups.remove(groups[row]->key);
                groups.erase(groups.begin() + first, groups.begin() + last + 1);
                region->renumber(first);
                endRemoveRows();
                last = first;
            }
            if (groups.empty()) {
                beginRemoveRows(indexOf(cloud), r, r);
                cloud->children.erase(cloud->children.begin() + r);
                cloud->renumber(r);
                endRemoveRows();
            }
        }
        if (cloud->children.empty()) {
            beginRemoveRows({}, c, c);
            m_root->children.erase(m_root->children.begin() + c);
            m_root->renumber(c);
            endRemoveRows();
        }
    }

    // Refresh what stays; gather what is new by place, each place's groups in id order.
    QList<Node *> changed;
    QMap<std::pair<QString, QString>, QMap<QString, GroupRef>> added;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        Node *existing = m_groups.value(it.key());
        if (!existing) {
            added[{providerKey(it->group), it->group.region}].insert(it.key(), it.value());
            continue;
        }
        existing->group = it.value();
        const QString sig = signature(existing->group);
        if (existing->signature != sig) {
            existing->signature = sig;
            changed.append(existing);
        }
    }
    emitChanged(changed);

    // Add the new groups of each region at its end, in one insertion.
    for (auto place = added.cbegin(); place != added.cend(); ++place) {
        Node *region = placeFor(place.key().first, place.key().second);
        const int first = static_cast<int>(region->children.size());
        beginInsertRows(indexOf(region), first, first + static_cast<int>(place->size()) - 1);
        for (auto group = place->cbegin(); group != place->cend(); ++group) {
            auto node = std::make_unique<Node>();
            node->kind = Node::Kind::Group;
            node->key = group.key();
            node->parent = region;
            node->group = group.value();
            node->signature = signature(node->group);
            node->row = static_cast<int>(region->children.size());
            m_groups.insert(node->key, node.get());
            region->children.push_back(std::move(node));
        }
        endInsertRows();
    }

    // Cloud and region rows show their group counts: refresh those whose count moved.
    for (const auto &cloud : m_root->children) {
        int cloudCount = 0;
        for (const auto &region : cloud->children) {
            const int count = static_cast<int>(region->children.size());
            cloudCount += count;
            if (std::exchange(region->shownCount, count) != count)
                Q_EMIT dataChanged(indexOf(region.get()), indexOf(region.get()), {Qt::DisplayRole});
        }
        if (std::exchange(cloud->shownCount, cloudCount) != cloudCount)
            Q_EMIT dataChanged(indexOf(cloud.get()), indexOf(cloud.get()), {Qt::DisplayRole});
    }
}

void FleetTreeModel::refreshPlanes(const QStringList &controlPlaneIds) {
    QList<Node *> groups;
    for (const QString &planeId : controlPlaneIds) {
        const CloudGatewayConfiguration *configuration = m_store->configurationOf(planeId);
        if (!configuration)
            continue;
        for (const DataPlaneGroup &group : configuration->groups) {
            if (Node *node = m_groups.value(group.id))
                groups.append(node);
        }
    }
    refreshGroups(groups);
}

void FleetTreeModel::refreshGroups(const QList<Node *> &groups) {
    QList<Node *> changed;
    for (Node *node : groups) {
        const QString sig = signature(node->group);
        if (node->signature != sig) {
            node->signature = sig;
            changed.append(node);
        }
    }
    emitChanged(changed);
}

void FleetTreeModel::emitChanged(const QList<Node *> &changed) {
    if (changed.isEmpty())
        return;
    QHash<const Node *, QList<int>> rowsByRegion;
    for (const Node *node : changed)
        rowsByRegion[node->parent].append(node->row);
    for (const auto &cloud : m_root->children) {
        for (const auto &region : cloud->children) {
            const auto it = rowsByRegion.find(region.get());
            if (it == rowsByRegion.end())
                continue;
            // A burst of changes under a region is a few signals rather than one per group.
            QList<int> &rows = it.value();
            std::sort(rows.begin(), rows.end());
            QList<std::pair<int, int>> runs;
            for (int row : std::as_const(rows)) {
                if (!runs.isEmpty() && runs.last().second >= row - 1)
                    runs.last().second = row;
                else
                    runs.append({row, row});
            }
            if (runs.size() > maxChangedRuns)
                runs = {{runs.first().first, runs.last().second}};
            const QModelIndex parent = indexOf(region.get());
            for (const auto &[first, last] : std::as_const(runs))
                Q_EMIT dataChanged(index(first, 0, parent), index(last, ColumnCount - 1, parent));
        }
    }
}

QModelIndex FleetTreeModel::indexOf(const Node *node, int column) const {
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex FleetTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    const Node *parentNode =
        parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : m_root.get();
    return createIndex(row, column, parentNode->children[static_cast<size_t>(row)].get());
}

QModelIndex FleetTreeModel::parent(const QModelIndex &child) const {
    if (!child.isValid())
        return {};
    const Node *node = static_cast<const Node *>(child.internalPointer());
    return indexOf(node->parent);
}

int FleetTreeModel::rowCount(const QModelIndex &parent) const {
    if (parent.column() > 0)
        return 0;
    const Node *node =
        parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : m_root.get();
    return static_cast<int>(node->children.size());
}

int FleetTreeModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

int FleetTreeModel::groupCount(const Node *node) const {
    if (node->kind == Node::Kind::Group)
        return 1;
    int count = 0;
    for (const auto &childNode : node->children)
        count += groupCount(childNode.get());
    return count;
}

QModelIndex FleetTreeModel::indexOfGroup(const QString &groupId) const {
    return indexOf(m_groups.value(groupId));
}

QVariant FleetTreeModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = static_cast<const Node *>(index.internalPointer());
    if (role == KindRole) {
        switch (node->kind) {
        case Node::Kind::Cloud:
            return u"cloud"_s;
        case Node::Kind::Region:
            return u"region"_s;
        default:
            return u"group"_s;
        }
    }
    if (node->kind != Node::Kind::Group) {
        if (index.column() != NameColumn
            || (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole))
            return {};
        const QString name = node->kind == Node::Kind::Cloud
                                 ? providerDisplayName(providerFrom(node->key))
                                 : node->key;
        if (role == RawValueRole)
            return name;
        const int groups = groupCount(node);
        return groups == 1 ? tr("%1 (1 group)").arg(name)
                           : tr("%1 (%2 groups)").arg(name).arg(groups);
    }
    const GroupRef &ref = node->group;
    if (role == GroupIdRole)
        return ref.group.id;
    if (role == ControlPlaneIdRole)
        return ref.controlPlaneId;
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    const ControlPlane *cp = m_store->controlPlane(ref.controlPlaneId);
    switch (index.column()) {
    case NameColumn:
        return ref.group.id.left(8);
    case ControlPlaneColumn:
        return cp ? cp->name : ref.controlPlaneId;
    case StateColumn:
        if (role == Qt::ToolTipRole && !ref.group.stateReason.isEmpty())
            return ref.group.stateReason;
        return ref.group.state.raw;
    case ManagedCacheColumn: {
        // Every group's cache service, with why and what to do in the tooltip.
        const advisor::GroupCacheService service =
            advisor::groupCacheService(*m_store, ref.controlPlaneId, ref.group);
        if (role == Qt::ToolTipRole)
            return service.fix.isEmpty() ? service.reason
                                         : u"%1 %2"_s.arg(service.reason, service.fix);
        return service.label;
    }
    case NetworkColumn: {
        const Network *network = m_store->network(ref.group.networkId);
        return network ? network->name : ref.group.networkId;
    }
    case EgressColumn:
        return ref.group.egressIps.join(u", "_s);
    default:
        return {};
    }
}

QVariant FleetTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *titles[] = {QT_TR_NOOP("Cloud / region / group"),
                                   QT_TR_NOOP("Control plane"),
                                   QT_TR_NOOP("State"),
                                   QT_TR_NOOP("Managed cache"),
                                   QT_TR_NOOP("Network"),
                                   QT_TR_NOOP("Egress IPs")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

} // namespace kd
