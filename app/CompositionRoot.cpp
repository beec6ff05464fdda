#include "CompositionRoot.h"

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/NodeVersions.h"
#include "fleet/ProfileStore.h"
#include "fleet/ProvisionTracker.h"
#include "fleet/SecretStore.h"
#include "fleet/Session.h"
#include "fleet/Snapshot.h"
#include "fleet/SyncEngine.h"
#include "fleet/TelemetryFeed.h"
#include "fleet/compare/ApplyPlan.h"
#include "sim/SimInstance.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Shell.h"
#include "ui/signin/SignInFlow.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QRandomGenerator>
#include <QTimer>

#include "Headless.h"
#include "HeadlessAdvise.h"
#include "HeadlessCode.h"
#include "HeadlessSync.h"
#include <chrono>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
// --screenshot: shortly after the first sync has painted, after the first paint when there
// is nothing to sync, and at the latest this long after start-up.
constexpr std::chrono::milliseconds screenshotAfterSync{800};
constexpr std::chrono::milliseconds screenshotWithoutSync{400};
constexpr std::chrono::milliseconds screenshotDeadline{8000};
// The demo's konnect-sim runs its clock this many times faster: a cache is ready in seconds.
constexpr int demoTimeScale = 60;

// A token for this run of the demo only; it never leaves the process.
QString demoToken() {
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString token = u"kpat_"_s;
    for (int i = 0; i < 48; ++i)
        token += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(62)]);
    return token;
}
} // namespace

CompositionRoot::CompositionRoot(AppOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options)) {
}

CompositionRoot::~CompositionRoot() {
    // Views go before the services they show.
    m_shell.reset();
    m_applier.reset();
    m_headless.reset();
    m_code.reset();
    m_advise.reset();
    m_nodes.reset();
    m_sync.reset();
    m_session.reset();
}

bool CompositionRoot::prepareSession(QString *error, QString *kind) {
    *kind = u"setup"_s;
    Profile profile;
    profile.name = m_options.demo ? tr("Demo organisation") : tr("Konnect");
    QString token;
    QByteArray caPem;
    if (m_options.demo) {
        token = demoToken();
        sim::SimLaunch launch;
        launch.options.tokens = {token};
        launch.tls = true;
        launch.options.timeScale = demoTimeScale;
        m_demo = sim::SimInstance::start(launch, error);
        if (!m_demo)
            return false;
        profile.endpointTemplate = m_demo->endpointTemplate();
        caPem = m_demo->caPem();
    } else {
        if (!m_options.profile.isEmpty()) {
            const ProfileStore saved;
            const std::optional<Profile> found = saved.load(m_options.profile);
            if (!found) {
                const QStringList names = saved.names();
                *error = names.isEmpty()
                             ? tr("There is no saved profile called \"%1\", and none is saved: "
                                  "sign in once in the window, or leave --profile out.")
                                   .arg(m_options.profile)
                             : tr("There is no saved profile called \"%1\". Saved: %2.")
                                   .arg(m_options.profile, names.join(u", "_s));
                return false;
            }
            profile = *found;
            if (m_options.caFile.isEmpty() && !profile.caFile.isEmpty())
                m_options.caFile = profile.caFile; // read below, like --ca-file
        }
        if (!m_options.endpointTemplate.isEmpty())
            profile.endpointTemplate = m_options.endpointTemplate;
        if (!m_options.tokenEnv.isEmpty()) {
            token = qEnvironmentVariable(qPrintable(m_options.tokenEnv));
            if (token.isEmpty()) {
                *kind = u"no-token"_s;
                *error = tr("The environment variable %1 is empty; put a Konnect token in it.")
                             .arg(m_options.tokenEnv);
                return false;
            }
        }
        if (!m_options.caFile.isEmpty()) {
            QFile file(m_options.caFile);
            if (!file.open(QIODevice::ReadOnly)) {
                *error = tr("Cannot read %1: %2").arg(m_options.caFile, file.errorString());
                return false;
            }
            caPem = file.readAll();
        }
    }
    if (const QString invalid = profile.validationError(); !invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    m_session = std::make_unique<Session>(profile);
    if (!caPem.isEmpty() && !m_session->trustCaPem(caPem, error))
        return false;
    if (!token.isEmpty())
        m_session->setToken(token);
    m_store = std::make_unique<FleetStore>();
    m_sync = std::make_unique<SyncEngine>(m_session.get(), m_store.get());
    m_actions = std::make_unique<FleetActions>(m_session.get(), m_store.get());
    // The demo organisation lives as long as this run, so do its pending operations.
    const QString trackerPath = m_demo ? QString() : ProvisionTracker::pathFor(profile.name);
    m_tracker = std::make_unique<ProvisionTracker>(m_actions.get(), m_store.get(), trackerPath);
    m_telemetry = std::make_unique<TelemetryFeed>(m_session.get(), m_store.get());
    // Data-plane nodes feed the advisor's version rules: the window's and --advise's. A headless
    // sync or export has no use for them (a read per cloud-gateway plane while it saves).
    if (!m_options.noGui || m_options.advise)
        m_nodes = std::make_unique<NodeVersions>(m_session.get(), m_store.get(), m_sync.get());
    return true;
}

int CompositionRoot::start() {
    QString error;
    QString kind;
    if (!prepareSession(&error, &kind)) {
        // --diff and --advise have one exit code for every error.
        const int failed = m_options.advise || !m_options.diff.isEmpty() ? 2 : 1;
        headless::printFailure(m_options.noGui && m_options.json, kind, error, failed);
        return failed;
    }
    if (m_options.noGui) {
        if (!m_options.profile.isEmpty() && m_options.tokenEnv.isEmpty())
            startHeadlessWithSavedToken();
        else
            startHeadless();
        return 0;
    }
    startWindow();
    return 0;
}

void CompositionRoot::startHeadless() {
    if (m_options.advise) {
        m_advise = std::make_unique<HeadlessAdvise>(
            m_session.get(), m_store.get(), m_sync.get(), m_nodes.get(),
            HeadlessAdvise::Request{m_options.controlPlanes, m_options.json});
        QTimer::singleShot(0, m_advise.get(), &HeadlessAdvise::start);
        return;
    }
    if (!m_options.sync) {
        m_code = std::make_unique<HeadlessCode>(
            m_session.get(), m_store.get(), m_sync.get(),
            HeadlessCode::Request{m_options.exportFormat, m_options.outDir, m_options.controlPlanes,
                                  m_options.diff, m_options.json});
        QTimer::singleShot(0, m_code.get(), &HeadlessCode::start);
        return;
    }
    // The demo organisation is new every run: no baseline for it.
    m_headless = std::make_unique<HeadlessSync>(
        m_session.get(), m_store.get(), m_sync.get(), m_options.json,
        m_demo ? QString() : SnapshotStore::pathFor(m_session->profile().name));
    QTimer::singleShot(0, m_headless.get(), &HeadlessSync::start);
}

void CompositionRoot::startHeadlessWithSavedToken() {
    m_secrets = std::make_unique<SecretStore>();
    const QString name = m_session->profile().name;
    QCoro::connect(m_secrets->readToken(name), this, [this, name](const Result<QString> &token) {
        if (!token || token->isEmpty()) {
            headless::printFailure(
                m_options.json, u"no-token"_s,
                tr("No token for the profile %1: %2 Put one in an environment variable and add "
                   "--token-env VAR.")
                    .arg(name, token ? QString() : token.error().message()),
                2);
            QCoreApplication::exit(2);
            return;
        }
        m_session->setToken(*token);
        startHeadless();
    });
}

void CompositionRoot::startWindow() {
    m_secrets = std::make_unique<SecretStore>();
    m_profiles = std::make_unique<ProfileStore>();
    m_applier = std::make_unique<compare::Applier>(m_session.get(), m_store.get(), m_actions.get());
    m_shell = std::make_unique<Shell>(ShellServices{
        m_session.get(), m_store.get(), m_sync.get(), m_actions.get(), m_tracker.get(),
        m_telemetry.get(), m_secrets.get(), m_profiles.get(), m_applier.get()});
    MainWindow *window = m_shell->window();
    window->restoreSession();
    if (!m_options.initialPane.isEmpty())
        window->showPane(m_options.initialPane); // AppOptions::parse() checked the id
    window->show();
    if (m_session->transport().hasToken()) {
        m_shell->startPrepared(m_demo ? tr(" (demo)") : QString());
    } else {
        if (!m_options.demo)
            m_shell->signIn()->setCommandLineConnection(m_options.endpointTemplate,
                                                        m_options.caFile);
        m_shell->startSignIn();
    }
    if (!m_options.screenshotFile.isEmpty())
        scheduleScreenshot();
}

void CompositionRoot::scheduleScreenshot() {
    const bool syncs = m_session->transport().hasToken();
    QTimer::singleShot(syncs ? screenshotDeadline : screenshotWithoutSync, this,
                       &CompositionRoot::takeScreenshotAndQuit);
    connect(m_sync.get(), &SyncEngine::syncFinished, this, [this] {
        QTimer::singleShot(screenshotAfterSync, this, &CompositionRoot::takeScreenshotAndQuit);
    });
}

void CompositionRoot::takeScreenshotAndQuit() {
    if (m_options.screenshotFile.isEmpty())
        return;
    // The window as the user sees it: with the dialog open over it, if there is one.
    MainWindow *window = m_shell->window();
    QPixmap shot = window->grab();
    QPainter painter(&shot);
    const auto dialogs = window->findChildren<QDialog *>();
    for (QDialog *dialog : dialogs) {
        if (dialog->isVisible())
            painter.drawPixmap(dialog->geometry().topLeft() - window->geometry().topLeft(),
                               dialog->grab());
    }
    painter.end();
    const QString file = std::exchange(m_options.screenshotFile, QString());
    if (!shot.save(file, "PNG")) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("Could not write the screenshot to %1.").arg(file)));
        QCoreApplication::exit(1);
        return;
    }
    QCoreApplication::exit(0);
}

} // namespace kd
