#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/ProvisionTracker.h"
#include "fleet/Session.h"
#include "fleet/SyncEngine.h"
#include "models/FleetFilterProxy.h"
#include "sim/SimInstance.h"
#include "ui/activity/ActivityPane.h"
#include "ui/caches/CachesPane.h"
#include "ui/caches/ProvisionCacheWizard.h"
#include "ui/common/ConfirmDeleteDialog.h"
#include "ui/controlplanes/ControlPlaneDialog.h"
#include "ui/controlplanes/ControlPlanesPane.h"
#include "ui/gateways/DeployGroupWizard.h"
#include "ui/gateways/GatewaysPane.h"
#include "ui/networks/NetworkDialog.h"
#include "ui/networks/NetworksPane.h"
#include "ui/plugins/PartialDialog.h"
#include "ui/plugins/PartialsPane.h"
#include "ui/plugins/PluginDialog.h"
#include "ui/plugins/PluginsPane.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QWizard>

#include "common/SimSession.h"

using namespace Qt::StringLiterals;

namespace kd {

// The real main window and panes, offscreen, against konnect-sim's demo organisation.
class TestPanes final : public QObject {
    Q_OBJECT
private:
    const QString m_token = u"kpat_panes-fixture-not-a-token"_s;
    std::unique_ptr<sim::SimInstance> m_sim;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<FleetStore> m_store;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<FleetActions> m_actions;
    std::unique_ptr<MainWindow> m_window;
    ControlPlanesPane *m_planes = nullptr;
    ActivityPane *m_activity = nullptr;
    GatewaysPane *m_gateways = nullptr;
    NetworksPane *m_networks = nullptr;
    CachesPane *m_caches = nullptr;
    PartialsPane *m_partials = nullptr;
    PluginsPane *m_plugins = nullptr;
    QTemporaryDir m_dir;
    std::unique_ptr<ProvisionTracker> m_tracker;

    // The row of the entity with this text in the first column.
    static QModelIndex rowWith(QTableView *view, const QString &text) {
        return view->model()
            ->match(view->model()->index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchExactly)
            .value(0);
    }

    // Geos sync in parallel, so store order varies: find control planes by name.
    QString idOf(const QString &name) const {
        for (const QString &id : m_store->controlPlaneIds()) {
            if (m_store->controlPlane(id)->name == name)
                return id;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        sim::SimLaunch launch;
        launch.options.timeScale = 3600; // a data-plane group is ready in a fraction of a second
        launch.tls = true;
        m_sim = test::startSim(m_token, launch);
        m_session = test::sessionOn(*m_sim, u"demo"_s, m_token);
        m_store = std::make_unique<FleetStore>();
        m_sync = std::make_unique<SyncEngine>(m_session.get(), m_store.get());
        m_actions = std::make_unique<FleetActions>(m_session.get(), m_store.get());
        m_window = std::make_unique<MainWindow>();
        m_planes = new ControlPlanesPane(m_store.get(), m_sync.get(), m_actions.get());
        m_activity = new ActivityPane(&m_session->transport().callLog());
        m_gateways = new GatewaysPane(m_store.get(), m_actions.get());
        m_networks = new NetworksPane(m_store.get(), m_actions.get());
        m_window->addPane(m_planes);
        m_window->addPane(m_gateways);
        m_window->addPane(m_networks);
        m_tracker = std::make_unique<ProvisionTracker>(m_actions.get(), m_store.get(),
                                                       m_dir.filePath(u"pending.ini"_s));
        m_tracker->setFollowInterval(std::chrono::milliseconds(200));
        m_caches = new CachesPane(m_store.get(), m_actions.get(), m_tracker.get());
        m_partials = new PartialsPane(m_store.get(), m_actions.get());
        m_plugins = new PluginsPane(m_store.get(), m_actions.get());
        m_window->addPane(m_caches);
        m_window->addPane(m_partials);
        m_window->addPane(m_plugins);
        // As the app wires them: jumps from a cache or partial to a plugin.
        connect(m_caches, &CachesPane::showPluginRequested, this, [this](const QString &id) {
            m_window->showPane(m_plugins->paneId());
            m_plugins->selectPlugin(id);
        });
        m_window->addPane(m_activity);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        const Status signedIn = QCoro::waitFor(m_session->signIn());
        QVERIFY2(signedIn, qPrintable(signedIn ? QString() : signedIn.error().message()));
        QCOMPARE(m_session->identityText(), u"Avery Okafor · Acme Billing"_s);
        QSignalSpy finished(m_sync.get(), &SyncEngine::syncFinished);
        m_sync->start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), true);
    }

    void controlPlanesAreListedWithDetails() {
        QTableView *view = m_planes->view();
        QCOMPARE(view->model()->rowCount(), 3);
        m_planes->selectControlPlane(idOf(u"prod-billing-svcs"_s));
        auto *details = m_planes->findChild<QTextBrowser *>(u"controlPlaneDetails"_s);
        QVERIFY(details->toPlainText().contains(u"prod-billing-svcs"_s));
        QVERIFY(details->toPlainText().contains(u"Managed cache"_s));
        QVERIFY(details->toPlainText().contains(u"us-east-2"_s));
        QVERIFY(!m_planes->findChild<QLabel *>(u"geoBanner"_s)->isVisible());
        QVERIFY(!m_planes->findChild<QLabel *>(u"emptyState"_s)->isVisible());
        m_window->grab().save(QStringLiteral(KD_SHOT_DIR "/panes-control-planes.png"));
    }

    void gatewaysByCloudAndRegion() {
        QVERIFY(m_window->showPane(u"gateways"_s));
        QAbstractItemModel *model = m_gateways->view()->model();
        QCOMPARE(model->rowCount(), 3); // AWS, Azure, Google Cloud
        const QModelIndex gcp = model->index(2, 0);
        QVERIFY(gcp.data().toString().startsWith(u"Google Cloud"_s));
        const QModelIndex group = model->index(0, 0, model->index(0, 0, gcp));
        QCOMPARE(group.siblingAtColumn(3).data().toString(), u"not served"_s);
        // Show the control plane of a group: the control planes pane selects it.
        m_gateways->view()->setCurrentIndex(group);
        QSignalSpy shown(m_gateways, &GatewaysPane::showControlPlaneRequested);
        m_gateways->findChild<QAction *>(u"showControlPlaneAction"_s)->trigger();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().at(0).toString(), idOf(u"prod-billing-svcs"_s));

        // Every cloud and region is open. One the user closes stays closed; those a filter
        // hides open again when it is cleared.
        QTreeView *view = m_gateways->view();
        const auto allOpen = [view, model] {
            for (int c = 0; c < model->rowCount(); ++c) {
                const QModelIndex cloud = model->index(c, 0);
                if (!view->isExpanded(cloud))
                    return false;
                for (int r = 0; r < model->rowCount(cloud); ++r) {
                    if (!view->isExpanded(model->index(r, 0, cloud)))
                        return false;
                }
            }
            return true;
        };
        QVERIFY(allOpen());
        auto *filter = m_gateways->findChild<QLineEdit *>();
        QVERIFY(filter);
        filter->setText(u"westeurope"_s);
        QCOMPARE(model->rowCount(), 1);
        filter->clear();
        QCOMPARE(model->rowCount(), 3);
        QTRY_VERIFY(allOpen());
        view->collapse(model->index(2, 0));
        const CloudGatewayConfiguration before =
            *m_store->configurationOf(idOf(u"prod-billing-svcs"_s));
        CloudGatewayConfiguration more = before;
        for (const DataPlaneGroup &g : before.groups) {
            if (g.provider.value == CloudProvider::Gcp) {
                more.groups.append(g);
                more.groups.last().id = u"a-second-gcp-group"_s;
            }
        }
        QCOMPARE(more.groups.size(), before.groups.size() + 1);
        m_store->upsertConfiguration(more);
        QTest::qWait(50);
        QCOMPARE(model->rowCount(model->index(0, 0, model->index(2, 0))), 2);
        QVERIFY(!view->isExpanded(model->index(2, 0)));
        m_store->upsertConfiguration(before);
        view->expand(model->index(2, 0));

        QVERIFY(m_window->showPane(u"networks"_s));
        QCOMPARE(m_networks->view()->model()->rowCount(), 4);
        m_window->grab().save(QStringLiteral(KD_SHOT_DIR "/panes-networks.png"));
        QVERIFY(m_window->showPane(u"control-planes"_s));
    }

    void deployADataPlaneGroupAndWatchItComeUp() {
        QVERIFY(m_window->showPane(u"gateways"_s));
        m_gateways->setFollowInterval(std::chrono::milliseconds(200));
        const QString staging = idOf(u"staging-billing-svcs"_s);
        m_gateways->findChild<QAction *>(u"deployGroupAction"_s)->trigger();
        QPointer<DeployGroupWizard> wizard;
        QTRY_VERIFY((wizard = m_gateways->findChild<DeployGroupWizard *>()));
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        auto *plane = wizard->findChild<QComboBox *>(u"controlPlane"_s);
        plane->setCurrentIndex(plane->findData(staging));
        auto *provider = wizard->findChild<QComboBox *>(u"provider"_s);
        provider->setCurrentIndex(provider->findData(u"gcp"_s));
        auto *region = wizard->findChild<QComboBox *>(u"region"_s);
        region->setCurrentIndex(region->findData(u"europe-west4"_s));
        // No network there: the wizard says so and cannot deploy.
        QCOMPARE(wizard->findChild<QComboBox *>(u"network"_s)->count(), 0);
        provider->setCurrentIndex(provider->findData(u"azure"_s));
        region->setCurrentIndex(region->findData(u"westeurope"_s));
        QCOMPARE(wizard->findChild<QComboBox *>(u"network"_s)->count(), 1);
        wizard->next();
        wizard->findChild<QSpinBox *>(u"baseRps"_s)->setValue(75);
        QVERIFY(wizard->findChild<QTextBrowser *>(u"review"_s)
                    ->toPlainText()
                    .contains(u"keep AWS eu-central-1"_s));
        wizard->grab().save(QStringLiteral(KD_SHOT_DIR "/wizard-deploy.png"));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!wizard);

        // created -> initializing -> ready, followed in the tree without a full sync.
        QTRY_VERIFY_WITH_TIMEOUT(m_store->dataPlaneGroupCount(staging) == 2, 5000);
        const auto groupState = [this, staging] {
            for (const DataPlaneGroup &group : m_store->configurationOf(staging)->groups) {
                if (group.region == u"westeurope"_s)
                    return group.state.value;
            }
            return GroupState::Unknown;
        };
        QTRY_COMPARE_WITH_TIMEOUT(groupState(), GroupState::Ready, 15000);
        const QJsonObject *simConfig = m_sim->server().organisation().configurationFor(staging);
        QCOMPARE(simConfig->value(u"dataplane_groups"_s).toArray().size(), 2);
        m_window->grab().save(QStringLiteral(KD_SHOT_DIR "/panes-gateways-deployed.png"));
    }

    void createRenameAndDeleteNetworks() {
        QVERIFY(m_window->showPane(u"networks"_s));
        m_networks->findChild<QAction *>(u"createNetworkAction"_s)->trigger();
        QPointer<NetworkDialog> dialog;
        QTRY_VERIFY((dialog = m_networks->findChild<NetworkDialog *>()));
        auto *account = dialog->findChild<QComboBox *>(u"account"_s);
        for (int i = 0; i < account->count(); ++i) {
            if (account->itemText(i).startsWith(u"AWS"_s))
                account->setCurrentIndex(i);
        }
        auto *region = dialog->findChild<QComboBox *>(u"region"_s);
        region->setCurrentIndex(region->findData(u"us-west-2"_s));
        dialog->findChild<QLineEdit *>(u"name"_s)->setText(u"oregon-network"_s);
        dialog->findChild<QLineEdit *>(u"cidr"_s)->setText(u"not a cidr"_s);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        ok->click();
        QVERIFY(dialog->findChild<QLabel *>(u"error"_s)->text().contains(u"CIDR"_s));
        dialog->findChild<QLineEdit *>(u"cidr"_s)->setText(u"10.40.0.0/16"_s);
        ok->click();
        QTRY_VERIFY(!dialog);
        QCOMPARE(m_networks->view()->model()->rowCount(), 5);
        QString created;
        for (const QString &id : m_store->networkIds()) {
            if (m_store->network(id)->name == u"oregon-network"_s)
                created = id;
        }
        QCOMPARE(m_store->network(created)->availabilityZones.size(), 3);

        // Rename: the only change a network takes.
        const QModelIndex row = m_networks->view()
                                    ->model()
                                    ->match(m_networks->view()->model()->index(0, 0),
                                            Qt::DisplayRole, u"oregon-network"_s)
                                    .value(0);
        m_networks->view()->setCurrentIndex(row);
        m_networks->findChild<QAction *>(u"renameNetworkAction"_s)->trigger();
        QPointer<NetworkDialog> rename;
        QTRY_VERIFY((rename = m_networks->findChild<NetworkDialog *>()));
        rename->findChild<QLineEdit *>(u"name"_s)->setText(u"us-west-2-network"_s);
        rename->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(m_store->network(created)->name, u"us-west-2-network"_s);

        // A network in use cannot be deleted: Konnect's refusal shows in the dialog.
        const QModelIndex used = m_networks->view()
                                     ->model()
                                     ->match(m_networks->view()->model()->index(0, 0),
                                             Qt::DisplayRole, u"us-east-2-network"_s)
                                     .value(0);
        m_networks->view()->setCurrentIndex(used);
        m_networks->findChild<QAction *>(u"deleteNetworkAction"_s)->trigger();
        QPointer<ConfirmDeleteDialog> confirm;
        QTRY_VERIFY((confirm = m_networks->findChild<ConfirmDeleteDialog *>()));
        QTest::keyClicks(confirm->findChild<QLineEdit *>(u"typedName"_s), u"us-east-2-network"_s);
        confirm->findChild<QPushButton *>(u"deleteButton"_s)->click();
        QTRY_VERIFY(confirm->findChild<QLabel *>(u"error"_s)->text().contains(u"referenced"_s));
        confirm->reject();
        QVERIFY(m_store->network(m_networks->currentId()));
    }

    void managedCachesResizeUpAndRefuseDeleteWhileUsed() {
        QVERIFY(m_window->showPane(u"caches"_s));
        QAbstractItemModelTester tester(m_caches->view()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_caches->view()->model()->rowCount(), 1);
        m_caches->view()->selectRow(0);
        auto *details = m_caches->findChild<QTextBrowser *>(u"cacheDetails"_s);
        QTRY_VERIFY(details->toPlainText().contains(u"Used by 2 plugin(s)"_s));
        QVERIFY(details->toPlainText().contains(u"rla-billing-api"_s));

        // Resize offers only larger tiers.
        m_caches->findChild<QAction *>(u"resizeCacheAction"_s)->trigger();
        QPointer<QDialog> resize;
        QTRY_VERIFY((resize = m_caches->findChild<QDialog *>(u"resizeCacheDialog"_s)));
        auto *tiers = resize->findChild<QComboBox *>(u"tier"_s);
        QVERIFY(tiers->count() > 0);
        QCOMPARE(tiers->itemData(0).toInt(), static_cast<int>(CacheTier::Medium));
        tiers->setCurrentIndex(tiers->findData(static_cast<int>(CacheTier::Large)));
        resize->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!resize);
        const QString prod = idOf(u"prod-billing-svcs"_s);
        QCOMPARE(m_store->cacheOf(prod)->tier.value, CacheTier::Large);

        // Delete is blocked while plugins use it, and says which.
        m_caches->findChild<QAction *>(u"deleteCacheAction"_s)->trigger();
        QPointer<QDialog> inUse;
        QTRY_VERIFY((inUse = m_caches->findChild<QDialog *>(u"cacheInUse"_s)));
        auto *linked = inUse->findChild<QListWidget *>(u"linkedPlugins"_s);
        QCOMPARE(linked->count(), 2);
        QVERIFY(!linked->findItems(u"ai-rla-assistant"_s, Qt::MatchStartsWith).isEmpty());
        inUse->grab().save(QStringLiteral(KD_SHOT_DIR "/dialog-cache-in-use.png"));
        inUse->reject();
        QVERIFY(m_store->cacheOf(prod));
        m_window->grab().save(QStringLiteral(KD_SHOT_DIR "/panes-caches.png"));
    }

    void provisionACacheEndToEnd() {
        QVERIFY(m_window->showPane(u"caches"_s));
        m_caches->setFollowInterval(std::chrono::milliseconds(200));
        const QString staging = idOf(u"staging-billing-svcs"_s);
        m_caches->findChild<QAction *>(u"provisionCacheAction"_s)->trigger();
        QPointer<ProvisionCacheWizard> wizard;
        QTRY_VERIFY((wizard = m_caches->findChild<ProvisionCacheWizard *>()));
        auto *plane = wizard->findChild<QComboBox *>(u"controlPlane"_s);
        auto *checks = wizard->findChild<QLabel *>(u"checks"_s);
        // prod has a cache already: resize is offered instead.
        plane->setCurrentIndex(plane->findData(idOf(u"prod-billing-svcs"_s)));
        QVERIFY(checks->text().contains(u"resize"_s));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        // staging runs Gateway 3.12: refused until upgraded.
        plane->setCurrentIndex(plane->findData(staging));
        QVERIFY(checks->text().contains(u"3.13"_s));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        wizard->reject();
        QTRY_VERIFY(!wizard);

        // Upgrade staging in Konnect (the simulator), then provision.
        m_sim->server().organisation().configurationFor(staging)->insert(u"version"_s, u"3.14"_s);
        QSignalSpy synced(m_sync.get(), &SyncEngine::syncFinished);
        m_sync->refreshNow();
        QVERIFY(synced.wait(20000));
        m_caches->findChild<QAction *>(u"provisionCacheAction"_s)->trigger();
        QTRY_VERIFY((wizard = m_caches->findChild<ProvisionCacheWizard *>()));
        plane = wizard->findChild<QComboBox *>(u"controlPlane"_s);
        plane->setCurrentIndex(plane->findData(staging));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        wizard->next();
        const QString body = wizard->findChild<QPlainTextEdit *>(u"body"_s)->toPlainText();
        QVERIFY(body.contains(u"\"managed-cache.v0\""_s));
        QVERIFY(body.contains(staging));
        const QString curl = wizard->findChild<QPlainTextEdit *>(u"curl"_s)->toPlainText();
        QVERIFY(curl.contains(u"$KONNECT_TOKEN"_s));
        QVERIFY(!curl.contains(m_token));
        wizard->grab().save(QStringLiteral(KD_SHOT_DIR "/wizard-provision.png"));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!wizard);

        // initializing -> ready, followed; Konnect then made the konnect-managed partial.
        QSignalSpy settled(m_tracker.get(), &ProvisionTracker::settled);
        QTRY_VERIFY(m_store->cacheOf(staging));
        QCOMPARE(m_tracker->pending().size(), 1);
        QVERIFY(settled.wait(15000));
        QCOMPARE(settled.first().at(2).toBool(), true);
        QCOMPARE(m_store->cacheOf(staging)->state.value, CacheState::Ready);
        const QString partialId = m_store->cacheOf(staging)->cacheConfigId;
        QVERIFY(!partialId.isEmpty());
        QCOMPARE(m_caches->view()->model()->rowCount(), 2);
        QVERIFY(m_tracker->pending().isEmpty());

        // The konnect-managed partial appears among the Redis configurations.
        QVERIFY(m_window->showPane(u"partials"_s));
        QAbstractItemModelTester partialsTester(
            m_partials->view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_partials->selectPartial(partialId));
        auto *partialDetails = m_partials->findChild<QTextBrowser *>(u"partialDetails"_s);
        QVERIFY(partialDetails->toPlainText().contains(u"created by Konnect"_s));
        QVERIFY(partialDetails->toPlainText().contains(u"No plugin links"_s));
        m_window->grab().save(QStringLiteral(KD_SHOT_DIR "/flow-1-managed-partial.png"));

        // Create rate-limiting-advanced linked to it, with the form.
        QVERIFY(m_window->showPane(u"plugins"_s));
        QAbstractItemModelTester pluginsTester(
            m_plugins->view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_plugins->findChild<QAction *>(u"newPluginAction"_s)->trigger();
        QPointer<PluginDialog> create;
        QTRY_VERIFY((create = m_plugins->findChild<PluginDialog *>()));
        auto *owner = create->findChild<QComboBox *>(u"controlPlane"_s);
        owner->setCurrentIndex(owner->findData(staging));
        create->pluginName()->setCurrentText(u"rate-limiting-advanced"_s);
        QVERIFY(create->formShown());
        create->findChild<QLineEdit *>(u"instanceName"_s)->setText(u"rla-staging-orders"_s);
        // Only redis-ee partials of staging are offered: "none" and the managed one.
        QCOMPARE(create->partialPicker()->count(), 2);
        create->partialPicker()->setCurrentIndex(create->partialPicker()->findData(partialId));
        QCOMPARE(create->findChild<QComboBox *>(u"strategy"_s)->currentText(), u"redis"_s);
        auto *ok = create->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        create->limits()->setText(u"100 per minute"_s);
        ok->click();
        QVERIFY(create->findChild<QLabel *>(u"error"_s)->text().contains(u"limit/window"_s));
        create->limits()->setText(u"100/60, 5000/3600"_s);
        create->syncRate()->setText(u"0.1"_s); // a small cache cannot keep up with 0.1
        QVERIFY(create->syncAdvice()->text().contains(u"xlarge"_s));
        create->grab().save(QStringLiteral(KD_SHOT_DIR "/flow-2-plugin-form.png"));
        create->syncRate()->setText(u"0.5"_s);
        QVERIFY(create->syncAdvice()->text().isEmpty());
        ok->click();
        QTRY_VERIFY(!create);
        QStringList users;
        QTRY_VERIFY(!(users = m_store->pluginsUsing(partialId)).isEmpty());
        const Plugin *rla = m_store->plugin(users.first());
        QCOMPARE(rla->instanceName, u"rla-staging-orders"_s);
        QCOMPARE(rla->config().value(u"limit"_s).toList().size(), 2);
        QCOMPARE(rla->config().value(u"sync_rate"_s).toDouble(), 0.5);
        QCOMPARE(m_plugins->currentId(), rla->id);
        const QString rlaId = rla->id;
        m_window->grab().save(QStringLiteral(KD_SHOT_DIR "/flow-3-plugin-linked.png"));

        // Deleting the cache is refused, naming that plugin; the dialog jumps to it.
        QVERIFY(m_window->showPane(u"caches"_s));
        QVERIFY(m_caches->selectCache(staging));
        m_caches->findChild<QAction *>(u"deleteCacheAction"_s)->trigger();
        QPointer<QDialog> inUse;
        QTRY_VERIFY((inUse = m_caches->findChild<QDialog *>(u"cacheInUse"_s)));
        auto *linked = inUse->findChild<QListWidget *>(u"linkedPlugins"_s);
        QCOMPARE(linked->count(), 1);
        QVERIFY(linked->item(0)->text().startsWith(u"rla-staging-orders"_s));
        inUse->grab().save(QStringLiteral(KD_SHOT_DIR "/flow-4-delete-refused.png"));
        inUse->findChild<QPushButton *>(u"showPlugin"_s)->click();
        QTRY_VERIFY(!inUse);
        QCOMPARE(m_plugins->currentId(), rlaId);
        QVERIFY(m_plugins->isVisible());

        // Remove the plugin (typed name), then the cache goes: terminating, then gone.
        m_plugins->findChild<QAction *>(u"deletePluginAction"_s)->trigger();
        QPointer<ConfirmDeleteDialog> confirm;
        QTRY_VERIFY((confirm = m_plugins->findChild<ConfirmDeleteDialog *>()));
        QTest::keyClicks(confirm->findChild<QLineEdit *>(u"typedName"_s), u"rla-staging-orders"_s);
        confirm->findChild<QPushButton *>(u"deleteButton"_s)->click();
        QTRY_VERIFY(!confirm);
        QVERIFY(!m_store->plugin(rlaId));

        QVERIFY(m_window->showPane(u"caches"_s));
        QVERIFY(m_caches->selectCache(staging));
        settled.clear();
        m_caches->findChild<QAction *>(u"deleteCacheAction"_s)->trigger();
        QTRY_VERIFY((confirm = m_caches->findChild<ConfirmDeleteDialog *>()));
        QTest::keyClicks(confirm->findChild<QLineEdit *>(u"typedName"_s),
                         m_store->cacheOf(staging)->name);
        confirm->findChild<QPushButton *>(u"deleteButton"_s)->click();
        QTRY_VERIFY(!confirm);
        if (const ManagedCache *going = m_store->cacheOf(staging))
            QCOMPARE(going->state.value, CacheState::Terminating);
        QVERIFY(settled.wait(15000));
        QCOMPARE(settled.first().at(2).toBool(), true); // gone
        QVERIFY(!m_store->cacheOf(staging));
        QCOMPARE(m_caches->view()->model()->rowCount(), 1);
        m_window->grab().save(QStringLiteral(KD_SHOT_DIR "/flow-5-cache-deleted.png"));
    }

    void editARedisConfigurationKeepsWhatTheFormDoesNotShow() {
        QVERIFY(m_window->showPane(u"partials"_s));
        const QModelIndex row = rowWith(m_partials->view(), u"billing-redis"_s);
        QVERIFY(row.isValid());
        m_partials->view()->setCurrentIndex(row);
        const QString id = m_partials->currentId();
        const QVariantMap before = m_store->partial(id)->config;
        m_partials->findChild<QAction *>(u"editPartialAction"_s)->trigger();
        QPointer<PartialDialog> edit;
        QTRY_VERIFY((edit = m_partials->findChild<PartialDialog *>()));
        auto *password = qobject_cast<QLineEdit *>(edit->field(u"password"_s));
        QCOMPARE(password->echoMode(), QLineEdit::Password); // masked
        auto *port = qobject_cast<QLineEdit *>(edit->field(u"port"_s));
        auto *ok = edit->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        port->setText(u"70000"_s);
        ok->click();
        QVERIFY(edit->findChild<QLabel *>(u"error"_s)->text().contains(u"65535"_s));
        port->setText(u"{vault://env/REDIS_PORT}"_s); // referenceable: accepted
        password->setText(u"{vault://aws/redis/password}"_s);
        qobject_cast<QLineEdit *>(edit->field(u"sentinel_nodes"_s))->setText(u"sentinel-a"_s);
        ok->click();
        QVERIFY(edit->findChild<QLabel *>(u"error"_s)->text().contains(u"host:port"_s));
        qobject_cast<QLineEdit *>(edit->field(u"sentinel_nodes"_s))
            ->setText(u"sentinel-a:26379, sentinel-b:26379"_s);
        edit->grab().save(QStringLiteral(KD_SHOT_DIR "/dialog-redis-configuration.png"));
        ok->click();
        QTRY_VERIFY(!edit);
        const QVariantMap after = m_store->partial(id)->config;
        QCOMPARE(after.value(u"port"_s).toString(), u"{vault://env/REDIS_PORT}"_s);
        QCOMPARE(after.value(u"sentinel_nodes"_s).toList().size(), 2);
        // Fields the form does not show went back unchanged in the full PUT.
        QCOMPARE(after.value(u"keepalive_pool_size"_s), before.value(u"keepalive_pool_size"_s));
        QCOMPARE(after.value(u"cluster_max_redirections"_s),
                 before.value(u"cluster_max_redirections"_s));
        QCOMPARE(m_sim->server()
                     .organisation()
                     .partials[idOf(u"prod-billing-svcs"_s)]
                     .find(id)
                     ->value(u"config"_s)
                     .toObject()
                     .value(u"port"_s)
                     .toString(),
                 u"{vault://env/REDIS_PORT}"_s);
        // A linked partial cannot be deleted; the refusal names the plugin.
        m_partials->findChild<QAction *>(u"deletePartialAction"_s)->trigger();
        QPointer<ConfirmDeleteDialog> confirm;
        QTRY_VERIFY((confirm = m_partials->findChild<ConfirmDeleteDialog *>()));
        QTest::keyClicks(confirm->findChild<QLineEdit *>(u"typedName"_s), u"billing-redis"_s);
        confirm->findChild<QPushButton *>(u"deleteButton"_s)->click();
        QTRY_VERIFY(confirm->findChild<QLabel *>(u"error"_s)->text().contains(u"pca-invoices"_s));
        confirm->reject();
        m_window->grab().save(QStringLiteral(KD_SHOT_DIR "/panes-partials.png"));
    }

    void governancePluginsAreToggledAndEditedAsJson() {
        QVERIFY(m_window->showPane(u"plugins"_s));
        const QModelIndex row = rowWith(m_plugins->view(), u"openid-connect"_s);
        QVERIFY(row.isValid());
        m_plugins->view()->setCurrentIndex(row);
        const QString id = m_plugins->currentId();
        m_plugins->findChild<QAction *>(u"togglePluginAction"_s)->trigger();
        QTRY_VERIFY(!m_store->plugin(id)->enabled);
        m_plugins->findChild<QAction *>(u"togglePluginAction"_s)->trigger();
        QTRY_VERIFY(m_store->plugin(id)->enabled);

        m_plugins->findChild<QAction *>(u"editPluginAction"_s)->trigger();
        QPointer<PluginDialog> edit;
        QTRY_VERIFY((edit = m_plugins->findChild<PluginDialog *>()));
        QVERIFY(!edit->formShown());
        const QString original = edit->json()->toPlainText();
        QVERIFY(original.contains(u"\"config\""_s));
        auto *ok = edit->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        edit->json()->setPlainText(original + u"}"_s);
        ok->click();
        QVERIFY(edit->findChild<QLabel *>(u"error"_s)->text().startsWith(u"Line "_s));
        QVERIFY(edit->json()->toPlainText().endsWith(u"}"_s)); // nothing typed is lost
        QString changed = original;
        QVERIFY(changed.contains(u"\"oidc-customers\""_s));
        changed.replace(u"\"oidc-customers\""_s, u"\"oidc-customers-v2\""_s);
        edit->json()->setPlainText(changed);
        edit->grab().save(QStringLiteral(KD_SHOT_DIR "/dialog-plugin-json.png"));
        ok->click();
        QTRY_VERIFY(!edit);
        QCOMPARE(m_store->plugin(id)->instanceName, u"oidc-customers-v2"_s);
        QVERIFY(m_store->plugin(id)->enabled);

        // rate-limiting (OSS) takes only redis-ce partials: the helper fills the managed
        // cache's vault references instead.
        m_plugins->findChild<QAction *>(u"newPluginAction"_s)->trigger();
        QPointer<PluginDialog> create;
        QTRY_VERIFY((create = m_plugins->findChild<PluginDialog *>()));
        auto *owner = create->findChild<QComboBox *>(u"controlPlane"_s);
        owner->setCurrentIndex(owner->findData(idOf(u"prod-billing-svcs"_s)));
        create->pluginName()->setCurrentText(u"rate-limiting"_s);
        QVERIFY(!create->formShown());
        auto *helper = create->findChild<QPushButton *>(u"fillManagedReferences"_s);
        QVERIFY(helper->isEnabled());
        helper->click();
        QVERIFY(
            create->json()->toPlainText().contains(u"{vault://env/ADDON_MANAGED_CACHE_HOST}"_s));
        create->reject();
        QTRY_VERIFY(!create);
        m_window->grab().save(QStringLiteral(KD_SHOT_DIR "/panes-plugins.png"));
    }

    void filterByLabel() {
        auto *filter = m_planes->findChild<QLineEdit *>(u"filter"_s);
        QTest::keyClicks(filter, u"env:prod"_s);
        QCOMPARE(m_planes->view()->model()->rowCount(), 1);
        QTest::keyClick(filter, Qt::Key_Escape);
        QCOMPARE(filter->text(), QString());
        QCOMPARE(m_planes->view()->model()->rowCount(), 3);
    }

    void refreshPicksUpChangesWithoutReset() {
        // Someone else renames a control plane in Konnect; F5 shows it, as a data change.
        sim::Organisation &org = m_sim->server().organisation();
        const QString id = idOf(u"prod-billing-svcs"_s);
        QJsonObject *cp = org.controlPlane(u"us"_s, id);
        QVERIFY(cp);
        cp->insert(u"name"_s, u"prod-billing-renamed"_s);
        QSignalSpy reset(m_planes->view()->model(), &QAbstractItemModel::modelReset);
        QSignalSpy finished(m_sync.get(), &SyncEngine::syncFinished);
        m_window->showPane(u"control-planes"_s);
        m_window->activateWindow(); // a closed dialog may have left no active window
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(finished.wait(20000));
        QCOMPARE(m_store->controlPlane(id)->name, u"prod-billing-renamed"_s);
        QCOMPARE(reset.size(), 0);
    }

    void createEditAndDeleteAControlPlane() {
        QVERIFY(m_window->showPane(u"control-planes"_s));
        m_planes->findChild<QAction *>(u"createControlPlaneAction"_s)->trigger();
        // Dialogs delete themselves on close: hold them in QPointers.
        QPointer<ControlPlaneDialog> dialog = m_planes->findChild<ControlPlaneDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *error = dialog->findChild<QLabel *>(u"error"_s);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);

        // The spec's rules are checked before anything is sent, and nothing typed is lost.
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"name"_s), u"x"_s);
        auto *labels = dialog->findChild<QTableWidget *>(u"labels"_s);
        labels->insertRow(0);
        labels->setItem(0, 0, new QTableWidgetItem(u"kong-team"_s));
        labels->setItem(0, 1, new QTableWidgetItem(u"edge"_s));
        const quint64 callsBefore = m_session->transport().callLog().totalCalls();
        ok->click();
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"2 to 256"_s));
        QVERIFY(error->text().contains(u"kong"_s));
        QCOMPARE(m_session->transport().callLog().totalCalls(), callsBefore);

        dialog->findChild<QLineEdit *>(u"name"_s)->setText(u"edge-eu"_s);
        labels->item(0, 0)->setText(u"team"_s);
        auto *geo = dialog->findChild<QComboBox *>(u"geo"_s);
        geo->setCurrentIndex(geo->findData(static_cast<int>(Geo::Eu)));
        // A name that exists in that geo: said under the name as it is typed, nothing is sent.
        dialog->findChild<QLineEdit *>(u"name"_s)->setText(u"staging-billing-svcs"_s);
        const quint64 callsBeforeDuplicate = m_session->transport().callLog().totalCalls();
        ok->click();
        QVERIFY(dialog->findChild<QLabel *>(u"nameError"_s)->text().contains(u"already has"_s));
        QCOMPARE(m_session->transport().callLog().totalCalls(), callsBeforeDuplicate);
        dialog->grab().save(QStringLiteral(KD_SHOT_DIR "/dialog-create-conflict.png"));
        QVERIFY(dialog->isVisible());
        QCOMPARE(labels->item(0, 1)->text(), u"edge"_s);

        dialog->findChild<QLineEdit *>(u"name"_s)->setText(u"edge-eu"_s);
        ok->click();
        QTRY_VERIFY(!dialog);
        QTRY_VERIFY(!idOf(u"edge-eu"_s).isEmpty());
        const QString id = idOf(u"edge-eu"_s);
        QCOMPARE(m_store->controlPlane(id)->geo, Geo::Eu);
        QCOMPARE(m_store->controlPlane(id)->labels.value(u"team"_s), u"edge"_s);
        QCOMPARE(m_planes->currentId(), id);
        QVERIFY(m_sim->server().organisation().controlPlane(u"eu"_s, id));

        // Edit: F2 on the selected row.
        m_planes->findChild<QAction *>(u"editControlPlaneAction"_s)->trigger();
        QPointer<ControlPlaneDialog> edit = m_planes->findChild<ControlPlaneDialog *>();
        QTRY_VERIFY(edit && edit->isVisible());
        QVERIFY(!edit->findChild<QComboBox *>(u"geo"_s)->isEnabled());
        edit->findChild<QPlainTextEdit *>(u"description"_s)->setPlainText(u"EU edge"_s);
        edit->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(m_store->controlPlane(id)->description, u"EU edge"_s);
        QTRY_VERIFY(!edit);

        // Delete asks for the typed name.
        m_planes->findChild<QAction *>(u"deleteControlPlaneAction"_s)->trigger();
        QPointer<ConfirmDeleteDialog> confirm = m_planes->findChild<ConfirmDeleteDialog *>();
        QTRY_VERIFY(confirm && confirm->isVisible());
        auto *remove = confirm->findChild<QPushButton *>(u"deleteButton"_s);
        QVERIFY(!remove->isEnabled());
        QTest::keyClicks(confirm->findChild<QLineEdit *>(u"typedName"_s), u"edge-e"_s);
        QVERIFY(!remove->isEnabled());
        QTest::keyClicks(confirm->findChild<QLineEdit *>(u"typedName"_s), u"u"_s);
        QVERIFY(remove->isEnabled());
        confirm->grab().save(QStringLiteral(KD_SHOT_DIR "/dialog-delete.png"));
        remove->click();
        QTRY_VERIFY(!m_store->controlPlane(id));
        QTRY_VERIFY(!confirm);
        QVERIFY(!m_sim->server().organisation().controlPlane(u"eu"_s, id));
    }

    void activityCopiesCurlWithoutToken() {
        QVERIFY(m_window->showPane(u"activity"_s));
        QTableView *view = m_activity->view();
        QVERIFY(view->model()->rowCount() >= 8);
        view->selectRow(0);
        auto *copy = m_activity->findChild<QAction *>(u"copyCurlAction"_s);
        QVERIFY(copy->isEnabled());
        copy->trigger();
        const QString curl = QApplication::clipboard()->text();
        QVERIFY2(curl.startsWith(u"curl -X GET"_s), qPrintable(curl));
        QVERIFY(curl.contains(u"$KONNECT_TOKEN"_s));
        QVERIFY(!curl.contains(m_token));
        m_window->grab().save(QStringLiteral(KD_SHOT_DIR "/panes-activity.png"));
    }

    void cleanupTestCase() {
        m_window.reset();
        m_tracker.reset();
        m_sync.reset();
        m_session.reset();
    }
};

} // namespace kd

QTEST_MAIN(kd::TestPanes)
#include "tst_panes.moc"
