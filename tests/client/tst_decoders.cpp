#include "client/Metrics.h"
#include "client/SnapshotCodec.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace kd {

// Bodies found by the fuzz targets (tests/fuzz): each is refused with a parse error where it
// used to reach undefined behaviour or decode into a wrong value.
class TestDecoders final : public QObject {
    Q_OBJECT

    static QByteArray controlPlane(const QByteArray &updatedAt) {
        return R"({"id":"c","name":"n","config":{"cluster_type":"CLUSTER_TYPE_CONTROL_PLANE"},)"
               R"("created_at":0,"updated_at":)"
               + updatedAt + '}';
    }

private Q_SLOTS:
    void metricsGranularityOutOfRange_data() {
        QTest::addColumn<QByteArray>("granularity");
        QTest::newRow("beyond qint64") << QByteArray("6.00333e+108");
        QTest::newRow("negative") << QByteArray("-60000");
    }
    void metricsGranularityOutOfRange() {
        QFETCH(QByteArray, granularity);
        const QByteArray body = R"({"data":[],"meta":{"display":{},"end":"2026-11-30T15:23:00Z",)"
                                R"("granularity_ms":)"
                                + granularity
                                + R"(,"limit":50,"metric_units":{},"query_id":"q",)"
                                  R"("start":"2026-11-30T14:22:00Z","truncated":false}})";
        const auto result = MetricsResult::fromBody(body);
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Error::Kind::Parse);
        QVERIFY2(result.error().message().contains(u"granularity_ms"_s),
                 qPrintable(result.error().message()));
    }

    void metricsGranularityInRange() {
        const QByteArray body = R"({"data":[],"meta":{"display":{},"end":"2026-11-30T15:23:00Z",)"
                                R"("granularity_ms":60000,"limit":50,"metric_units":{},)"
                                R"("query_id":"q","start":"2026-11-30T14:22:00Z",)"
                                R"("truncated":false}})";
        const auto result = MetricsResult::fromBody(body);
        QVERIFY(result);
        QCOMPARE(result->granularityMs, 60000);
    }

    void epochSecondsOutOfRange_data() {
        QTest::addColumn<QByteArray>("seconds");
        QTest::newRow("found by fuzz_snapshot_codec") << QByteArray("1796055555555555555548200");
        QTest::newRow("beyond qint64") << QByteArray("1e300");
        QTest::newRow("year 10000") << QByteArray("253402300800");
        QTest::newRow("year 0") << QByteArray("-62135596801");
    }
    void epochSecondsOutOfRange() {
        QFETCH(QByteArray, seconds);
        const auto decoded = snapshot::decodeControlPlane(controlPlane(seconds), Geo::Us);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().kind(), Error::Kind::Parse);
        QVERIFY2(decoded.error().message().contains(u"updated_at"_s),
                 qPrintable(decoded.error().message()));
    }

    void epochSecondsInRange() {
        const auto decoded = snapshot::decodeControlPlane(controlPlane("253402300799"), Geo::Us);
        QVERIFY(decoded);
        QCOMPARE(decoded->updatedAt, QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC));
    }
};

} // namespace kd

QTEST_GUILESS_MAIN(kd::TestDecoders)
#include "tst_decoders.moc"
