#include "fleet/Profile.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace kd {

class TestProfile final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tokenKinds() {
        QCOMPARE(tokenKindOf(u"kpat_abc"), TokenKind::Personal);
        QCOMPARE(tokenKindOf(u"spat_abc"), TokenKind::SystemAccount);
        QCOMPARE(tokenKindOf(u"Bearer kpat_abc"), TokenKind::Unknown);
        QCOMPARE(tokenKindOf(u""), TokenKind::Unknown);
    }

    void defaultsAreRealKonnectOnEveryGeo() {
        Profile profile;
        profile.name = u"acme"_s;
        QCOMPARE(profile.geos, regionalGeos());
        QCOMPARE(profile.endpointTemplate, u"https://{geo}.api.konghq.com"_s);
        QVERIFY(profile.validationError().isEmpty());
    }

    void validation() {
        Profile profile;
        QVERIFY(!profile.validationError().isEmpty());
        profile.name = u"acme"_s;
        profile.geos.clear();
        QVERIFY(!profile.validationError().isEmpty());
        profile.geos = {Geo::Us, Geo::Global};
        QVERIFY(!profile.validationError().isEmpty());
        profile.geos = {Geo::Us};
        profile.endpointTemplate = u"https://api.konghq.com"_s;
        QVERIFY(profile.validationError().contains(u"{geo}"_s));
    }
};

} // namespace kd

QTEST_GUILESS_MAIN(kd::TestProfile)
#include "tst_profile.moc"
