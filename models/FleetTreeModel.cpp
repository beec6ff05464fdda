#include "models/FleetTreeModel.h"

#include "fleet/FleetStore.h"

#include <QHash>
#include <QMap>

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

    int row() const {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return static_cast<int>(i);
        }
        return -1;
    }
};

namespace {
int cloudOrder(const QString &provider) {
    static const QStringList order{u"aws"_s, u"azure"_s, u"gcp"_s};
    const auto index = order.indexOf(provider);
    return index < 0 ? static_cast<int>(order.size()) : static_cast<int>(index);
}

} // namespace

FleetTreeModel::FleetTreeModel(FleetStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_root(std::make_unique<Node>()) {
    connect(store, &FleetStore::dataPlaneGroupsChanged, this, &FleetTreeModel::sync);
    connect(store, &FleetStore::controlPlanesChanged, this, &FleetTreeModel::sync);
    connect(store, &FleetStore::networksChanged, this, &FleetTreeModel::sync);
    sync();
}

FleetTreeModel::~FleetTreeModel() = default;

QString FleetTreeModel::signature(const GroupRef &ref) const {
    const ControlPlane *cp = m_store->controlPlane(ref.controlPlaneId);
    const ManagedCache *cache = m_store->cacheOf(ref.controlPlaneId);
    QString served;
    if (cache) {
        for (const CacheGroupState &state : cache->groups) {
            if (state.groupId == ref.group.id)
                served = state.state.raw;
        }
    }
    const Network *network = m_store->network(ref.group.networkId);
    return (cp ? cp->name : QString()) + u'|' + ref.group.state.raw + u'|' + served + u'|'
           + ref.group.egressIps.join(u',') + u'|' + (network ? network->name : QString());
}

FleetTreeModel::Node *FleetTreeModel::child(Node *parent, const QString &key) const {
    for (const auto &node : parent->children) {
        if (node->key == key)
            return node.get();
    }
    return nullptr;
}

void FleetTreeModel::sync() {
    // What the tree should hold: provider -> region -> group id -> group.
    QMap<QString, QMap<QString, QMap<QString, GroupRef>>> wanted;
    for (const CloudGatewayConfiguration &configuration : m_store->configurations()) {
        if (!m_store->controlPlane(configuration.controlPlaneId))
            continue; // its control plane has not been read yet
        for (const DataPlaneGroup &group : configuration.groups) {
            const QString provider = group.provider.raw.isEmpty() ? providerId(group.provider.value)
                                                                  : group.provider.raw;
            wanted[provider][group.region][group.id] = {configuration.controlPlaneId, group};
        }
    }

    // Remove what went away, deepest first.
    for (int c = static_cast<int>(m_root->children.size()) - 1; c >= 0; --c) {
        Node *cloud = m_root->children[c].get();
        for (int r = static_cast<int>(cloud->children.size()) - 1; r >= 0; --r) {
            Node *region = cloud->children[r].get();
            for (int g = static_cast<int>(region->children.size()) - 1; g >= 0; --g) {
                if (wanted.value(cloud->key).value(region->key).contains(region->children[g]->key))
                    continue;
                beginRemoveRows(indexOf(region), g, g);
                region->children.erase(region->children.begin() + g);
                endRemoveRows();
            }
            if (region->children.empty()) {
                beginRemoveRows(indexOf(cloud), r, r);
                cloud->children.erase(cloud->children.begin() + r);
                endRemoveRows();
            }
        }
        if (cloud->children.empty()) {
            beginRemoveRows({}, c, c);
            m_root->children.erase(m_root->children.begin() + c);
            endRemoveRows();
        }
    }

    // Add what is new, in sorted places; refresh what changed.
    for (auto provider = wanted.cbegin(); provider != wanted.cend(); ++provider) {
        Node *cloud = child(m_root.get(), provider.key());
        if (!cloud) {
            int row = 0;
            while (row < static_cast<int>(m_root->children.size())
                   && cloudOrder(m_root->children[row]->key) < cloudOrder(provider.key()))
                ++row;
            beginInsertRows({}, row, row);
            auto node = std::make_unique<Node>();
            node->kind = Node::Kind::Cloud;
            node->key = provider.key();
            node->parent = m_root.get();
            cloud = node.get();
            m_root->children.insert(m_root->children.begin() + row, std::move(node));
            endInsertRows();
        }
        for (auto region = provider->cbegin(); region != provider->cend(); ++region) {
            Node *regionNode = child(cloud, region.key());
            if (!regionNode) {
                int row = 0;
                while (row < static_cast<int>(cloud->children.size())
                       && cloud->children[row]->key < region.key())
                    ++row;
                beginInsertRows(indexOf(cloud), row, row);
                auto node = std::make_unique<Node>();
                node->kind = Node::Kind::Region;
                node->key = region.key();
                node->parent = cloud;
                regionNode = node.get();
                cloud->children.insert(cloud->children.begin() + row, std::move(node));
                endInsertRows();
            }
            for (auto group = region->cbegin(); group != region->cend(); ++group) {
                const QString sig = signature(group.value());
                if (Node *existing = child(regionNode, group.key())) {
                    existing->group = group.value();
                    if (existing->signature != sig) {
                        existing->signature = sig;
                        Q_EMIT dataChanged(indexOf(existing), indexOf(existing, ColumnCount - 1));
                    }
                    continue;
                }
                const int row = static_cast<int>(regionNode->children.size());
                beginInsertRows(indexOf(regionNode), row, row);
                auto node = std::make_unique<Node>();
                node->kind = Node::Kind::Group;
                node->key = group.key();
                node->parent = regionNode;
                node->group = group.value();
                node->signature = sig;
                regionNode->children.push_back(std::move(node));
                endInsertRows();
            }
        }
    }
    // Cloud and region rows show their group counts: refresh those whose count moved.
    for (const auto &cloud : m_root->children) {
        for (const auto &region : cloud->children) {
            const int count = groupCount(region.get());
            if (std::exchange(region->shownCount, count) != count)
                Q_EMIT dataChanged(indexOf(region.get()), indexOf(region.get()), {Qt::DisplayRole});
        }
        const int count = groupCount(cloud.get());
        if (std::exchange(cloud->shownCount, count) != count)
            Q_EMIT dataChanged(indexOf(cloud.get()), indexOf(cloud.get()), {Qt::DisplayRole});
    }
}

QModelIndex FleetTreeModel::indexOf(const Node *node, int column) const {
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
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
    for (const auto &cloud : m_root->children) {
        for (const auto &region : cloud->children) {
            if (Node *group = child(region.get(), groupId))
                return indexOf(group);
        }
    }
    return {};
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
        const ManagedCache *cache = m_store->cacheOf(ref.controlPlaneId);
        if (!cache)
            return QString();
        for (const CacheGroupState &state : cache->groups) {
            if (state.groupId == ref.group.id)
                return tr("%1 · %2").arg(cache->tier.raw, state.state.raw);
        }
        // The control plane has a cache this group cannot use (Google Cloud).
        return tr("not served");
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
