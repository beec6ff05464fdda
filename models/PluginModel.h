#pragma once

#include "models/KeyedRowModel.h"

namespace kd {

class FleetStore;

// Every plugin of every control plane: name, instance name, control plane, scope, enabled
// and the partials it links.
class PluginModel final : public KeyedRowModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        InstanceColumn,
        ControlPlaneColumn,
        ScopeColumn,
        EnabledColumn,
        PartialColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { RawValueRole = Qt::UserRole + 1, ControlPlaneIdRole };
    Q_ENUM(Role)

    explicit PluginModel(FleetStore *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    FleetStore *m_store;
};

// Every partial (shared Redis, vector database, embeddings or model configuration) of every
// control plane, with the plugins that link it.
class PartialModel final : public KeyedRowModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        TypeColumn,
        ControlPlaneColumn,
        ManagedColumn,
        LinkedColumn,
        HostColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { RawValueRole = Qt::UserRole + 1, ControlPlaneIdRole };
    Q_ENUM(Role)

    explicit PartialModel(FleetStore *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    FleetStore *m_store;
};

} // namespace kd
