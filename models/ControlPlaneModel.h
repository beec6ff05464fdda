#pragma once

#include "models/KeyedRowModel.h"

#include <QHash>

namespace kd {

class FeedSubscription;

class FleetStore;
class TelemetryFeed;

// Every control plane of every geo, one row each, kept in step with the store without
// resets: additions insert rows, changes emit dataChanged for the changed rows only. With a
// telemetry feed it adds health for the feed's range: requests per minute, p95 latency, error
// share and the traffic's trend, from one api_usage query per geo broken down by control plane.
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
        RequestsColumn,
        LatencyColumn,
        ErrorsColumn,
        TrendColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        RawValueRole = Qt::UserRole + 1, // sortable, filterable value of the cell
        IdRole,
        GeoIdRole,
        TrendRole, // QList<double>: requests per minute per bucket, NaN where Konnect had none
    };
    Q_ENUM(Role)

    explicit ControlPlaneModel(FleetStore *store, QObject *parent = nullptr);
    ~ControlPlaneModel() override;

    // Health columns from `feed` (through its budget planner); they ask only while shown.
    void setTelemetry(TelemetryFeed *feed);
    void setHealthShown(bool shown);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Health {
        double requestsPerMinute = 0;
        double latencyP95 = 0;
        double errorPercent = 0;
        QList<double> trend;
    };
    void healthArrived();
    QVariant healthData(const QString &id, int column, int role) const;

    FleetStore *m_store;
    FeedSubscription *m_telemetry = nullptr; // memory or health from the feed
    bool m_healthArrived = false;
    QHash<QString, Health> m_health;
};

} // namespace kd
