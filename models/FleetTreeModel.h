#pragma once

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace kd {

class FleetStore;

// Where the gateways run: cloud → region → data-plane groups (with their control plane).
// Updated in place from the store: rows are inserted, removed and changed, never reset.
class FleetTreeModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ControlPlaneColumn,
        StateColumn,
        ManagedCacheColumn,
        NetworkColumn,
        EgressColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        KindRole, // "cloud", "region" or "group"
        GroupIdRole,
        ControlPlaneIdRole,
    };
    Q_ENUM(Role)

    explicit FleetTreeModel(FleetStore *store, QObject *parent = nullptr);
    ~FleetTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QModelIndex indexOfGroup(const QString &groupId) const;

private:
    struct Node;
    struct GroupRef;
    // Brings the groups of these control planes in line with the store.
    void sync(const QStringList &controlPlaneIds);
    void refreshPlanes(const QStringList &controlPlaneIds);
    void refreshGroups(const QList<Node *> &groups);
    // One dataChanged per run of changed rows under a region (one span when runs are many).
    void emitChanged(const QList<Node *> &changed);
    Node *child(Node *parent, const QString &key) const;
    // The region node for a new group, made (with its cloud) if missing.
    Node *placeFor(const QString &provider, const QString &region);
    QModelIndex indexOf(const Node *node, int column = 0) const;
    int groupCount(const Node *node) const;
    QString signature(const GroupRef &group) const;

    FleetStore *m_store;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_groups; // group id -> its row
};

} // namespace kd
