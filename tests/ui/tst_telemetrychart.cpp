#include "fleet/FleetStore.h"
#include "fleet/Session.h"
#include "fleet/TelemetryFeed.h"
#include "sim/SimInstance.h"
#include "ui/telemetry/TelemetryChart.h"
#include "ui/telemetry/TelemetryPane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
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
        QCOMPARE(rows.at(0), u"time,\"p50 (ms)\",\"p99 (ms)\""_s);
        QVERIFY(rows.at(3).endsWith(u",,70"_s)); // the gap is empty, not 0
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
        }
        TelemetryFeed feed(&session, &store);
        TelemetryPane pane(&store, &feed);
        pane.resize(1400, 1100);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        // Two geos with control planes, five charts' data in ten queries: one minute's budget.
        QCOMPARE(feed.plan().size(), 10);
        for (TelemetryChart *chart : pane.charts())
            QTRY_VERIFY2_WITH_TIMEOUT(!chart->keys().isEmpty(), qPrintable(chart->objectName()),
                                      20000);
        TelemetryChart *latency = pane.chart(u"latencyChart"_s);
        QCOMPARE(latency->keys().size(), 6); // p50, p95, p99 for each geo
        QVERIFY(pane.chart(u"errorChart"_s)->keys().size() >= 2);
        QVERIFY(!pane.findChild<QLabel *>(u"telemetryStatus"_s)->text().isEmpty());
        pane.grab().save(QStringLiteral(KD_SHOT_DIR "/telemetry-dashboard.png"));

        // Managed caches per cloud region instead of per cache: a new plan, which waits for
        // the budget (the last minute's ten queries are spent), and says so.
        auto *breakdown = pane.findChild<QComboBox *>(u"cacheBreakdown"_s);
        breakdown->setCurrentIndex(breakdown->findData(u"provider_region"_s));
        const auto plan = feed.plan();
        QVERIFY(std::any_of(plan.cbegin(), plan.cend(), [](const auto &q) {
            return q.query.dimensions().contains(u"provider_region"_s);
        }));
        QTRY_VERIFY(feed.delay().contains(u"10 analytics queries a minute"_s));
        QTRY_VERIFY(
            pane.findChild<QLabel *>(u"telemetryStatus"_s)->text().contains(u"follow at"_s));
    }
};

} // namespace kd

QTEST_MAIN(kd::TestTelemetryChart)
#include "tst_telemetrychart.moc"
