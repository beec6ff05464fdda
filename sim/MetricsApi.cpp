#include "sim/Api.h"
#include "sim/Paging.h"
#include "sim/TrafficModel.h"

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

struct Slice {
    QHash<QString, QString> dims;
    TrafficSample sample;
    double fraction = 1; // share of sample.requests in this slice
    bool cache = false;
    CacheSample cacheSample;
};

struct Accumulator {
    double requests = 0, errors = 0, hits = 0, misses = 0;
    double latency[4][4] = {}; // response, upstream, kong, internal; weighted sums
    double size[2][4] = {};
    double cacheMax = 0, evictions = 0, expirations = 0, items = 0;
    QSet<QString> cacheBuckets; // rates and averages are per bucket, summed over groups
    void add(const Slice &slice) {
        const TrafficSample &s = slice.sample;
        const double n = s.requests * slice.fraction;
        requests += n;
        errors +=
            (s.errors4xx + s.errors5xx + s.limitedByKong + s.limitedUpstream) * slice.fraction;
        hits += s.hits * slice.fraction;
        misses += s.misses * slice.fraction;
        const double *series[4] = {s.response, s.upstream, s.kong, s.kongInternal};
        for (int k = 0; k < 4; ++k)
            for (int p = 0; p < 4; ++p)
                latency[k][p] += series[k][p] * n;
        for (int p = 0; p < 4; ++p) {
            size[0][p] += s.requestSize[p] * n;
            size[1][p] += s.responseSize[p] * n;
        }
        if (slice.cache) {
            cacheMax = std::max(cacheMax, slice.cacheSample.memoryUtilization);
            evictions += slice.cacheSample.evictionsPerMinute;
            expirations += slice.cacheSample.expirationsPerMinute;
            items += slice.cacheSample.itemsAverage;
            cacheBuckets.insert(slice.dims.value(u"time"_s));
        }
    }
    QJsonValue value(const QString &metric, qint64 bucketMs) const {
        const auto round = [](double v) { return std::round(v * 100) / 100; };
        const auto weighted = [&](double sum) {
            return requests > 0 ? round(sum / requests) : 0.0;
        };
        static const QStringList kinds{u"response_latency"_s, u"upstream_latency"_s,
                                       u"kong_latency"_s, u"kong_internal_latency"_s};
        static const QStringList stats{u"average"_s, u"p50"_s, u"p95"_s, u"p99"_s};
        if (metric == u"request_count"_s)
            return std::round(requests);
        if (metric == u"request_per_minute"_s)
            return round(requests / (static_cast<double>(bucketMs) / 60000.0));
        if (metric == u"error_rate"_s)
            return requests > 0 ? round(errors / requests * 100) : 0.0;
        if (metric == u"cache_hit_rate"_s)
            return hits + misses > 0 ? round(hits / (hits + misses) * 100) : 0.0;
        if (metric == u"cache_memory_utilization_max"_s)
            return round(cacheMax);
        const double buckets = std::max<qsizetype>(1, cacheBuckets.size());
        if (metric == u"cache_eviction_rate"_s)
            return round(evictions / buckets);
        if (metric == u"cache_expiration_rate"_s)
            return round(expirations / buckets);
        if (metric == u"cache_items_average"_s)
            return std::round(items / buckets);
        for (int k = 0; k < 4; ++k) {
            for (int p = 0; p < 4; ++p) {
                if (metric == kinds[k] + u'_' + stats[p])
                    return weighted(latency[k][p]);
            }
        }
        for (int which = 0; which < 2; ++which) {
            const QString prefix = which == 0 ? u"request_size_"_s : u"response_size_"_s;
            if (metric == prefix + u"sum"_s)
                return std::round(size[which][0]);
            for (int p = 0; p < 4; ++p) {
                if (metric == prefix + stats[p])
                    return weighted(size[which][p]);
            }
        }
        return 0;
    }
};

QString unitOf(const QString &metric) {
    if (metric.contains(u"latency"_s))
        return u"ms"_s;
    if (metric.startsWith(u"request_size"_s) || metric.startsWith(u"response_size"_s))
        return u"bytes"_s;
    return u"count"_s;
}

// Splits one sample into status/source/cache slices, only as far as the query needs.
QList<Slice> expand(const Slice &base, bool byStatus, bool byCache) {
    QList<Slice> result;
    const TrafficSample &s = base.sample;
    if (s.requests <= 0 && !base.cache)
        return result;
    QList<Slice> statusSlices;
    if (byStatus) {
        const double ok =
            s.requests - s.errors4xx - s.errors5xx - s.limitedByKong - s.limitedUpstream;
        const struct {
            const char *code;
            const char *group;
            const char *source;
            double count;
        } parts[] = {{"200", "2XX", "upstream", ok},
                     {"404", "4XX", "upstream", s.errors4xx},
                     {"429", "4XX", "kong", s.limitedByKong},
                     {"429", "4XX", "upstream", s.limitedUpstream},
                     {"503", "5XX", "upstream", s.errors5xx}};
        for (const auto &part : parts) {
            if (part.count <= 0)
                continue;
            Slice slice = base;
            slice.fraction = base.fraction * part.count / s.requests;
            slice.dims.insert(u"status_code"_s, QString::fromLatin1(part.code));
            slice.dims.insert(u"status_code_grouped"_s, QString::fromLatin1(part.group));
            slice.dims.insert(u"upstream_status_code"_s, QString::fromLatin1(part.code));
            slice.dims.insert(u"upstream_status_code_grouped"_s, QString::fromLatin1(part.group));
            slice.dims.insert(u"response_source"_s, QString::fromLatin1(part.source));
            statusSlices.append(slice);
        }
    } else {
        statusSlices.append(base);
    }
    if (!byCache)
        return statusSlices;
    const double total = s.hits + s.misses + s.bypass;
    for (const Slice &slice : statusSlices) {
        if (total <= 0)
            continue; // no proxy cache: no cache_status
        for (const auto &[status, count] :
             {std::pair{u"Hit"_s, s.hits}, std::pair{u"Miss"_s, s.misses},
              std::pair{u"Bypass"_s, s.bypass}}) {
            Slice part = slice;
            part.fraction = slice.fraction * count / total;
            part.dims.insert(u"cache_status"_s, status);
            result.append(part);
        }
    }
    return result;
}

bool passes(const Slice &slice, const QJsonArray &filters) {
    for (const QJsonValue &value : filters) {
        const QJsonObject filter = value.toObject();
        const QString op = filter.value(u"operator"_s).toString();
        const QString field = filter.value(u"field"_s).toString();
        const bool has = slice.dims.contains(field) && !slice.dims.value(field).isEmpty();
        if (op == u"empty"_s && has)
            return false;
        if (op == u"not_empty"_s && !has)
            return false;
        if (op == u"in"_s || op == u"not_in"_s) {
            bool found = false;
            for (const QJsonValue &wanted : filter.value(u"value"_s).toArray()) {
                const QString text =
                    wanted.isDouble() ? QString::number(wanted.toInt()) : wanted.toString();
                found = found || (has && slice.dims.value(field) == text);
            }
            if ((op == u"in"_s) != found)
                return false;
        }
    }
    return true;
}

double limitPerSecond(const EntityTable &plugins) {
    double limit = 0;
    for (const QString &id : plugins.ids()) {
        const QJsonObject &plugin = *plugins.find(id);
        if (!plugin.value(u"enabled"_s).toBool(true))
            continue;
        const QString name = plugin.value(u"name"_s).toString();
        const QJsonObject config = plugin.value(u"config"_s).toObject();
        double perSecond = 0;
        if (name == u"rate-limiting-advanced"_s) {
            const double window = config.value(u"window_size"_s).toArray().at(0).toDouble();
            if (window > 0)
                perSecond = config.value(u"limit"_s).toArray().at(0).toDouble() / window;
        } else if (name == u"rate-limiting"_s) {
            if (config.contains(u"second"_s))
                perSecond = config.value(u"second"_s).toDouble();
            else if (config.contains(u"minute"_s))
                perSecond = config.value(u"minute"_s).toDouble() / 60;
            else if (config.contains(u"hour"_s))
                perSecond = config.value(u"hour"_s).toDouble() / 3600;
        }
        if (perSecond > 0 && (limit == 0 || perSecond < limit))
            limit = perSecond;
    }
    return limit;
}

bool hasProxyCache(const EntityTable &plugins) {
    return plugins.findIf([](const QJsonObject &plugin) {
        const QString name = plugin.value(u"name"_s).toString();
        return plugin.value(u"enabled"_s).toBool(true)
               && (name == u"proxy-cache"_s || name == u"proxy-cache-advanced"_s);
    }) != nullptr;
}

SimResponse answer(Organisation &org, SimRequest &request) {
    const QJsonObject &body = request.json;
    if (auto error = checkUnknownProperties(body, {u"datasource"_s, u"metrics"_s, u"dimensions"_s,
                                                   u"filters"_s, u"granularity"_s, u"time_range"_s,
                                                   u"limit"_s}))
        return *error;
    const QString datasource = body.value(u"datasource"_s).toString(u"api_usage"_s);
    const bool cacheSource = datasource == u"managed_cache_usage"_s;
    if (datasource != u"api_usage"_s && !cacheSource && datasource != u"llm_usage"_s
        && datasource != u"agentic_usage"_s)
        return bad(
            u"datasource"_s, u"unknown datasource"_s, u"enum"_s,
            QJsonObject{{u"choices"_s, QJsonArray{u"api_usage"_s, u"llm_usage"_s,
                                                  u"agentic_usage"_s, u"managed_cache_usage"_s}}});
    const QStringList &knownMetrics = cacheSource ? cacheMetrics : apiMetrics;
    const QStringList &knownDimensions = cacheSource ? cacheDimensions : apiDimensions;

    QStringList metrics;
    for (const QJsonValue &value : body.value(u"metrics"_s).toArray())
        metrics.append(value.toString());
    if (metrics.isEmpty())
        metrics.append(cacheSource ? u"cache_memory_utilization_max"_s : u"request_count"_s);
    if (metrics.size() > 3)
        return bad(u"metrics"_s, u"metrics must contain at most 3 items"_s, u"max_items"_s,
                   QJsonObject{{u"maximum"_s, 3}});
    for (const QString &metric : metrics) {
        if (datasource != u"llm_usage"_s && !knownMetrics.contains(metric))
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
        if (datasource != u"llm_usage"_s && !knownDimensions.contains(dimension))
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
    QList<Slice> slices;
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
    QHash<QString, QHash<QString, QString>> display;
    const EntityTable &planes = org.controlPlanes[request.host];
    for (const QString &cpId : planes.ids()) {
        const QJsonObject *configuration = org.configurationFor(cpId);
        if (!configuration)
            continue;
        display[u"control_plane"_s].insert(cpId, planes.find(cpId)->value(u"name"_s).toString());
        const EntityTable &plugins = org.plugins[cpId];
        const QJsonArray groups = configuration->value(u"dataplane_groups"_s).toArray();
        double cpDemand = 0;
        for (const QJsonValue &group : groups) {
            if (group.toObject().value(u"state"_s).toString() == u"ready"_s)
                cpDemand += group.toObject()
                                .value(u"autoscale"_s)
                                .toObject()
                                .value(u"base_rps"_s)
                                .toDouble(100)
                            * 0.5;
        }
        const double limitRps = limitPerSecond(plugins);
        const bool proxyCache = hasProxyCache(plugins);
        const QJsonObject *addOn = org.addOnFor(cpId);
        for (const QJsonValue &value : groups) {
            const QJsonObject group = value.toObject();
            if (group.value(u"state"_s).toString() != u"ready"_s)
                continue;
            const QString groupId = group.value(u"id"_s).toString();
            const QString provider = group.value(u"provider"_s).toString();
            const QString region = group.value(u"region"_s).toString();
            Slice base;
            base.dims.insert(u"control_plane"_s, cpId);
            base.dims.insert(u"data_plane_group"_s, groupId);
            base.dims.insert(u"provider"_s, provider);
            base.dims.insert(u"provider_region"_s, region);
            base.dims.insert(u"network"_s, group.value(u"cloud_gateway_network_id"_s).toString());
            display[u"data_plane_group"_s].insert(groupId, provider + u' ' + region);
            if (cacheSource) {
                if (!addOn || addOn->value(u"state"_s).toString() != u"ready"_s)
                    continue;
                const QJsonObject config = addOn->value(u"config"_s).toObject();
                bool served = false;
                for (const QJsonValue &g : config.value(u"data_plane_groups"_s).toArray())
                    served = served || g.toObject().value(u"id"_s).toString() == groupId;
                if (!served)
                    continue;
                const QString addOnId = addOn->value(u"id"_s).toString();
                base.dims.insert(u"managed_cache"_s, addOnId);
                display[u"managed_cache"_s].insert(addOnId, addOn->value(u"name"_s).toString());
                const QString tier =
                    config.value(u"capacity_config"_s).toObject().value(u"tier"_s).toString();
                for (qint64 t = start; t < end && t + bucketMs <= now; t += bucketMs) {
                    Slice slice = base;
                    slice.cache = true;
                    slice.cacheSample = sampleCache(addOnId, groupId, tier, t);
                    slice.dims.insert(u"time"_s, QString::number(t));
                    slices.append(slice);
                }
                continue;
            }
            GroupTraffic traffic{
                groupId,
                provider,
                group.value(u"autoscale"_s).toObject().value(u"base_rps"_s).toDouble(100),
                cpDemand,
                limitRps,
                proxyCache};
            QList<QJsonObject> nodes;
            if (byNode) {
                for (const QJsonObject &node : org.nodes[cpId].values()) {
                    if (node.value(u"data_plane_group_id"_s).toString() == groupId)
                        nodes.append(node);
                }
            }
            for (qint64 t = start; t < end && t + bucketMs <= now; t += bucketMs) {
                TrafficSample sample;
                if (!sampleTraffic(traffic, t, bucketMs, &sample))
                    continue;
                Slice slice = base;
                slice.sample = sample;
                slice.dims.insert(u"time"_s, QString::number(t));
                QList<Slice> perNode;
                if (byNode && !nodes.isEmpty()) {
                    for (const QJsonObject &node : nodes) {
                        Slice part = slice;
                        part.fraction = 1.0 / static_cast<double>(nodes.size());
                        const QString scoped = cpId + u':' + node.value(u"id"_s).toString();
                        part.dims.insert(u"data_plane_node"_s, scoped);
                        part.dims.insert(u"data_plane_node_version"_s,
                                         node.value(u"version"_s).toString());
                        display[u"data_plane_node"_s].insert(scoped,
                                                             node.value(u"hostname"_s).toString());
                        perNode.append(part);
                    }
                } else {
                    perNode.append(slice);
                }
                for (const Slice &part : perNode) {
                    slices.append(expand(part, byStatus || filterStatus, byCache));
                }
            }
        }
    }

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
