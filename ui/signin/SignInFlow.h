#pragma once

#include "fleet/Snapshot.h"

#include <QObject>
#include <QPointer>

namespace kd {

class FleetStore;
class MainWindow;
class ProfileStore;
class SecretStore;
class Session;
class SignInDialog;
class SyncEngine;
struct Profile;

// Signing in to a saved or new profile: the token from the keychain or the dialog, checked
// with Konnect, then saved (profile to settings, token to the keychain) and synced.
class SignInFlow final : public QObject {
    Q_OBJECT
public:
    SignInFlow(Session *session, SecretStore *secrets, ProfileStore *profiles, FleetStore *store,
               SyncEngine *sync, MainWindow *window, QObject *parent = nullptr);

    // The last profile with its saved token, or the dialog when there is none.
    void resume();
    void openDialog(const QString &error = {});
    void signOut();
    // For a session prepared elsewhere (--demo, --token-env): check it and sync.
    void signInPrepared(const QString &suffix);
    // Hosts and CA given on the command line: they fill the dialog's Connection fields and
    // win over a saved profile's for this run. Empty values leave the profile's.
    void setCommandLineConnection(const QString &endpointTemplate, const QString &caFile);

private:
    void signIn(const Profile &profile, const QString &token, bool save);
    // Shows the profile's last snapshot at once, marked with its age.
    void showSnapshot(const QString &profileName);
    void loadSnapshot(const QString &path, const Result<SnapshotData> &snapshot,
                      const QString &recoveryMessage);
    void onSignedIn(const QString &suffix);
    Profile withCommandLine(Profile profile) const;

    Session *m_session;
    SecretStore *m_secrets;
    ProfileStore *m_profiles;
    FleetStore *m_store;
    SyncEngine *m_sync;
    MainWindow *m_window;
    QPointer<SignInDialog> m_dialog;
    QString m_commandLineEndpoint;
    QString m_commandLineCaFile;
};

} // namespace kd
