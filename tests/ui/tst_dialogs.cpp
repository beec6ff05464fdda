#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/ProvisionTracker.h"
#include "fleet/Session.h"
#include "fleet/SyncEngine.h"
#include "sim/SimInstance.h"
#include "ui/caches/CacheReadyNotice.h"
#include "ui/caches/CachesPane.h"
#include "ui/caches/ProvisionCacheWizard.h"
#include "ui/caches/ProvisionProgress.h"
#include "ui/common/ConfirmDeleteDialog.h"
#include "ui/controlplanes/ControlPlaneDialog.h"
#include "ui/gateways/DeployGroupWizard.h"
#include "ui/networks/NetworkDialog.h"
#include "ui/plugins/PluginDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <qcoro/qcorotask.h>

#include "common/SimSession.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace kd {

// The dialogs and wizards, driven offscreen against konnect-sim's demo organisation: input is
// checked where it is typed, errors sit by their field and go when it changes.
class TestDialogs final : public QObject {
    Q_OBJECT
private:
    const QString m_token = u"kpat_dialogs-fixture-not-a-token"_s;
    std::unique_ptr<sim::SimInstance> m_sim;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<FleetStore> m_store;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<FleetActions> m_actions;
    Availability m_availability;
    QTemporaryDir m_dir;

    QString idOf(const QString &name) const {
        for (const QString &id : m_store->controlPlaneIds()) {
            if (m_store->controlPlane(id)->name == name)
                return id;
        }
        return {};
    }
    static void shoot(QWidget *widget, const QString &name) {
        QApplication::processEvents(); // the window has grown to its wrapped labels
        const QString dir = qEnvironmentVariable("KD_SHOTS", QStringLiteral(KD_SHOT_DIR));
        widget->grab().save(dir + u'/' + name + u".png"_s);
    }
    quint64 calls() const { return m_session->transport().callLog().totalCalls(); }
    static void choose(QComboBox *combo, const QString &data) {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data));
        combo->setCurrentIndex(index);
    }
    void syncNow() {
        QSignalSpy synced(m_sync.get(), &SyncEngine::syncFinished);
        m_sync->refreshNow();
        QVERIFY(synced.wait(20000));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        sim::SimLaunch launch;
        launch.options.timeScale = 3600; // a cache is ready in a fraction of a second
        m_sim = test::startSim(m_token, launch);
        m_session = test::sessionOn(*m_sim, u"dialogs"_s, m_token);
        m_store = std::make_unique<FleetStore>();
        m_sync = std::make_unique<SyncEngine>(m_session.get(), m_store.get());
        m_actions = std::make_unique<FleetActions>(m_session.get(), m_store.get());
        syncNow();
        QTRY_VERIFY(!m_store->networkIds().isEmpty());
        const auto availability = QCoro::waitFor(m_actions->availability());
        QVERIFY(availability);
        m_availability = *availability;
    }

    void networkDialogChecksCidrZonesAndOverlap() {
        NetworkDialog dialog(m_store.get(), m_availability);
        dialog.show();
        QVERIFY(dialog.prefill(CloudProvider::Aws, u"us-east-1"_s));
        auto *cidr = dialog.findChild<QLineEdit *>(u"cidr"_s);
        auto *cidrError = dialog.findChild<QLabel *>(u"cidrError"_s);
        auto *name = dialog.findChild<QLineEdit *>(u"name"_s);
        auto *error = dialog.findChild<QLabel *>(u"error"_s);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        // The suggestion is free in this account.
        QVERIFY2(!cidrError->isVisible(), qPrintable(cidrError->text()));
        QSignalSpy submitted(&dialog, &NetworkDialog::submitted);

        cidr->setText(u"10.0.0.0/33"_s);
        QVERIFY(cidrError->isVisible());
        QVERIFY(cidrError->text().contains(u"/33"_s));
        cidr->setText(u"10.0.0/16"_s);
        QVERIFY(cidrError->text().contains(u"IPv4"_s));
        cidr->setText(u"10.20.0.0/29"_s);
        QVERIFY(cidrError->text().contains(u"/29"_s));
        cidr->setText(u"10.20.0.1/16"_s);
        QVERIFY(cidrError->text().contains(u"10.20.0.0/16"_s)); // host bits: where it starts
        cidr->setText(u"10.100.0.0/20"_s);
        QVERIFY(cidrError->text().contains(u"reserves"_s));
        cidr->setText(u"8.8.0.0/16"_s);
        QVERIFY(cidrError->text().contains(u"10.0.0.0/8"_s));
        // us-east-2-network holds 10.10.0.0/16 in the same AWS account.
        cidr->setText(u"10.10.128.0/20"_s);
        QVERIFY(cidrError->text().contains(u"us-east-2-network"_s));
        shoot(&dialog, u"network-overlap"_s);

        // Nothing is sent while a field is wrong; the dialog says which.
        const quint64 before = calls();
        ok->click();
        QCOMPARE(submitted.size(), 0);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"CIDR"_s));
        QCOMPARE(calls(), before);
        // Both errors go when the input that caused them changes.
        cidr->setText(u"10.60.0.0/16"_s);
        QVERIFY(!cidrError->isVisible());
        QVERIFY(!error->isVisible());

        // Zones are the region's; none chosen is refused by its field.
        const QList<QCheckBox *> zones = dialog.findChildren<QCheckBox *>();
        QVERIFY(!zones.isEmpty());
        for (QCheckBox *zone : zones) {
            QVERIFY(zone->text().startsWith(u"use1"_s));
            zone->setChecked(false);
        }
        QVERIFY(dialog.findChild<QLabel *>(u"zonesError"_s)->isVisible());
        zones.first()->setChecked(true);
        QVERIFY(!dialog.findChild<QLabel *>(u"zonesError"_s)->isVisible());

        // A second us-east-2-network, here in us-east-1: warned, not refused.
        name->setText(u"us-east-2-network"_s);
        auto *warning = dialog.findChild<QLabel *>(u"nameWarning"_s);
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(u"us-east-2"_s));
        shoot(&dialog, u"network-duplicate-name"_s);
        name->setText(u"us-east-1-network"_s);
        QVERIFY(!warning->isVisible());
        ok->click();
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(dialog.createRequest().cidrBlock, u"10.60.0.0/16"_s);
        QCOMPARE(dialog.createRequest().availabilityZones.size(), 1);
    }

    void deployWizardWaitsForAReadyNetworkOfItsCloud() {
        const QString prod = idOf(u"prod-billing-svcs"_s);
        QPointer<DeployGroupWizard> wizard =
            new DeployGroupWizard(m_store.get(), m_availability, prod);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->enableCreateNetwork(m_actions.get());
        wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QCOMPARE(wizard->controlPlaneId(), prod); // the selected control plane is preselected
        auto *provider = wizard->findChild<QComboBox *>(u"provider"_s);
        auto *region = wizard->findChild<QComboBox *>(u"region"_s);
        auto *network = wizard->findChild<QComboBox *>(u"network"_s);
        auto *next = wizard->button(QWizard::NextButton);
        // No network in Google Cloud europe-west4: Next stays disabled, "Create network…" is
        // offered.
        choose(provider, u"gcp"_s);
        choose(region, u"europe-west4"_s);
        QCOMPARE(network->count(), 0);
        QVERIFY(!next->isEnabled());
        auto *create = wizard->findChild<QPushButton *>(u"createNetwork"_s);
        QVERIFY(create->isVisible());
        shoot(wizard, u"deploy-no-network"_s);
        create->click();
        QPointer<NetworkDialog> dialog;
        QTRY_VERIFY((dialog = wizard->findChild<NetworkDialog *>()));
        QVERIFY(dialog->findChild<QComboBox *>(u"account"_s)
                    ->currentText()
                    .startsWith(u"Google Cloud"_s));
        QCOMPARE(dialog->findChild<QComboBox *>(u"region"_s)->currentData().toString(),
                 u"europe-west4"_s);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"name"_s)->text(), u"europe-west4-network"_s);
        dialog->reject();
        QTRY_VERIFY(!dialog);

        // Azure westeurope has a ready network: Next, then Deploy, are possible.
        choose(provider, u"azure"_s);
        choose(region, u"westeurope"_s);
        QCOMPARE(network->count(), 1);
        QVERIFY(next->isEnabled());
        wizard->next();
        auto *finish = wizard->button(QWizard::FinishButton);
        QVERIFY(finish->isEnabled());
        // The review follows the inputs, and a stale error goes when they change.
        auto *review = wizard->findChild<QTextBrowser *>(u"review"_s);
        wizard->findChild<QSpinBox *>(u"baseRps"_s)->setValue(321);
        QVERIFY(review->toPlainText().contains(u"321"_s));
        wizard->showError(u"Konnect said no."_s);
        QVERIFY(wizard->findChild<QLabel *>(u"error"_s)->isVisible());
        wizard->findChild<QSpinBox *>(u"baseRps"_s)->setValue(322);
        QVERIFY(!wizard->findChild<QLabel *>(u"error"_s)->isVisible());
        QVERIFY(review->toPlainText().contains(u"322"_s));
        wizard->back();
        choose(provider, u"gcp"_s);
        choose(region, u"europe-west4"_s);
        QVERIFY(!next->isEnabled());
        wizard->reject();
        QTRY_VERIFY(!wizard);
    }

    void controlPlaneNameIsCheckedAsTyped() {
        ControlPlaneDialog dialog({Geo::Us, Geo::Eu});
        dialog.setInventory(m_store.get());
        dialog.show();
        auto *name = dialog.findChild<QLineEdit *>(u"name"_s);
        auto *nameError = dialog.findChild<QLabel *>(u"nameError"_s);
        auto *geo = dialog.findChild<QComboBox *>(u"geo"_s);
        geo->setCurrentIndex(geo->findData(static_cast<int>(Geo::Us)));
        QTest::keyClicks(name, u"prod-billing-svcs"_s);
        QVERIFY(nameError->isVisible());
        QVERIFY(nameError->text().contains(u"prod-billing-svcs"_s));
        shoot(&dialog, u"controlplane-duplicate"_s);
        const quint64 before = calls();
        QSignalSpy submitted(&dialog, &ControlPlaneDialog::submitted);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(submitted.size(), 0);
        QCOMPARE(calls(), before);
        // The same name in another geo is a different control plane.
        geo->setCurrentIndex(geo->findData(static_cast<int>(Geo::Eu)));
        QVERIFY(!nameError->isVisible());
        // A 52-character name and a long error stay inside the dialog.
        name->setText(u"a-control-plane-name-that-is-fifty-two-characters-xx"_s);
        dialog.showError(
            u"Konnect answered 400: proxy_urls[0].host must be a valid hostname "
            "(https://averyveryveryverylonghostnamewithoutanybreaks.example.com/x/y)"_s);
        QApplication::processEvents();
        QVERIFY(dialog.width() <= dialog.maximumWidth());
        shoot(&dialog, u"controlplane-long-error"_s);
    }

    void cacheNameIsCheckedOnTheFirstPage() {
        const QString staging = idOf(u"staging-billing-svcs"_s);
        m_sim->server().organisation().configurationFor(staging)->insert(u"version"_s, u"3.14"_s);
        syncNow();
        ProvisionCacheWizard wizard(m_store.get(), m_actions.get(), staging);
        wizard.show();
        auto *name = wizard.findChild<QLineEdit *>(u"name"_s);
        auto *nameError = wizard.findChild<QLabel *>(u"nameError"_s);
        QVERIFY(name->isVisible()); // on the first page
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        name->setText(u"prod-billing-cache"_s);
        QVERIFY(nameError->isVisible());
        QVERIFY(nameError->text().contains(u"prod-billing-svcs"_s));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        shoot(&wizard, u"provision-duplicate-name"_s);
        name->setText(u"staging-cache"_s);
        QVERIFY(!nameError->isVisible());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        // What the user typed survives a change of control plane.
        auto *plane = wizard.findChild<QComboBox *>(u"controlPlane"_s);
        choose(plane, idOf(u"prod-billing-svcs"_s));
        QCOMPARE(name->text(), u"staging-cache"_s);
    }

    void enterInTheDeleteDialogConfirmsOnlyTheTypedName() {
        const QString longName = u"konnect-managed-a1b2c3d4-e5f6-7890-abcd-ef1234567890"_s;
        QCOMPARE(longName.size(), 52);
        ConfirmDeleteDialog dialog(u"partial"_s, longName, u"Plugins lose their Redis."_s);
        QSignalSpy confirmed(&dialog, &ConfirmDeleteDialog::confirmed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *typed = dialog.findChild<QLineEdit *>(u"typedName"_s);
        auto *error = dialog.findChild<QLabel *>(u"error"_s);
        typed->setFocus();
        QTest::keyClick(typed, Qt::Key_Return);
        QCOMPARE(confirmed.size(), 0);
        QVERIFY(dialog.isVisible()); // Enter neither deletes nor closes
        QVERIFY(error->isVisible());
        QTest::keyClicks(typed, longName.left(20));
        QVERIFY(!error->isVisible()); // the error was about the text before
        QTest::keyClick(typed, Qt::Key_Return);
        QCOMPARE(confirmed.size(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(error->text().contains(u"not"_s));
        QApplication::processEvents();
        QVERIFY(dialog.width() <= dialog.maximumWidth());
        shoot(&dialog, u"delete-wrong-name"_s);
        typed->setText(longName);
        QTest::keyClick(typed, Qt::Key_Enter);
        QCOMPARE(confirmed.size(), 1);
    }

    void cancelDuringASlowPostStillTracksTheCache() {
        const QString staging = idOf(u"staging-billing-svcs"_s);
        m_sim->server().organisation().configurationFor(staging)->insert(u"version"_s, u"3.14"_s);
        syncNow();
        QVERIFY(!m_store->cacheOf(staging));
        ProvisionTracker tracker(m_actions.get(), m_store.get(), m_dir.filePath(u"p.ini"_s));
        tracker.setFollowInterval(100ms);
        QSignalSpy settled(&tracker, &ProvisionTracker::settled);
        QSignalSpy ready(&tracker, &ProvisionTracker::cacheReady);
        CachesPane pane(m_store.get(), m_actions.get(), &tracker);
        pane.show();
        pane.findChild<QAction *>(u"newAction"_s)->trigger();
        QPointer<ProvisionCacheWizard> wizard;
        QTRY_VERIFY((wizard = pane.findChild<ProvisionCacheWizard *>()));
        choose(wizard->findChild<QComboBox *>(u"controlPlane"_s), staging);
        wizard->findChild<QLineEdit *>(u"name"_s)->setText(u"staging-slow-cache"_s);
        wizard->next();
        wizard->next();
        // Konnect answers the POST after a second: the user cancels before it does.
        sim::Faults slow;
        slow.delay = 1;
        slow.delayMs = 1000;
        m_sim->server().setFaults(slow);
        wizard->button(QWizard::FinishButton)->click();
        auto *note = wizard->findChild<QLabel *>(u"busyNote"_s);
        QVERIFY(note && note->isVisible());
        QVERIFY(note->text().contains(u"still created"_s));
        shoot(wizard, u"provision-sending"_s);
        QTRY_VERIFY(m_sim->server().requestCount() > 0);
        QTest::qWait(200); // the POST has reached Konnect
        m_sim->server().setFaults({});
        QVERIFY(tracker.intentPending(staging));
        wizard->reject();
        QTRY_VERIFY(!wizard);
        // Konnect's answer arrives after the wizard is gone: the cache is tracked to ready.
        QVERIFY(settled.wait(20000));
        QCOMPARE(settled.first().at(0).toString(), staging);
        QCOMPARE(settled.first().at(2).toBool(), true);
        QCOMPARE(m_store->cacheOf(staging)->name, u"staging-slow-cache"_s);
        QCOMPARE(m_store->cacheOf(staging)->state.value, CacheState::Ready);
        QVERIFY(tracker.pending().isEmpty());
        // The window says so too, with the next step: a plugin linked to Konnect's partial.
        QCOMPARE(ready.size(), 1);
        const QString partial = ready.first().at(2).toString();
        QCOMPARE(partial, m_store->cacheOf(staging)->cacheConfigId);
        QTRY_VERIFY(m_store->partial(partial));
        CacheReadyNotice notice(m_store.get(), m_actions.get(), staging, u"staging-slow-cache"_s,
                                partial);
        notice.show();
        shoot(&notice, u"cache-ready-notice"_s);
        notice.findChild<QPushButton *>(u"createPluginUsingCache"_s)->click();
        QPointer<PluginDialog> plugin;
        QTRY_VERIFY((plugin = notice.window()->findChild<PluginDialog *>()));
        QCOMPARE(plugin->partialPicker()->currentData().toString(), partial);
        plugin->reject();
    }

    void provisionProgressShowsABarPerGroup() {
        FleetStore store;
        ProvisionProgress progress(&store, nullptr);
        QVERIFY(progress.isHidden()); // nothing provisioning
        ManagedCache cache;
        cache.id = u"c1"_s;
        cache.name = u"edge-cache"_s;
        cache.ownerId = u"cp1"_s;
        cache.state = {CacheState::Initializing, u"initializing"_s};
        cache.createdAt = QDateTime::currentDateTimeUtc().addSecs(-6 * 60);
        cache.groups = {{u"g1"_s,
                         u"n1"_s,
                         {CloudProvider::Aws, u"aws"_s},
                         u"us-east-2"_s,
                         {CacheState::Initializing, u"initializing"_s},
                         {}},
                        {u"g2"_s,
                         u"n2"_s,
                         {CloudProvider::Azure, u"azure"_s},
                         u"westeurope"_s,
                         {CacheState::Ready, u"ready"_s},
                         {}}};
        store.upsertCache(cache);
        QVERIFY(progress.isVisible());
        const QList<QProgressBar *> bars = progress.findChildren<QProgressBar *>();
        QCOMPARE(bars.size(), 2);
        QVERIFY(bars.at(0)->text().contains(u"6 of about 15 min"_s));
        QVERIFY(bars.at(0)->value() < bars.at(0)->maximum());
        QCOMPARE(bars.at(1)->value(), bars.at(1)->maximum());
        progress.resize(420, progress.sizeHint().height());
        shoot(&progress, u"provision-progress"_s);
    }
};

} // namespace kd

QTEST_MAIN(kd::TestDialogs)
#include "tst_dialogs.moc"
