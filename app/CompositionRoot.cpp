#include "CompositionRoot.h"

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/ProfileStore.h"
#include "fleet/ProvisionTracker.h"
#include "fleet/SecretStore.h"
#include "fleet/Session.h"
#include "fleet/Snapshot.h"
#include "fleet/SyncEngine.h"
#include "fleet/TelemetryFeed.h"
#include "fleet/compare/ApplyPlan.h"
#include "sim/SimInstance.h"
#include "ui/activity/ActivityPane.h"
#include "ui/caches/CachesPane.h"
#include "ui/controlplanes/ControlPlanesPane.h"
#include "ui/export/ComparePane.h"
#include "ui/export/ExportDialog.h"
#include "ui/gateways/GatewaysPane.h"
#include "ui/networks/NetworksPane.h"
#include "ui/plugins/PartialsPane.h"
#include "ui/plugins/PluginsPane.h"
#include "ui/shell/MainWindow.h"
#include "ui/signin/SignInFlow.h"
#include "ui/telemetry/TelemetryPane.h"
#include "ui/topology/TopologyPane.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QMenu>
#include <QPixmap>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include "HeadlessCode.h"
#include "HeadlessSync.h"
#include <cstdio>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
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
    m_signIn.reset();
    m_window.reset();
    m_applier.reset();
    m_headless.reset();
    m_code.reset();
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
        launch.options.timeScale = 60;
        m_demo = sim::SimInstance::start(launch, error);
        if (!m_demo)
            return false;
        profile.endpointTemplate = m_demo->endpointTemplate();
        caPem = m_demo->caPem();
    } else {
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
    return true;
}

int CompositionRoot::start() {
    QString error;
    QString kind;
    if (!prepareSession(&error, &kind)) {
        HeadlessSync::printFailure(m_options.noGui && m_options.json, kind, error, 1);
        return 1;
    }
    if (m_options.noGui && !m_options.sync) {
        m_code = std::make_unique<HeadlessCode>(
            m_session.get(), m_store.get(), m_sync.get(),
            HeadlessCode::Request{m_options.exportFormat, m_options.outDir, m_options.controlPlanes,
                                  m_options.diff, m_options.json});
        QTimer::singleShot(0, m_code.get(), &HeadlessCode::start);
        return 0;
    }
    if (m_options.noGui) {
        // The demo organisation is new every run: no baseline for it.
        m_headless = std::make_unique<HeadlessSync>(
            m_session.get(), m_store.get(), m_sync.get(), m_options.json,
            m_demo ? QString() : SnapshotStore::pathFor(m_session->profile().name));
        QTimer::singleShot(0, m_headless.get(), &HeadlessSync::start);
        return 0;
    }
    return startWindow();
}

int CompositionRoot::startWindow() {
    m_window = std::make_unique<MainWindow>();
    QStringList paneIds;
    const auto addPane = [this, &paneIds](Pane *pane) {
        m_window->addPane(pane);
        paneIds.append(pane->paneId());
    };
    auto *planes = new ControlPlanesPane(m_store.get(), m_sync.get(), m_actions.get());
    auto *gateways = new GatewaysPane(m_store.get(), m_actions.get());
    addPane(planes);
    addPane(gateways);
    addPane(new NetworksPane(m_store.get(), m_actions.get()));
    auto *caches = new CachesPane(m_store.get(), m_actions.get(), m_tracker.get());
    auto *partials = new PartialsPane(m_store.get(), m_actions.get());
    auto *plugins = new PluginsPane(m_store.get(), m_actions.get());
    addPane(caches);
    addPane(partials);
    addPane(plugins);
    auto *topology = new TopologyPane(m_store.get());
    topology->setTelemetry(m_telemetry.get());
    addPane(topology);
    addPane(new TelemetryPane(m_store.get(), m_telemetry.get()));
    m_applier = std::make_unique<compare::Applier>(m_session.get(), m_store.get(), m_actions.get());
    addPane(new ComparePane(m_store.get(), m_applier.get()));
    addPane(new ActivityPane(&m_session->transport().callLog()));
    // The map and the inventory panes select the same thing.
    connect(topology, &TopologyPane::groupSelected, gateways, &GatewaysPane::selectGroup);
    connect(gateways, &GatewaysPane::groupSelected, topology, &TopologyPane::selectGroup);
    connect(topology, &TopologyPane::controlPlaneSelected, planes,
            &ControlPlanesPane::selectControlPlane);
    connect(planes, &ControlPlanesPane::controlPlaneSelected, topology,
            &TopologyPane::selectControlPlane);
    const auto showPlugin = [this, plugins](const QString &id) {
        m_window->showPane(plugins->paneId());
        plugins->selectPlugin(id);
    };
    connect(caches, &CachesPane::showPluginRequested, this, showPlugin);
    connect(partials, &PartialsPane::showPluginRequested, this, showPlugin);
    connect(plugins, &PluginsPane::showPartialRequested, this, [this, partials](const QString &id) {
        m_window->showPane(partials->paneId());
        partials->selectPartial(id);
    });
    connect(m_tracker.get(), &ProvisionTracker::settled, this,
            [this, caches](const QString &owner, const QString &, bool succeeded,
                           const QString &message) {
                m_window->notify(tr("Managed cache"), message, !succeeded);
                caches->selectCache(owner);
            });
    // Operations pending from the last run resume once the fleet is known.
    connect(m_sync.get(), &SyncEngine::syncFinished, m_tracker.get(), [this] {
        if (!std::exchange(m_trackerResumed, true))
            m_tracker->resume();
    });
    connect(gateways, &GatewaysPane::showControlPlaneRequested, this,
            [this, planes](const QString &id) {
                m_window->showPane(planes->paneId());
                planes->selectControlPlane(id);
            });
    m_window->restoreSession();
    if (!m_options.initialPane.isEmpty() && !m_window->showPane(m_options.initialPane)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("There is no pane called \"%1\". Use one of: %2.")
                                    .arg(m_options.initialPane, paneIds.join(u", "_s))));
        return 2;
    }
    connect(m_sync.get(), &SyncEngine::geoStatusChanged, this, &CompositionRoot::updateSyncStatus);
    // Konnect asked to wait (429 with Retry-After): say so until the wait is over.
    connect(&m_session->transport().budget(), &RequestBudget::pausedUntilChanged, this,
            [this](const QDateTime &until) {
                updateSyncStatus();
                QTimer::singleShot(QDateTime::currentDateTimeUtc().msecsTo(until) + 50, this,
                                   &CompositionRoot::updateSyncStatus);
            });
    m_window->show();

    m_secrets = std::make_unique<SecretStore>();
    m_profiles = std::make_unique<ProfileStore>();
    m_signIn = std::make_unique<SignInFlow>(m_session.get(), m_secrets.get(), m_profiles.get(),
                                            m_store.get(), m_sync.get(), m_window.get());
    const bool prepared = m_session->transport().hasToken();
    QMenu *file = m_window->fileMenu();
    QAction *quit = file->actions().constLast();
    QAction *signIn = new QAction(tr("&Sign In…"), file);
    signIn->setObjectName(u"signInAction"_s);
    signIn->setEnabled(!prepared);
    connect(signIn, &QAction::triggered, m_signIn.get(), [this] { m_signIn->openDialog(); });
    QAction *signOut = new QAction(tr("Sign &Out"), file);
    signOut->setObjectName(u"signOutAction"_s);
    signOut->setEnabled(!prepared);
    connect(signOut, &QAction::triggered, m_signIn.get(), &SignInFlow::signOut);
    // Signed out: pending cache operations wait on disk until the next sign-in's first sync.
    connect(signOut, &QAction::triggered, m_tracker.get(), [this] {
        m_tracker->pause();
        m_trackerResumed = false;
    });
    // Infrastructure as code (issue 16): the review dialog writes Terraform and decK files.
    QAction *exportCode = new QAction(tr("&Export as Code…"), file);
    exportCode->setObjectName(u"exportCodeAction"_s);
    exportCode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportCode, &QAction::triggered, m_window.get(), [this] {
        auto *dialog = new ExportDialog(m_store.get(), {}, m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ExportDialog::exported, m_window.get(),
                [this](const QString &folder, int files) {
                    m_window->statusBar()->showMessage(
                        tr("Wrote %n files to %1", nullptr, files).arg(folder));
                });
        dialog->open();
    });
    file->insertActions(quit, {exportCode, signIn, signOut});
    file->insertSeparator(quit);

    if (prepared)
        m_signIn->signInPrepared(m_demo ? tr(" (demo)") : QString());
    else
        m_signIn->resume();
    if (!m_options.screenshotFile.isEmpty()) {
        // After sign-in and the first sync when there is one, otherwise after the first paint.
        const int wait = m_session->transport().hasToken() ? 8000 : 400;
        QTimer::singleShot(wait, this, &CompositionRoot::takeScreenshotAndQuit);
        connect(m_sync.get(), &SyncEngine::syncFinished, this,
                [this] { QTimer::singleShot(800, this, &CompositionRoot::takeScreenshotAndQuit); });
    }
    return 0;
}

void CompositionRoot::updateSyncStatus() {
    int syncing = 0;
    int failed = 0;
    QStringList progress;
    const QList<Geo> geos = m_sync->geos();
    for (Geo geo : geos) {
        const GeoStatus status = m_sync->status(geo);
        syncing += status.state == GeoStatus::State::Syncing ? 1 : 0;
        failed += status.state == GeoStatus::State::Failed ? 1 : 0;
        // Per geo: done, failed, or how many control planes' plugins are read so far.
        QString part = geoId(geo) + u' ';
        switch (status.state) {
        case GeoStatus::State::Syncing:
            part += status.coreTotal > 0 ? u"%1/%2"_s.arg(status.coreDone).arg(status.coreTotal)
                                         : u"…"_s;
            break;
        case GeoStatus::State::Failed:
            part += u"✗"_s;
            break;
        default:
            part += u"✓"_s;
        }
        progress.append(part);
    }
    QString text;
    if (syncing > 0)
        text = tr("Syncing %1 of %2 hosts: %3")
                   .arg(syncing)
                   .arg(geos.size())
                   .arg(progress.join(u" · "_s));
    else if (failed > 0)
        text = tr("%n host(s) failed to sync: %1", nullptr, failed).arg(progress.join(u" · "_s));
    else
        text = tr("In sync at %1").arg(QTime::currentTime().toString(u"HH:mm:ss"_s));
    const QDateTime paused = m_session->transport().budget().pausedUntil();
    if (syncing > 0 && paused.isValid() && paused > QDateTime::currentDateTimeUtc())
        text += u" · "_s
                + tr("Konnect's rate limit: waiting until %1, as Konnect asked")
                      .arg(paused.toLocalTime().toString(u"HH:mm:ss"_s));
    m_window->statusBar()->showMessage(text);
}

void CompositionRoot::takeScreenshotAndQuit() {
    if (m_options.screenshotFile.isEmpty())
        return;
    const QPixmap shot = m_window->grab();
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
