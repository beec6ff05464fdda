#include "fleet/FleetActions.h"
#include "fleet/compare/ApplyPlan.h"
#include "sim/SimServer.h"
#include "ui/export/ComparePane.h"
#include "ui/export/ExportDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

#include "DemoFleet.h"

using namespace Qt::StringLiterals;

namespace kd {

// The export review dialog and the compare pane driven as a person would, on the demo
// organisation. With KD_SHOTS_DIR set, each test leaves a PNG of what it drove there.
class TestIacUi final : public QObject {
    Q_OBJECT
private:
    test::DemoFleet m_demo;

    static void shoot(QWidget *widget, const QString &name) {
        const QString dir = qEnvironmentVariable("KD_SHOTS_DIR");
        if (dir.isEmpty())
            return;
        QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
    }

private Q_SLOTS:
    void initTestCase() { m_demo.start(); }

    void theReviewShowsEveryFileBeforeAnythingIsWritten() {
        QTemporaryDir dir;
        ExportDialog dialog(m_demo.store.get(), {});
        dialog.setFolder(dir.path());
        dialog.show();
        auto *files = dialog.findChild<QTreeWidget *>(u"exportFiles"_s);
        QVERIFY(files);
        QAbstractItemModelTester tester(files->model());
        QCOMPARE(files->topLevelItemCount(), 10); // 7 Terraform files, 3 decK files
        QVERIFY(QDir(dir.path()).isEmpty());
        auto *preview = dialog.findChild<QPlainTextEdit *>(u"exportPreview"_s);
        QVERIFY(preview->toPlainText().contains(u"import {"_s));
        // Only decK, only prod: one file.
        dialog.findChild<QCheckBox *>(u"exportTerraform"_s)->setChecked(false);
        auto *planes = dialog.findChild<QListWidget *>(u"exportPlanes"_s);
        for (int i = 0; i < planes->count(); ++i) {
            if (!planes->item(i)->text().endsWith(u"prod-billing-svcs"_s))
                planes->item(i)->setCheckState(Qt::Unchecked);
        }
        QCOMPARE(files->topLevelItemCount(), 1);
        QCOMPARE(files->topLevelItem(0)->text(0), u"deck/us/prod-billing-svcs.yaml"_s);
        QVERIFY(preview->toPlainText().contains(u"_format_version: '3.0'"_s));
        dialog.findChild<QCheckBox *>(u"exportTerraform"_s)->setChecked(true);
        QVERIFY(dialog.findChild<QLabel *>(u"exportSummary"_s)->text().contains(dir.path()));
        shoot(&dialog, u"export-review.png"_s);
        dialog.findChild<QPushButton *>(u"exportWrite"_s)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(QFileInfo::exists(dir.filePath(u"deck/us/prod-billing-svcs.yaml"_s)));
        QVERIFY(QFileInfo::exists(dir.filePath(u"terraform/us/prod_billing_svcs.tf"_s)));
    }

    void aFolderThatCannotBeWrittenIsSaidAndNothingIsLost() {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"blocked"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where a folder must go
        blocker.close();
        ExportDialog dialog(m_demo.store.get(), {});
        dialog.setFolder(dir.filePath(u"blocked"_s));
        dialog.show();
        dialog.findChild<QPushButton *>(u"exportWrite"_s)->click();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QLineEdit *>(u"exportFolder"_s)->text(),
                 dir.filePath(u"blocked"_s));
        const auto labels = dialog.findChildren<QLabel *>();
        const bool said = std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
            return label->isVisible() && label->text().contains(u"Cannot"_s);
        });
        QVERIFY(said);
    }

    void theComparePaneShowsOnlyWhatDiffers() {
        ComparePane pane(m_demo.store.get());
        pane.resize(1300, 760);
        pane.show();
        // QTreeWidget's own model (Qt's, not ours) is not put under QAbstractItemModelTester: Qt
        // 6.4's fails its child-index check on it.
        auto *tree = pane.findChild<QTreeWidget *>(u"compareTree"_s);
        pane.setSides(m_demo.planeNamed(u"staging-billing-svcs"_s),
                      m_demo.planeNamed(u"prod-billing-svcs"_s));
        QVERIFY(pane.differenceCount() > 0);
        QCOMPARE(tree->topLevelItemCount(), pane.differenceCount());
        QTreeWidgetItem *configuration = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString()
                == u"configuration|configuration"_s)
                configuration = tree->topLevelItem(i);
        }
        QVERIFY(configuration);
        QCOMPARE(configuration->childCount(), 1);
        QCOMPARE(configuration->child(0)->text(0), u"version"_s);
        QCOMPARE(configuration->child(0)->text(1), u"3.12"_s);
        QCOMPARE(configuration->child(0)->text(2), u"3.14"_s);
        shoot(&pane, u"compare-staging-prod.png"_s);
        // A plane against itself: nothing differs, and the pane says why.
        pane.setSides(m_demo.planeNamed(u"prod-billing-svcs"_s),
                      m_demo.planeNamed(u"prod-billing-svcs"_s));
        QCOMPARE(tree->topLevelItemCount(), 0);
        QVERIFY(
            pane.findChild<QLabel *>(u"compareSummary"_s)->text().contains(u"same by meaning"_s));
    }

    void anEntityIsAppliedAfterItsRequestsAreReviewed() {
        FleetActions actions(m_demo.session.get(), m_demo.store.get());
        compare::Applier applier(m_demo.session.get(), m_demo.store.get(), &actions);
        ComparePane pane(m_demo.store.get(), &applier);
        pane.resize(1300, 760);
        pane.show();
        const QString staging = m_demo.planeNamed(u"staging-billing-svcs"_s);
        pane.setSides(staging, m_demo.planeNamed(u"prod-billing-svcs"_s));
        auto *tree = pane.findChild<QTreeWidget *>(u"compareTree"_s);
        const QString key = u"plugin|key-auth|global|key-auth-partners"_s;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == key)
                tree->setCurrentItem(tree->topLevelItem(i));
        }
        QVERIFY(tree->currentItem());
        const int before = pane.differenceCount();
        pane.findChild<QToolButton *>(u"compareApplyLeft"_s)->click();
        auto *dialog = pane.findChild<QDialog *>(u"applyDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QString requests =
            dialog->findChild<QPlainTextEdit *>(u"applyRequests"_s)->toPlainText();
        QVERIFY2(requests.contains(u"POST "_s)
                     && requests.contains(
                         u"/eu/v2/control-planes/%1/core-entities/plugins"_s.arg(staging)),
                 qPrintable(requests));
        QVERIFY(requests.contains(u"\"instance_name\": \"key-auth-partners\""_s));
        QVERIFY(!requests.contains(m_demo.token));
        shoot(dialog, u"apply-review.png"_s);
        // Nothing is sent before the review is confirmed.
        QCOMPARE(pane.differenceCount(), before);
        dialog->findChild<QPushButton *>(u"applySend"_s)->click();
        QTRY_COMPARE(pane.differenceCount(), before - 1);
        bool still = false;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            still = still || tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == key;
        QVERIFY(!still);
    }

    void aDeckFileIsASide() {
        QTemporaryDir dir;
        ExportDialog dialog(m_demo.store.get(), {m_demo.planeNamed(u"prod-billing-svcs"_s)});
        dialog.setFolder(dir.path());
        dialog.findChild<QCheckBox *>(u"exportTerraform"_s)->setChecked(false);
        dialog.findChild<QPushButton *>(u"exportWrite"_s)->click();
        ComparePane pane(m_demo.store.get());
        pane.resize(1300, 760);
        pane.show();
        QVERIFY(pane.setDeckFile(0, dir.filePath(u"deck/us/prod-billing-svcs.yaml"_s)));
        pane.setSides({}, m_demo.planeNamed(u"prod-billing-svcs"_s));
        QVERIFY(
            pane.findChild<QComboBox *>(u"compareLeft"_s)->currentText().contains(u"decK file"_s));
        QCOMPARE(pane.differenceCount(), 0);
        pane.setSides({}, m_demo.planeNamed(u"staging-billing-svcs"_s));
        QVERIFY(pane.differenceCount() > 0);
        // Cloud-side entities are not in a decK file: only plugins and partials are compared.
        auto *tree = pane.findChild<QTreeWidget *>(u"compareTree"_s);
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QString kind =
                tree->topLevelItem(i)->data(0, Qt::UserRole).toString().section(u'|', 0, 0);
            QVERIFY2(kind == u"plugin"_s || kind == u"partial"_s, qPrintable(kind));
        }
        shoot(&pane, u"compare-deck-file.png"_s);
    }

    // Plugins scoped to a service: the compare and the export read the services first (the
    // sync does not), then match and reference them by name.
    void scopedPluginsWaitForTheirServices() {
        const auto call = [this](const QString &geo, const QString &path, const QJsonObject &body) {
            sim::SimRequest request;
            request.method = "POST";
            request.host = geo;
            request.path = path;
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            request.token = m_demo.token;
            const sim::SimResponse response = m_demo.sim->server().respond(request);
            if (response.status != 201)
                qFatal("POST %s: %s", qPrintable(path), response.body.constData());
            return QJsonDocument::fromJson(response.body).object().value(u"id"_s).toString();
        };
        QStringList planes;
        for (const QString &geo : {u"eu"_s, u"us"_s}) {
            const QString cp =
                call(geo, u"/v2/control-planes"_s, {{u"name"_s, u"ui-scoped-"_s + geo}});
            const QString core = u"/v2/control-planes/"_s + cp + u"/core-entities/"_s;
            const QString orders =
                call(geo, core + u"services"_s,
                     {{u"name"_s, u"orders"_s}, {u"host"_s, u"orders.internal"_s}});
            call(geo, core + u"plugins"_s,
                 {{u"name"_s, u"rate-limiting"_s},
                  {u"service"_s, QJsonObject{{u"id"_s, orders}}},
                  {u"config"_s, QJsonObject{{u"minute"_s, 20}}}});
            planes.append(cp);
        }
        QVERIFY(m_demo.refresh());

        FleetActions actions(m_demo.session.get(), m_demo.store.get());
        compare::Applier applier(m_demo.session.get(), m_demo.store.get(), &actions);
        ComparePane pane(m_demo.store.get(), &applier);
        pane.resize(1300, 760);
        pane.show();
        pane.setSides(planes.at(0), planes.at(1));
        QVERIFY(pane.reading());
        QVERIFY(pane.findChild<QLabel *>(u"compareSummary"_s)->text().contains(u"Reading"_s));
        QTRY_VERIFY(!pane.reading());
        QCOMPARE(pane.differenceCount(), 0); // other service ids, the same service by name

        ExportDialog dialog(m_demo.store.get(), {planes.at(0)});
        QTemporaryDir dir;
        dialog.setFolder(dir.path());
        dialog.readGatewayEntitiesWith(&m_demo.session->client());
        dialog.show();
        auto *write = dialog.findChild<QPushButton *>(u"exportWrite"_s);
        QVERIFY(dialog.reading());
        QVERIFY(!write->isEnabled()); // nothing is written before the services are read
        QTRY_VERIFY(!dialog.reading());
        QVERIFY(write->isEnabled());
        QByteArray all;
        for (const iac::TextFile &file : dialog.files())
            all += file.contents;
        QVERIFY(all.contains("resource \"konnect_gateway_service\" \"ui_scoped_eu_orders\""));
        QVERIFY(all.contains("id = konnect_gateway_service.ui_scoped_eu_orders.id"));
        QVERIFY(all.contains("service: orders"));
        shoot(&dialog, u"export-review-scoped.png"_s);
    }
};

} // namespace kd

QTEST_MAIN(kd::TestIacUi)
#include "tst_iac_ui.moc"
