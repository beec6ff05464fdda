#include "ui/common/ConfirmDeleteDialog.h"
#include "ui/controlplanes/ControlPlaneDialog.h"
#include "ui/gateways/DeployGroupWizard.h"
#include "ui/networks/NetworkDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>

#include "PanesFixture.h"

using namespace Qt::StringLiterals;

namespace kd {

// Control planes, networks and activity: listing, filtering, refreshing, create, edit, delete.
class TestPanesInventory final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::PanesFixture> m_f;

    QTableView *planesView() const { return test::PanesFixture::viewOf(m_f->planes); }
    QTableView *networksView() const { return test::PanesFixture::viewOf(m_f->networks); }

private Q_SLOTS:
    void initTestCase() { test::PanesFixture::isolateSettings(m_dir); }

    void init() { QVERIFY((m_f = test::PanesFixture::startedIn(m_dir))); }

    void cleanup() { m_f.reset(); }

    void controlPlanesAreListedWithDetails() {
        QAbstractItemModelTester tester(planesView()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(planesView()->model()->rowCount(), 3);
        m_f->planes->selectControlPlane(m_f->idOf(u"prod-billing-svcs"_s));
        auto *details = m_f->planes->findChild<QTextBrowser *>(u"controlPlaneDetails"_s);
        QVERIFY(details->toPlainText().contains(u"prod-billing-svcs"_s));
        QVERIFY(details->toPlainText().contains(u"Managed cache"_s));
        QVERIFY(details->toPlainText().contains(u"us-east-2"_s));
        QVERIFY(!m_f->planes->findChild<QLabel *>(u"geoBanner"_s)->isVisible());
        QVERIFY(!m_f->planes->findChild<QLabel *>(u"emptyState"_s)->isVisible());
        m_f->window->grab().save(QStringLiteral(KD_SHOT_DIR "/panes-control-planes.png"));
    }

    void filterByLabel() {
        auto *filter = m_f->planes->findChild<QLineEdit *>(u"filter"_s);
        QTest::keyClicks(filter, u"env:prod"_s);
        QCOMPARE(planesView()->model()->rowCount(), 1);
        QTest::keyClick(filter, Qt::Key_Escape);
        QCOMPARE(filter->text(), QString());
        QCOMPARE(planesView()->model()->rowCount(), 3);
    }

    void refreshPicksUpChangesWithoutReset() {
        // Someone else renames a control plane in Konnect; F5 shows it, as a data change.
        const QString id = m_f->idOf(u"prod-billing-svcs"_s);
        QJsonObject *cp = m_f->sim->server().organisation().controlPlane(u"us"_s, id);
        QVERIFY(cp);
        cp->insert(u"name"_s, u"prod-billing-renamed"_s);
        QSignalSpy reset(planesView()->model(), &QAbstractItemModel::modelReset);
        QSignalSpy finished(m_f->sync.get(), &SyncEngine::syncFinished);
        m_f->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_f->window));
        QTest::keyClick(m_f->window, Qt::Key_F5);
        QVERIFY(finished.wait(20000));
        QCOMPARE(m_f->store->controlPlane(id)->name, u"prod-billing-renamed"_s);
        QCOMPARE(reset.size(), 0);
    }

    void createEditAndDeleteAControlPlane() {
        test::PanesFixture::action(m_f->planes, u"newAction"_s)->trigger();
        // Dialogs delete themselves on close: hold them in QPointers.
        QPointer<ControlPlaneDialog> dialog = m_f->planes->findChild<ControlPlaneDialog *>();
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
        const auto creates = [this] { return m_f->callsTo("POST", u"/v2/control-planes"_s); };
        QCOMPARE(creates(), 0);
        ok->click();
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"2 to 256"_s));
        QVERIFY(error->text().contains(u"kong"_s));
        QCOMPARE(creates(), 0);

        labels->item(0, 0)->setText(u"team"_s);
        auto *geo = dialog->findChild<QComboBox *>(u"geo"_s);
        geo->setCurrentIndex(geo->findData(static_cast<int>(Geo::Eu)));
        // A name that exists in that geo: said under the name as it is typed, nothing is sent.
        dialog->findChild<QLineEdit *>(u"name"_s)->setText(u"staging-billing-svcs"_s);
        ok->click();
        QVERIFY(dialog->findChild<QLabel *>(u"nameError"_s)->text().contains(u"already has"_s));
        QCOMPARE(creates(), 0);
        QVERIFY(dialog->isVisible());
        QCOMPARE(labels->item(0, 1)->text(), u"edge"_s);

        dialog->findChild<QLineEdit *>(u"name"_s)->setText(u"edge-eu"_s);
        ok->click();
        QTRY_VERIFY(!dialog);
        QTRY_VERIFY(!m_f->idOf(u"edge-eu"_s).isEmpty());
        QCOMPARE(creates(), 1); // the count sees a create when there is one
        const QString id = m_f->idOf(u"edge-eu"_s);
        QCOMPARE(m_f->store->controlPlane(id)->geo, Geo::Eu);
        QCOMPARE(m_f->store->controlPlane(id)->labels.value(u"team"_s), u"edge"_s);
        QCOMPARE(m_f->planes->currentId(), id); // the new one is selected
        QVERIFY(m_f->sim->server().organisation().controlPlane(u"eu"_s, id));

        test::PanesFixture::action(m_f->planes, u"editAction"_s)->trigger();
        QPointer<ControlPlaneDialog> edit = m_f->planes->findChild<ControlPlaneDialog *>();
        QTRY_VERIFY(edit && edit->isVisible());
        QVERIFY(!edit->findChild<QComboBox *>(u"geo"_s)->isEnabled());
        edit->findChild<QPlainTextEdit *>(u"description"_s)->setPlainText(u"EU edge"_s);
        edit->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(m_f->store->controlPlane(id)->description, u"EU edge"_s);
        QTRY_VERIFY(!edit);

        // Delete asks for the typed name.
        test::PanesFixture::action(m_f->planes, u"deleteAction"_s)->trigger();
        QPointer<ConfirmDeleteDialog> confirm = m_f->planes->findChild<ConfirmDeleteDialog *>();
        QTRY_VERIFY(confirm && confirm->isVisible());
        auto *remove = confirm->findChild<QPushButton *>(u"deleteButton"_s);
        QVERIFY(!remove->isEnabled());
        QTest::keyClicks(confirm->findChild<QLineEdit *>(u"typedName"_s), u"edge-e"_s);
        QVERIFY(!remove->isEnabled());
        QTest::keyClicks(confirm->findChild<QLineEdit *>(u"typedName"_s), u"u"_s);
        QVERIFY(remove->isEnabled());
        remove->click();
        QTRY_VERIFY(!m_f->store->controlPlane(id));
        QTRY_VERIFY(!confirm);
        QVERIFY(!m_f->sim->server().organisation().controlPlane(u"eu"_s, id));
    }

    void anEmptyCloudGatewayPlaneOffersToDeployAGroup() {
        ControlPlaneCreate create;
        create.name = u"edge-new"_s;
        create.cloudGateway = true;
        const auto created = QCoro::waitFor(m_f->actions->createControlPlane(Geo::Us, create));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
        QTRY_VERIFY(m_f->planes->selectControlPlane(created->id));
        QCOMPARE(m_f->planes->currentId(), created->id);
        auto *details = m_f->planes->findChild<QTextBrowser *>(u"controlPlaneDetails"_s);
        QVERIFY2(details->toPlainText().contains(u"Deploy a group…"_s),
                 qPrintable(details->toPlainText()));
        QAction *deploy = test::PanesFixture::action(m_f->planes, u"deployGroupAction"_s);
        QVERIFY(deploy->isEnabled());
        m_f->window->grab().save(QStringLiteral(KD_SHOT_DIR "/panes-control-plane-empty.png"));
        deploy->trigger();
        QPointer<DeployGroupWizard> wizard;
        QTRY_VERIFY((wizard = m_f->gateways->findChild<DeployGroupWizard *>()));
        QCOMPARE(wizard->findChild<QComboBox *>(u"controlPlane"_s)->currentData().toString(),
                 created->id);
        QVERIFY(m_f->gateways->isVisible());
        wizard->reject();
        // A control plane with groups does not offer it.
        QVERIFY(m_f->planes->selectControlPlane(m_f->idOf(u"prod-billing-svcs"_s)));
        QVERIFY(!deploy->isEnabled());
        QVERIFY(!details->toPlainText().contains(u"Deploy a group…"_s));
    }

    void createRenameAndDeleteNetworks() {
        QVERIFY(m_f->window->showPane(u"networks"_s));
        QAbstractItemModelTester tester(networksView()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(networksView()->model()->rowCount(), 4);
        test::PanesFixture::action(m_f->networks, u"newAction"_s)->trigger();
        QPointer<NetworkDialog> dialog;
        QTRY_VERIFY((dialog = m_f->networks->findChild<NetworkDialog *>()));
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
        QCOMPARE(networksView()->model()->rowCount(), 5);
        QString created;
        for (const QString &id : m_f->store->networkIds()) {
            if (m_f->store->network(id)->name == u"oregon-network"_s)
                created = id;
        }
        QCOMPARE(m_f->store->network(created)->availabilityZones.size(), 3);
        QCOMPARE(m_f->networks->currentId(), created); // the new one is selected

        // Rename: the only change a network takes.
        test::PanesFixture::action(m_f->networks, u"editAction"_s)->trigger();
        QPointer<NetworkDialog> rename;
        QTRY_VERIFY((rename = m_f->networks->findChild<NetworkDialog *>()));
        rename->findChild<QLineEdit *>(u"name"_s)->setText(u"us-west-2-network"_s);
        rename->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(m_f->store->network(created)->name, u"us-west-2-network"_s);

        // A network in use cannot be deleted: Konnect's refusal shows in the dialog.
        networksView()->setCurrentIndex(
            test::PanesFixture::rowWith(networksView(), u"us-east-2-network"_s));
        test::PanesFixture::action(m_f->networks, u"deleteAction"_s)->trigger();
        QPointer<ConfirmDeleteDialog> confirm;
        QTRY_VERIFY((confirm = m_f->networks->findChild<ConfirmDeleteDialog *>()));
        QTest::keyClicks(confirm->findChild<QLineEdit *>(u"typedName"_s), u"us-east-2-network"_s);
        confirm->findChild<QPushButton *>(u"deleteButton"_s)->click();
        QTRY_VERIFY(confirm->findChild<QLabel *>(u"error"_s)->text().contains(u"referenced"_s));
        confirm->reject();
        QVERIFY(m_f->store->network(m_f->networks->currentId()));
        m_f->window->grab().save(QStringLiteral(KD_SHOT_DIR "/panes-networks.png"));
    }

    void activityCopiesCurlWithoutToken() {
        QVERIFY(m_f->window->showPane(u"activity"_s));
        QTableView *view = test::PanesFixture::viewOf(m_f->activity);
        QVERIFY(view->model()->rowCount() >= 8);
        view->selectRow(0);
        auto *copy = m_f->activity->findChild<QAction *>(u"copyCurlAction"_s);
        QVERIFY(copy->isEnabled());
        copy->trigger();
        const QString curl = QApplication::clipboard()->text();
        QVERIFY2(curl.startsWith(u"curl -X GET"_s), qPrintable(curl));
        QVERIFY(curl.contains(u"$KONNECT_TOKEN"_s));
        QVERIFY(!curl.contains(m_f->token));
        m_f->window->grab().save(QStringLiteral(KD_SHOT_DIR "/panes-activity.png"));
    }
};

} // namespace kd

QTEST_MAIN(kd::TestPanesInventory)
#include "tst_panes_inventory.moc"
