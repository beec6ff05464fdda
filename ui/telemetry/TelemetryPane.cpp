#include "ui/telemetry/TelemetryPane.h"

#include "fleet/FleetStore.h"
#include "models/TimeFormat.h"
#include "ui/telemetry/ChartExport.h"
#include "ui/telemetry/TelemetryChart.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
TelemetryNeed need(Datasource source, QStringList metrics, QString breakdown = {},
                   QList<MetricsFilter> filters = {}) {
    TelemetryNeed n;
    n.datasource = source;
    n.metrics = std::move(metrics);
    n.breakdown = std::move(breakdown);
    n.filters = std::move(filters);
    return n;
}

QString metricLabel(const QString &metric) {
    if (metric.endsWith(u"_p50"_s))
        return u"p50"_s;
    if (metric.endsWith(u"_p95"_s))
        return u"p95"_s;
    if (metric.endsWith(u"_p99"_s))
        return u"p99"_s;
    if (metric == u"cache_memory_utilization_max"_s)
        return QObject::tr("memory used");
    if (metric == u"cache_eviction_rate"_s)
        return QObject::tr("evictions");
    if (metric == u"cache_expiration_rate"_s)
        return QObject::tr("expirations");
    if (metric == u"cache_hit_rate"_s)
        return QObject::tr("hit ratio");
    if (metric == u"cache_items_average"_s)
        return QObject::tr("items");
    if (metric == u"total_tokens"_s)
        return QObject::tr("tokens");
    if (metric == u"cost"_s)
        return QObject::tr("cost");
    return metric;
}

// The unit people read on the axis, and the factor from Konnect's value to it: shares are
// percent everywhere, rates are per minute.
std::pair<QString, double> displayUnit(const QString &metric, const QString &unit) {
    if (metric == u"share"_s || unit == u"ratio"_s)
        return {u"%"_s, 100};
    if (metric == u"cache_hit_rate"_s || metric == u"cache_memory_utilization_max"_s
        || metric == u"error_rate"_s)
        return {u"%"_s, 1};
    if (metric == u"cache_eviction_rate"_s || metric == u"cache_expiration_rate"_s)
        return {QObject::tr("operations/min"), 1};
    if (metric == u"cache_items_average"_s)
        return {QObject::tr("items"), 1};
    if (metric == u"total_tokens"_s)
        return {QObject::tr("tokens"), 1};
    if (metric == u"cost"_s)
        return {QObject::tr("USD"), 1};
    if (unit == u"per minute"_s)
        return {QObject::tr("requests/min"), 1};
    return {unit == u"count"_s ? QString() : unit, 1};
}

QList<ChartLine> linesOf(const QList<TelemetrySeries> &series, bool withMetric,
                         const QStringList &only = {}) {
    QList<ChartLine> lines;
    for (const TelemetrySeries &s : series) {
        if (!only.isEmpty() && !only.contains(s.metric))
            continue;
        ChartLine line;
        line.key = s.key;
        QString label = s.label;
        if (withMetric)
            label =
                label.isEmpty() ? metricLabel(s.metric) : metricLabel(s.metric) + u" · "_s + label;
        line.label = label.isEmpty() ? QObject::tr("all") : label;
        const auto [unit, factor] = displayUnit(s.metric, s.unit);
        line.unit = unit;
        line.times = s.times;
        line.values = s.values;
        if (factor != 1) {
            for (double &v : line.values)
                v *= factor; // NaN stays NaN: a gap
        }
        lines.append(line);
    }
    return lines;
}
} // namespace

TelemetryPane::TelemetryPane(FleetStore *store, TelemetryFeed *feed, QWidget *parent)
    : Pane(parent)
    , m_store(store)
    , m_feed(feed)
    , m_scope(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_latencyKind(new QComboBox(this))
    , m_kongOnly(new QCheckBox(tr("Gateway-made 429s only"), this))
    , m_cacheBreakdown(new QComboBox(this))
    , m_aiBreakdown(new QComboBox(this))
    , m_aiMetric(new QComboBox(this))
    , m_lines(new QComboBox(this))
    , m_live(new QCheckBox(tr("&Live"), this))
    , m_refresh(new QAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh Charts"), this))
    , m_status(new QLabel(this)) {
    setObjectName(u"telemetryPane"_s);
    m_scope->setObjectName(u"telemetryScope"_s);
    m_range->setObjectName(u"telemetryRange"_s);
    m_latencyKind->setObjectName(u"latencyKind"_s);
    m_kongOnly->setObjectName(u"kongOnly"_s);
    m_live->setObjectName(u"live"_s);
    m_status->setObjectName(u"telemetryStatus"_s);
    m_status->setWordWrap(true);
    const QList<std::pair<TimeRange, QString>> ranges{
        {TimeRange::Minutes15, tr("15 minutes")}, {TimeRange::Hour1, tr("1 hour")},
        {TimeRange::Hours6, tr("6 hours")},       {TimeRange::Hours12, tr("12 hours")},
        {TimeRange::Hours24, tr("24 hours")},     {TimeRange::Days7, tr("7 days")},
        {TimeRange::Days30, tr("30 days")}};
    for (const auto &[range, label] : ranges)
        m_range->addItem(label, static_cast<int>(range));
    m_range->setCurrentIndex(1);
    m_latencyKind->addItem(tr("Response latency"), u"response_latency"_s);
    m_latencyKind->addItem(tr("Upstream latency"), u"upstream_latency"_s);
    m_latencyKind->addItem(tr("Kong latency"), u"kong_latency"_s);
    m_lines->setObjectName(u"telemetryLines"_s);
    m_lines->addItem(tr("Per geo"), u"geo"_s);
    m_lines->addItem(tr("Per control plane"), u"control_plane"_s);
    m_lines->setToolTip(tr("Konnect's analytics know data-plane nodes, not cloud gateway "
                           "groups: lines per cloud region and data-plane group exist for "
                           "managed caches only."));
    m_cacheBreakdown->setObjectName(u"cacheBreakdown"_s);
    m_cacheBreakdown->addItem(tr("Per cache"), u"managed_cache"_s);
    m_cacheBreakdown->addItem(tr("Per cloud region"), u"provider_region"_s);
    m_cacheBreakdown->addItem(tr("Per data-plane group"), u"data_plane_group"_s);
    m_aiBreakdown->setObjectName(u"aiBreakdown"_s);
    m_aiBreakdown->addItem(tr("Per control plane"), u"control_plane"_s);
    m_aiBreakdown->addItem(tr("Per provider"), u"ai_provider"_s);
    m_aiBreakdown->addItem(tr("Per model"), u"ai_request_model"_s);
    m_aiMetric->setObjectName(u"aiMetric"_s);
    m_aiMetric->addItem(tr("Tokens"), u"total_tokens"_s);
    m_aiMetric->addItem(tr("Cost"), u"cost"_s);
    m_refresh->setObjectName(u"refreshTelemetryAction"_s);
    m_refresh->setShortcut(Qt::CTRL | Qt::Key_R);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refresh);

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(u"telemetryToolbar"_s);
    toolbar->addWidget(new QLabel(tr(" Scope: "), toolbar));
    toolbar->addWidget(m_scope);
    toolbar->addWidget(new QLabel(tr("  Range: "), toolbar));
    toolbar->addWidget(m_range);
    toolbar->addWidget(new QLabel(tr("  Lines: "), toolbar));
    toolbar->addWidget(m_lines);
    toolbar->addSeparator();
    toolbar->addWidget(m_live);
    toolbar->addAction(m_refresh);

    m_latencyChart = new TelemetryChart(tr("Latency"), this);
    m_errorChart = new TelemetryChart(tr("Errors: 4xx and 5xx share of requests"), this);
    m_hitChart = new TelemetryChart(tr("Proxy cache hit ratio"), this);
    m_limitChart = new TelemetryChart(tr("Rate-limit violations: 429s per minute"), this);
    m_cacheChart = new TelemetryChart(tr("Managed cache memory used"), this);
    m_cacheEventsChart = new TelemetryChart(tr("Managed cache evictions and expirations"), this);
    m_cacheItemsChart = new TelemetryChart(tr("Managed cache items"), this);
    m_aiChart = new TelemetryChart(tr("AI usage"), this);
    m_cacheChart->setNote(tr("Keep memory under 70–75 %: above it Redis evicts keys, and "
                             "rate-limit counters can reset early. Lines are per cache, cloud "
                             "region or data-plane group, one at a time (Konnect allows one "
                             "dimension besides time)."));
    m_latencyChart->setObjectName(u"latencyChart"_s);
    m_errorChart->setObjectName(u"errorChart"_s);
    m_hitChart->setObjectName(u"hitChart"_s);
    m_limitChart->setObjectName(u"limitChart"_s);
    m_cacheChart->setObjectName(u"cacheChart"_s);
    m_cacheEventsChart->setObjectName(u"cacheEventsChart"_s);
    m_cacheItemsChart->setObjectName(u"cacheItemsChart"_s);
    m_aiChart->setObjectName(u"aiChart"_s);
    m_charts = {m_latencyChart, m_errorChart,       m_hitChart,        m_limitChart,
                m_cacheChart,   m_cacheEventsChart, m_cacheItemsChart, m_aiChart};

    auto *grid = new QGridLayout;
    const auto withControls = [this](TelemetryChart *chart, QList<QWidget *> extras) {
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *row = new QHBoxLayout;
        for (QWidget *extra : extras)
            row->addWidget(extra);
        row->addStretch();
        auto *exportButton = new QToolButton(box);
        exportButton->setText(tr("Export"));
        exportButton->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(exportButton);
        menu->addAction(tr("As PNG…"), this, [this, chart] { exportChart(chart, false); });
        menu->addAction(tr("As CSV…"), this, [this, chart] { exportChart(chart, true); });
        exportButton->setMenu(menu);
        row->addWidget(exportButton);
        layout->addLayout(row);
        layout->addWidget(chart, 1);
        return box;
    };
    grid->addWidget(withControls(m_latencyChart, {m_latencyKind}), 0, 0);
    grid->addWidget(withControls(m_errorChart, {}), 0, 1);
    grid->addWidget(withControls(m_hitChart, {}), 1, 0);
    grid->addWidget(withControls(m_limitChart, {m_kongOnly}), 1, 1);
    grid->addWidget(withControls(m_cacheChart, {m_cacheBreakdown}), 2, 0);
    grid->addWidget(withControls(m_cacheEventsChart, {}), 2, 1);
    grid->addWidget(withControls(m_cacheItemsChart, {}), 3, 0);
    m_aiBox = withControls(m_aiChart, {m_aiMetric, m_aiBreakdown});
    grid->addWidget(m_aiBox, 3, 1);
    auto *content = new QWidget(this);
    content->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);

    // The feed: one subscription per chart; charts that need the same data share a query.
    connect(m_feed, &TelemetryFeed::seriesChanged, this, &TelemetryPane::showSeries);
    connect(m_feed, &TelemetryFeed::statusChanged, this, &TelemetryPane::showStatus);
    subscribeLatency();
    resubscribe(m_errors,
                need(Datasource::ApiUsage, {u"request_count"_s}, u"status_code_grouped"_s),
                m_errorChart);
    subscribeHits();
    subscribeLimits();
    subscribeCaches();
    updateAiVisibility();
    connect(m_feed, &TelemetryFeed::scheduleChanged, this, &TelemetryPane::showSchedule);
    connect(m_feed, &TelemetryFeed::roundFinished, this, &TelemetryPane::showSchedule);
    connect(m_latencyKind, &QComboBox::currentIndexChanged, this, &TelemetryPane::subscribeLatency);
    connect(m_kongOnly, &QCheckBox::toggled, this, &TelemetryPane::subscribeLimits);
    connect(m_lines, &QComboBox::currentIndexChanged, this, [this] {
        subscribeLatency();
        subscribeHits();
        subscribeLimits();
        m_errorChart->setNote(perControlPlane()
                                  ? tr("Per geo: a share per control plane would need three "
                                       "dimensions (time, status, control plane) and Konnect "
                                       "allows two.")
                                  : QString());
    });
    connect(m_cacheBreakdown, &QComboBox::currentIndexChanged, this,
            &TelemetryPane::subscribeCaches);
    connect(m_aiBreakdown, &QComboBox::currentIndexChanged, this, &TelemetryPane::subscribeAi);
    connect(m_aiMetric, &QComboBox::currentIndexChanged, this, [this] { showSeries(m_ai); });
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        m_feed->setRange(static_cast<TimeRange>(m_range->currentData().toInt()));
        for (TelemetryChart *chart : std::as_const(m_charts)) {
            chart->setLines({});
            chart->setState(TelemetryChart::State::Loading);
        }
        updateContext();
    });
    connect(m_live, &QCheckBox::toggled, m_feed, &TelemetryFeed::setLive);
    connect(m_refresh, &QAction::triggered, m_feed, &TelemetryFeed::refreshNow);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &TelemetryPane::applyScope);
    for (auto signal : {&FleetStore::controlPlanesAdded, &FleetStore::controlPlanesRemoved})
        connect(store, signal, this, &TelemetryPane::fillScopes);
    for (auto signal : {&FleetStore::pluginsAdded, &FleetStore::pluginsRemoved})
        connect(store, signal, this, &TelemetryPane::updateAiVisibility);
    fillScopes();
    m_feed->setRange(TimeRange::Hour1);
    updateContext();
    showSchedule();
}

TelemetryPane::~TelemetryPane() {
    // The feed outlives the pane: it stops planning these charts' queries.
    m_feed->disconnect(this);
    for (int id : subscriptions())
        m_feed->unsubscribe(id);
}

QList<int> TelemetryPane::subscriptions() const {
    return {m_latency, m_errors, m_hits, m_limits, m_caches, m_cacheEvents, m_cacheItems, m_ai};
}

QList<QAction *> TelemetryPane::paneActions() const {
    return {m_refresh};
}

TelemetryChart *TelemetryPane::chart(const QString &objectName) const {
    for (TelemetryChart *chart : m_charts) {
        if (chart->objectName() == objectName)
            return chart;
    }
    return nullptr;
}

TelemetryChart *TelemetryPane::chartOf(int id) const {
    if (id == 0)
        return nullptr;
    const std::pair<int, TelemetryChart *> pairs[] = {{m_latency, m_latencyChart},
                                                      {m_errors, m_errorChart},
                                                      {m_hits, m_hitChart},
                                                      {m_limits, m_limitChart},
                                                      {m_caches, m_cacheChart},
                                                      {m_cacheEvents, m_cacheEventsChart},
                                                      {m_cacheItems, m_cacheItemsChart},
                                                      {m_ai, m_aiChart}};
    for (const auto &[subscription, chart] : pairs) {
        if (subscription == id)
            return chart;
    }
    return nullptr;
}

void TelemetryPane::fillScopes() {
    const QVariant current = m_scope->currentData();
    const QSignalBlocker block(m_scope);
    m_scope->clear();
    m_scope->addItem(tr("Whole organisation"), u"org"_s);
    for (Geo geo : {Geo::Us, Geo::Eu, Geo::Au, Geo::Me, Geo::In, Geo::Sg})
        m_scope->addItem(tr("Geo %1").arg(geoId(geo).toUpper()), u"geo:"_s + geoId(geo));
    for (const QString &id : m_store->controlPlaneIds())
        m_scope->addItem(tr("Control plane %1").arg(m_store->controlPlane(id)->name),
                         u"cp:"_s + id);
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(current)));
}

void TelemetryPane::applyScope() {
    const QString data = m_scope->currentData().toString();
    TelemetryFeed::Scope scope;
    if (data.startsWith(u"geo:"_s)) {
        scope.kind = TelemetryFeed::ScopeKind::Geo;
        scope.geo = geoFromId(data.mid(4)).value_or(Geo::Us);
    } else if (data.startsWith(u"cp:"_s)) {
        scope.kind = TelemetryFeed::ScopeKind::ControlPlane;
        scope.controlPlaneId = data.mid(3);
    }
    m_feed->setScope(scope);
    for (TelemetryChart *chart : std::as_const(m_charts)) {
        chart->setLines({}); // the old lines answer another question
        chart->setState(TelemetryChart::State::Loading);
    }
    updateContext();
}

void TelemetryPane::updateContext() {
    for (TelemetryChart *chart : std::as_const(m_charts))
        chart->setContext(m_scope->currentText(), m_range->currentText());
}

void TelemetryPane::resubscribe(int &id, const TelemetryNeed &need, TelemetryChart *chart) {
    if (id)
        m_feed->unsubscribe(id);
    const bool shown = isVisible() && (chart != m_aiChart || m_hasAi);
    id = m_feed->subscribe(need, shown);
    chart->setLines({}); // the old lines answer another question
    chart->setState(TelemetryChart::State::Loading);
}

void TelemetryPane::subscribeLatency() {
    const QString kind = m_latencyKind->currentData().toString();
    // Per control plane, p95 only: three percentiles of every plane would be unreadable.
    resubscribe(
        m_latency,
        perControlPlane()
            ? need(Datasource::ApiUsage, {kind + u"_p95"_s}, u"control_plane"_s)
            : need(Datasource::ApiUsage, {kind + u"_p50"_s, kind + u"_p95"_s, kind + u"_p99"_s}),
        m_latencyChart);
}

bool TelemetryPane::perControlPlane() const {
    return m_lines->currentData().toString() == u"control_plane"_s;
}

void TelemetryPane::subscribeHits() {
    resubscribe(m_hits,
                need(Datasource::ApiUsage, {u"cache_hit_rate"_s},
                     perControlPlane() ? u"control_plane"_s : QString()),
                m_hitChart);
}

void TelemetryPane::subscribeLimits() {
    QList<MetricsFilter> filters{{u"status_code"_s, u"in"_s, {u"429"_s}}};
    if (m_kongOnly->isChecked()) // made by a rate-limiting plugin, not passed on from upstream
        filters.append({u"response_source"_s, u"in"_s, {u"kong"_s}});
    resubscribe(m_limits,
                need(Datasource::ApiUsage, {u"request_count"_s},
                     perControlPlane() ? u"control_plane"_s : u"status_code"_s, filters),
                m_limitChart);
}

void TelemetryPane::subscribeCaches() {
    // Memory, events and items: four metrics of one shape, two queries a geo with caches.
    const QString breakdown = m_cacheBreakdown->currentData().toString();
    resubscribe(m_caches,
                need(Datasource::ManagedCacheUsage, {u"cache_memory_utilization_max"_s}, breakdown),
                m_cacheChart);
    resubscribe(m_cacheEvents,
                need(Datasource::ManagedCacheUsage,
                     {u"cache_eviction_rate"_s, u"cache_expiration_rate"_s}, breakdown),
                m_cacheEventsChart);
    resubscribe(m_cacheItems,
                need(Datasource::ManagedCacheUsage, {u"cache_items_average"_s}, breakdown),
                m_cacheItemsChart);
}

void TelemetryPane::subscribeAi() {
    resubscribe(m_ai,
                need(Datasource::LlmUsage, {u"total_tokens"_s, u"cost"_s},
                     m_aiBreakdown->currentData().toString()),
                m_aiChart);
}

void TelemetryPane::updateAiVisibility() {
    // The AI chart exists when some control plane runs an AI plugin: without one there is no
    // llm_usage to ask for.
    const QStringList &ids = m_store->pluginIds();
    const bool hasAi = std::any_of(ids.cbegin(), ids.cend(), [this](const QString &id) {
        const Plugin *plugin = m_store->plugin(id);
        return plugin && plugin->name.startsWith(u"ai-"_s);
    });
    m_aiBox->setVisible(hasAi);
    if (hasAi == m_hasAi && m_ai)
        return;
    m_hasAi = hasAi;
    if (!m_ai)
        subscribeAi();
    else
        m_feed->setVisible(m_ai, hasAi && isVisible());
}

void TelemetryPane::showSeries(int id) {
    TelemetryChart *chart = chartOf(id);
    if (!chart)
        return;
    const QList<TelemetrySeries> series = m_feed->series(id);
    QList<ChartLine> lines;
    if (id == m_latency)
        lines = linesOf(series, true);
    else if (id == m_errors)
        lines = linesOf(telemetry::shares(series, {u"4XX"_s, u"5XX"_s}), false);
    else if (id == m_hits)
        lines = linesOf(series, false);
    else if (id == m_limits)
        lines = linesOf(telemetry::perMinute(series), false);
    else if (id == m_cacheEvents)
        lines = linesOf(series, true);
    else if (id == m_ai)
        lines = linesOf(series, false, {m_aiMetric->currentData().toString()});
    else
        lines = linesOf(series, false);
    chart->setLines(lines);
    // Nothing at all is said as such: a chart of zeros still draws its line at zero.
    const bool any = std::any_of(lines.cbegin(), lines.cend(), [](const ChartLine &line) {
        return std::any_of(line.values.cbegin(), line.values.cend(),
                           [](double v) { return !std::isnan(v); });
    });
    chart->setState(any ? TelemetryChart::State::Ready : TelemetryChart::State::NoTraffic);
}

void TelemetryPane::showStatus(int id) {
    TelemetryChart *chart = chartOf(id);
    if (!chart)
        return;
    const TelemetryStatus status = m_feed->status(id);
    const bool hasData = !chart->keys().isEmpty();
    switch (status.kind) {
    case TelemetryStatus::Kind::Loading:
        if (!hasData)
            chart->setState(TelemetryChart::State::Loading);
        break;
    case TelemetryStatus::Kind::Waiting:
        if (!hasData)
            chart->setState(TelemetryChart::State::Waiting,
                            tr("Waiting for the analytics budget until %1")
                                .arg(timeformat::clock(status.until)));
        break;
    case TelemetryStatus::Kind::Failed:
        chart->setState(TelemetryChart::State::Failed, status.message);
        break;
    case TelemetryStatus::Kind::Idle:
    case TelemetryStatus::Kind::Ready:
        break; // showSeries says whether there is traffic
    }
}

void TelemetryPane::showSchedule() {
    QStringList parts;
    const int queries = static_cast<int>(m_feed->plan().size());
    parts.append(tr("%n analytics queries a refresh", nullptr, queries));
    if (m_feed->nextRefresh().isValid())
        parts.append(tr("next at %1").arg(timeformat::clock(m_feed->nextRefresh())));
    else
        parts.append(tr("turn on Live or press Refresh for new data"));
    QString text = parts.join(u" · "_s);
    if (!m_feed->delay().isEmpty())
        text += u" · "_s + m_feed->delay();
    m_status->setText(text);
}

void TelemetryPane::exportChart(TelemetryChart *chart, bool csv) {
    const auto format = csv ? chartexport::Format::Csv : chartexport::Format::Png;
    const QString suggested =
        chartexport::suggestedPath(chart->title(), m_scope->currentText(), m_range->currentText(),
                                   QDateTime::currentDateTime(), format);
    const QString fileName =
        QFileDialog::getSaveFileName(this, tr("Export %1").arg(chart->title()), suggested,
                                     csv ? tr("CSV (*.csv)") : tr("PNG image (*.png)"));
    if (fileName.isEmpty())
        return;
    QString error;
    const bool saved = csv ? chart->saveCsv(fileName, &error) : chart->savePng(fileName, &error);
    Q_EMIT statusMessage(saved ? tr("Saved %1.").arg(fileName) : error);
}

void TelemetryPane::showEvent(QShowEvent *event) {
    Pane::showEvent(event);
    for (int id : subscriptions())
        m_feed->setVisible(id, id != m_ai || m_hasAi);
}

void TelemetryPane::hideEvent(QHideEvent *event) {
    Pane::hideEvent(event);
    for (int id : subscriptions())
        m_feed->setVisible(id, false);
}

} // namespace kd
