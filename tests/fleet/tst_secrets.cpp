#include "fleet/ProfileStore.h"
#include "fleet/SecretStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <qcoro/qcorotask.h>

using namespace Qt::StringLiterals;

namespace kd {

class TestSecrets final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"konnect-desk-tests"_s);
        QCoreApplication::setApplicationName(u"tst_secrets"_s);
        QSettings().clear();
    }

    void tokenRoundTripsThroughTheKeychain() {
        const QString service = u"konnect-desk-test-%1"_s.arg(QCoreApplication::applicationPid());
        const QString token = u"kpat_secret-fixture-not-a-token"_s;
        SecretStore store(service);
        QVERIFY(QCoro::waitFor(store.writeToken(u"acme/prod"_s, token)));
        const bool realKeychain = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
        if (realKeychain) {
            // Under the test command's D-Bus session with gnome-keyring: the real path.
            QVERIFY2(!store.memoryOnly(), qPrintable(store.memoryOnlyReason()));
            SecretStore fresh(service); // a new run reads what the last one wrote
            const auto read = QCoro::waitFor(fresh.readToken(u"acme/prod"_s));
            QVERIFY2(read, qPrintable(read ? QString() : read.error().message()));
            QCOMPARE(*read, token);
        } else {
            // No keychain answers: the token lives in memory for this run, and we say so.
            QVERIFY(store.memoryOnly());
            QVERIFY(!store.memoryOnlyReason().isEmpty());
        }
        QCOMPARE(*QCoro::waitFor(store.readToken(u"acme/prod"_s)), token);
        QVERIFY(QCoro::waitFor(store.deleteToken(u"acme/prod"_s)));
        QVERIFY(!QCoro::waitFor(store.readToken(u"acme/prod"_s)));
    }

    void profilesNeverHoldTheToken() {
        ProfileStore profiles;
        Profile profile;
        profile.name = u"acme/prod"_s;
        profile.geos = {Geo::Us, Geo::Eu};
        profile.caFile = u"/etc/ssl/proxy.pem"_s;
        profiles.save(profile);
        profiles.setLastUsed(profile.name);
        QCOMPARE(profiles.names(), QStringList{u"acme/prod"_s});
        QCOMPARE(profiles.load(u"acme/prod"_s), profile);
        QCOMPARE(profiles.lastUsed(), u"acme/prod"_s);
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(u"kpat_"_s), qPrintable(key));
        profiles.remove(u"acme/prod"_s);
        QVERIFY(profiles.names().isEmpty());
    }
};

} // namespace kd

QTEST_GUILESS_MAIN(kd::TestSecrets)
#include "tst_secrets.moc"
