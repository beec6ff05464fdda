#include "fleet/FleetStore.h"
#include "fleet/Session.h"
#include "fleet/TelemetryFeed.h"
#include "models/CacheModel.h"
#include "sim/SimInstance.h"
#include "ui/telemetry/AxisTicks.h"
#include "ui/telemetry/ChartExport.h"
#include "ui/telemetry/TelemetryChart.h"
#include "ui/telemetry/TelemetryPane.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <qcoro/qcorotask.h>

#include "common/SimSession.h"
#include <cmath>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
constexpr double gap = std::numeric_limits<double>::quiet_NaN();

ChartLine line(const QString &key, QList<double> values, qint64 start = 1'800'000'000'000LL) {
    ChartLine l;
    l.key = key;
    l.label = key;
    l.unit = u"ms"_s;
    for (qsizetype i = 0; i < values.size(); ++i)
        l.times.append(start + i * 60000);
    l.values = std::move(values);
    return l;
}
} // namespace

// Our chart widget on its own, then the telemetry pane against konnect-sim.
class TestTelemetryChart final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        qputenv("TZ", "UTC"); // the charts write local time: make it the same everywhere
        QStandardPaths::setTestModeEnabled(true);
    }

    void timeAxis_data() {
        QTest::addColumn<qint64>("span");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QString>("title");
        constexpr qint64 minute = 60000;
        constexpr qint64 hour = 60 * minute;
        constexpr qint64 day = 24 * hour;
        // From 30 Nov 2026 12:07 UTC (a Monday).
        QTest::newRow("15 minutes")
            << 15 * minute << 5 * minute << QStringList{u"12:10"_s, u"12:15"_s, u"12:20"_s}
            << u"30 Nov (UTC)"_s;
        QTest::newRow("1 hour") << hour << 10 * minute
                                << QStringList{u"12:10"_s, u"12:20"_s, u"12:30"_s,
                                               u"12:40"_s, u"12:50"_s, u"13:00"_s}
                                << u"30 Nov (UTC)"_s;
        QTest::newRow("6 hours") << 6 * hour << hour
                                 << QStringList{u"13:00"_s, u"14:00"_s, u"15:00"_s,
                                                u"16:00"_s, u"17:00"_s, u"18:00"_s}
                                 << u"30 Nov (UTC)"_s;
        QTest::newRow("12 hours") << 12 * hour << 2 * hour
                                  << QStringList{u"14:00"_s, u"16:00"_s, u"18:00"_s,
                                                 u"20:00"_s, u"22:00"_s, u"00:00"_s}
                                  << u"30 Nov – 1 Dec (UTC)"_s;
        // Konnect snaps a "24h" query to whole buckets: 24 h 40 min still reads as clock times.
        // 24 h 40 min / 3 h = 8.2: eight ticks, the most an axis gets.
        QTest::newRow("24 hours snapped")
            << 24 * hour + 40 * minute << 3 * hour
            << QStringList{u"15:00"_s, u"18:00"_s, u"21:00"_s, u"00:00"_s,
                           u"03:00"_s, u"06:00"_s, u"09:00"_s, u"12:00"_s}
            << u"30 Nov – 1 Dec (UTC)"_s;
        QTest::newRow("7 days") << 7 * day << day
                                << QStringList{u"1 Dec"_s, u"2 Dec"_s, u"3 Dec"_s, u"4 Dec"_s,
                                               u"5 Dec"_s, u"6 Dec"_s, u"7 Dec"_s}
                                << u"Local time (UTC)"_s;
        QTest::newRow("30 days") << 30 * day << 7 * day
                                 << QStringList{u"7 Dec"_s, u"14 Dec"_s, u"21 Dec"_s, u"28 Dec"_s}
                                 << u"Local time (UTC)"_s;
    }

    void timeAxis() {
        QFETCH(qint64, span);
        QFETCH(qint64, step);
        QFETCH(QStringList, labels);
        QFETCH(QString, title);
        const qint64 from =
            QDateTime(QDate(2026, 11, 30), QTime(12, 7), QTimeZone::utc()).toMSecsSinceEpoch();
        const axis::Axis ticks = axis::timeAxis(from, from + span, QTimeZone::utc(),
                                                QLocale(QLocale::English, QLocale::UnitedKingdom));
        QStringList got;
        for (const axis::Tick &tick : ticks.ticks)
            got.append(tick.label);
        QCOMPARE(got, labels);
        QCOMPARE(static_cast<qint64>(ticks.step), step);
        QCOMPARE(ticks.title, title);
        QCOMPARE(ticks.min, static_cast<double>(from));
        for (const axis::Tick &tick : ticks.ticks) // round: a whole number of steps into the day
            QCOMPARE(static_cast<qint64>(tick.value) % std::min<qint64>(step, 86400000), 0);
    }

    void valueAxis_data() {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("latency") << 0.0 << 77.7 << u"ms"_s
                                 << QStringList{u"0"_s, u"20"_s, u"40"_s, u"60"_s, u"80"_s};
        QTest::newRow("small share")
            << 0.0 << 0.0873 << u"%"_s
            << QStringList{u"0"_s, u"0.02"_s, u"0.04"_s, u"0.06"_s, u"0.08"_s, u"0.1"_s};
        QTest::newRow("thousands a minute")
            << 0.0 << 9330.0 << u"requests/min"_s
            << QStringList{u"0"_s, u"2k"_s, u"4k"_s, u"6k"_s, u"8k"_s, u"10k"_s};
        QTest::newRow("separators")
            << 0.0 << 2500.0 << QString()
            << QStringList{u"0"_s, u"500"_s, u"1,000"_s, u"1,500"_s, u"2,000"_s, u"2,500"_s};
        QTest::newRow("millions") << 0.0 << 2.4e6 << u"tokens"_s
                                  << QStringList{u"0"_s,    u"0.5M"_s, u"1.0M"_s,
                                                 u"1.5M"_s, u"2.0M"_s, u"2.5M"_s};
        QTest::newRow("all zero") << 0.0 << 0.0 << u"%"_s
                                  << QStringList{u"0"_s,   u"0.2"_s, u"0.4"_s,
                                                 u"0.6"_s, u"0.8"_s, u"1"_s};
        QTest::newRow("below zero")
            << -3.0 << 7.0 << QString()
            << QStringList{u"-4"_s, u"-2"_s, u"0"_s, u"2"_s, u"4"_s, u"6"_s, u"8"_s};
    }

    void valueAxis() {
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(QString, unit);
        QFETCH(QStringList, labels);
        const axis::Axis ticks =
            axis::valueAxis(low, high, unit, QLocale(QLocale::English, QLocale::UnitedStates));
        QStringList got;
        for (const axis::Tick &tick : ticks.ticks)
            got.append(tick.label);
        QCOMPARE(got, labels);
        QCOMPARE(ticks.title, unit); // the unit once, on the axis
        QVERIFY(ticks.max >= high);
        QCOMPARE(ticks.ticks.constLast().value, ticks.max);
    }

    void statesNeverLookLikeZeros() {
        TelemetryChart chart(u"Errors"_s);
        chart.resize(600, 300);
        QCOMPARE(chart.state(), TelemetryChart::State::Loading);
        QCOMPARE(chart.stateText(), u"Loading…"_s);
        chart.setState(TelemetryChart::State::Waiting,
                       u"Waiting for the analytics budget until 12:25 UTC"_s);
        QVERIFY(chart.stateText().contains(u"12:25"_s));
        chart.setState(TelemetryChart::State::Failed,
                       u"Konnect answered 403: ask for the Analytics Viewer role."_s);
        QVERIFY(chart.stateText().contains(u"Analytics Viewer"_s));
        // Nothing: no line, no numbers on the value axis, and the plot says so.
        chart.setLines({line(u"5XX"_s, {gap, gap, gap})});
        chart.setState(TelemetryChart::State::NoTraffic);
        QCOMPARE(chart.stateText(), u"No traffic in this range"_s);
        QVERIFY(chart.segments(u"5XX"_s).isEmpty());
        QVERIFY(chart.valueLabels().isEmpty());
        // Zeros: a line at zero on a numbered axis, nothing written over it.
        ChartLine zeros = line(u"5XX"_s, {0, 0, 0});
        zeros.unit = u"%"_s;
        chart.setLines({zeros});
        chart.setState(TelemetryChart::State::Ready);
        QVERIFY(chart.stateText().isEmpty());
        QCOMPARE(chart.segments(u"5XX"_s).size(), 1);
        QCOMPARE(chart.valueLabels().first(), u"0"_s);
        QCOMPARE(chart.valueTitle(), u"%"_s);
        QVERIFY(!chart.timeLabels().isEmpty());
        QVERIFY(chart.timeTitle().contains(u"UTC"_s));
    }

    void exportNamesAndImage() {
        const QDateTime at(QDate(2026, 11, 30), QTime(17, 5), QTimeZone::utc());
        QCOMPARE(
            chartexport::fileName(u"Managed cache memory used"_s, u"Control plane billing/prod"_s,
                                  u"24 hours"_s, at, chartexport::Format::Png),
            u"managed-cache-memory-used-control-plane-billing-prod-24-hours-20261130-1705.png"_s);
        QCOMPARE(chartexport::fileName(u"Latency"_s, u"Whole organisation"_s, u"1 hour"_s, at,
                                       chartexport::Format::Csv),
                 u"latency-whole-organisation-1-hour-20261130-1705.csv"_s);
        // Pictures for images, Documents for tables; never the working directory.
        const QString png = chartexport::suggestedPath(u"Latency"_s, u"Geo US"_s, u"1 hour"_s, at,
                                                       chartexport::Format::Png);
        const QString csv = chartexport::suggestedPath(u"Latency"_s, u"Geo US"_s, u"1 hour"_s, at,
                                                       chartexport::Format::Csv);
        QVERIFY(png.startsWith(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)));
        QVERIFY(
            csv.startsWith(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)));
        QVERIFY(!png.startsWith(QDir::currentPath() + u'/'));
        QVERIFY(!csv.startsWith(QDir::currentPath() + u'/'));

        TelemetryChart chart(u"Latency"_s);
        chart.setContext(u"Whole organisation"_s, u"1 hour"_s);
        chart.setLines({line(u"p95"_s, {10, 12, 14})});
        chart.resize(600, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QImage image = chart.image(2);
        QCOMPARE(image.devicePixelRatio(), 2.0);
        QCOMPARE(image.width(), chart.width() * 2);
        QVERIFY(image.height() > chart.height() * 2); // the header with scope and range
    }

    void gapsSplitLinesNeverZero() {
        TelemetryChart chart(u"Latency"_s);
        chart.setLines({line(u"p95"_s, {10, 12, gap, gap, 15, 16, gap, 18})});
        const auto segments = chart.segments(u"p95"_s);
        QCOMPARE(segments.size(), 3);
        QCOMPARE(segments.at(0).size(), 2);
        QCOMPARE(segments.at(1).size(), 2);
        QCOMPARE(segments.at(2).size(), 1);
        for (const auto &segment : segments) {
            for (const QPointF &point : segment)
                QVERIFY(point.y() != 0);
        }
        // The next update has one more bucket and the gap is filled: one segment now.
        chart.setLines({line(u"p95"_s, {10, 12, 13, 14, 15, 16, 17, 18, 19})});
        QCOMPARE(chart.segments(u"p95"_s).size(), 1);
        QCOMPARE(chart.segments(u"p95"_s).first().size(), 9);
    }

    void boundedLinesAndPoints() {
        TelemetryChart chart(u"Many"_s);
        QList<ChartLine> lines;
        for (int i = 0; i < 20; ++i)
            lines.append(
                line(u"line-%1"_s.arg(i), QList<double>(TelemetryChart::maxPoints + 500, 1.0 + i)));
        chart.setLines(lines);
        QCOMPARE(chart.keys().size(), TelemetryChart::maxLines);
        QCOMPARE(chart.segments(u"line-0"_s).first().size(), TelemetryChart::maxPoints);
        // Gone from the data: gone from the chart.
        chart.setLines({lines.at(3)});
        QCOMPARE(chart.keys(), QStringList{u"line-3"_s});
    }

    void legendTogglesCrosshairAndExports() {
        TelemetryChart chart(u"Latency"_s);
        chart.setLines({line(u"p50"_s, {5, 6, gap}), line(u"p99"_s, {50, 60, 70})});
        const qint64 second = 1'800'000'000'000LL + 60000 + 10;
        QString text = chart.valuesAt(second);
        QVERIFY2(text.contains(u"p50: <b>6 ms</b>"_s), qPrintable(text));
        QVERIFY(text.contains(u"p99: <b>60 ms</b>"_s));
        QVERIFY(chart.valuesAt(second + 60000).contains(u"no data"_s)); // a gap says so
        chart.setLineVisible(u"p99"_s, false);
        QVERIFY(!chart.lineVisible(u"p99"_s));
        QVERIFY(!chart.valuesAt(second).contains(u"p99"_s));
        chart.setLineVisible(u"p99"_s, true);

        const QString csv = chart.csv();
        const QStringList rows = csv.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0), u"\"time (UTC)\",\"p50 (ms)\",\"p99 (ms)\""_s);
        QCOMPARE(rows.at(1), u"2027-01-15T08:00:00+00:00,5,50"_s); // local time with its offset
        QVERIFY(rows.at(3).endsWith(u",,70"_s));                   // the gap is empty, not 0
        QTemporaryDir dir;
        QString error;
        chart.resize(600, 300);
        QVERIFY(chart.savePng(dir.filePath(u"c.png"_s), &error));
        QVERIFY(chart.saveCsv(dir.filePath(u"c.csv"_s), &error));
        QVERIFY(QFile(dir.filePath(u"c.png"_s)).size() > 1000);
        QVERIFY(!chart.saveCsv(u"/nonexistent/c.csv"_s, &error));
        QVERIFY(error.contains(u"Cannot write"_s));
    }

    void dashboardShowsTheDemo() {
        const QString token = u"kpat_dashboard-fixture-not-a-token"_s;
        const auto sim = test::startSim(token);
        const auto sessionOnSim = test::sessionOn(*sim, u"dashboard"_s, token);
        Session &session = *sessionOnSim;
        FleetStore store;
        for (Geo geo : {Geo::Us, Geo::Eu}) {
            const auto planes = QCoro::waitFor(session.client().controlPlanes(geo));
            QVERIFY(planes);
            store.replaceControlPlanes(geo, *planes);
            for (const ControlPlane &cp : *planes) {
                const auto plugins = QCoro::waitFor(session.client().plugins(geo, cp.id));
                QVERIFY(plugins);
                store.replaceCoreEntitiesOf(cp.id, {}, *plugins);
            }
        }
        const auto caches = QCoro::waitFor(session.client().managedCaches());
        QVERIFY(caches);
        store.replaceCaches(*caches);
        QList<Geo> cacheGeos;
        for (const QString &owner : store.cacheOwnerIds()) {
            if (!cacheGeos.contains(store.controlPlane(owner)->geo))
                cacheGeos.append(store.controlPlane(owner)->geo);
        }
        QVERIFY(!cacheGeos.isEmpty());

        TelemetryFeed feed(&session, &store);
        TelemetryPane pane(&store, &feed);
        // Nothing on screen: nothing planned, nothing asked.
        QCOMPARE(feed.plan().size(), 0);
        pane.resize(1400, 1500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        // Per geo with control planes: latency with hit ratio (4 metrics: 2 queries), error
        // shares, 429s; per geo with caches: memory, events and items (2 queries); per geo
        // with AI plugins: tokens and cost (1 query).
        const auto plan = feed.plan();
        const auto count = [&plan](Datasource source) {
            return std::count_if(plan.cbegin(), plan.cend(), [source](const auto &q) {
                return q.query.datasource() == source;
            });
        };
        QCOMPARE(count(Datasource::ApiUsage), 8);
        QCOMPARE(count(Datasource::ManagedCacheUsage), 2 * cacheGeos.size());
        QCOMPARE(count(Datasource::LlmUsage), 1); // the demo's AI rate limit lives in one geo
        QVERIFY(pane.findChild<QWidget *>(u"aiChart"_s)->isVisibleTo(&pane));

        // The first ten answer within the minute; the rest say in the plot until when they wait.
        TelemetryChart *latency = pane.chart(u"latencyChart"_s);
        QTRY_VERIFY_WITH_TIMEOUT(latency->keys().size() == 6, 20000); // p50, p95, p99 a geo
        QCOMPARE(latency->valueTitle(), u"ms"_s);
        QVERIFY(latency->timeTitle().contains(u"UTC"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(pane.charts().cbegin(), pane.charts().cend(),
                        [](TelemetryChart *c) {
                            return c->state() == TelemetryChart::State::Waiting
                                   && c->stateText().startsWith(
                                       u"Waiting for the analytics budget until "_s);
                        }),
            20000);
        TelemetryChart *errors = pane.chart(u"errorChart"_s);
        QTRY_VERIFY_WITH_TIMEOUT(errors->keys().size() >= 2, 20000);
        QCOMPARE(errors->valueTitle(), u"%"_s); // shares are percent
        for (const auto &segment : errors->segments(errors->keys().first())) {
            for (const QPointF &point : segment)
                QVERIFY2(point.y() >= 0 && point.y() <= 100, "a share in percent");
        }
        QVERIFY(!pane.findChild<QLabel *>(u"telemetryStatus"_s)->text().isEmpty());
        pane.grab().save(QStringLiteral(KD_SHOT_DIR "/telemetry-dashboard.png"));

        // Hidden: the next round plans nothing.
        pane.hide();
        QCOMPARE(feed.plan().size(), 0);
    }

    void cacheMemoryHasItsOwnAxis() {
        const QString token = u"kpat_dashboard-fixture-not-a-token"_s;
        const auto sim = test::startSim(token);
        const auto sessionOnSim = test::sessionOn(*sim, u"caches"_s, token, {Geo::Us, Geo::Eu});
        Session &session = *sessionOnSim;
        FleetStore store;
        for (Geo geo : {Geo::Us, Geo::Eu}) {
            const auto planes = QCoro::waitFor(session.client().controlPlanes(geo));
            QVERIFY(planes);
            store.replaceControlPlanes(geo, *planes);
        }
        const auto caches = QCoro::waitFor(session.client().managedCaches());
        QVERIFY(caches);
        store.replaceCaches(*caches);
        TelemetryFeed feed(&session, &store);
        TelemetryPane pane(&store, &feed);
        pane.resize(1400, 1500);
        // One control plane with a cache: its queries fit in one minute's budget.
        const QString owner = store.cacheOwnerIds().first();
        pane.scopeBox()->setCurrentIndex(pane.scopeBox()->findData(u"cp:"_s + owner));
        // Per data-plane group: Konnect's managed_cache_usage has that dimension.
        auto *breakdown = pane.findChild<QComboBox *>(u"cacheBreakdown"_s);
        breakdown->setCurrentIndex(breakdown->findData(u"data_plane_group"_s));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const auto plan = feed.plan();
        QVERIFY(std::any_of(plan.cbegin(), plan.cend(), [](const auto &q) {
            return q.query.dimensions().contains(u"data_plane_group"_s);
        }));
        TelemetryChart *memory = pane.chart(u"cacheChart"_s);
        TelemetryChart *events = pane.chart(u"cacheEventsChart"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!memory->keys().isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!events->keys().isEmpty(), 30000);
        QCOMPARE(memory->valueTitle(), u"%"_s);
        QCOMPARE(events->valueTitle(), u"operations/min"_s);
        for (const auto &query : feed.plan())
            QVERIFY(query.query.filters().constLast().values == QStringList{owner});
        TelemetryChart *latency = pane.chart(u"latencyChart"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!latency->keys().isEmpty(), 20000);
        pane.grab().save(QStringLiteral(KD_SHOT_DIR "/telemetry-control-plane.png"));
        memory->image(2).save(QStringLiteral(KD_SHOT_DIR "/telemetry-managed-caches.png"));
        for (const QString &key : memory->keys()) {
            for (const auto &segment : memory->segments(key)) {
                for (const QPointF &point : segment)
                    QVERIFY(point.y() > 0 && point.y() <= 100);
            }
        }
    }

    // The managed caches table: memory used per cache, coloured against the 70–75 % advice.
    void cacheTableShowsMemoryAgainstTheGuidance() {
        const QString token = u"kpat_cache-table-fixture-not-a-token"_s;
        const auto sim = test::startSim(token);
        const auto sessionOnSim =
            test::sessionOn(*sim, u"cache-table"_s, token, {Geo::Us, Geo::Eu});
        Session &session = *sessionOnSim;
        FleetStore store;
        for (Geo geo : {Geo::Us, Geo::Eu}) {
            const auto planes = QCoro::waitFor(session.client().controlPlanes(geo));
            QVERIFY(planes);
            store.replaceControlPlanes(geo, *planes);
        }
        const auto caches = QCoro::waitFor(session.client().managedCaches());
        QVERIFY(caches);
        store.replaceCaches(*caches);
        TelemetryFeed feed(&session, &store);
        CacheModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTelemetry(&feed);
        QCOMPARE(feed.plan().size(), 0); // the table is not shown
        model.setMemoryShown(true);
        QCOMPARE(feed.plan().size(), 1); // one cache, in one geo
        const QModelIndex memory = model.index(0, CacheModel::MemoryColumn);
        QTRY_VERIFY_WITH_TIMEOUT(memory.data(CacheModel::RawValueRole).toDouble() > 0, 20000);
        const double percent = memory.data(CacheModel::RawValueRole).toDouble();
        QVERIFY(percent <= 100);
        QVERIFY(memory.data().toString().endsWith(u" %"_s));
        const QColor colour = memory.data(Qt::BackgroundRole).value<QColor>();
        const QColor expected = percent >= CacheModel::memoryAlarmPercent ? QColor(0xf8, 0xd0, 0xd0)
                                : percent >= CacheModel::memoryWarnPercent
                                    ? QColor(0xfc, 0xe8, 0xb8)
                                    : QColor(0xd8, 0xf0, 0xd8);
        QCOMPARE(colour, expected);
        QVERIFY(memory.data(Qt::ToolTipRole).toString().contains(u"70–75 %"_s));
    }
};

} // namespace kd

QTEST_MAIN(kd::TestTelemetryChart)
#include "tst_telemetrychart.moc"
