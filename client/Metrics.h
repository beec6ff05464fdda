#pragma once

#include "client/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace kd {

// POST /v2/metrics ([SPEC] konnect-analytics-metrics-v2): at most 3 metrics and 2 dimensions
// a query, granularities allowed per time range, 32 days back (7 for managed caches).
enum class Datasource { ApiUsage, ManagedCacheUsage, LlmUsage };
QString datasourceId(Datasource datasource);
enum class TimeRange { Minutes15, Hour1, Hours6, Hours12, Hours24, Days7, Days30 };
enum class Granularity {
    TenSecondly,
    ThirtySecondly,
    Minutely,
    FiveMinutely,
    TenMinutely,
    ThirtyMinutely,
    Hourly,
    TwoHourly,
    TwelveHourly,
    Daily,
    Weekly
};

QString timeRangeId(TimeRange range);
qint64 timeRangeMs(TimeRange range);
QString granularityId(Granularity granularity);
qint64 granularityMs(Granularity granularity);

struct MetricsFilter {
    QString field;
    QString op = QStringLiteral("in"); // in | not_in | empty | not_empty
    QStringList values;
    friend bool operator==(const MetricsFilter &, const MetricsFilter &) = default;
};

class MetricsQuery final {
public:
    static constexpr int maxMetrics = 3;
    static constexpr int maxDimensions = 2;

    explicit MetricsQuery(Datasource datasource = Datasource::ApiUsage);

    MetricsQuery &metric(const QString &name);
    MetricsQuery &dimension(const QString &name);
    MetricsQuery &filter(const QString &field, const QStringList &values,
                         const QString &op = QStringLiteral("in"));
    MetricsQuery &range(TimeRange range);
    MetricsQuery &granularity(Granularity granularity);
    MetricsQuery &limit(int limit);

    Datasource datasource() const { return m_datasource; }
    const QStringList &metrics() const { return m_metrics; }
    const QStringList &dimensions() const { return m_dimensions; }
    const QList<MetricsFilter> &filters() const { return m_filters; }
    TimeRange timeRange() const { return m_range; }
    Granularity effectiveGranularity() const;

    static QList<Granularity> allowedGranularities(TimeRange range);
    static const QStringList &knownMetrics(Datasource datasource);
    static const QStringList &knownDimensions(Datasource datasource);

    // The spec's rules, checked before anything is sent.
    std::optional<Error> validate() const;
    QByteArray body() const;
    // Two queries asking for the same data (for sharing one query between charts).
    QString key() const;

private:
    Datasource m_datasource;
    QStringList m_metrics;
    QStringList m_dimensions;
    QList<MetricsFilter> m_filters;
    TimeRange m_range = TimeRange::Hour1;
    std::optional<Granularity> m_granularity;
    int m_limit = 50;
};

struct MetricsRow {
    QDateTime timestamp;
    QMap<QString, QString> dimensions;
    QMap<QString, double> values;
};

struct DisplayEntry {
    QString name;
    bool deleted = false;
};

struct MetricsResult {
    QList<MetricsRow> rows;
    QDateTime start;
    QDateTime end;
    qint64 granularityMs = 0;
    bool truncated = false;
    int limit = 0;
    QString queryId;
    QMap<QString, QString> units;                       // metric -> ms | count | bytes
    QMap<QString, QMap<QString, DisplayEntry>> display; // dimension -> id -> name

    QString displayName(const QString &dimension, const QString &id) const;
    static Result<MetricsResult> fromBody(const QByteArray &body);
};

} // namespace kd
