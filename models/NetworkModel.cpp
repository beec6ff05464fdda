#include "models/NetworkModel.h"

#include "fleet/FleetStore.h"

using namespace Qt::StringLiterals;

namespace kd {

NetworkModel::NetworkModel(FleetStore *store, QObject *parent)
    : KeyedRowModel(parent)
    , m_store(store) {
    resetIds(store->networkIds());
    connect(store, &FleetStore::networksAdded, this, &NetworkModel::onAdded);
    connect(store, &FleetStore::networksChanged, this, &NetworkModel::onChanged);
    connect(store, &FleetStore::networksRemoved, this, &NetworkModel::onRemoved);
}

int NetworkModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NetworkModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Network *network = m_store->network(idAt(index.row()));
    if (!network)
        return {};
    if (role == IdRole)
        return network->id;
    if (role == Qt::ToolTipRole && index.column() == StateColumn && !network->stateReason.isEmpty())
        return network->stateReason;
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return network->name;
    case ProviderColumn:
        return m_store->providerOfAccount(network->providerAccountId);
    case RegionColumn:
        return network->region;
    case CidrColumn:
        return network->cidrBlock;
    case ZonesColumn:
        return network->availabilityZones.join(u", "_s);
    case StateColumn:
        return network->state.raw;
    case ReferencesColumn:
        return network->configurationReferenceCount;
    default:
        return {};
    }
}

QVariant NetworkModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedRowModel::headerData(section, orientation, role);
    static const char *titles[] = {QT_TR_NOOP("Name"),   QT_TR_NOOP("Cloud"), QT_TR_NOOP("Region"),
                                   QT_TR_NOOP("CIDR"),   QT_TR_NOOP("Zones"), QT_TR_NOOP("State"),
                                   QT_TR_NOOP("Used by")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

} // namespace kd
