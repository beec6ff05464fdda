#include "models/ControlPlaneModel.h"

#include "fleet/FleetStore.h"
#include "fleet/TelemetryFeed.h"
#include "models/FeedSubscription.h"

#include <QColor>
#include <QLocale>

#include <cmath>

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
    m_telemetry = new FeedSubscription(this);
    connect(m_telemetry, &FeedSubscription::arrived, this, &ControlPlaneModel::healthArrived);
    resetIds(store->controlPlaneIds());
    connect(store, &FleetStore::controlPlanesAdded, this, &ControlPlaneModel::onAdded);
    connect(store, &FleetStore::controlPlanesChanged, this, &ControlPlaneModel::onChanged);
    connect(store, &FleetStore::controlPlanesRemoved, this, &ControlPlaneModel::onRemoved);
}

ControlPlaneModel::~ControlPlaneModel() = default;

void ControlPlaneModel::setTelemetry(TelemetryFeed *feed) {
    // Three metrics, two dimensions: one query a geo serves every control plane there.
    TelemetryNeed need;
    need.metrics = {u"request_per_minute"_s, u"response_latency_p95"_s, u"error_rate"_s};
    need.breakdown = u"control_plane"_s;
    need.wholeOrganisation = true;
    m_telemetry->subscribe(feed, need);
}

void ControlPlaneModel::setHealthShown(bool shown) {
    m_telemetry->setShown(shown);
}

void ControlPlaneModel::healthArrived() {
    // Per control plane and bucket; geos are separate series but a plane lives in one.
    struct Sums {
        QList<double> rpm;
        QList<double> p95;
        QList<double> errors;
    };
    QHash<QString, Sums> byPlane;
    for (const TelemetrySeries &series : m_telemetry->series()) {
        Sums &sums = byPlane[series.breakdownValue];
        if (series.metric == u"request_per_minute"_s)
            sums.rpm = series.values;
        else if (series.metric == u"response_latency_p95"_s)
            sums.p95 = series.values;
        else if (series.metric == u"error_rate"_s)
            sums.errors = series.values;
    }
    m_health.clear();
    for (auto it = byPlane.cbegin(); it != byPlane.cend(); ++it) {
        const Sums &sums = it.value();
        Health health;
        health.trend = sums.rpm;
        // The range's figures: mean rate; latency and errors weighted by each bucket's requests.
        double requests = 0;
        double latency = 0;
        double errors = 0;
        int buckets = 0;
        for (qsizetype i = 0; i < sums.rpm.size(); ++i) {
            const double rpm = sums.rpm.at(i);
            if (std::isnan(rpm))
                continue;
            ++buckets;
            requests += rpm;
            if (i < sums.p95.size() && !std::isnan(sums.p95.at(i)))
                latency += sums.p95.at(i) * rpm;
            if (i < sums.errors.size() && !std::isnan(sums.errors.at(i)))
                errors += sums.errors.at(i) * rpm;
        }
        if (buckets == 0)
            continue;
        health.requestsPerMinute = requests / buckets;
        health.latencyP95 = requests > 0 ? latency / requests : 0;
        health.errorPercent = requests > 0 ? errors / requests : 0;
        m_health.insert(it.key(), health);
    }
    m_healthArrived = true;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, RequestsColumn), index(rowCount() - 1, TrendColumn));
}

QVariant ControlPlaneModel::healthData(const QString &id, int column, int role) const {
    const auto it = m_health.constFind(id);
    const bool known = it != m_health.cend();
    if (role == TrendRole)
        return known ? QVariant::fromValue(it->trend) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (!m_healthArrived)
            return tr("Not read yet: health comes from Konnect's analytics for the range chosen "
                      "in Telemetry.");
        if (!known)
            return tr("No traffic in this range.");
        return tr("%1 requests a minute on average, p95 latency %2 ms, %3 % of responses 4xx "
                  "or 5xx (latency and errors weighted by each bucket's requests).")
            .arg(QLocale().toString(it->requestsPerMinute, 'f', 0),
                 QLocale().toString(it->latencyP95, 'f', 0),
                 QLocale().toString(it->errorPercent, 'f', 1));
    }
    if (role == Qt::ForegroundRole) {
        // Errors above 5 % and p95 above a second stand out; they are what people look for.
        if (known
            && ((column == ErrorsColumn && it->errorPercent > 5)
                || (column == LatencyColumn && it->latencyP95 > 1000)))
            return QColor(0xa4, 0x00, 0x00);
        if (!known)
            return QColor(0x80, 0x80, 0x80);
        return {};
    }
    const bool raw = role == RawValueRole;
    if (!raw && role != Qt::DisplayRole)
        return {};
    if (!known) // sorts below every real value
        return raw                                        ? QVariant(-1.0)
               : m_healthArrived && column != TrendColumn ? QVariant(tr("no traffic"))
                                                          : QVariant(QString());
    switch (column) {
    case RequestsColumn:
        return raw ? QVariant(it->requestsPerMinute)
                   : QVariant(QLocale().toString(it->requestsPerMinute, 'f',
                                                 it->requestsPerMinute < 10 ? 1 : 0));
    case LatencyColumn:
        return raw ? QVariant(it->latencyP95)
                   : QVariant(tr("%1 ms").arg(QLocale().toString(it->latencyP95, 'f', 0)));
    case ErrorsColumn:
        return raw ? QVariant(it->errorPercent)
                   : QVariant(tr("%1 %").arg(QLocale().toString(it->errorPercent, 'f', 1)));
    case TrendColumn:
        return raw ? QVariant(it->requestsPerMinute) : QVariant();
    default:
        return {};
    }
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
    if (index.column() >= RequestsColumn || role == TrendRole)
        return healthData(id, index.column(), role);
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
    case RequestsColumn:
        return tr("Requests/min");
    case LatencyColumn:
        return tr("p95 latency");
    case ErrorsColumn:
        return tr("Errors");
    case TrendColumn:
        return tr("Traffic");
    default:
        return {};
    }
}

} // namespace kd
