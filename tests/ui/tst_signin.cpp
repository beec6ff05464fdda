#include "fleet/FleetStore.h"
#include "fleet/ProfileStore.h"
#include "fleet/SecretStore.h"
#include "fleet/Session.h"
#include "fleet/SyncEngine.h"
#include "sim/SimInstance.h"
#include "ui/shell/MainWindow.h"
#include "ui/signin/SignInDialog.h"
#include "ui/signin/SignInFlow.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "common/SimSession.h"

using namespace Qt::StringLiterals;

namespace kd {

// Sign-in against konnect-sim over HTTPS with its CA in a file, through the real dialog.
class TestSignIn final : public QObject {
    Q_OBJECT
private:
    const QString m_token = u"kpat_signin-fixture-not-a-token"_s;
    std::unique_ptr<sim::SimInstance> m_sim;
    QTemporaryDir m_dir;
    QString m_caFile;

    struct App {
        Session session{Profile{}};
        SecretStore secrets{QStringLiteral("konnect-desk-tst-signin")};
        ProfileStore profiles;
        FleetStore store;
        SyncEngine sync{&session, &store};
        MainWindow window;
        SignInFlow flow{&session, &secrets, &profiles, &store, &sync, &window};
    };

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"konnect-desk-tests"_s);
        QCoreApplication::setApplicationName(u"tst_signin"_s);
        QSettings().clear();
        sim::SimLaunch launch;
        launch.tls = true;
        launch.caOut = m_dir.filePath(u"ca.pem"_s);
        m_sim = test::startSim(m_token, launch);
        m_caFile = launch.caOut;
    }

    void signInThroughTheDialogThenResume() {
        {
            App app;
            app.window.show();
            app.flow.resume(); // nothing saved: the dialog asks
            QPointer<SignInDialog> dialog = app.window.findChild<SignInDialog *>();
            QVERIFY(dialog);
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            dialog->findChild<QGroupBox *>()->setChecked(true);
            dialog->findChild<QLineEdit *>(u"endpointTemplate"_s)
                ->setText(m_sim->endpointTemplate());
            dialog->findChild<QLineEdit *>(u"caFile"_s)->setText(m_caFile);
            auto *token = dialog->findChild<QLineEdit *>(u"token"_s);
            auto *error = dialog->findChild<QLabel *>(u"error"_s);
            auto *signIn = dialog->findChild<QPushButton *>(u"signInButton"_s);

            token->setText(u"not-a-token"_s);
            signIn->click();
            QVERIFY(error->text().contains(u"kpat_"_s));

            token->setText(u"kpat_wrong"_s);
            signIn->click();
            QTRY_VERIFY(error->text().contains(u"did not accept the token"_s));
            QCOMPARE(token->text(), u"kpat_wrong"_s); // nothing typed is lost
            dialog->grab().save(QStringLiteral(KD_SHOT_DIR "/dialog-signin-error.png"));

            token->setText(m_token);
            signIn->click();
            QTRY_VERIFY(!dialog);
            QCOMPARE(app.session.identityText(), u"Avery Okafor · Acme Billing"_s);
            QTRY_COMPARE(app.store.controlPlaneIds().size(), 3);
            QCOMPARE(app.profiles.lastUsed(), u"My organisation"_s);
            const auto saved = app.profiles.load(u"My organisation"_s);
            QVERIFY(saved);
            QCOMPARE(saved->endpointTemplate, m_sim->endpointTemplate());
            QSettings settings;
            for (const QString &key : settings.allKeys())
                QVERIFY2(!settings.value(key).toString().contains(m_token), qPrintable(key));
            if (app.secrets.memoryOnly())
                QSKIP("No keychain here (no D-Bus session); the test command runs this with "
                      "gnome-keyring, where the token survives a restart.");
        }
        {
            // A new run: the profile and the keychain sign in with no dialog; the sync saves
            // a snapshot.
            App again;
            QSignalSpy saved(&again.sync, &SyncEngine::snapshotSaved);
            again.window.show();
            again.flow.resume();
            QTRY_VERIFY(again.session.signedIn());
            QVERIFY(!again.window.findChild<SignInDialog *>());
            QTRY_COMPARE(again.store.controlPlaneIds().size(), 3);
            QTRY_COMPARE(saved.size(), 1);
            QCOMPARE(saved.first().at(0).toString(), QString());
        }
        // Konnect is gone: the next start shows the snapshot, read-only, and says so.
        m_sim.reset();
        App offline;
        offline.window.show();
        offline.flow.resume();
        QTRY_COMPARE(offline.store.controlPlaneIds().size(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(offline.store.readOnly(), 20000);
        QVERIFY(!offline.session.signedIn());
        QVERIFY(!offline.window.findChild<SignInDialog *>());

        offline.flow.signOut();
        QVERIFY(!offline.session.transport().hasToken());
        QVERIFY(offline.store.controlPlaneIds().isEmpty());
        QTRY_VERIFY(!QCoro::waitFor(offline.secrets.readToken(u"My organisation"_s)));
    }
};

} // namespace kd

QTEST_MAIN(kd::TestSignIn)
#include "tst_signin.moc"
