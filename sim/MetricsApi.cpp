#include "sim/Api.h"
#include "sim/MetricsApiSlices.h"
#include "sim/Paging.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kd::sim {

namespace {
const QStringList apiMetrics{u"cache_hit_rate"_s,
                             u"error_rate"_s,
                             u"kong_internal_latency_average"_s,
                             u"kong_internal_latency_p50"_s,
                             u"kong_internal_latency_p95"_s,
                             u"kong_internal_latency_p99"_s,
                             u"kong_latency_average"_s,
                             u"kong_latency_p50"_s,
                             u"kong_latency_p95"_s,
                             u"kong_latency_p99"_s,
                             u"request_count"_s,
                             u"request_per_minute"_s,
                             u"request_size_average"_s,
                             u"request_size_p50"_s,
                             u"request_size_p95"_s,
                             u"request_size_p99"_s,
                             u"request_size_sum"_s,
                             u"response_latency_average"_s,
                             u"response_latency_p50"_s,
                             u"response_latency_p95"_s,
                             u"response_latency_p99"_s,
                             u"response_size_average"_s,
                             u"response_size_p50"_s,
                             u"response_size_p95"_s,
                             u"response_size_p99"_s,
                             u"response_size_sum"_s,
                             u"upstream_latency_average"_s,
                             u"upstream_latency_p50"_s,
                             u"upstream_latency_p95"_s,
                             u"upstream_latency_p99"_s};
const QStringList apiDimensions{u"api"_s,
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
const QStringList cacheMetrics{u"cache_eviction_rate"_s, u"cache_expiration_rate"_s,
                               u"cache_items_average"_s, u"cache_memory_utilization_max"_s};
const QStringList cacheDimensions{u"control_plane"_s, u"data_plane_group"_s, u"managed_cache"_s,
                                  u"network"_s,       u"provider"_s,         u"provider_region"_s,
                                  u"time"_s};
// [SPEC] MetricsLLMUsageQuery
const QStringList llmMetrics{u"total_tokens"_s,
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
const QStringList llmDimensions{u"control_plane"_s,
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
const QStringList relativeRanges{u"15m"_s,
                                 u"1h"_s,
                                 u"6h"_s,
                                 u"12h"_s,
                                 u"24h"_s,
                                 u"7d"_s,
                                 u"30d"_s,
                                 u"current_week"_s,
                                 u"current_month"_s,
                                 u"previous_week"_s,
                                 u"previous_month"_s};

const QMap<QString, qint64> granularityMs{
    {u"tenSecondly"_s, 10000},   {u"thirtySecondly"_s, 30000}, {u"minutely"_s, 60000},
    {u"fiveMinutely"_s, 300000}, {u"tenMinutely"_s, 600000},   {u"thirtyMinutely"_s, 1800000},
    {u"hourly"_s, 3600000},      {u"twoHourly"_s, 7200000},    {u"twelveHourly"_s, 43200000},
    {u"daily"_s, 86400000},      {u"weekly"_s, 604800000}};

// [SPEC analytics] granularities each relative range allows; the first is our default.
QStringList allowedGranularities(const QString &range) {
    static const QHash<QString, QStringList> table{
        {u"15m"_s, {u"minutely"_s, u"tenSecondly"_s, u"thirtySecondly"_s}},
        {u"1h"_s,
         {u"minutely"_s, u"tenSecondly"_s, u"thirtySecondly"_s, u"fiveMinutely"_s,
          u"tenMinutely"_s}},
        {u"6h"_s,
         {u"fiveMinutely"_s, u"thirtySecondly"_s, u"minutely"_s, u"tenMinutely"_s,
          u"thirtyMinutely"_s, u"hourly"_s}},
        {u"12h"_s,
         {u"tenMinutely"_s, u"minutely"_s, u"fiveMinutely"_s, u"thirtyMinutely"_s, u"hourly"_s}},
        {u"24h"_s, {u"hourly"_s, u"fiveMinutely"_s, u"tenMinutely"_s, u"thirtyMinutely"_s}},
        {u"7d"_s,
         {u"twoHourly"_s, u"thirtyMinutely"_s, u"hourly"_s, u"twelveHourly"_s, u"daily"_s}},
        {u"30d"_s, {u"daily"_s, u"hourly"_s, u"twoHourly"_s, u"twelveHourly"_s, u"weekly"_s}},
        {u"current_week"_s,
         {u"hourly"_s, u"thirtyMinutely"_s, u"twoHourly"_s, u"twelveHourly"_s, u"daily"_s}},
        {u"previous_week"_s,
         {u"hourly"_s, u"thirtyMinutely"_s, u"twoHourly"_s, u"twelveHourly"_s, u"daily"_s}},
        {u"current_month"_s,
         {u"daily"_s, u"hourly"_s, u"twoHourly"_s, u"twelveHourly"_s, u"weekly"_s}},
        {u"previous_month"_s,
         {u"daily"_s, u"hourly"_s, u"twoHourly"_s, u"twelveHourly"_s, u"weekly"_s}}};
    return table.value(range);
}

qint64 rangeMs(const QString &range) {
    static const QHash<QString, qint64> table{{u"15m"_s, 900000LL},    {u"1h"_s, 3600000LL},
                                              {u"6h"_s, 21600000LL},   {u"12h"_s, 43200000LL},
                                              {u"24h"_s, 86400000LL},  {u"7d"_s, 604800000LL},
                                              {u"30d"_s, 2592000000LL}};
    return table.value(range);
}

SimResponse bad(const QString &field, const QString &reason, const QString &rule,
                const QJsonObject &extra = {}) {
    return SimResponse::invalid(field, reason, rule, extra);
}

SimResponse answer(Organisation &org, SimRequest &request) {
    const QJsonObject &body = request.json;
    if (auto error = checkUnknownProperties(body, {u"datasource"_s, u"metrics"_s, u"dimensions"_s,
                                                   u"filters"_s, u"granularity"_s, u"time_range"_s,
                                                   u"limit"_s}))
        return *error;
    const QString datasource = body.value(u"datasource"_s).toString(u"api_usage"_s);
    const bool cacheSource = datasource == u"managed_cache_usage"_s;
    const bool llmSource = datasource == u"llm_usage"_s;
    if (datasource != u"api_usage"_s && !cacheSource && !llmSource
        && datasource != u"agentic_usage"_s)
        return bad(
            u"datasource"_s, u"unknown datasource"_s, u"enum"_s,
            QJsonObject{{u"choices"_s, QJsonArray{u"api_usage"_s, u"llm_usage"_s,
                                                  u"agentic_usage"_s, u"managed_cache_usage"_s}}});
    const QStringList &knownMetrics = cacheSource ? cacheMetrics
                                      : llmSource ? llmMetrics
                                                  : apiMetrics;
    const QStringList &knownDimensions = cacheSource ? cacheDimensions
                                         : llmSource ? llmDimensions
                                                     : apiDimensions;

    QStringList metrics;
    for (const QJsonValue &value : body.value(u"metrics"_s).toArray())
        metrics.append(value.toString());
    if (metrics.isEmpty())
        metrics.append(cacheSource ? u"cache_memory_utilization_max"_s
                       : llmSource ? u"ai_request_count"_s
                                   : u"request_count"_s);
    if (metrics.size() > 3)
        return bad(u"metrics"_s, u"metrics must contain at most 3 items"_s, u"max_items"_s,
                   QJsonObject{{u"maximum"_s, 3}});
    for (const QString &metric : metrics) {
        if (!knownMetrics.contains(metric))
            return bad(u"metrics"_s, u"unknown metric %1"_s.arg(metric), u"enum"_s,
                       QJsonObject{{u"choices"_s, QJsonArray::fromStringList(knownMetrics)}});
    }
    QStringList dimensions;
    for (const QJsonValue &value : body.value(u"dimensions"_s).toArray())
        dimensions.append(value.toString());
    if (dimensions.size() > 2)
        return bad(u"dimensions"_s, u"dimensions must contain at most 2 items"_s, u"max_items"_s,
                   QJsonObject{{u"maximum"_s, 2}});
    for (const QString &dimension : dimensions) {
        if (!knownDimensions.contains(dimension))
            return bad(u"dimensions"_s, u"unknown dimension %1"_s.arg(dimension), u"enum"_s,
                       QJsonObject{{u"choices"_s, QJsonArray::fromStringList(knownDimensions)}});
    }
    const QJsonArray filters = body.value(u"filters"_s).toArray();
    for (qsizetype i = 0; i < filters.size(); ++i) {
        const QJsonObject filter = filters.at(i).toObject();
        const QString op = filter.value(u"operator"_s).toString();
        const QString field = u"filters[%1]"_s.arg(i);
        if (!QStringList{u"in"_s, u"not_in"_s, u"empty"_s, u"not_empty"_s}.contains(op))
            return bad(field + u".operator"_s, u"operator must be in, not_in, empty or not_empty"_s,
                       u"enum"_s);
        if (!knownDimensions.contains(filter.value(u"field"_s).toString())
            || filter.value(u"field"_s).toString() == u"time"_s)
            return bad(field + u".field"_s, u"unknown filter field"_s, u"enum"_s);
        if ((op == u"in"_s || op == u"not_in"_s) && !filter.value(u"value"_s).isArray())
            return bad(field + u".value"_s, u"value must be an array"_s, u"is_array"_s);
    }
    const int limit = body.contains(u"limit"_s) ? body.value(u"limit"_s).toInt(-1) : 50;
    if (limit < 1 || limit > 1000)
        return bad(u"limit"_s, u"limit must be between 1 and 1000"_s, u"max"_s,
                   QJsonObject{{u"maximum"_s, 1000}});

    // Time range and granularity.
    const QJsonObject range =
        body.value(u"time_range"_s)
            .toObject(QJsonObject{{u"type"_s, u"relative"_s}, {u"time_range"_s, u"1h"_s}});
    const qint64 now = org.clock().nowMs();
    const qint64 retention = (cacheSource ? 7LL : 32LL) * 86400000LL;
    QString granularity = body.value(u"granularity"_s).toString();
    if (!granularity.isEmpty() && !granularityMs.contains(granularity))
        return bad(u"granularity"_s, u"unknown granularity"_s, u"enum"_s,
                   QJsonObject{{u"choices"_s, QJsonArray::fromStringList(granularityMs.keys())}});
    qint64 start = 0;
    qint64 end = 0;
    const QString type = range.value(u"type"_s).toString();
    if (type == u"relative"_s) {
        const QString relative = range.value(u"time_range"_s).toString();
        if (!relativeRanges.contains(relative))
            return bad(u"time_range.time_range"_s, u"unknown relative time range"_s, u"enum"_s,
                       QJsonObject{{u"choices"_s, QJsonArray::fromStringList(relativeRanges)}});
        const QStringList allowed = allowedGranularities(relative);
        if (granularity.isEmpty())
            granularity = allowed.first();
        else if (!allowed.contains(granularity))
            return bad(u"granularity"_s,
                       u"granularity %1 is not allowed for time range %2; use one of %3"_s.arg(
                           granularity, relative, allowed.join(u", "_s)),
                       u"enum"_s, QJsonObject{{u"choices"_s, QJsonArray::fromStringList(allowed)}});
        qint64 span = rangeMs(relative);
        if (span == 0)
            span = relative.endsWith(u"month"_s) ? 30LL * 86400000 : 7LL * 86400000;
        if (span > retention)
            return bad(u"time_range"_s, u"the managed cache datasource keeps 7 days"_s,
                       u"invalid"_s);
        const qint64 bucket = granularityMs.value(granularity);
        end = (now / bucket + 1) * bucket;
        start = ((now - span) / bucket) * bucket;
    } else if (type == u"absolute"_s) {
        const QDateTime from =
            QDateTime::fromString(range.value(u"start"_s).toString(), Qt::ISODateWithMs);
        const QDateTime to =
            QDateTime::fromString(range.value(u"end"_s).toString(), Qt::ISODateWithMs);
        if (!from.isValid() || !to.isValid() || from >= to)
            return bad(u"time_range"_s, u"start and end must be date-times with start < end"_s,
                       u"is_date_time"_s);
        if (from.toMSecsSinceEpoch() < now - retention)
            return bad(u"time_range.start"_s, u"start is outside the retention window"_s,
                       u"invalid"_s);
        granularity = u"daily"_s; // any absolute range is daily [SPEC]
        const qint64 bucket = granularityMs.value(granularity);
        start = from.toMSecsSinceEpoch() / bucket * bucket;
        end = (to.toMSecsSinceEpoch() + bucket - 1) / bucket * bucket;
    } else {
        return bad(u"time_range.type"_s, u"type must be relative or absolute"_s, u"enum"_s);
    }
    const qint64 bucketMs = granularityMs.value(granularity);
    const bool byTime = dimensions.contains(u"time"_s);

    // Samples for every group of every control plane in this geo.
    SliceNeeds needs;
    needs.source = cacheSource ? SliceNeeds::Source::Cache
                   : llmSource ? SliceNeeds::Source::Llm
                               : SliceNeeds::Source::Api;
    needs.start = start;
    needs.end = end;
    needs.bucketMs = bucketMs;
    needs.now = now;
    const bool byStatus =
        !cacheSource && std::any_of(dimensions.begin(), dimensions.end(), [](const QString &d) {
            return d.contains(u"status_code"_s) || d == u"response_source"_s;
        });
    bool filterStatus = false;
    bool byCache = dimensions.contains(u"cache_status"_s);
    bool byNode = dimensions.contains(u"data_plane_node"_s)
                  || dimensions.contains(u"data_plane_node_version"_s);
    for (const QJsonValue &value : filters) {
        const QString field = value.toObject().value(u"field"_s).toString();
        filterStatus =
            filterStatus || field.contains(u"status_code"_s) || field == u"response_source"_s;
        byCache = byCache || field == u"cache_status"_s;
        byNode = byNode || field.startsWith(u"data_plane_node"_s);
    }
    needs.byStatus = byStatus || filterStatus;
    needs.byCache = byCache;
    needs.byNode = byNode;
    DisplayNames display;
    const QList<Slice> slices = collectSlices(org, request.host, needs, &display);

    // Group by (time bucket, non-time dimension values) with the cardinality limit.
    QStringList groupBy;
    for (const QString &dimension : dimensions) {
        if (dimension != u"time"_s)
            groupBy.append(dimension);
    }
    QMap<std::pair<qint64, QStringList>, Accumulator> rows;
    QHash<QString, double> volume; // first grouping dimension value -> requests, for the limit
    for (const Slice &slice : slices) {
        if (!passes(slice, filters))
            continue;
        if (!groupBy.isEmpty())
            volume[slice.dims.value(groupBy.first())] +=
                slice.cache ? 1 : slice.sample.requests * slice.fraction;
    }
    QSet<QString> kept;
    bool truncated = false;
    if (!groupBy.isEmpty()) {
        QList<std::pair<double, QString>> ranked;
        for (auto it = volume.cbegin(); it != volume.cend(); ++it)
            ranked.append({-it.value(), it.key()});
        std::sort(ranked.begin(), ranked.end());
        for (qsizetype i = 0; i < ranked.size(); ++i) {
            if (i < limit)
                kept.insert(ranked.at(i).second);
            else
                truncated = true;
        }
    }
    for (const Slice &slice : slices) {
        if (!passes(slice, filters))
            continue;
        QStringList key;
        bool missing = false;
        for (qsizetype i = 0; i < groupBy.size(); ++i) {
            QString value = slice.dims.value(groupBy.at(i));
            if (value.isEmpty())
                missing = true; // e.g. route: the simulator has no such entity
            if (i == 0 && !kept.contains(value))
                value = u"____OTHER____"_s;
            key.append(value);
        }
        if (missing)
            continue;
        const qint64 bucket = byTime ? slice.dims.value(u"time"_s).toLongLong() : start;
        rows[{bucket, key}].add(slice);
    }

    QJsonArray data;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QJsonObject event;
        for (qsizetype i = 0; i < groupBy.size(); ++i)
            event.insert(groupBy.at(i), it.key().second.at(i));
        const qint64 span = byTime ? bucketMs : end - start;
        for (const QString &metric : metrics)
            event.insert(metric, it.value().value(metric, span));
        data.append(QJsonObject{
            {u"timestamp"_s,
             QDateTime::fromMSecsSinceEpoch(it.key().first, Qt::UTC).toString(Qt::ISODate)},
            {u"event"_s, event}});
    }
    QJsonObject displayJson;
    for (const QString &dimension : groupBy) {
        const auto names = display.value(dimension);
        if (names.isEmpty())
            continue;
        QJsonObject entries;
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            entries.insert(
                it.key(),
                QJsonObject{{u"id"_s, it.key()}, {u"name"_s, it.value()}, {u"deleted"_s, false}});
        displayJson.insert(dimension, entries);
    }
    QJsonObject units;
    for (const QString &metric : metrics)
        units.insert(metric, unitOf(metric));
    const auto iso = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    };
    return SimResponse::json(200,
                             QJsonObject{{u"data"_s, data},
                                         {u"meta"_s, QJsonObject{{u"start"_s, iso(start)},
                                                                 {u"end"_s, iso(end)},
                                                                 {u"display"_s, displayJson},
                                                                 {u"metric_units"_s, units},
                                                                 {u"granularity_ms"_s, bucketMs},
                                                                 {u"truncated"_s, truncated},
                                                                 {u"limit"_s, limit},
                                                                 {u"query_id"_s, org.newId()}}}});
}
} // namespace

void registerMetricsApi(Router &router, Organisation &org) {
    router.add("POST", HostKind::Regional, u"/v2/metrics"_s,
               [&org](SimRequest &request) { return answer(org, request); });
}

} // namespace kd::sim
