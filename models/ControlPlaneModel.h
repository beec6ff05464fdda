#pragma once

#include "models/KeyedRowModel.h"

namespace kd {

class FleetStore;

// Every control plane of every geo, one row each, kept in step with the store without
// resets: additions insert rows, changes emit dataChanged for the changed rows only.
class ControlPlaneModel final : public KeyedRowModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        GeoColumn,
        ClusterTypeColumn,
        CloudGatewayColumn,
        LabelsColumn,
        DataPlaneGroupsColumn,
        ManagedCacheColumn,
        CreatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole + 1, // sortable, filterable value of the cell
        IdRole,
        GeoIdRole,
    };
    Q_ENUM(Role)

    explicit ControlPlaneModel(FleetStore *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    FleetStore *m_store;
};

} // namespace kd
