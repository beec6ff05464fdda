#pragma once

#include "fleet/TelemetryFeed.h"
#include "ui/Pane.h"

class QCheckBox;
class QComboBox;
class QLabel;

namespace kd {

class FleetStore;
class TelemetryChart;

// Live telemetry: latency percentiles, error share, proxy-cache hit ratio, rate-limit
// violations, managed-cache memory, events and items, and AI tokens and cost when the
// organisation has AI plugins, for the organisation, a geo or a control plane, all fed by one
// TelemetryFeed that keeps within Konnect's 10 analytics queries a minute.
class TelemetryPane final : public Pane {
    Q_OBJECT
public:
    TelemetryPane(FleetStore *store, TelemetryFeed *feed, QWidget *parent = nullptr);
    ~TelemetryPane() override;

    QString paneId() const override { return QStringLiteral("telemetry"); }
    QString title() const override { return tr("Telemetry"); }
    QString iconPath() const override { return QStringLiteral(":/icons/telemetry.svg"); }
    QList<QAction *> paneActions() const override;

    QList<TelemetryChart *> charts() const { return m_charts; }
    TelemetryChart *chart(const QString &objectName) const;
    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *rangeBox() const { return m_range; }
    QComboBox *linesBox() const { return m_lines; }
    QCheckBox *liveBox() const { return m_live; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void fillScopes();
    void applyScope();
    // Replaces a chart's subscription (id 0: none yet) and clears the chart.
    void resubscribe(int &id, const TelemetryNeed &need, TelemetryChart *chart);
    void subscribeLatency();
    void subscribeLimits();
    void subscribeCaches();
    void subscribeHits();
    void subscribeAi();
    void updateAiVisibility();
    void showStatus(int id);
    TelemetryChart *chartOf(int id) const;
    QList<int> subscriptions() const;
    void updateContext();
    bool perControlPlane() const;
    void showSeries(int id);
    void showSchedule();
    void exportChart(TelemetryChart *chart, bool csv);

    FleetStore *m_store;
    TelemetryFeed *m_feed;
    QComboBox *m_scope;
    QComboBox *m_range;
    QComboBox *m_latencyKind;
    QCheckBox *m_kongOnly;
    QComboBox *m_cacheBreakdown;
    QComboBox *m_aiBreakdown;
    QComboBox *m_aiMetric;
    QWidget *m_aiBox = nullptr;
    QComboBox *m_lines;
    QCheckBox *m_live;
    QAction *m_refresh;
    QLabel *m_status;
    QList<TelemetryChart *> m_charts;
    TelemetryChart *m_latencyChart;
    TelemetryChart *m_errorChart;
    TelemetryChart *m_hitChart;
    TelemetryChart *m_limitChart;
    TelemetryChart *m_cacheChart;
    TelemetryChart *m_cacheEventsChart;
    TelemetryChart *m_cacheItemsChart;
    TelemetryChart *m_aiChart;
    int m_latency = 0;
    int m_errors = 0;
    int m_hits = 0;
    int m_limits = 0;
    int m_caches = 0;
    int m_cacheEvents = 0;
    int m_cacheItems = 0;
    int m_ai = 0;
    bool m_hasAi = false;
};

} // namespace kd
