#include "ui/caches/ProvisionCacheWizard.h"
#include "ui/caches/ResizeCacheDialog.h"
#include "ui/common/ConfirmDeleteDialog.h"
#include "ui/common/LinkedPluginsDialog.h"
#include "ui/plugins/PartialDialog.h"
#include "ui/plugins/PluginDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTextBrowser>
#include <QWizard>

#include "PanesFixture.h"

using namespace Qt::StringLiterals;

namespace kd {

// Managed caches, their Redis configurations (partials) and the plugins that link them.
class TestPanesCaches final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::PanesFixture> m_f;

    QTableView *viewOf(Pane *pane) const { return test::PanesFixture::viewOf(pane); }

    // Selects the partial Konnect made for prod's managed cache.
    QString selectManagedPartial() {
        const QString id = m_f->store->cacheOf(m_f->idOf(u"prod-billing-svcs"_s))->cacheConfigId;
        return m_f->partials->selectPartial(id) ? id : QString();
    }

private Q_SLOTS:
    void initTestCase() { test::PanesFixture::isolateSettings(m_dir); }

    void init() { QVERIFY((m_f = test::PanesFixture::startedIn(m_dir))); }

    void cleanup() { m_f.reset(); }

    void resizeOffersOnlyLargerTiers() {
        QVERIFY(m_f->window->showPane(u"caches"_s));
        QAbstractItemModelTester tester(viewOf(m_f->caches)->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(viewOf(m_f->caches)->model()->rowCount(), 1);
        auto *details = m_f->caches->findChild<QTextBrowser *>(u"cacheDetails"_s);
        QTRY_VERIFY(details->toPlainText().contains(u"Used by 2 plugins"_s));
        QVERIFY(details->toPlainText().contains(u"rla-billing-api"_s));

        test::PanesFixture::action(m_f->caches, u"editAction"_s)->trigger();
        QPointer<ResizeCacheDialog> resize;
        QTRY_VERIFY((resize = m_f->caches->findChild<ResizeCacheDialog *>()));
        auto *tiers = resize->findChild<QComboBox *>(u"tier"_s);
        QVERIFY(tiers->count() > 0);
        QCOMPARE(tiers->itemData(0).toInt(), static_cast<int>(CacheTier::Medium));
        tiers->setCurrentIndex(tiers->findData(static_cast<int>(CacheTier::Large)));
        resize->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!resize);
        QCOMPARE(m_f->store->cacheOf(m_f->idOf(u"prod-billing-svcs"_s))->tier.value,
                 CacheTier::Large);
    }

    void deleteIsRefusedWhilePluginsUseTheCache() {
        QVERIFY(m_f->window->showPane(u"caches"_s));
        test::PanesFixture::action(m_f->caches, u"deleteAction"_s)->trigger();
        QPointer<LinkedPluginsDialog> inUse;
        QTRY_VERIFY((inUse = m_f->caches->findChild<LinkedPluginsDialog *>(u"cacheInUse"_s)));
        auto *linked = inUse->findChild<QListWidget *>(u"linkedPlugins"_s);
        QCOMPARE(linked->count(), 2);
        QVERIFY(!linked->findItems(u"ai-rla-assistant"_s, Qt::MatchStartsWith).isEmpty());
        inUse->grab().save(QStringLiteral(KD_SHOT_DIR "/dialog-cache-in-use.png"));
        QVERIFY(!m_f->caches->findChild<ConfirmDeleteDialog *>());
        inUse->reject();
        QVERIFY(m_f->store->cacheOf(m_f->idOf(u"prod-billing-svcs"_s)));
        m_f->window->grab().save(QStringLiteral(KD_SHOT_DIR "/panes-caches.png"));
    }

    void deleteStopsWhenWhoUsesTheCacheCannotBeFoundOut() {
        QVERIFY(m_f->window->showPane(u"caches"_s));
        // Konnect cannot answer which plugins link the cache's partial (it is gone there).
        const QString prod = m_f->idOf(u"prod-billing-svcs"_s);
        const QString partial = m_f->store->cacheOf(prod)->cacheConfigId;
        QVERIFY(m_f->sim->server().organisation().partials[prod].remove(partial));
        test::PanesFixture::action(m_f->caches, u"deleteAction"_s)->trigger();
        QPointer<QMessageBox> failed;
        QTRY_VERIFY((failed = m_f->caches->findChild<QMessageBox *>(u"deleteCheckFailed"_s)));
        QVERIFY2(failed->text().contains(u"was not deleted"_s), qPrintable(failed->text()));
        QVERIFY(!m_f->caches->findChild<ConfirmDeleteDialog *>());
        failed->grab().save(QStringLiteral(KD_SHOT_DIR "/dialog-cache-delete-check-failed.png"));
        failed->reject();
    }

    void aPartialKonnectManagesCannotBeDeletedHere() {
        QVERIFY(m_f->window->showPane(u"partials"_s));
        QVERIFY(!selectManagedPartial().isEmpty());
        QAction *remove = test::PanesFixture::action(m_f->partials, u"deleteAction"_s);
        QVERIFY(!remove->isEnabled());
        QVERIFY(remove->toolTip().contains(u"delete the managed cache instead"_s));
        QVERIFY(m_f->partials->findChild<QTextBrowser *>(u"partialDetails"_s)
                    ->toPlainText()
                    .contains(u"delete the managed cache instead"_s));
        remove->trigger(); // a disabled action does nothing, even when triggered
        QVERIFY(!m_f->partials->findChild<ConfirmDeleteDialog *>());
        m_f->window->grab().save(QStringLiteral(KD_SHOT_DIR "/panes-partials-managed.png"));
    }

    void aLinkedPartialIsRefusedAtOnceWithAJumpToEachPlugin() {
        QVERIFY(m_f->window->showPane(u"partials"_s));
        QTableView *view = viewOf(m_f->partials);
        view->setCurrentIndex(test::PanesFixture::rowWith(view, u"billing-redis"_s));
        test::PanesFixture::action(m_f->partials, u"deleteAction"_s)->trigger();
        QPointer<LinkedPluginsDialog> inUse;
        QTRY_VERIFY((inUse = m_f->partials->findChild<LinkedPluginsDialog *>(u"partialInUse"_s)));
        QVERIFY(!m_f->partials->findChild<ConfirmDeleteDialog *>()); // no name to type first
        auto *linked = inUse->findChild<QListWidget *>(u"linkedPlugins"_s);
        QVERIFY(linked->count() >= 1);
        QVERIFY(!linked->findItems(u"pca-invoices"_s, Qt::MatchStartsWith).isEmpty());
        inUse->grab().save(QStringLiteral(KD_SHOT_DIR "/dialog-partial-in-use.png"));
        linked->setCurrentItem(linked->findItems(u"pca-invoices"_s, Qt::MatchStartsWith).first());
        const QString pluginId = linked->currentItem()->data(Qt::UserRole).toString();
        inUse->findChild<QPushButton *>(u"showPlugin"_s)->click();
        QTRY_VERIFY(!inUse);
        QVERIFY(m_f->plugins->isVisible());
        QCOMPARE(m_f->plugins->currentId(), pluginId);
    }

    void editARedisConfigurationKeepsWhatTheFormDoesNotShow() {
        QVERIFY(m_f->window->showPane(u"partials"_s));
        QTableView *view = viewOf(m_f->partials);
        view->setCurrentIndex(test::PanesFixture::rowWith(view, u"billing-redis"_s));
        const QString id = m_f->partials->currentId();
        const QVariantMap before = m_f->store->partial(id)->config;
        test::PanesFixture::action(m_f->partials, u"editAction"_s)->trigger();
        QPointer<PartialDialog> edit;
        QTRY_VERIFY((edit = m_f->partials->findChild<PartialDialog *>()));
        auto *password = qobject_cast<QLineEdit *>(edit->field(u"password"_s));
        QCOMPARE(password->echoMode(), QLineEdit::Password); // masked
        auto *port = qobject_cast<QLineEdit *>(edit->field(u"port"_s));
        auto *ok = edit->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        port->setText(u"70000"_s);
        ok->click();
        QVERIFY(edit->findChild<QLabel *>(u"error"_s)->text().contains(u"65535"_s));
        port->setText(u"{vault://env/REDIS_PORT}"_s); // referenceable: accepted
        password->setText(u"{vault://aws/redis/password}"_s);
        qobject_cast<QLineEdit *>(edit->field(u"sentinel_nodes"_s))
            ->setText(u"sentinel-a:26379, sentinel-b:26379"_s);
        ok->click();
        QTRY_VERIFY(!edit);
        const QVariantMap after = m_f->store->partial(id)->config;
        QCOMPARE(after.value(u"port"_s).toString(), u"{vault://env/REDIS_PORT}"_s);
        QCOMPARE(after.value(u"sentinel_nodes"_s).toList().size(), 2);
        // Fields the form does not show went back unchanged in the full PUT.
        QCOMPARE(after.value(u"keepalive_pool_size"_s), before.value(u"keepalive_pool_size"_s));
        QCOMPARE(after.value(u"cluster_max_redirections"_s),
                 before.value(u"cluster_max_redirections"_s));
        m_f->window->grab().save(QStringLiteral(KD_SHOT_DIR "/panes-partials.png"));
    }

    void governancePluginsAreToggledAndEditedAsJson() {
        QVERIFY(m_f->window->showPane(u"plugins"_s));
        QTableView *view = viewOf(m_f->plugins);
        view->setCurrentIndex(test::PanesFixture::rowWith(view, u"openid-connect"_s));
        const QString id = m_f->plugins->currentId();
        QAction *toggle = test::PanesFixture::action(m_f->plugins, u"togglePluginAction"_s);
        toggle->trigger();
        QTRY_VERIFY(!m_f->store->plugin(id)->enabled);
        toggle->trigger();
        QTRY_VERIFY(m_f->store->plugin(id)->enabled);

        test::PanesFixture::action(m_f->plugins, u"editAction"_s)->trigger();
        QPointer<PluginDialog> edit;
        QTRY_VERIFY((edit = m_f->plugins->findChild<PluginDialog *>()));
        QVERIFY(!edit->formShown());
        const QString original = edit->json()->toPlainText();
        auto *ok = edit->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        edit->json()->setPlainText(original + u"}"_s);
        ok->click();
        QVERIFY(edit->findChild<QLabel *>(u"error"_s)->text().startsWith(u"Line "_s));
        QVERIFY(edit->json()->toPlainText().endsWith(u"}"_s)); // nothing typed is lost
        QString changed = original;
        QVERIFY(changed.contains(u"\"oidc-customers\""_s));
        changed.replace(u"\"oidc-customers\""_s, u"\"oidc-customers-v2\""_s);
        edit->json()->setPlainText(changed);
        ok->click();
        QTRY_VERIFY(!edit);
        QCOMPARE(m_f->store->plugin(id)->instanceName, u"oidc-customers-v2"_s);
        m_f->window->grab().save(QStringLiteral(KD_SHOT_DIR "/panes-plugins.png"));
    }

    void provisionACacheLinkAPluginAndDeleteBoth() {
        QVERIFY(m_f->window->showPane(u"caches"_s));
        const QString staging = m_f->idOf(u"staging-billing-svcs"_s);
        // Upgrade staging in Konnect (the simulator) first: caches need Gateway 3.13 or later.
        m_f->sim->server().organisation().configurationFor(staging)->insert(u"version"_s,
                                                                            u"3.14"_s);
        QSignalSpy synced(m_f->sync.get(), &SyncEngine::syncFinished);
        m_f->sync->refreshNow();
        QVERIFY(synced.wait(20000));
        test::PanesFixture::action(m_f->caches, u"newAction"_s)->trigger();
        QPointer<ProvisionCacheWizard> wizard;
        QTRY_VERIFY((wizard = m_f->caches->findChild<ProvisionCacheWizard *>()));
        auto *plane = wizard->findChild<QComboBox *>(u"controlPlane"_s);
        plane->setCurrentIndex(plane->findData(staging));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        wizard->next();
        QVERIFY(wizard->findChild<QPlainTextEdit *>(u"body"_s)->toPlainText().contains(staging));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!wizard);

        // initializing -> ready, followed; the new cache is selected.
        QSignalSpy settled(m_f->tracker.get(), &ProvisionTracker::settled);
        QTRY_VERIFY(m_f->store->cacheOf(staging));
        QTRY_COMPARE(m_f->caches->currentId(), staging);
        QVERIFY(settled.wait(15000));
        QCOMPARE(settled.first().at(2).toBool(), true);
        const QString partialId = m_f->store->cacheOf(staging)->cacheConfigId;
        QVERIFY(!partialId.isEmpty());

        // Create rate-limiting-advanced linked to it, with the form; it is selected.
        QVERIFY(m_f->window->showPane(u"plugins"_s));
        test::PanesFixture::action(m_f->plugins, u"newAction"_s)->trigger();
        QPointer<PluginDialog> create;
        QTRY_VERIFY((create = m_f->plugins->findChild<PluginDialog *>()));
        auto *owner = create->findChild<QComboBox *>(u"controlPlane"_s);
        owner->setCurrentIndex(owner->findData(staging));
        create->pluginName()->setCurrentText(u"rate-limiting-advanced"_s);
        QVERIFY(create->formShown());
        create->findChild<QLineEdit *>(u"instanceName"_s)->setText(u"rla-staging-orders"_s);
        create->partialPicker()->setCurrentIndex(create->partialPicker()->findData(partialId));
        create->limits()->setText(u"100/60, 5000/3600"_s);
        create->syncRate()->setText(u"0.5"_s);
        create->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!create);
        QStringList users;
        QTRY_VERIFY(!(users = m_f->store->pluginsUsing(partialId)).isEmpty());
        const QString rlaId = users.first();
        QCOMPARE(m_f->plugins->currentId(), rlaId);

        // Deleting the cache is refused, naming that plugin; the dialog jumps to it.
        QVERIFY(m_f->window->showPane(u"caches"_s));
        QVERIFY(m_f->caches->selectCache(staging));
        test::PanesFixture::action(m_f->caches, u"deleteAction"_s)->trigger();
        QPointer<LinkedPluginsDialog> inUse;
        QTRY_VERIFY((inUse = m_f->caches->findChild<LinkedPluginsDialog *>(u"cacheInUse"_s)));
        QCOMPARE(inUse->findChild<QListWidget *>(u"linkedPlugins"_s)->count(), 1);
        inUse->findChild<QPushButton *>(u"showPlugin"_s)->click();
        QTRY_VERIFY(!inUse);
        QCOMPARE(m_f->plugins->currentId(), rlaId);
        QVERIFY(m_f->plugins->isVisible());

        // Remove the plugin (typed name), then the cache goes: terminating, then gone.
        test::PanesFixture::action(m_f->plugins, u"deleteAction"_s)->trigger();
        QPointer<ConfirmDeleteDialog> confirm;
        QTRY_VERIFY((confirm = m_f->plugins->findChild<ConfirmDeleteDialog *>()));
        QTest::keyClicks(confirm->findChild<QLineEdit *>(u"typedName"_s), u"rla-staging-orders"_s);
        confirm->findChild<QPushButton *>(u"deleteButton"_s)->click();
        QTRY_VERIFY(!confirm);
        QVERIFY(!m_f->store->plugin(rlaId));

        QVERIFY(m_f->window->showPane(u"caches"_s));
        QVERIFY(m_f->caches->selectCache(staging));
        settled.clear();
        test::PanesFixture::action(m_f->caches, u"deleteAction"_s)->trigger();
        QTRY_VERIFY((confirm = m_f->caches->findChild<ConfirmDeleteDialog *>()));
        QTest::keyClicks(confirm->findChild<QLineEdit *>(u"typedName"_s),
                         m_f->store->cacheOf(staging)->name);
        confirm->findChild<QPushButton *>(u"deleteButton"_s)->click();
        QTRY_VERIFY(!confirm);
        QVERIFY(settled.wait(15000));
        QCOMPARE(settled.first().at(2).toBool(), true); // gone
        QVERIFY(!m_f->store->cacheOf(staging));
        QCOMPARE(viewOf(m_f->caches)->model()->rowCount(), 1);
    }
};

} // namespace kd

QTEST_MAIN(kd::TestPanesCaches)
#include "tst_panes_caches.moc"
