#include "sim/TrafficModel.h"

#include <QHash>

#include <array>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace kd::sim {

namespace {
constexpr int consumers = 40;

// Consumer shares of traffic follow a Zipf law: a few heavy callers hit the limits first.
const std::array<double, consumers> &consumerShares() {
    static const std::array<double, consumers> shares = [] {
        std::array<double, consumers> result{};
        double total = 0;
        for (int k = 0; k < consumers; ++k)
            total += result[k] = 1.0 / std::pow(k + 1, 0.8);
        for (double &share : result)
            share /= total;
        return result;
    }();
    return shares;
}

double dailyCycle(qint64 ms) {
    const double hour = static_cast<double>(ms % 86400000) / 3600000.0;
    return 1.0 + 0.45 * std::sin((hour - 9.0) / 24.0 * 2 * std::numbers::pi);
}

double providerLatency(const QString &provider) {
    if (provider == u"azure"_s)
        return 16;
    if (provider == u"gcp"_s)
        return 21;
    return 12;
}

void fillPercentiles(double *out, double p50) {
    out[1] = p50;
    out[2] = p50 * 2.8;
    out[3] = p50 * 5.0;
    out[0] = p50 * 1.4;
}
} // namespace

double unitNoise(const QString &key, qint64 slot) {
    const size_t h = qHashMulti(0x5eed, key, slot);
    return static_cast<double>(h % 1000003) / 1000003.0;
}

double demandRps(const GroupTraffic &group, qint64 msSinceEpoch) {
    return group.baseRps * 0.5 * dailyCycle(msSinceEpoch);
}

double rateLimitedRps(double demand, double limitPerSecond) {
    if (limitPerSecond <= 0)
        return 0;
    double limited = 0;
    for (double share : consumerShares())
        limited += std::max(0.0, demand * share - limitPerSecond);
    return limited;
}

bool sampleTraffic(const GroupTraffic &group, qint64 bucketStartMs, qint64 bucketMs,
                   TrafficSample *sample) {
    // One bucket in two hundred is lost in telemetry: charts must show a gap, not a zero.
    if (unitNoise(group.groupId + u"gap"_s, bucketStartMs / bucketMs) < 0.005)
        return false;
    const double seconds = static_cast<double>(bucketMs) / 1000.0;
    const double middle = static_cast<double>(bucketStartMs) + static_cast<double>(bucketMs) / 2;
    const double jitter = 0.9 + 0.2 * unitNoise(group.groupId, bucketStartMs / bucketMs);
    const double demand = demandRps(group, static_cast<qint64>(middle)) * jitter;
    const bool incident = unitNoise(group.groupId + u"incident"_s, bucketStartMs / 600000) < 0.02;

    TrafficSample s;
    s.requests = demand * seconds;
    if (group.limitPerSecond > 0 && group.controlPlaneDemandRps > 0) {
        const double cpDemand = group.controlPlaneDemandRps * dailyCycle(bucketStartMs) * jitter;
        const double limited = rateLimitedRps(cpDemand, group.limitPerSecond);
        s.limitedByKong = std::min(s.requests, limited * (demand / cpDemand) * seconds);
    }
    s.limitedUpstream = s.requests * 0.001;
    const double served = s.requests - s.limitedByKong - s.limitedUpstream;
    s.errors5xx = served * (incident ? 0.09 : 0.003);
    s.errors4xx = served * 0.025;
    if (group.proxyCache) {
        const double hitShare =
            0.45 + 0.1 * unitNoise(group.groupId + u"cache"_s, bucketStartMs / bucketMs);
        s.hits = served * 0.7 * hitShare;
        s.misses = served * 0.7 * (1 - hitShare);
        s.bypass = served * 0.3;
    }
    const double load = std::min(2.0, demand / std::max(1.0, group.baseRps * 0.5));
    double p50 = providerLatency(group.provider) * (0.8 + 0.3 * load) * jitter;
    if (incident)
        p50 *= 3;
    fillPercentiles(s.response, p50);
    fillPercentiles(s.upstream, p50 * 0.85);
    fillPercentiles(s.kong, p50 * 0.15);
    fillPercentiles(s.kongInternal, p50 * 0.06);
    fillPercentiles(s.requestSize, 850);
    fillPercentiles(s.responseSize, 4200);
    *sample = s;
    return true;
}

LlmSample sampleLlm(const QString &controlPlaneId, const QString &provider, const QString &model,
                    qint64 bucketStartMs, qint64 bucketMs) {
    // US dollars per thousand prompt and completion tokens, roughly as listed in 2026.
    static const QHash<QString, std::pair<double, double>> prices{
        {u"gpt-4o"_s, {0.0025, 0.01}},
        {u"gpt-4o-mini"_s, {0.00015, 0.0006}},
        {u"claude-3-5-sonnet"_s, {0.003, 0.015}},
        {u"mistral-large"_s, {0.002, 0.006}}};
    const auto [promptPrice, completionPrice] = prices.value(model, std::pair{0.001, 0.003});
    const QString key = controlPlaneId + provider + model;
    const double seconds = static_cast<double>(bucketMs) / 1000.0;
    const double jitter = 0.85 + 0.3 * unitNoise(key, bucketStartMs / bucketMs);
    LlmSample sample;
    sample.requests = 0.8 * dailyCycle(bucketStartMs) * jitter * seconds;
    sample.promptTokens =
        sample.requests * (600 + 400 * unitNoise(key + u"p"_s, bucketStartMs / bucketMs));
    sample.completionTokens = sample.requests * 250;
    sample.cost =
        sample.promptTokens / 1000 * promptPrice + sample.completionTokens / 1000 * completionPrice;
    sample.errors = sample.requests * 0.01;
    sample.latencyMs = 900 + 600 * unitNoise(key + u"l"_s, bucketStartMs / bucketMs);
    return sample;
}

CacheSample sampleCache(const QString &addOnId, const QString &groupId, const QString &tier,
                        qint64 bucketStartMs) {
    static const QHash<QString, double> fill{{u"micro"_s, 72},  {u"small"_s, 58},
                                             {u"medium"_s, 47}, {u"large"_s, 38},
                                             {u"xlarge"_s, 30}, {u"2xlarge"_s, 25}};
    static const QHash<QString, double> gib{
        {u"micro"_s, 0.5},    {u"small"_s, 1},      {u"medium"_s, 3},    {u"large"_s, 6},
        {u"xlarge"_s, 12},    {u"2xlarge"_s, 25},   {u"4xlarge"_s, 52},  {u"8xlarge"_s, 100},
        {u"12xlarge"_s, 150}, {u"16xlarge"_s, 200}, {u"24xlarge"_s, 300}};
    const QString key = addOnId + groupId;
    CacheSample sample;
    sample.memoryUtilization =
        std::clamp(fill.value(tier, 22) + 12 * (dailyCycle(bucketStartMs) - 1) / 0.45
                       + 6 * unitNoise(key, bucketStartMs / 60000),
                   1.0, 99.0);
    sample.evictionsPerMinute =
        sample.memoryUtilization > 75 ? (sample.memoryUtilization - 75) * 40 : 0;
    sample.expirationsPerMinute = 150 * dailyCycle(bucketStartMs)
                                  * (0.8 + 0.4 * unitNoise(key + u"x"_s, bucketStartMs / 60000));
    sample.itemsAverage = gib.value(tier, 1) * 1e6 * sample.memoryUtilization / 100 * 0.3;
    return sample;
}

} // namespace kd::sim
