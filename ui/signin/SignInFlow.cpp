#include "ui/signin/SignInFlow.h"

#include "fleet/FleetStore.h"
#include "fleet/ProfileStore.h"
#include "fleet/SecretStore.h"
#include "fleet/Session.h"
#include "fleet/Snapshot.h"
#include "fleet/SyncEngine.h"
#include "models/TimeFormat.h"
#include "ui/shell/MainWindow.h"
#include "ui/signin/SignInDialog.h"

#include <QLocale>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace kd {

SignInFlow::SignInFlow(Session *session, SecretStore *secrets, ProfileStore *profiles,
                       FleetStore *store, SyncEngine *sync, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_secrets(secrets)
    , m_profiles(profiles)
    , m_store(store)
    , m_sync(sync)
    , m_window(window) {
}

void SignInFlow::resume() {
    const QString last = m_profiles->lastUsed();
    auto profile = last.isEmpty() ? std::nullopt : m_profiles->load(last);
    if (!profile) {
        openDialog();
        return;
    }
    profile = withCommandLine(*profile);
    m_window->setConnectionText(tr("Signing in to %1…").arg(profile->name));
    showSnapshot(profile->name);
    QCoro::connect(m_secrets->readToken(profile->name), this,
                   [this, profile = *profile](const Result<QString> &token) {
                       if (!token) {
                           openDialog(token.error().message());
                           return;
                       }
                       signIn(profile, *token, false);
                   });
}

void SignInFlow::openDialog(const QString &error) {
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    Profile initial = withCommandLine(m_profiles->load(m_profiles->lastUsed()).value_or(Profile{}));
    if (initial.name.isEmpty())
        initial.name = tr("My organisation");
    m_dialog = new SignInDialog(m_profiles->names(), initial, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->showError(error);
    connect(m_dialog, &SignInDialog::profileChosen, this, [this](const QString &name) {
        if (const auto profile = m_profiles->load(name))
            m_dialog->showProfile(*profile);
    });
    connect(m_dialog, &SignInDialog::signInRequested, this, [this] {
        const Profile profile = m_dialog->profile();
        if (const QString invalid = profile.validationError(); !invalid.isEmpty()) {
            m_dialog->showError(invalid);
            return;
        }
        if (tokenKindOf(m_dialog->token()) == TokenKind::Unknown) {
            m_dialog->showError(tr("Paste a Konnect token: it starts with kpat_ (personal "
                                   "access token) or spat_ (system account token)."));
            return;
        }
        signIn(profile, m_dialog->token(), true);
    });
    m_dialog->open();
}

void SignInFlow::signIn(const Profile &profile, const QString &token, bool save) {
    QString error;
    if (!m_session->setProfile(profile, &error)) {
        if (m_dialog)
            m_dialog->showError(error);
        else
            openDialog(error);
        return;
    }
    m_sync->stop();
    if (save)
        m_store->clear(); // the dialog may switch organisation; resume keeps the snapshot
    m_sync->setSnapshotPath(SnapshotStore::pathFor(profile.name));
    m_session->setToken(token);
    if (m_dialog)
        m_dialog->setBusy(true);
    QCoro::connect(m_session->signIn(), this, [this, profile, token, save](const Status &status) {
        if (m_dialog)
            m_dialog->setBusy(false);
        if (!status && status.error().kind() == Error::Kind::Transport && !save
            && !m_store->controlPlaneIds().isEmpty()) {
            // Offline: the snapshot stays, read-only, and says how old it is.
            m_store->setReadOnly(true);
            m_window->setConnectionText(tr("Offline · %1").arg(profile.name),
                                        status.error().message());
            m_window->statusBar()->showMessage(
                tr("Konnect cannot be reached (%1). Showing the last snapshot, read-only; "
                   "nothing can be changed until the connection is back.")
                    .arg(status.error().message()));
            return;
        }
        if (!status) {
            m_window->setConnectionText(tr("Not signed in"), status.error().message());
            if (m_dialog)
                m_dialog->showError(status.error().message()); // what was typed stays
            else
                openDialog(status.error().message());
            return;
        }
        m_profiles->setLastUsed(profile.name);
        if (!save) {
            onSignedIn({});
            return;
        }
        m_profiles->save(profile);
        QCoro::connect(m_secrets->writeToken(profile.name, token), this,
                       [this](const Status &saved) {
                           if (!saved)
                               m_window->statusBar()->showMessage(saved.error().message());
                           onSignedIn({});
                       });
    });
}

void SignInFlow::setCommandLineConnection(const QString &endpointTemplate, const QString &caFile) {
    m_commandLineEndpoint = endpointTemplate;
    m_commandLineCaFile = caFile;
}

Profile SignInFlow::withCommandLine(Profile profile) const {
    if (!m_commandLineEndpoint.isEmpty())
        profile.endpointTemplate = m_commandLineEndpoint;
    if (!m_commandLineCaFile.isEmpty())
        profile.caFile = m_commandLineCaFile;
    return profile;
}

void SignInFlow::signInPrepared(const QString &suffix) {
    m_window->setConnectionText(tr("Signing in…"));
    QCoro::connect(m_session->signIn(), this, [this, suffix](const Status &status) {
        if (!status) {
            m_window->setConnectionText(tr("Sign-in failed"), status.error().message());
            m_window->statusBar()->showMessage(status.error().message());
            return;
        }
        onSignedIn(suffix);
    });
}

void SignInFlow::showSnapshot(const QString &profileName) {
    const QString path = SnapshotStore::pathFor(profileName);
    // A save cut short by a crash is finished or cleaned up first, and said so.
    QCoro::connect(SnapshotStore::open(path, SnapshotStore::Part::Inventory), this,
                   [this, path](const SnapshotOpening &opening) {
                       if (!opening.recovery.message.isEmpty())
                           m_window->statusBar()->showMessage(opening.recovery.message);
                       if (opening.found)
                           loadSnapshot(path, opening.data, opening.recovery.message);
                   });
}

void SignInFlow::loadSnapshot(const QString &path, const Result<SnapshotData> &snapshot,
                              const QString &recoveryMessage) {
    // The inventory first, painted at once; plugins and partials (most of the rows) after.
    // A live sync may already have filled the store: it wins.
    if (!snapshot || !m_store->controlPlaneIds().isEmpty())
        return;
    m_store->restore(*snapshot);
    QCoro::connect(SnapshotStore::load(path, SnapshotStore::Part::CoreEntities), this,
                   [this](const Result<SnapshotData> &core) {
                       if (core)
                           QCoro::connect(restoreCoreEntitiesGradually(m_store, *core), this,
                                          [] {});
                   });
    const qint64 minutes = snapshot->savedAt.secsTo(QDateTime::currentDateTimeUtc()) / 60;
    const QString showing = tr("Showing the snapshot from %1 (%n minutes old) while Konnect "
                               "is read.",
                               nullptr, static_cast<int>(minutes))
                                .arg(timeformat::dateTime(snapshot->savedAt));
    m_window->statusBar()->showMessage(
        recoveryMessage.isEmpty() ? showing : showing + u' ' + recoveryMessage);
}

void SignInFlow::onSignedIn(const QString &suffix) {
    m_store->setReadOnly(false);
    if (m_dialog)
        m_dialog->accept();
    m_window->setConnectionText(m_session->identityText() + suffix,
                                m_session->profile().endpointTemplate);
    if (m_secrets->memoryOnly())
        m_window->statusBar()->showMessage(
            tr("No system keychain answered (%1): the token is kept in memory for this run "
               "only, and you will be asked again next time.")
                .arg(m_secrets->memoryOnlyReason()));
    m_sync->start();
}

void SignInFlow::signOut() {
    const QString name = m_session->profile().name;
    m_sync->stop();
    m_session->setToken({});
    m_store->clear();
    m_window->setConnectionText(tr("Not signed in"));
    QCoro::connect(m_secrets->deleteToken(name), this, [this, name](const Status &forgotten) {
        m_window->statusBar()->showMessage(
            forgotten ? tr("Signed out of %1; its token was removed from the keychain.").arg(name)
                      : forgotten.error().message());
    });
}

} // namespace kd
