#pragma once

#include "fleet/advisor/Governance.h"
#include "models/KeyedRowModel.h"

#include <QHash>

namespace kd {

class FleetStore;

// Control planes (rows) by policy family (columns): whether each applies the family's
// policies and at what scope; gaps are marked. Rows follow the store without resets.
class GovernanceModel final : public KeyedRowModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        EnvColumn,
        AuthenticationColumn,
        TrafficColumn,
        AiColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // env then name on the first two columns
        IdRole,
        PresentRole // bool on the family columns
    };

    explicit GovernanceModel(FleetStore *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    static advisor::PolicyFamily familyOf(int column);

private:
    void planesChanged(const QStringList &ids);
    void pluginsChanged(const QStringList &pluginIds);
    const QList<advisor::PolicyCoverage> &coverage(const QString &planeId) const;

    FleetStore *m_store;
    mutable QHash<QString, QList<advisor::PolicyCoverage>> m_coverage; // by plane, per family
};

} // namespace kd
