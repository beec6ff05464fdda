#include "fleet/FleetStore.h"
#include "fleet/ProfileStore.h"
#include "fleet/SecretStore.h"
#include "fleet/Session.h"
#include "fleet/SyncEngine.h"
#include "models/ActivityModel.h"
#include "sim/SimInstance.h"
#include "ui/shell/MainWindow.h"
#include "ui/signin/SignInDialog.h"
#include "ui/signin/SignInFlow.h"

#include <QCheckBox>
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
#include <QToolButton>

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

    // The dialog the flow opened, shown.
    static SignInDialog *openedDialog(App &app) {
        auto *dialog = app.window.findChild<SignInDialog *>();
        if (dialog && !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }

    static QString fieldText(SignInDialog *dialog, const QString &name) {
        return dialog->findChild<QLineEdit *>(name)->text();
    }

    // Sign in through the dialog with what the flow put in it; the error shown, if any.
    static QString signInWith(SignInDialog *dialog, const QString &token) {
        dialog->showError({});
        dialog->findChild<QLineEdit *>(u"token"_s)->setText(token);
        auto *error = dialog->findChild<QLabel *>(u"error"_s);
        dialog->findChild<QPushButton *>(u"signInButton"_s)->click();
        if (!QTest::qWaitFor([&] { return !dialog->isVisible() || !error->text().isEmpty(); },
                             20000))
            return u"(no answer)"_s;
        return dialog->isVisible() ? error->text() : QString();
    }

private Q_SLOTS:
    void init() {
        QSettings().clear(); // no saved profile: each test starts at the dialog
    }

    void commandLineConnectionFillsTheDialog() {
        App app;
        app.window.show();
        app.flow.setCommandLineConnection(m_sim->endpointTemplate(), m_caFile);
        app.flow.resume();
        SignInDialog *dialog = openedDialog(app);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QGroupBox *>(u"connection"_s)->isChecked());
        QCOMPARE(fieldText(dialog, u"endpointTemplate"_s), m_sim->endpointTemplate());
        QCOMPARE(fieldText(dialog, u"caFile"_s), m_caFile);
        // Nothing else to fill in: the token goes to the simulator, not to konghq.com.
        QCOMPARE(signInWith(dialog, m_token), QString());
        QCOMPARE(app.session.identityText(), u"Avery Okafor · Acme Billing"_s);
        QCOMPARE(app.session.profile().endpointTemplate, m_sim->endpointTemplate());
        QTRY_COMPARE(app.store.controlPlaneIds().size(), 3);
        app.flow.signOut();
    }

    void connectionErrorsNameTheHost() {
        App app;
        ActivityModel activity(&app.session.transport().callLog());
        app.window.show();
        app.flow.setCommandLineConnection(u"http://127.0.0.1:1/{geo}"_s, {});
        app.flow.resume();
        SignInDialog *dialog = openedDialog(app);
        QVERIFY(dialog);
        QString error = signInWith(dialog, m_token);
        QVERIFY2(error.contains(u"127.0.0.1:1 refused the connection"_s), qPrintable(error));
        QVERIFY(activity.rowCount() > 0);
        const QModelIndex status =
            activity.index(activity.rowCount() - 1, ActivityModel::StatusColumn);
        QCOMPARE(status.data().toString(), u"failed: 127.0.0.1:1"_s);

        // A name that does not resolve: the message and Activity say which one.
        dialog->findChild<QLineEdit *>(u"endpointTemplate"_s)
            ->setText(u"https://{geo}.konnect-desk.invalid"_s);
        // Long words carry invisible break points so that they wrap inside the dialog.
        error = signInWith(dialog, m_token).remove(QChar(0x200B));
        QVERIFY2(error.contains(u"global.konnect-desk.invalid"_s), qPrintable(error));
        QVERIFY2(error.contains(u"did not resolve"_s), qPrintable(error));
        QCOMPARE(
            activity.index(activity.rowCount() - 1, ActivityModel::StatusColumn).data().toString(),
            u"failed: global.konnect-desk.invalid"_s);
        QCOMPARE(fieldText(dialog, u"token"_s), m_token); // what was typed stays
    }

    void connectionBoxIsNotClipped() {
        App app;
        app.window.show();
        app.flow.resume();
        SignInDialog *dialog = openedDialog(app);
        QVERIFY(dialog);
        auto *connection = dialog->findChild<QGroupBox *>(u"connection"_s);
        QVERIFY(!connection->isChecked()); // Konnect's own hosts: nothing to show
        connection->setChecked(true);
        dialog->showError(u"Konnect did not accept the token: it is wrong, expired or revoked. "
                          "Sign in again with a valid personal or system account token."_s);
        QList<QWidget *> fields;
        for (QWidget *field : connection->findChildren<QLineEdit *>())
            fields.append(field);
        for (QWidget *field : connection->findChildren<QCheckBox *>())
            fields.append(field);
        for (QWidget *field : connection->findChildren<QToolButton *>())
            fields.append(field);
        QCOMPARE(fields.size(), 2 + 6 + 1);
        // The first field that does not get the room it needs, if any.
        const auto clipped = [&]() -> QString {
            for (QWidget *field : std::as_const(fields)) {
                const QRect inBox(field->mapTo(connection, QPoint(0, 0)), field->size());
                if (!field->isVisible() || field->height() < field->minimumSizeHint().height()
                    || field->width() < field->minimumSizeHint().width()
                    || !connection->contentsRect().contains(inBox))
                    return u"%1 (%2): %3x%4, needs %5x%6"_s.arg(field->objectName())
                        .arg(QString::fromLatin1(field->metaObject()->className()))
                        .arg(field->width())
                        .arg(field->height())
                        .arg(field->minimumSizeHint().width())
                        .arg(field->minimumSizeHint().height());
            }
            return {};
        };
        QTRY_COMPARE(clipped(), QString());
        dialog->grab().save(QStringLiteral(KD_SHOT_DIR "/dialog-signin-connection.png"));
        auto *error = dialog->findChild<QLabel *>(u"error"_s);
        QVERIFY(error->height() >= error->heightForWidth(error->width()));
    }

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
            // CTest runs this test with gnome-keyring (KEYCHAIN in tests/ui/CMakeLists.txt).
            QVERIFY2(!app.secrets.memoryOnly(), qPrintable(app.secrets.memoryOnlyReason()));
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
