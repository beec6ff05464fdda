#include "sim/SimRequestParser.h"

#include <QTest>

#include "SimFixture.h"

using namespace Qt::StringLiterals;

namespace kd::sim::test {

// How konnect-sim reads a request target, and requests the fuzz targets (tests/fuzz) found.
class TestSimRequests final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitsHostAndPath_data() {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("path");
        QTest::newRow("geo") << u"/us/v2/control-planes"_s << u"us"_s << u"/v2/control-planes"_s;
        QTest::newRow("global") << u"/global/v3/users/me"_s << u"global"_s << u"/v3/users/me"_s;
        QTest::newRow("host only") << u"/eu"_s << u"eu"_s << QString();
        QTest::newRow("host and slash") << u"/eu/"_s << u"eu"_s << u"/"_s;
        QTest::newRow("root") << u"/"_s << QString() << QString();
        QTest::newRow("empty") << QString() << QString() << QString();
    }
    void splitsHostAndPath() {
        QFETCH(QString, target);
        QFETCH(QString, host);
        QFETCH(QString, path);
        const SimRequest request = parseRequestTarget(target, {});
        QCOMPARE(request.host, host);
        QCOMPARE(request.path, path);
    }

    void decodesQuery() {
        const auto query = decodeQuery("page%5Bsize%5D=10&filter%5Bname%5D=a+b%2Bc&flag&&x=1&x=2");
        QCOMPARE(query.value(u"page[size]"_s), u"10"_s);
        QCOMPARE(query.value(u"filter[name]"_s), u"a b+c"_s);
        QVERIFY(query.contains(u"flag"_s));
        QCOMPARE(query.value(u"flag"_s), QString());
        QCOMPARE(query.values(u"x"_s).size(), 2);
        QCOMPARE(query.size(), 5);
    }

    // An offset decoding to INT64_MAX overflowed offset + size (signed overflow under UBSan).
    void coreOffsetPastTheEnd_data() {
        QTest::addColumn<QByteArray>("index");
        QTest::newRow("int64 max") << QByteArray("9223372036854775807");
        QTest::newRow("just past the end") << QByteArray("100000");
    }
    void coreOffsetPastTheEnd() {
        QFETCH(QByteArray, index);
        SimFixture sim;
        const QString prod = sim.controlPlaneId(u"us"_s, u"prod-billing-svcs"_s);
        const Reply reply = sim.get(
            u"us"_s, u"/v2/control-planes/"_s + prod + u"/core-entities/plugins?size=2&offset="_s
                         + QString::fromLatin1(index.toBase64(QByteArray::Base64UrlEncoding)));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json.value(u"data"_s).toArray().isEmpty());
        QVERIFY(!reply.json.contains(u"offset"_s));
    }
};

} // namespace kd::sim::test

QTEST_GUILESS_MAIN(kd::sim::test::TestSimRequests)
#include "tst_sim_requests.moc"
