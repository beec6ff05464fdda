#pragma once

#include "sim/Organisation.h"
#include "sim/TrafficModel.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QSet>
#include <QString>

namespace kd::sim {

// The samples behind one /v2/metrics answer: a slice is one data-plane group (or cache, or
// AI route) in one bucket, labelled with every dimension it can be grouped or filtered by.
struct Slice {
    QHash<QString, QString> dims;
    TrafficSample sample;
    double fraction = 1; // share of sample.requests in this slice
    bool cache = false;
    CacheSample cacheSample;
    bool llm = false;
    LlmSample llmSample;
};

// Sums of slices grouped into one row; value() turns them into a metric as Konnect reports it.
struct Accumulator {
    double requests = 0, errors = 0, hits = 0, misses = 0;
    double latency[4][4] = {}; // response, upstream, kong, internal; weighted sums
    double size[2][4] = {};
    double cacheMax = 0, evictions = 0, expirations = 0, items = 0;
    QSet<QString> cacheBuckets; // rates and averages are per bucket, summed over groups
    LlmSample llm;              // sums; llm.latencyMs is weighted by requests
    void add(const Slice &slice);
    QJsonValue value(const QString &metric, qint64 bucketMs) const;
};

// What the query asks for, so that slices are split only as far as needed.
struct SliceNeeds {
    enum class Source { Api, Cache, Llm };
    Source source = Source::Api;
    bool byStatus = false;
    bool byCache = false;
    bool byNode = false;
    qint64 start = 0;
    qint64 end = 0;
    qint64 bucketMs = 60000;
    qint64 now = 0;
};

using DisplayNames = QHash<QString, QHash<QString, QString>>; // dimension -> id -> name

// Every slice of every control plane in `host` (a geo) between needs.start and needs.end.
QList<Slice> collectSlices(Organisation &org, const QString &host, const SliceNeeds &needs,
                           DisplayNames *display);
bool passes(const Slice &slice, const QJsonArray &filters);
// meta.metric_units: the spec knows ms, count and bytes.
QString unitOf(const QString &metric);

} // namespace kd::sim
