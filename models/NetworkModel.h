#pragma once

#include "models/KeyedRowModel.h"

namespace kd {

class FleetStore;

// Cloud gateway networks: where data-plane groups attach, per provider and region.
class NetworkModel final : public KeyedRowModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ProviderColumn,
        RegionColumn,
        CidrColumn,
        ZonesColumn,
        StateColumn,
        ReferencesColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { RawValueRole = Qt::UserRole + 1, IdRole };
    Q_ENUM(Role)

    explicit NetworkModel(FleetStore *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    FleetStore *m_store;
};

} // namespace kd
