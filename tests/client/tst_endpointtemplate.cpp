#include "client/EndpointTemplate.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace kd {

class TestEndpointTemplate final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void konnectHosts() {
        const EndpointTemplate konnect = EndpointTemplate::konnect();
        QCOMPARE(konnect.url(Geo::Global, u"/v3/users/me"_s),
                 QUrl(u"https://global.api.konghq.com/v3/users/me"_s));
        QCOMPARE(konnect.url(Geo::Eu, u"/v2/control-planes"_s),
                 QUrl(u"https://eu.api.konghq.com/v2/control-planes"_s));
        QVERIFY(konnect.usesTls());
    }

    void simulatorPrefix() {
        const auto sim = EndpointTemplate::parse(u"http://127.0.0.1:8123/{geo}/"_s);
        QVERIFY(sim);
        QCOMPARE(sim->url(Geo::Sg, u"/v2/control-planes"_s),
                 QUrl(u"http://127.0.0.1:8123/sg/v2/control-planes"_s));
        QUrlQuery query;
        query.addQueryItem(u"page[size]"_s, u"100"_s);
        QCOMPARE(sim->url(Geo::Us, u"/v2/control-planes"_s, query).query(), u"page[size]=100"_s);
        QVERIFY(!sim->usesTls());
    }

    void rejectsUnusablePatterns_data() {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("no placeholder") << u"https://api.konghq.com"_s;
        QTest::newRow("two placeholders") << u"https://{geo}.x/{geo}"_s;
        QTest::newRow("ftp") << u"ftp://{geo}.example.com"_s;
        QTest::newRow("query") << u"https://{geo}.example.com/?a=b"_s;
        QTest::newRow("credentials") << u"https://user@{geo}.example.com"_s;
        QTest::newRow("no host") << u"https:///{geo}"_s;
        // Plain http would send the token in clear: only loopback may have it.
        QTest::newRow("http to konnect") << u"http://{geo}.api.konghq.com"_s;
        QTest::newRow("http to a lan host") << u"http://10.0.0.5:8080/{geo}"_s;
        QTest::newRow("http to a look-alike") << u"http://127.0.0.1.example.com/{geo}"_s;
        // Found by fuzz_endpoint_template: a 62-character host label for "us", 66 for "global".
        QTest::newRow("label too long for global")
            << u"https://"_s + QString(59, u'd') + u"{geo}e"_s;
    }

    void plainHttpOnlyForThisMachine_data() {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("ipv4 loopback") << u"http://127.0.0.1:8123/{geo}"_s;
        QTest::newRow("another loopback") << u"http://127.0.0.2:8123/{geo}"_s;
        QTest::newRow("ipv6 loopback") << u"http://[::1]:8123/{geo}"_s;
        QTest::newRow("localhost") << u"http://localhost:8123/{geo}"_s;
    }
    void plainHttpOnlyForThisMachine() {
        QFETCH(QString, pattern);
        QString error;
        QVERIFY2(EndpointTemplate::parse(pattern, &error), qPrintable(error));
    }

    void refusedHttpSaysWhy() {
        QString error;
        QVERIFY(!EndpointTemplate::parse(u"http://{geo}.api.konghq.com"_s, &error));
        QVERIFY2(error.contains(u"unencrypted"_s) && error.contains(u"us.api.konghq.com"_s),
                 qPrintable(error));
    }
    void rejectsUnusablePatterns() {
        QFETCH(QString, pattern);
        QString error;
        QVERIFY(!EndpointTemplate::parse(pattern, &error));
        QVERIFY2(!error.isEmpty(), qPrintable(pattern));
    }

    void coversOnlyItsOwnHosts_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("covered");
        const QString konnect = EndpointTemplate::konnectDefault();
        const QString sim = u"http://127.0.0.1:9000/{geo}"_s;
        QTest::newRow("geo host") << konnect << u"https://us.api.konghq.com/v2/x"_s << true;
        QTest::newRow("global") << konnect << u"https://global.api.konghq.com/v3/users/me"_s
                                << true;
        QTest::newRow("other host") << konnect << u"https://evil.example.com/v2/x"_s << false;
        QTest::newRow("lookalike") << konnect << u"https://us.api.konghq.com.evil.io/v2"_s << false;
        QTest::newRow("downgrade") << konnect << u"http://us.api.konghq.com/v2/x"_s << false;
        QTest::newRow("other port") << konnect << u"https://us.api.konghq.com:8443/v2"_s << false;
        QTest::newRow("unknown geo") << konnect << u"https://xx.api.konghq.com/v2"_s << false;
        QTest::newRow("sim geo") << sim << u"http://127.0.0.1:9000/eu/v2/control-planes"_s << true;
        QTest::newRow("sim outside prefix") << sim << u"http://127.0.0.1:9000/admin"_s << false;
        QTest::newRow("sim prefix lookalike") << sim << u"http://127.0.0.1:9000/usx/v2"_s << false;
        QTest::newRow("sim other port") << sim << u"http://127.0.0.1:9001/us/v2"_s << false;
    }
    void coversOnlyItsOwnHosts() {
        QFETCH(QString, pattern);
        QFETCH(QString, url);
        QFETCH(bool, covered);
        const auto endpoints = EndpointTemplate::parse(pattern);
        QVERIFY(endpoints);
        QCOMPARE(endpoints->covers(QUrl(url)), covered);
    }

    void geoIds() {
        QCOMPARE(regionalGeos().size(), 6);
        for (Geo geo : regionalGeos())
            QCOMPARE(geoFromId(geoId(geo)), geo);
        QCOMPARE(geoFromId(u"global"), Geo::Global);
        QVERIFY(!geoFromId(u"mars"));
    }
};

} // namespace kd

QTEST_GUILESS_MAIN(kd::TestEndpointTemplate)
#include "tst_endpointtemplate.moc"
