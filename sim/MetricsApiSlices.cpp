#include "sim/MetricsApiSlices.h"

#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kd::sim {

namespace {
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
// The providers and models a control plane's AI plugins send to: ai-proxy names one model,
// the AI rate limits name providers (their model is the provider's usual one).
struct AiRoute {
    QString provider;
    QString model;
    QString plugin;
};

QList<AiRoute> aiRoutes(const EntityTable &plugins) {
    static const QHash<QString, QString> usualModel{{u"openai"_s, u"gpt-4o-mini"_s},
                                                    {u"azure"_s, u"gpt-4o"_s},
                                                    {u"anthropic"_s, u"claude-3-5-sonnet"_s},
                                                    {u"mistral"_s, u"mistral-large"_s}};
    QList<AiRoute> routes;
    for (const QString &id : plugins.ids()) {
        const QJsonObject &plugin = *plugins.find(id);
        const QString name = plugin.value(u"name"_s).toString();
        if (!name.startsWith(u"ai-"_s) || !plugin.value(u"enabled"_s).toBool(true))
            continue;
        const QJsonObject config = plugin.value(u"config"_s).toObject();
        const QJsonObject model = config.value(u"model"_s).toObject();
        if (!model.value(u"provider"_s).toString().isEmpty()) {
            routes.append({model.value(u"provider"_s).toString(),
                           model.value(u"name"_s).toString(u"default"_s), name});
            continue;
        }
        for (const QJsonValue &provider : config.value(u"llm_providers"_s).toArray()) {
            const QString providerName = provider.toObject().value(u"name"_s).toString();
            if (!providerName.isEmpty())
                routes.append({providerName, usualModel.value(providerName, u"default"_s), name});
        }
    }
    return routes;
}

} // namespace

void Accumulator::add(const Slice &slice) {
    if (slice.llm) {
        const LlmSample &l = slice.llmSample;
        llm.latencyMs += l.latencyMs * l.requests;
        llm.requests += l.requests;
        llm.errors += l.errors;
        llm.promptTokens += l.promptTokens;
        llm.completionTokens += l.completionTokens;
        llm.cost += l.cost;
        return;
    }
    const TrafficSample &s = slice.sample;
    const double n = s.requests * slice.fraction;
    requests += n;
    errors += (s.errors4xx + s.errors5xx + s.limitedByKong + s.limitedUpstream) * slice.fraction;
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

QJsonValue Accumulator::value(const QString &metric, qint64 bucketMs) const {
    const auto round = [](double v) { return std::round(v * 100) / 100; };
    const auto weighted = [&](double sum) { return requests > 0 ? round(sum / requests) : 0.0; };
    static const QStringList kinds{u"response_latency"_s, u"upstream_latency"_s, u"kong_latency"_s,
                                   u"kong_internal_latency"_s};
    static const QStringList stats{u"average"_s, u"p50"_s, u"p95"_s, u"p99"_s};
    if (llm.requests > 0) {
        if (metric == u"ai_request_count"_s)
            return std::round(llm.requests);
        if (metric == u"total_tokens"_s)
            return std::round(llm.promptTokens + llm.completionTokens);
        if (metric == u"prompt_tokens"_s)
            return std::round(llm.promptTokens);
        if (metric == u"completion_tokens"_s)
            return std::round(llm.completionTokens);
        if (metric == u"cost"_s)
            return std::round(llm.cost * 10000) / 10000;
        if (metric == u"error_rate"_s)
            return round(llm.errors / llm.requests * 100);
        if (metric == u"llm_latency_average"_s)
            return round(llm.latencyMs / llm.requests);
        return 0; // embeddings and the semantic cache: the simulator has none
    }
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

QString unitOf(const QString &metric) {
    // [INFER] tokens and cost are counts too: the spec lists no other unit.
    if (metric.contains(u"latency"_s))
        return u"ms"_s;
    if (metric.startsWith(u"request_size"_s) || metric.startsWith(u"response_size"_s))
        return u"bytes"_s;
    return u"count"_s;
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

QList<Slice> collectSlices(Organisation &org, const QString &host, const SliceNeeds &needs,
                           DisplayNames *display) {
    const EntityTable &planes = org.controlPlanes[host];
    const bool cache = needs.source == SliceNeeds::Source::Cache;
    QList<Slice> slices;
    for (const QString &cpId : planes.ids()) {
        const QJsonObject *configuration = org.configurationFor(cpId);
        if (!configuration)
            continue;
        (*display)[u"control_plane"_s].insert(cpId, planes.find(cpId)->value(u"name"_s).toString());
        const EntityTable &plugins = org.plugins[cpId];
        if (needs.source == SliceNeeds::Source::Llm) {
            for (const AiRoute &route : aiRoutes(plugins)) {
                (*display)[u"ai_provider"_s].insert(route.provider, route.provider);
                (*display)[u"ai_request_model"_s].insert(route.model, route.model);
                (*display)[u"ai_response_model"_s].insert(route.model, route.model);
                for (qint64 t = needs.start; t < needs.end && t + needs.bucketMs <= needs.now;
                     t += needs.bucketMs) {
                    Slice slice;
                    slice.llm = true;
                    slice.llmSample =
                        sampleLlm(cpId, route.provider, route.model, t, needs.bucketMs);
                    slice.dims = {
                        {u"control_plane"_s, cpId},           {u"ai_provider"_s, route.provider},
                        {u"ai_request_model"_s, route.model}, {u"ai_response_model"_s, route.model},
                        {u"ai_plugin"_s, route.plugin},       {u"status_code_grouped"_s, u"2XX"_s},
                        {u"time"_s, QString::number(t)}};
                    slices.append(slice);
                }
            }
            continue;
        }
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
            (*display)[u"data_plane_group"_s].insert(groupId, provider + u' ' + region);
            if (cache) {
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
                (*display)[u"managed_cache"_s].insert(addOnId, addOn->value(u"name"_s).toString());
                const QString tier =
                    config.value(u"capacity_config"_s).toObject().value(u"tier"_s).toString();
                for (qint64 t = needs.start; t < needs.end && t + needs.bucketMs <= needs.now;
                     t += needs.bucketMs) {
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
            if (needs.byNode) {
                for (const QJsonObject &node : org.nodes[cpId].values()) {
                    if (node.value(u"data_plane_group_id"_s).toString() == groupId)
                        nodes.append(node);
                }
            }
            for (qint64 t = needs.start; t < needs.end && t + needs.bucketMs <= needs.now;
                 t += needs.bucketMs) {
                TrafficSample sample;
                if (!sampleTraffic(traffic, t, needs.bucketMs, &sample))
                    continue;
                Slice slice = base;
                slice.sample = sample;
                slice.dims.insert(u"time"_s, QString::number(t));
                QList<Slice> perNode;
                if (needs.byNode && !nodes.isEmpty()) {
                    for (const QJsonObject &node : nodes) {
                        Slice part = slice;
                        part.fraction = 1.0 / static_cast<double>(nodes.size());
                        const QString scoped = cpId + u':' + node.value(u"id"_s).toString();
                        part.dims.insert(u"data_plane_node"_s, scoped);
                        part.dims.insert(u"data_plane_node_version"_s,
                                         node.value(u"version"_s).toString());
                        (*display)[u"data_plane_node"_s].insert(
                            scoped, node.value(u"hostname"_s).toString());
                        perNode.append(part);
                    }
                } else {
                    perNode.append(slice);
                }
                for (const Slice &part : perNode) {
                    slices.append(expand(part, needs.byStatus, needs.byCache));
                }
            }
        }
    }
    return slices;
}

} // namespace kd::sim
