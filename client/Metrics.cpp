#include "client/Metrics.h"

#include "client/internal/JsonCodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
constexpr std::array<const char *, 7> rangeIds{"15m", "1h", "6h", "12h", "24h", "7d", "30d"};
constexpr std::array<qint64, 7> rangeMs{900000LL,   3600000LL,   21600000LL,  43200000LL,
                                        86400000LL, 604800000LL, 2592000000LL};
constexpr std::array<const char *, 11> granularityIds{
    "tenSecondly",  "thirtySecondly", "minutely", "fiveMinutely",
    "tenMinutely",  "thirtyMinutely", "hourly",   "twoHourly",
    "twelveHourly", "daily",          "weekly"};
constexpr std::array<qint64, 11> granularityMsTable{
    10000, 30000, 60000, 300000, 600000, 1800000, 3600000, 7200000, 43200000, 86400000, 604800000};
} // namespace

QString datasourceId(Datasource datasource) {
    switch (datasource) {
    case Datasource::ApiUsage:
        break;
    case Datasource::ManagedCacheUsage:
        return u"managed_cache_usage"_s;
    case Datasource::LlmUsage:
        return u"llm_usage"_s;
    }
    return u"api_usage"_s;
}

QString timeRangeId(TimeRange range) {
    return QString::fromLatin1(rangeIds.at(static_cast<size_t>(range)));
}
qint64 timeRangeMs(TimeRange range) {
    return rangeMs.at(static_cast<size_t>(range));
}
QString granularityId(Granularity granularity) {
    return QString::fromLatin1(granularityIds.at(static_cast<size_t>(granularity)));
}
qint64 granularityMs(Granularity granularity) {
    return granularityMsTable.at(static_cast<size_t>(granularity));
}

MetricsQuery::MetricsQuery(Datasource datasource)
    : m_datasource(datasource) {
}

MetricsQuery &MetricsQuery::metric(const QString &name) {
    if (!m_metrics.contains(name))
        m_metrics.append(name);
    return *this;
}

MetricsQuery &MetricsQuery::dimension(const QString &name) {
    if (!m_dimensions.contains(name))
        m_dimensions.append(name);
    return *this;
}

MetricsQuery &MetricsQuery::filter(const QString &field, const QStringList &values,
                                   const QString &op) {
    m_filters.append({field, op, values});
    return *this;
}

MetricsQuery &MetricsQuery::range(TimeRange range) {
    m_range = range;
    return *this;
}

MetricsQuery &MetricsQuery::granularity(Granularity granularity) {
    m_granularity = granularity;
    return *this;
}

MetricsQuery &MetricsQuery::limit(int limit) {
    m_limit = limit;
    return *this;
}

QList<Granularity> MetricsQuery::allowedGranularities(TimeRange range) {
    using G = Granularity;
    switch (range) {
    case TimeRange::Minutes15:
        return {G::TenSecondly, G::ThirtySecondly, G::Minutely};
    case TimeRange::Hour1:
        return {G::TenSecondly, G::ThirtySecondly, G::Minutely, G::FiveMinutely, G::TenMinutely};
    case TimeRange::Hours6:
        return {G::ThirtySecondly, G::Minutely,       G::FiveMinutely,
                G::TenMinutely,    G::ThirtyMinutely, G::Hourly};
    case TimeRange::Hours12:
        return {G::Minutely, G::FiveMinutely, G::TenMinutely, G::ThirtyMinutely, G::Hourly};
    case TimeRange::Hours24:
        return {G::FiveMinutely, G::TenMinutely, G::ThirtyMinutely, G::Hourly};
    case TimeRange::Days7:
        return {G::ThirtyMinutely, G::Hourly, G::TwoHourly, G::TwelveHourly, G::Daily};
    case TimeRange::Days30:
        return {G::Hourly, G::TwoHourly, G::TwelveHourly, G::Daily, G::Weekly};
    }
    return {};
}

Granularity MetricsQuery::effectiveGranularity() const {
    if (m_granularity)
        return *m_granularity;
    // The finest bucket that keeps a chart under ~300 points.
    for (Granularity candidate : allowedGranularities(m_range)) {
        if (timeRangeMs(m_range) / granularityMs(candidate) <= 300)
            return candidate;
    }
    return allowedGranularities(m_range).constLast();
}

const QStringList &MetricsQuery::knownMetrics(Datasource datasource) {
    static const QStringList api{u"request_count"_s,
                                 u"request_per_minute"_s,
                                 u"error_rate"_s,
                                 u"cache_hit_rate"_s,
                                 u"response_latency_average"_s,
                                 u"response_latency_p50"_s,
                                 u"response_latency_p95"_s,
                                 u"response_latency_p99"_s,
                                 u"upstream_latency_average"_s,
                                 u"upstream_latency_p50"_s,
                                 u"upstream_latency_p95"_s,
                                 u"upstream_latency_p99"_s,
                                 u"kong_latency_average"_s,
                                 u"kong_latency_p50"_s,
                                 u"kong_latency_p95"_s,
                                 u"kong_latency_p99"_s,
                                 u"kong_internal_latency_average"_s,
                                 u"kong_internal_latency_p50"_s,
                                 u"kong_internal_latency_p95"_s,
                                 u"kong_internal_latency_p99"_s,
                                 u"request_size_average"_s,
                                 u"request_size_p50"_s,
                                 u"request_size_p95"_s,
                                 u"request_size_p99"_s,
                                 u"request_size_sum"_s,
                                 u"response_size_average"_s,
                                 u"response_size_p50"_s,
                                 u"response_size_p95"_s,
                                 u"response_size_p99"_s,
                                 u"response_size_sum"_s};
    static const QStringList cache{u"cache_eviction_rate"_s, u"cache_expiration_rate"_s,
                                   u"cache_items_average"_s, u"cache_memory_utilization_max"_s};
    // [SPEC] analytics-metrics v2, LlmUsage metrics
    static const QStringList llm{u"total_tokens"_s,
                                 u"prompt_tokens"_s,
                                 u"completion_tokens"_s,
                                 u"ai_request_count"_s,
                                 u"cost"_s,
                                 u"error_rate"_s,
                                 u"llm_cache_embeddings_latency_average"_s,
                                 u"llm_cache_fetch_latency_average"_s,
                                 u"llm_latency_average"_s,
                                 u"llm_embeddings_tokens"_s,
                                 u"llm_embeddings_cost"_s};
    switch (datasource) {
    case Datasource::ApiUsage:
        return api;
    case Datasource::ManagedCacheUsage:
        return cache;
    case Datasource::LlmUsage:
        return llm;
    }
    return api;
}

const QStringList &MetricsQuery::knownDimensions(Datasource datasource) {
    static const QStringList api{u"api"_s,
                                 u"api_package"_s,
                                 u"api_product"_s,
                                 u"api_product_version"_s,
                                 u"application"_s,
                                 u"cache_status"_s,
                                 u"consumer"_s,
                                 u"control_plane"_s,
                                 u"control_plane_group"_s,
                                 u"country_code"_s,
                                 u"data_plane_node"_s,
                                 u"data_plane_node_version"_s,
                                 u"gateway_service"_s,
                                 u"portal"_s,
                                 u"principal"_s,
                                 u"realm"_s,
                                 u"response_source"_s,
                                 u"route"_s,
                                 u"status_code"_s,
                                 u"status_code_grouped"_s,
                                 u"time"_s,
                                 u"upstream_status_code"_s,
                                 u"upstream_status_code_grouped"_s};
    static const QStringList cache{u"control_plane"_s, u"data_plane_group"_s, u"managed_cache"_s,
                                   u"network"_s,       u"provider"_s,         u"provider_region"_s,
                                   u"time"_s};
    static const QStringList llm{u"control_plane"_s,
                                 u"control_plane_group"_s,
                                 u"gateway_service"_s,
                                 u"consumer"_s,
                                 u"application"_s,
                                 u"route"_s,
                                 u"ai_provider"_s,
                                 u"ai_response_model"_s,
                                 u"ai_request_model"_s,
                                 u"llm_cache_status"_s,
                                 u"llm_embeddings_provider"_s,
                                 u"llm_embeddings_model"_s,
                                 u"time"_s,
                                 u"principal"_s,
                                 u"realm"_s,
                                 u"status_code"_s,
                                 u"status_code_grouped"_s,
                                 u"ai_plugin"_s};
    switch (datasource) {
    case Datasource::ApiUsage:
        return api;
    case Datasource::ManagedCacheUsage:
        return cache;
    case Datasource::LlmUsage:
        return llm;
    }
    return api;
}

std::optional<Error> MetricsQuery::validate() const {
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("kd::MetricsQuery", text);
    };
    if (m_metrics.isEmpty())
        return Error::invalid(u"metrics"_s, tr("A metrics query needs at least one metric."));
    if (m_metrics.size() > maxMetrics)
        return Error::invalid(u"metrics"_s, tr("Konnect allows at most 3 metrics in a query."));
    if (m_dimensions.size() > maxDimensions)
        return Error::invalid(u"dimensions"_s,
                              tr("Konnect allows at most 2 dimensions in a query (time counts)."));
    for (const QString &metric : m_metrics) {
        if (!knownMetrics(m_datasource).contains(metric))
            return Error::invalid(u"metrics"_s, tr("Unknown metric %1.").arg(metric));
    }
    for (const QString &dimension : m_dimensions) {
        if (!knownDimensions(m_datasource).contains(dimension))
            return Error::invalid(u"dimensions"_s, tr("Unknown dimension %1.").arg(dimension));
    }
    for (const MetricsFilter &filter : m_filters) {
        if (!knownDimensions(m_datasource).contains(filter.field) || filter.field == u"time"_s)
            return Error::invalid(u"filters"_s, tr("Cannot filter on %1.").arg(filter.field));
    }
    if (m_datasource == Datasource::ManagedCacheUsage && timeRangeMs(m_range) > 7LL * 86400000)
        return Error::invalid(u"time_range"_s,
                              tr("Managed cache metrics are kept for 7 days only."));
    if (!allowedGranularities(m_range).contains(effectiveGranularity()))
        return Error::invalid(u"granularity"_s, tr("Granularity %1 is not allowed for a %2 range.")
                                                    .arg(granularityId(effectiveGranularity()),
                                                         timeRangeId(m_range)));
    if (m_limit < 1 || m_limit > 1000)
        return Error::invalid(u"limit"_s, tr("The limit must be between 1 and 1000."));
    return std::nullopt;
}

QByteArray MetricsQuery::body() const {
    QJsonArray filters;
    for (const MetricsFilter &filter : m_filters) {
        QJsonObject item{{u"operator"_s, filter.op}, {u"field"_s, filter.field}};
        if (filter.op == u"in"_s || filter.op == u"not_in"_s) {
            QJsonArray values;
            const bool numeric =
                filter.field == u"status_code"_s || filter.field == u"upstream_status_code"_s;
            for (const QString &value : filter.values)
                values.append(numeric ? QJsonValue(value.toInt()) : QJsonValue(value));
            item.insert(u"value"_s, values);
        }
        filters.append(item);
    }
    QJsonObject body{{u"datasource"_s, datasourceId(m_datasource)},
                     {u"metrics"_s, QJsonArray::fromStringList(m_metrics)},
                     {u"time_range"_s, QJsonObject{{u"type"_s, u"relative"_s},
                                                   {u"time_range"_s, timeRangeId(m_range)},
                                                   {u"tz"_s, u"Etc/UTC"_s}}},
                     {u"limit"_s, m_limit}};
    if (!m_dimensions.isEmpty())
        body.insert(u"dimensions"_s, QJsonArray::fromStringList(m_dimensions));
    if (!filters.isEmpty())
        body.insert(u"filters"_s, filters);
    if (m_dimensions.contains(u"time"_s))
        body.insert(u"granularity"_s, granularityId(effectiveGranularity()));
    return json::encode(body);
}

QString MetricsQuery::key() const {
    return QString::fromUtf8(body());
}

QString MetricsResult::displayName(const QString &dimension, const QString &id) const {
    const DisplayEntry entry = display.value(dimension).value(id);
    if (entry.name.isEmpty())
        return id;
    return entry.deleted
               ? QCoreApplication::translate("kd::MetricsResult", "%1 (deleted)").arg(entry.name)
               : entry.name;
}

Result<MetricsResult> MetricsResult::fromBody(const QByteArray &body) {
    auto parsed = json::parseObject(body);
    if (!parsed)
        return parsed.error();
    json::Reader reader(*parsed, u"metrics"_s);
    MetricsResult result;
    json::Reader meta(reader.object("meta"), u"meta"_s);
    result.start = meta.time("start");
    result.end = meta.time("end");
    // Converting a double beyond qint64 is undefined behaviour; no real bucket is near that.
    const double granularity = meta.number("granularity_ms");
    if (granularity >= 0 && granularity <= 1e12)
        result.granularityMs = static_cast<qint64>(granularity);
    else
        meta.fail(meta.path("granularity_ms"), u"out of range"_s);
    result.truncated = meta.boolean("truncated");
    result.limit = meta.integer("limit");
    result.queryId = meta.string("query_id");
    const QJsonObject units = meta.object("metric_units");
    for (auto it = units.begin(); it != units.end(); ++it)
        result.units.insert(it.key(), it.value().toString());
    const QJsonObject display = meta.object("display");
    for (auto dim = display.begin(); dim != display.end(); ++dim) {
        const QJsonObject entries = dim.value().toObject();
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            const QJsonObject entry = it.value().toObject();
            result.display[dim.key()].insert(
                it.key(), {entry.value(u"name"_s).toString(), entry.value(u"deleted"_s).toBool()});
        }
    }
    if (meta.error())
        return *meta.error();
    for (const QJsonValue &value : reader.array("data")) {
        json::Reader row(value.toObject(), u"data"_s);
        MetricsRow parsedRow;
        parsedRow.timestamp = row.time("timestamp");
        const QJsonObject event = row.object("event");
        if (row.error())
            return *row.error();
        for (auto it = event.begin(); it != event.end(); ++it) {
            // Metrics are the keys meta.metric_units names; everything else is a dimension.
            if (result.units.contains(it.key()))
                parsedRow.values.insert(it.key(), it.value().toDouble());
            else
                parsedRow.dimensions.insert(it.key(), it.value().toVariant().toString());
        }
        result.rows.append(parsedRow);
    }
    if (reader.error())
        return *reader.error();
    return result;
}

} // namespace kd
