#include "models/ControlPlaneModel.h"

#include "fleet/FleetStore.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
QString clusterTypeText(const OpenEnum<ClusterType> &type) {
    switch (type.value) {
    case ClusterType::ControlPlane:
        return ControlPlaneModel::tr("Control plane");
    case ClusterType::K8sIngressController:
        return ControlPlaneModel::tr("Kubernetes Ingress");
    case ClusterType::ControlPlaneGroup:
        return ControlPlaneModel::tr("Group");
    case ClusterType::Serverless:
    case ClusterType::ServerlessV1:
        return ControlPlaneModel::tr("Serverless");
    case ClusterType::KafkaNativeEventProxy:
        return ControlPlaneModel::tr("Event proxy");
    case ClusterType::Unknown:
        break;
    }
    return type.raw;
}

QString cacheStateText(const ManagedCache *cache) {
    if (!cache)
        return {};
    const QString tier = cache->tier.raw;
    switch (cache->state.value) {
    case CacheState::Ready:
        return ControlPlaneModel::tr("%1 · ready").arg(tier);
    case CacheState::Initializing:
        return ControlPlaneModel::tr("%1 · provisioning").arg(tier);
    case CacheState::Terminating:
        return ControlPlaneModel::tr("%1 · deleting").arg(tier);
    case CacheState::Error:
        return ControlPlaneModel::tr("%1 · error").arg(tier);
    case CacheState::Unknown:
        break;
    }
    return tier + u" · "_s + cache->state.raw;
}

QString labelsText(const Labels &labels) {
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts.append(it.key() + u':' + it.value());
    return parts.join(u", "_s);
}
} // namespace

ControlPlaneModel::ControlPlaneModel(FleetStore *store, QObject *parent)
    : KeyedRowModel(parent)
    , m_store(store) {
    resetIds(store->controlPlaneIds());
    connect(store, &FleetStore::controlPlanesAdded, this, &ControlPlaneModel::onAdded);
    connect(store, &FleetStore::controlPlanesChanged, this, &ControlPlaneModel::onChanged);
    connect(store, &FleetStore::controlPlanesRemoved, this, &ControlPlaneModel::onRemoved);
}

int ControlPlaneModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ControlPlaneModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString id = idAt(index.row());
    const ControlPlane *cp = m_store->controlPlane(id);
    if (!cp)
        return {};
    if (role == IdRole)
        return id;
    if (role == GeoIdRole)
        return geoId(cp->geo);
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    const bool raw = role == RawValueRole;
    if (!display && !raw) {
        if (role == Qt::TextAlignmentRole && index.column() == DataPlaneGroupsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::ToolTipRole && !cp->description.isEmpty())
            return cp->description;
        return cp->name;
    case GeoColumn:
        return raw ? QVariant(geoId(cp->geo)) : QVariant(geoId(cp->geo).toUpper());
    case ClusterTypeColumn:
        return raw ? QVariant(cp->clusterType.raw) : QVariant(clusterTypeText(cp->clusterType));
    case CloudGatewayColumn:
        if (raw)
            return cp->cloudGateway;
        return cp->cloudGateway ? tr("Dedicated") : QString();
    case LabelsColumn:
        return labelsText(cp->labels);
    case DataPlaneGroupsColumn:
        return m_store->dataPlaneGroupCount(id);
    case ManagedCacheColumn:
        return cacheStateText(m_store->cacheOf(id));
    case CreatedColumn:
        if (raw)
            return cp->createdAt;
        return QLocale().toString(cp->createdAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant ControlPlaneModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedRowModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case GeoColumn:
        return tr("Geo");
    case ClusterTypeColumn:
        return tr("Type");
    case CloudGatewayColumn:
        return tr("Cloud gateway");
    case LabelsColumn:
        return tr("Labels");
    case DataPlaneGroupsColumn:
        return tr("Groups");
    case ManagedCacheColumn:
        return tr("Managed cache");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace kd
