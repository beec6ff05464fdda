#pragma once

#include "models/KeyedRowModel.h"

#include <QHash>

namespace kd {

class FeedSubscription;

class FleetStore;
class TelemetryFeed;

// Managed caches, one row per owning control plane (Konnect allows one cache per owner). With a
// telemetry feed it shows each cache's memory used, coloured against Konnect's 70–75 % advice.
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
        MemoryColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { RawValueRole = Qt::UserRole + 1, OwnerIdRole };
    Q_ENUM(Role)

    explicit CacheModel(FleetStore *store, QObject *parent = nullptr);
    ~CacheModel() override;

    // Memory used per cache from `feed`, asked only while shown.
    void setTelemetry(TelemetryFeed *feed);
    void setMemoryShown(bool shown);
    // Konnect's managed-cache guidance: keep memory under 70–75 %.
    static constexpr double memoryWarnPercent = 70;
    static constexpr double memoryAlarmPercent = 75;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Memory {
        double latest = 0; // percent, the last bucket with data
        double highest = 0;
    };
    void partialsMoved(const QStringList &partialIds);
    void memoryArrived();
    QVariant memoryData(const QString &owner, int role) const;

    FleetStore *m_store;
    FeedSubscription *m_telemetry = nullptr; // memory or health from the feed
    QHash<QString, Memory> m_memory;         // by managed cache id
};

} // namespace kd
