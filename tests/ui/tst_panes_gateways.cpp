#include "models/FleetTreeModel.h"
#include "ui/gateways/DeployGroupWizard.h"
#include "ui/gateways/GroupChangeDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QTreeView>
#include <QWizard>

#include "PanesFixture.h"

using namespace Qt::StringLiterals;

namespace kd {

// Data-plane groups by cloud and region: the tree, a group's details, deploy, change its
// autoscale, remove it.
class TestPanesGateways final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::PanesFixture> m_f;

    QTreeView *view() const { return test::PanesFixture::viewOf<QTreeView>(m_f->gateways); }

    // Selects the group of this control plane in this region.
    bool selectGroupIn(const QString &plane, const QString &region) {
        for (const DataPlaneGroup &group : m_f->store->configurationOf(m_f->idOf(plane))->groups) {
            if (group.region == region)
                return m_f->gateways->selectGroup(group.id);
        }
        return false;
    }

    // The desired groups Konnect (the simulator) holds for the control plane.
    QJsonArray simGroups(const QString &plane) const {
        return m_f->sim->server()
            .organisation()
            .configurationFor(m_f->idOf(plane))
            ->value(u"dataplane_group_config"_s)
            .toArray();
    }

    // The pane follows the groups after a change until they settle: so must the test, before
    // the fleet it follows goes away.
    void waitUntilSettled(QSignalSpy &settled) {
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 15000);
    }

private Q_SLOTS:
    void initTestCase() { test::PanesFixture::isolateSettings(m_dir); }

    void init() {
        QVERIFY((m_f = test::PanesFixture::startedIn(m_dir)));
        QVERIFY(m_f->window->showPane(u"gateways"_s));
    }

    void cleanup() { m_f.reset(); }

    void groupsByCloudAndRegion() {
        QAbstractItemModel *model = view()->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 3); // AWS, Azure, Google Cloud
        const QModelIndex gcp = model->index(2, 0);
        QVERIFY(gcp.data().toString().startsWith(u"Google Cloud"_s));
        const QModelIndex group = model->index(0, 0, model->index(0, 0, gcp));
        QCOMPARE(group.siblingAtColumn(3).data().toString(), u"not served"_s);
        // Show the control plane of a group: the control planes pane selects it.
        view()->setCurrentIndex(group);
        QSignalSpy shown(m_f->gateways, &GatewaysPane::showControlPlaneRequested);
        test::PanesFixture::action(m_f->gateways, u"showControlPlaneAction"_s)->trigger();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().at(0).toString(), m_f->idOf(u"prod-billing-svcs"_s));
    }

    void closedRowsStayClosedAndFilteredOnesOpenAgain() {
        QTreeView *tree = view();
        QAbstractItemModel *model = tree->model();
        const auto allOpen = [tree, model] {
            for (int c = 0; c < model->rowCount(); ++c) {
                const QModelIndex cloud = model->index(c, 0);
                if (!tree->isExpanded(cloud))
                    return false;
                for (int r = 0; r < model->rowCount(cloud); ++r) {
                    if (!tree->isExpanded(model->index(r, 0, cloud)))
                        return false;
                }
            }
            return true;
        };
        QTRY_VERIFY(allOpen());
        auto *filter = m_f->gateways->findChild<QLineEdit *>(u"filter"_s);
        filter->setText(u"westeurope"_s);
        QCOMPARE(model->rowCount(), 1);
        filter->clear();
        QCOMPARE(model->rowCount(), 3);
        QTRY_VERIFY(allOpen());
        tree->collapse(model->index(2, 0));
        const CloudGatewayConfiguration before =
            *m_f->store->configurationOf(m_f->idOf(u"prod-billing-svcs"_s));
        CloudGatewayConfiguration more = before;
        for (const DataPlaneGroup &g : before.groups) {
            if (g.provider.value == CloudProvider::Gcp) {
                more.groups.append(g);
                more.groups.last().id = u"a-second-gcp-group"_s;
            }
        }
        QCOMPARE(more.groups.size(), before.groups.size() + 1);
        m_f->store->upsertConfiguration(more);
        QTRY_COMPARE(model->rowCount(model->index(0, 0, model->index(2, 0))), 2);
        QVERIFY(!tree->isExpanded(model->index(2, 0)));
    }

    void aGroupsDetailsShowStateNetworkAutoscaleCacheAndEndpoints() {
        auto *details = m_f->gateways->findChild<QTextBrowser *>(u"groupDetails"_s);
        QVERIFY(details->toPlainText().contains(u"Select a data-plane group"_s));
        QVERIFY(selectGroupIn(u"prod-billing-svcs"_s, u"us-east-2"_s));
        const QString text = details->toPlainText();
        QVERIFY2(text.contains(u"AWS us-east-2"_s), qPrintable(text));
        QVERIFY(text.contains(u"prod-billing-svcs"_s));
        QVERIFY(text.contains(u"ready"_s));
        QVERIFY(text.contains(u"us-east-2-network"_s));
        QVERIFY(text.contains(u"autopilot, base"_s));
        QVERIFY(text.contains(u"small · ready"_s));
        QVERIFY(text.contains(u"Egress IPs"_s));
        QVERIFY(text.contains(u"Hostnames"_s));
        QVERIFY(test::PanesFixture::action(m_f->gateways, u"editAction"_s)->isEnabled());
        m_f->window->grab().save(QStringLiteral(KD_SHOT_DIR "/panes-gateways-details.png"));
        // A cloud row is not a group: no group actions.
        view()->setCurrentIndex(view()->model()->index(0, 0));
        QVERIFY(!test::PanesFixture::action(m_f->gateways, u"editAction"_s)->isEnabled());
        QVERIFY(!test::PanesFixture::action(m_f->gateways, u"deleteAction"_s)->isEnabled());
    }

    void changeAutoscaleIsAReviewedFullPut() {
        const QJsonArray before = simGroups(u"prod-billing-svcs"_s);
        QVERIFY(selectGroupIn(u"prod-billing-svcs"_s, u"us-east-2"_s));
        test::PanesFixture::action(m_f->gateways, u"editAction"_s)->trigger();
        QPointer<GroupChangeDialog> dialog;
        QTRY_VERIFY((dialog = m_f->gateways->findChild<GroupChangeDialog *>(u"autoscaleDialog"_s)));
        auto *apply = dialog->findChild<QPushButton *>(u"applyButton"_s);
        QVERIFY(!apply->isEnabled()); // nothing changed yet
        dialog->findChild<QSpinBox *>(u"baseRps"_s)->setValue(250);
        QVERIFY(apply->isEnabled());
        const QString review = dialog->findChild<QTextBrowser *>(u"review"_s)->toPlainText();
        QVERIFY2(review.contains(u"changes"_s), qPrintable(review));
        QVERIFY(review.contains(u"→ autopilot, base 250 requests per second"_s));
        QCOMPARE(review.count(u"stays"_s), before.size() - 1);
        QVERIFY(!review.contains(u"goes"_s));
        dialog->grab().save(QStringLiteral(KD_SHOT_DIR "/dialog-gateways-autoscale.png"));
        QSignalSpy settled(&m_f->actions->followers(), &Followers::configurationSettled);
        apply->click();
        QTRY_VERIFY(!dialog);
        waitUntilSettled(settled);
        const QJsonArray after = simGroups(u"prod-billing-svcs"_s);
        QCOMPARE(after.size(), before.size());
        for (const QJsonValue &group : after) {
            const QJsonObject g = group.toObject();
            const int rps = g.value(u"autoscale"_s).toObject().value(u"base_rps"_s).toInt();
            if (g.value(u"region"_s).toString() == u"us-east-2"_s)
                QCOMPARE(rps, 250);
            else // the others went back as they were (an empty environment may be left out)
                QVERIFY2(std::any_of(before.begin(), before.end(),
                                     [&g](const QJsonValue &was) {
                                         QJsonObject old = was.toObject();
                                         if (old.value(u"environment"_s).toArray().isEmpty())
                                             old.remove(u"environment"_s);
                                         return old == g;
                                     }),
                         QJsonDocument(g).toJson().constData());
        }
    }

    void removeAGroupIsAReviewedFullPut() {
        const QJsonArray before = simGroups(u"prod-billing-svcs"_s);
        QVERIFY(selectGroupIn(u"prod-billing-svcs"_s, u"us-central1"_s));
        test::PanesFixture::action(m_f->gateways, u"deleteAction"_s)->trigger();
        QPointer<GroupChangeDialog> dialog;
        QTRY_VERIFY(
            (dialog = m_f->gateways->findChild<GroupChangeDialog *>(u"removeGroupDialog"_s)));
        const QString review = dialog->findChild<QTextBrowser *>(u"review"_s)->toPlainText();
        QVERIFY2(review.contains(u"goes"_s), qPrintable(review));
        QVERIFY(review.contains(u"Google Cloud us-central1"_s));
        QCOMPARE(review.count(u"stays"_s), before.size() - 1);
        dialog->grab().save(QStringLiteral(KD_SHOT_DIR "/dialog-gateways-remove.png"));
        QSignalSpy settled(&m_f->actions->followers(), &Followers::configurationSettled);
        dialog->findChild<QPushButton *>(u"applyButton"_s)->click();
        QTRY_VERIFY(!dialog);
        const QJsonArray after = simGroups(u"prod-billing-svcs"_s);
        QCOMPARE(after.size(), before.size() - 1);
        // Konnect tears the group down, and the tree lets it go.
        waitUntilSettled(settled);
        QCOMPARE(m_f->store->dataPlaneGroupCount(m_f->idOf(u"prod-billing-svcs"_s)),
                 before.size() - 1);
        for (const QJsonValue &group : after)
            QVERIFY(group.toObject().value(u"region"_s).toString() != u"us-central1"_s);
    }

    void aChangeMadeElsewhereMeanwhileSendsNothing() {
        QVERIFY(selectGroupIn(u"prod-billing-svcs"_s, u"us-central1"_s));
        test::PanesFixture::action(m_f->gateways, u"deleteAction"_s)->trigger();
        QPointer<GroupChangeDialog> dialog;
        QTRY_VERIFY((dialog = m_f->gateways->findChild<GroupChangeDialog *>()));
        // Someone else changes the configuration in Konnect while the review is open.
        QJsonObject *config =
            m_f->sim->server().organisation().configurationFor(m_f->idOf(u"prod-billing-svcs"_s));
        QJsonArray groups = config->value(u"dataplane_group_config"_s).toArray();
        QJsonObject first = groups.at(0).toObject();
        QJsonObject autoscale = first.value(u"autoscale"_s).toObject();
        autoscale.insert(u"base_rps"_s, 999);
        first.insert(u"autoscale"_s, autoscale);
        groups.replace(0, first);
        config->insert(u"dataplane_group_config"_s, groups);
        dialog->findChild<QPushButton *>(u"applyButton"_s)->click();
        QTRY_VERIFY(dialog->findChild<QLabel *>(u"error"_s)->text().contains(u"changed"_s));
        QCOMPARE(simGroups(u"prod-billing-svcs"_s), groups);
    }

    void deployADataPlaneGroupAndWatchItComeUp() {
        const QString staging = m_f->idOf(u"staging-billing-svcs"_s);
        test::PanesFixture::action(m_f->gateways, u"newAction"_s)->trigger();
        QPointer<DeployGroupWizard> wizard;
        QTRY_VERIFY((wizard = m_f->gateways->findChild<DeployGroupWizard *>()));
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        auto *plane = wizard->findChild<QComboBox *>(u"controlPlane"_s);
        plane->setCurrentIndex(plane->findData(staging));
        auto *provider = wizard->findChild<QComboBox *>(u"provider"_s);
        auto *region = wizard->findChild<QComboBox *>(u"region"_s);
        provider->setCurrentIndex(provider->findData(u"azure"_s));
        region->setCurrentIndex(region->findData(u"westeurope"_s));
        QCOMPARE(wizard->findChild<QComboBox *>(u"network"_s)->count(), 1);
        wizard->next();
        wizard->findChild<QSpinBox *>(u"baseRps"_s)->setValue(75);
        QVERIFY(wizard->findChild<QTextBrowser *>(u"review"_s)
                    ->toPlainText()
                    .contains(u"keep AWS eu-central-1"_s));
        QSignalSpy settled(&m_f->actions->followers(), &Followers::configurationSettled);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!wizard);

        // created -> initializing -> ready, followed in the tree without a full sync.
        QTRY_VERIFY_WITH_TIMEOUT(m_f->store->dataPlaneGroupCount(staging) == 2, 5000);
        const auto groupState = [this, staging] {
            for (const DataPlaneGroup &group : m_f->store->configurationOf(staging)->groups) {
                if (group.region == u"westeurope"_s)
                    return group.state.value;
            }
            return GroupState::Unknown;
        };
        QTRY_COMPARE_WITH_TIMEOUT(groupState(), GroupState::Ready, 15000);
        QCOMPARE(simGroups(u"staging-billing-svcs"_s).size(), 2);
        waitUntilSettled(settled);
        m_f->window->grab().save(QStringLiteral(KD_SHOT_DIR "/panes-gateways-deployed.png"));
    }
};

} // namespace kd

QTEST_MAIN(kd::TestPanesGateways)
#include "tst_panes_gateways.moc"
