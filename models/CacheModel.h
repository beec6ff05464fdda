#pragma once

#include "models/KeyedRowModel.h"

namespace kd {

class FleetStore;

// Managed caches, one row per owning control plane (Konnect allows one cache per owner).
class CacheModel final : public KeyedRowModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ControlPlaneColumn,
        TierColumn,
        StateColumn,
        GroupsColumn,
        PluginsColumn,
        PartialColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { RawValueRole = Qt::UserRole + 1, OwnerIdRole };
    Q_ENUM(Role)

    explicit CacheModel(FleetStore *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void partialsMoved(const QStringList &partialIds);

    FleetStore *m_store;
};

} // namespace kd
