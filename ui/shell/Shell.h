#pragma once

#include "ui/shell/ShellServices.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QAction;

namespace kd {

class CachesPane;
class ControlPlanesPane;
class GatewaysPane;
class MainWindow;
class NetworksPane;
class PartialsPane;
class PluginsPane;
class SignInFlow;
class SyncStatus;
class ThemeController;

// The window of one run: builds every pane, wires the panes to each other and to the
// services, and adds sign-in to the File menu. The app and the GUI tests both use it, so the
// wiring they test is the wiring that ships.
class Shell final : public QObject {
    Q_OBJECT
public:
    explicit Shell(const ShellServices &services, QObject *parent = nullptr);
    ~Shell() override;

    // Every pane id, in navigator order; known before any widget exists (for --pane).
    static QStringList paneIds();

    MainWindow *window() const { return m_window.get(); }
    SignInFlow *signIn() const { return m_signIn.get(); }

    // The session was signed in elsewhere (--demo, --token-env): check it and sync;
    // `suffix` follows the identity in the status bar.
    void startPrepared(const QString &suffix);
    // The last profile with its keychain token, or the sign-in dialog.
    void startSignIn();

private:
    void createPanes();
    void addCommandPalette(ControlPlanesPane *planes, GatewaysPane *gateways,
                           NetworksPane *networks, CachesPane *caches, PartialsPane *partials,
                           PluginsPane *plugins);
    void addSessionActions();
    void resumeTrackerOnce();

    ShellServices m_services;
    ThemeController *m_theme;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SignInFlow> m_signIn;
    std::unique_ptr<SyncStatus> m_syncStatus;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    bool m_trackerResumed = false;
};

} // namespace kd
