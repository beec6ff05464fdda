#pragma once

#include <QString>

namespace kd::sim {

// A deterministic model of the traffic a data-plane group serves: the same group and bucket
// always give the same numbers, so the same query at the same instant gets the same answer.
struct TrafficSample {
    double requests = 0;
    double errors4xx = 0; // excluding 429s
    double errors5xx = 0;
    double limitedByKong = 0; // 429s the rate-limiting plugins made
    double limitedUpstream = 0;
    double hits = 0;
    double misses = 0;
    double bypass = 0;
    double response[4] = {}; // average, p50, p95, p99 in ms
    double upstream[4] = {};
    double kong[4] = {};
    double kongInternal[4] = {};
    double requestSize[4] = {};
    double responseSize[4] = {};
};

struct GroupTraffic {
    QString groupId;
    QString provider;
    double baseRps = 100;
    double controlPlaneDemandRps = 0; // all groups of the control plane: the rate limit is shared
    double limitPerSecond = 0;        // 0: no rate limiting plugin
    bool proxyCache = false;
};

// Requests per second the group sees at msSinceEpoch, before any gap.
double demandRps(const GroupTraffic &group, qint64 msSinceEpoch);
// nullopt-like: returns false when the bucket is a telemetry gap.
bool sampleTraffic(const GroupTraffic &group, qint64 bucketStartMs, qint64 bucketMs,
                   TrafficSample *sample);
// 429s per second a per-consumer limit of limitPerSecond produces against demand.
double rateLimitedRps(double demand, double limitPerSecond);
double unitNoise(const QString &key, qint64 slot);

struct CacheSample {
    double memoryUtilization = 0; // percent
    double evictionsPerMinute = 0;
    double expirationsPerMinute = 0;
    double itemsAverage = 0;
};
// AI traffic through one control plane's AI plugins to one provider and model in a bucket.
struct LlmSample {
    double requests = 0;
    double errors = 0;
    double promptTokens = 0;
    double completionTokens = 0;
    double cost = 0;      // US dollars
    double latencyMs = 0; // average
};
// The price and size of a model are what make its cost; unknown models get a middle price.
LlmSample sampleLlm(const QString &controlPlaneId, const QString &provider, const QString &model,
                    qint64 bucketStartMs, qint64 bucketMs);

CacheSample sampleCache(const QString &addOnId, const QString &groupId, const QString &tier,
                        qint64 bucketStartMs);

} // namespace kd::sim
