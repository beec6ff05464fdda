#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/Session.h"
#include "fleet/SyncEngine.h"
#include "fleet/TelemetryFeed.h"
#include "fleet/advisor/Advisor.h"
#include "fleet/advisor/CacheMemoryFeed.h"
#include "fleet/advisor/MuteStore.h"
#include "models/CacheModel.h"
#include "models/FindingModel.h"
#include "models/GovernanceModel.h"
#include "models/NavigatorModel.h"
#include "models/Tones.h"
#include "sim/SimInstance.h"
#include "ui/advisor/AdvisorPane.h"
#include "ui/plugins/PluginDialog.h"
#include "ui/shell/NavigatorDelegate.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "common/SimSession.h"
#include <chrono>

using namespace Qt::StringLiterals;

namespace kd {

// The Advisor pane offscreen over a store synced from konnect-sim's demo organisation.
class TestAdvisorPane final : public QObject {
    Q_OBJECT
private:
    const QString m_token = u"kpat_advisor-pane-fixture-not-a-token"_s;
    std::unique_ptr<sim::SimInstance> m_sim;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<FleetStore> m_store;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<FleetActions> m_actions;
    std::unique_ptr<AdvisorPane> m_pane;

    QTableView *view() { return m_pane->findChild<QTableView *>(u"advisorView"_s); }

    // Makes the finding of this rule current; false when the table has none.
    bool select(const QString &rule) {
        QAbstractItemModel *model = view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(FindingModel::RuleIdRole).toString() == rule) {
                view()->setCurrentIndex(index);
                return true;
            }
        }
        return false;
    }

    int rowsOf(const QString &rule) {
        QAbstractItemModel *model = view()->model();
        int rows = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            rows += model->index(row, 0).data(FindingModel::RuleIdRole).toString() == rule;
        return rows;
    }

    QJsonObject simPlugin(const QString &instance) {
        for (const QString &cp : m_sim->server().organisation().plugins.keys()) {
            if (const QJsonObject *plugin =
                    m_sim->server().organisation().plugins[cp].findIf([&](const QJsonObject &p) {
                        return p.value(u"instance_name"_s).toString() == instance;
                    }))
                return *plugin;
        }
        return {};
    }

    // Sets the tier konnect-sim's demo cache reports its memory for (the store keeps its own).
    void setSimTier(const QString &owner, const QString &tier) {
        QJsonObject *addOn = m_sim->server().organisation().addOnFor(owner);
        QJsonObject config = addOn->value(u"config"_s).toObject();
        QJsonObject capacity = config.value(u"capacity_config"_s).toObject();
        capacity.insert(u"tier"_s, tier);
        config.insert(u"capacity_config"_s, capacity);
        addOn->insert(u"config"_s, config);
    }

    const advisor::Finding *finding(const QString &rule) {
        const QList<advisor::Finding> &all = m_pane->advisor()->findings();
        const auto it = std::find_if(all.cbegin(), all.cend(), [&rule](const advisor::Finding &f) {
            return f.ruleId == rule;
        });
        return it == all.cend() ? nullptr : &*it;
    }

private Q_SLOTS:
    void init() {
        QSettings().clear();
        m_sim = test::startSim(m_token);
        m_session = test::sessionOn(*m_sim, u"advisor-pane"_s, m_token);
        m_store = std::make_unique<FleetStore>();
        m_sync = std::make_unique<SyncEngine>(m_session.get(), m_store.get());
        m_actions = std::make_unique<FleetActions>(m_session.get(), m_store.get());
        QSignalSpy finished(m_sync.get(), &SyncEngine::syncFinished);
        m_sync->refreshNow();
        QVERIFY(finished.wait(30000));
        m_pane = std::make_unique<AdvisorPane>(m_store.get(), m_actions.get(), u"one"_s);
        m_pane->resize(1200, 700);
        m_pane->show();
        QTRY_VERIFY(view()->model()->rowCount() > 0);
    }

    void cleanup() {
        m_pane.reset();
        m_actions.reset();
        m_sync.reset();
        m_store.reset();
        m_session.reset();
        m_sim.reset();
    }

    void findingModelIsAProperModel() {
        advisor::MuteStore mutes(u"tester"_s);
        FindingModel model(m_pane->advisor(), &mutes);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), static_cast<int>(m_pane->advisor()->findings().size()));
        // Findings that come and go move rows, never reset the model.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QString staging = [this] {
            for (const QString &id : m_store->controlPlaneIds()) {
                if (m_store->controlPlane(id)->name == u"staging-billing-svcs"_s)
                    return id;
            }
            return QString();
        }();
        ControlPlane plane = *m_store->controlPlane(staging);
        plane.labels.remove(u"env"_s);
        m_store->upsertControlPlane(plane);
        QTRY_VERIFY(std::any_of(
            m_pane->advisor()->findings().cbegin(), m_pane->advisor()->findings().cend(),
            [](const advisor::Finding &f) { return f.ruleId == u"env.missing-label"_s; }));
        QTRY_COMPARE(model.rowCount(), static_cast<int>(m_pane->advisor()->findings().size()));
        QCOMPARE(reset.size(), 0);
        QVERIFY(!model.pending());
        // The change names what moved (staging's findings), not the whole fleet's.
        const advisor::Advisor::Change &change = m_pane->advisor()->lastChange();
        QVERIFY(!change.upserted.isEmpty());
        QCOMPARE(change.upsertedKeys.size(), change.upserted.size());
        QVERIFY(change.upserted.size() < m_pane->advisor()->findings().size());
        QVERIFY(std::any_of(
            change.upserted.cbegin(), change.upserted.cend(),
            [](const advisor::Finding &f) { return f.ruleId == u"env.missing-label"_s; }));
        for (const advisor::Finding &finding : m_pane->advisor()->findings())
            QVERIFY(model.finding(finding.key()));
        // The label back: the finding goes, from the advisor and from the rows.
        plane.labels.insert(u"env"_s, u"staging"_s);
        m_store->upsertControlPlane(plane);
        QTRY_VERIFY(std::none_of(
            m_pane->advisor()->findings().cbegin(), m_pane->advisor()->findings().cend(),
            [](const advisor::Finding &f) { return f.ruleId == u"env.missing-label"_s; }));
        QVERIFY(std::any_of(m_pane->advisor()->lastChange().removed.cbegin(),
                            m_pane->advisor()->lastChange().removed.cend(),
                            [](const QString &key) { return key.startsWith(u"env.missing"_s); }));
        QTRY_COMPARE(model.rowCount(), static_cast<int>(m_pane->advisor()->findings().size()));
        QCOMPARE(reset.size(), 0);
    }

    void fixLinksTheManagedPartialAfterReview() {
        QVERIFY(select(u"plugin.managed-cache-unused"_s));
        QAction *fix = m_pane->findChild<QAction *>(u"advisorFixAction"_s);
        QVERIFY(fix->isEnabled());
        fix->trigger();
        QDialog *review = nullptr;
        QTRY_VERIFY((review = m_pane->findChild<QDialog *>(u"advisorReviewDialog"_s)));
        // The review shows what is sent: the plugin linked to the konnect-managed partial.
        const QString body =
            review->findChild<QPlainTextEdit *>(u"advisorReviewBody"_s)->toPlainText();
        QString managed;
        for (const QString &owner : m_store->cacheOwnerIds())
            managed = m_store->cacheOf(owner)->cacheConfigId;
        QVERIFY(!managed.isEmpty());
        QVERIFY2(body.contains(managed), qPrintable(body));
        // Nothing is sent before Send.
        QVERIFY(simPlugin(u"pca-invoices"_s)
                    .value(u"partials"_s)
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(u"id"_s)
                != managed);
        review->findChild<QPushButton *>(u"advisorSendButton"_s)->click();
        QTRY_COMPARE(simPlugin(u"pca-invoices"_s)
                         .value(u"partials"_s)
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(u"id"_s)
                         .toString(),
                     managed);
        QCOMPARE(simPlugin(u"pca-invoices"_s).value(u"config"_s).toObject().value(u"strategy"_s),
                 u"redis"_s);
        // The store took the answer and the finding went away.
        QTRY_COMPARE(rowsOf(u"plugin.managed-cache-unused"_s), 0);
    }

    void fixUpgradesAFullCacheAfterReview() {
        const QString owner = m_store->cacheOwnerIds().value(0);
        QVERIFY(!owner.isEmpty());
        QCOMPARE(rowsOf(u"cache.memory-high"_s), 0);
        m_pane->advisor()->setCacheMemory({{owner, 0.86}});
        QTRY_COMPARE(rowsOf(u"cache.memory-high"_s), 1);
        QVERIFY(select(u"cache.memory-high"_s));
        m_pane->findChild<QAction *>(u"advisorFixAction"_s)->trigger();
        QDialog *review = nullptr;
        QTRY_VERIFY((review = m_pane->findChild<QDialog *>(u"advisorReviewDialog"_s)));
        QVERIFY(review->findChild<QPlainTextEdit *>(u"advisorReviewBody"_s)
                    ->toPlainText()
                    .contains(u"\"tier\": \"medium\""_s));
        review->findChild<QPushButton *>(u"advisorSendButton"_s)->click();
        QTRY_COMPARE(m_sim->server()
                         .organisation()
                         .addOnFor(owner)
                         ->value(u"config"_s)
                         .toObject()
                         .value(u"capacity_config"_s)
                         .toObject()
                         .value(u"tier"_s)
                         .toString(),
                     u"medium"_s);
        // The store took the answer: the next tier is offered from medium now.
        QTRY_COMPARE(m_store->cacheOf(owner)->tier.value, CacheTier::Medium);
    }

    void memoryFindingFollowsTheTelemetryFeed() {
        const QString owner = m_store->cacheOwnerIds().value(0);
        QVERIFY(!owner.isEmpty());
        QCOMPARE(rowsOf(u"cache.memory-high"_s), 0);
        // 15:30 UTC: the simulator's daily cycle at its top; a micro cache is full there.
        sim::SimClock &clock = m_sim->server().clock();
        const QDateTime now = clock.now().toUTC();
        QDateTime top(now.date(), QTime(15, 30), Qt::UTC);
        if (top < now)
            top = top.addDays(1);
        clock.advance(std::chrono::milliseconds(now.msecsTo(top)));
        setSimTier(owner, u"micro"_s);

        TelemetryFeed feed(m_session.get(), m_store.get());
        advisor::CacheMemoryFeed memory(&feed, m_store.get(), m_pane->advisor());
        // Nothing on screen: the background subscription alone asks nothing.
        QVERIFY(feed.plan().size() == 1 && !feed.plan().first().visible);
        QTest::qWait(200);
        QVERIFY(feed.sent().isEmpty());
        // A chart on screen starts a round; the cache query goes after its queries.
        TelemetryNeed requests;
        requests.metrics = {u"request_count"_s};
        feed.subscribe(requests);
        const QList<TelemetryFeed::PlannedQuery> plan = feed.plan();
        QCOMPARE(plan.constLast().query.datasource(), Datasource::ManagedCacheUsage);
        QCOMPARE(std::count_if(plan.cbegin(), plan.cend(),
                               [](const auto &q) {
                                   return q.query.datasource() == Datasource::ManagedCacheUsage;
                               }),
                 1);
        QTRY_COMPARE_WITH_TIMEOUT(rowsOf(u"cache.memory-high"_s), 1, 20000);
        QVERIFY(memory.memory().value(owner) > 0.75);
        const advisor::Finding *high = finding(u"cache.memory-high"_s);
        QVERIFY(high);
        QCOMPARE(high->fix.kind, advisor::FixKind::UpgradeCacheTier);
        QCOMPARE(high->fix.tier, CacheTier::Medium); // the store's cache is small
        QCOMPARE(high->fix.label, u"Upgrade to medium"_s);
        QCOMPARE(feed.sent().size(), static_cast<qsizetype>(plan.size()));

        // The Managed caches pane's memory column asks the same: one query serves both.
        CacheModel caches(m_store.get());
        caches.setTelemetry(&feed);
        caches.setMemoryShown(true);
        const QList<TelemetryFeed::PlannedQuery> shared = feed.plan();
        QCOMPARE(shared.size(), plan.size());
        const auto cacheQuery = std::find_if(shared.cbegin(), shared.cend(), [](const auto &q) {
            return q.query.datasource() == Datasource::ManagedCacheUsage;
        });
        QCOMPARE(cacheQuery->subscribers.size(), 2);
        QVERIFY(cacheQuery->visible);

        // Memory drops (a bigger cache in Konnect): the finding goes away at the next round.
        setSimTier(owner, u"2xlarge"_s);
        feed.refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(rowsOf(u"cache.memory-high"_s), 0, 20000);
        QVERIFY(memory.memory().value(owner) < 0.7);
        QVERIFY(feed.sent().size() <= TelemetryFeed::queriesPerMinute);
    }

    void navigatorBadgeIsAProblemInTheSeverityColour() {
        NavigatorModel model;
        model.addSection(u"caches"_s, u"Managed caches"_s, {});
        model.addSection(u"advisor"_s, u"Advisor"_s, {});
        connect(m_pane.get(), &Pane::badgeChanged, &model,
                [&model](const QString &badge, bool problem, Tone tone) {
                    model.setBadge(u"advisor"_s, badge, problem, tone);
                });
        model.setBadge(u"caches"_s, u"12"_s);
        // The demo's open findings: warnings, no errors; the badge counts the warnings.
        int warnings = 0;
        for (const advisor::Finding &finding : m_pane->advisor()->findings())
            warnings += finding.severity == advisor::Severity::Warning;
        QVERIFY(warnings > 0);
        QSignalSpy open(m_pane.get(), &AdvisorPane::openFindingsChanged);
        m_pane->setProfile(u"one"_s);
        const QModelIndex advisorRow = model.index(1);
        QTRY_COMPARE(advisorRow.data(NavigatorModel::BadgeRole).toString(),
                     u"%1 ⚠"_s.arg(warnings));
        QVERIFY(advisorRow.data(NavigatorModel::ProblemRole).toBool());
        QCOMPARE(advisorRow.data(NavigatorModel::ToneRole).toInt(), int(Tone::Warning));
        QCOMPARE(m_pane->openFindings().size(), m_pane->advisor()->findings().size());

        // Drawn: the advisor's badge is a pill in the warning tone, the count is plain text.
        QListView view;
        view.setModel(&model);
        view.setItemDelegate(new NavigatorDelegate(&view));
        view.resize(240, 120);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage shown = view.viewport()->grab().toImage();
        const auto pillEdge = [&view](int row) {
            QStyleOptionViewItem option;
            option.initFrom(view.viewport());
            option.font = view.font();
            option.rect = view.visualRect(view.model()->index(row, 0));
            const QRect badge = NavigatorDelegate::badgeRect(option, view.model()->index(row, 0));
            return QPoint(badge.left() + 3, badge.center().y());
        };
        const QColor warning = toneColor(Tone::Warning, view.palette());
        QVERIFY2(shown.pixelColor(pillEdge(1)) == warning,
                 qPrintable(shown.pixelColor(pillEdge(1)).name()));
        QVERIFY(shown.pixelColor(pillEdge(0)) == view.palette().color(QPalette::Base));
        // An error outranks warnings: red, and its own count.
        model.setBadge(u"advisor"_s, u"2 ⚠"_s, true, Tone::Error);
        QTRY_COMPARE(view.viewport()->grab().toImage().pixelColor(pillEdge(1)),
                     toneColor(Tone::Error, view.palette()));

        // Accepting a finding takes it off the badge and out of the open findings.
        QVERIFY(select(u"redis.not-regional"_s));
        open.clear();
        m_pane->findChild<QAction *>(u"advisorAcceptAction"_s)->trigger();
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_pane->findChild<QInputDialog *>(u"advisorAcceptDialog"_s)));
        dialog->setTextValue(u"Regional caches in Q3."_s);
        dialog->accept();
        QTRY_COMPARE(advisorRow.data(NavigatorModel::BadgeRole).toString(),
                     u"%1 ⚠"_s.arg(warnings - 1));
        QTRY_VERIFY(!open.isEmpty());
        const auto latest = open.constLast().at(0).value<QList<advisor::Finding>>();
        QVERIFY(std::none_of(latest.cbegin(), latest.cend(), [](const advisor::Finding &f) {
            return f.ruleId == u"redis.not-regional"_s;
        }));
    }

    void fixOfAJumpAsksForTheEntity() {
        QVERIFY(select(u"cache.provider-not-served"_s));
        QSignalSpy show(m_pane.get(), &AdvisorPane::showEntityRequested);
        m_pane->findChild<QAction *>(u"advisorFixAction"_s)->trigger();
        QCOMPARE(show.size(), 1);
        QCOMPARE(show.first().at(0).value<advisor::EntityKind>(),
                 advisor::EntityKind::DataPlaneGroup);
    }

    void acceptedWithANoteIsHiddenKeptAndReopened() {
        const int before = rowsOf(u"redis.not-regional"_s);
        QCOMPARE(before, 1);
        QVERIFY(select(u"redis.not-regional"_s));
        m_pane->findChild<QAction *>(u"advisorAcceptAction"_s)->trigger();
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_pane->findChild<QInputDialog *>(u"advisorAcceptDialog"_s)));
        dialog->setTextValue(u"The Redis moves to regional caches in Q3."_s);
        dialog->accept();
        QTRY_COMPARE(rowsOf(u"redis.not-regional"_s), 0);
        // Kept for the profile: another pane on the same profile hides it too.
        AdvisorPane again(m_store.get(), m_actions.get(), u"one"_s);
        QTRY_VERIFY(again.findChild<QTableView *>(u"advisorView"_s)->model()->rowCount() > 0);
        auto *againView = again.findChild<QTableView *>(u"advisorView"_s);
        for (int row = 0; row < againView->model()->rowCount(); ++row)
            QVERIFY(againView->model()->index(row, 0).data(FindingModel::RuleIdRole).toString()
                    != u"redis.not-regional"_s);
        // Shown with its note on request, then reopened.
        m_pane->findChild<QCheckBox *>(u"advisorShowAccepted"_s)->setChecked(true);
        QCOMPARE(rowsOf(u"redis.not-regional"_s), 1);
        QVERIFY(select(u"redis.not-regional"_s));
        QCOMPARE(
            view()->currentIndex().siblingAtColumn(FindingModel::AcceptedColumn).data().toString(),
            u"The Redis moves to regional caches in Q3."_s);
        m_pane->findChild<QAction *>(u"advisorReopenAction"_s)->trigger();
        m_pane->findChild<QCheckBox *>(u"advisorShowAccepted"_s)->setChecked(false);
        QCOMPARE(rowsOf(u"redis.not-regional"_s), 1);
    }

    void governanceShowsCoverageAndOffersTheGaps() {
        GovernanceModel model(m_store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *tabs = m_pane->findChild<QTabWidget *>(u"advisorTabs"_s);
        tabs->setCurrentIndex(1);
        auto *governance = m_pane->findChild<QTableView *>(u"advisorGovernanceView"_s);
        QAbstractItemModel *rows = governance->model();
        const auto cell = [rows](const QString &plane, int column) {
            for (int row = 0; row < rows->rowCount(); ++row) {
                if (rows->index(row, GovernanceModel::NameColumn).data().toString() == plane)
                    return rows->index(row, column);
            }
            return QModelIndex();
        };
        // prod applies key-auth and OIDC globally, rate limits and AI quotas; staging has no AI.
        QCOMPARE(
            cell(u"prod-billing-svcs"_s, GovernanceModel::AuthenticationColumn).data().toString(),
            u"global"_s);
        QVERIFY(cell(u"prod-billing-svcs"_s, GovernanceModel::AiColumn)
                    .data(GovernanceModel::PresentRole)
                    .toBool());
        const QModelIndex gap = cell(u"staging-billing-svcs"_s, GovernanceModel::AiColumn);
        QVERIFY(!gap.data(GovernanceModel::PresentRole).toBool());
        // Grouped by env: dev, prod, staging.
        QCOMPARE(rows->index(0, GovernanceModel::EnvColumn).data().toString(), u"dev"_s);
        QAction *add = m_pane->findChild<QAction *>(u"advisorAddPolicyAction"_s);
        governance->setCurrentIndex(
            cell(u"prod-billing-svcs"_s, GovernanceModel::AuthenticationColumn));
        QVERIFY(!add->isEnabled());
        governance->setCurrentIndex(gap);
        QVERIFY(add->isEnabled());
        add->trigger();
        PluginDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_pane->findChild<PluginDialog *>()));
        dialog->reject();
#ifdef KD_SHOT_DIR
        m_pane->grab().save(QStringLiteral(KD_SHOT_DIR "/advisor-governance.png"));
#endif
        // A new AI plugin fills the gap.
        const QString staging = gap.data(GovernanceModel::IdRole).toString();
        Plugin plugin;
        plugin.id = u"00000000-0000-4000-8000-00000000a1a1"_s;
        plugin.name = u"ai-prompt-guard"_s;
        plugin.controlPlaneId = staging;
        plugin.setJson(R"({"id":"00000000-0000-4000-8000-00000000a1a1","name":"ai-prompt-guard"})");
        m_store->upsertPlugin(plugin);
        QTRY_VERIFY(cell(u"staging-billing-svcs"_s, GovernanceModel::AiColumn)
                        .data(GovernanceModel::PresentRole)
                        .toBool());
    }

    void severityFilter() {
        auto *severity = m_pane->findChild<QComboBox *>(u"advisorSeverityFilter"_s);
        severity->setCurrentIndex(
            severity->findData(QString::number(int(advisor::Severity::Info))));
        QVERIFY(view()->model()->rowCount() > 0);
        for (int row = 0; row < view()->model()->rowCount(); ++row)
            QCOMPARE(view()->model()->index(row, 0).data(FindingModel::SeverityRole).toInt(),
                     int(advisor::Severity::Info));
        QCOMPARE(rowsOf(u"cache.provider-not-served"_s), 0);
    }
};

} // namespace kd

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"konnect-desk-tests"_s);
    QCoreApplication::setApplicationName(u"tst_advisorpane"_s);
    QStandardPaths::setTestModeEnabled(true);
    kd::TestAdvisorPane test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_advisorpane.moc"
