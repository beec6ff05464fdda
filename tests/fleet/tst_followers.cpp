#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/ProvisionTracker.h"
#include "fleet/Session.h"
#include "sim/SimInstance.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qcoro/qcorotask.h>

#include "common/SimSession.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace kd {

// Background follows have one owner: stopped on sign-out, never two for one cache.
class TestFollowers final : public QObject {
    Q_OBJECT
private:
    const QString m_token = u"kpat_followers-fixture-not-a-token"_s;
    static constexpr auto interval = 100ms;

    // GETs of one add-on, and calls Konnect refused for want of a token, since `from`.
    static int pollsOf(const CallLog &log, const QString &cacheId, qsizetype from) {
        int polls = 0;
        const QList<CallRecord> records = log.records();
        for (qsizetype i = from; i < records.size(); ++i)
            polls += records.at(i).method == "GET" && records.at(i).path.contains(cacheId) ? 1 : 0;
        return polls;
    }
    static int unauthorised(const CallLog &log) {
        int count = 0;
        for (const CallRecord &record : log.records())
            count += record.status == 401 ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void signOutWhileInitializingThenSignInFollowsOnce() {
        sim::SimLaunch launch;
        launch.options.timeScale = 300; // 15 minutes take 3 s
        auto sim = test::startSim(m_token, launch);
        auto session = test::sessionOn(*sim, u"followers"_s, m_token);
        FleetStore store;
        FleetActions actions(session.get(), &store);
        QString staging;
        for (const QString &id : sim->server().organisation().controlPlanes[u"eu"_s].ids())
            staging = id;
        sim->server().organisation().configurationFor(staging)->insert(u"version"_s, u"3.14"_s);
        const auto planes = QCoro::waitFor(session->client().controlPlanes(Geo::Eu));
        QVERIFY(planes);
        store.replaceControlPlanes(Geo::Eu, *planes);

        QTemporaryDir dir;
        ProvisionTracker tracker(&actions, &store, dir.filePath(u"pending.ini"_s));
        tracker.setFollowInterval(interval);
        QSignalSpy settled(&tracker, &ProvisionTracker::settled);
        const auto cache = QCoro::waitFor(
            actions.provisionCache(staging, Geo::Eu, u"staging-cache"_s, CacheTier::Small));
        QVERIFY(cache);
        tracker.track(cache->id, staging, cache->name, ProvisionTracker::Operation::Provision);
        const CallLog &log = session->transport().callLog();
        QTRY_VERIFY(pollsOf(log, cache->id, 0) >= 2);

        // Sign out, as SignInFlow and the composition root do it.
        session->setToken({});
        tracker.pause();
        const qsizetype signedOut = log.records().size();
        QTest::qWait(6 * interval.count());
        QCOMPARE(log.records().size(), signedOut); // nothing was sent without a token
        QCOMPARE(unauthorised(log), 0);
        QCOMPARE(store.cacheOf(staging)->state.value, CacheState::Initializing);

        // Sign in again; the first sync resumes the tracker (twice here, as a second sign-in
        // or a repeated resume would).
        session->setToken(m_token);
        const qsizetype signedIn = log.records().size();
        QElapsedTimer clock;
        clock.start();
        tracker.resume();
        tracker.resume();
        QVERIFY(settled.wait(20000));
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(settled.size(), 1);
        QCOMPARE(settled.first().at(2).toBool(), true);
        QCOMPARE(store.cacheOf(staging)->state.value, CacheState::Ready);
        // One poller: at most one read per interval (two pollers would read twice as often).
        const int polls = pollsOf(log, cache->id, signedIn);
        QVERIFY2(polls <= elapsed / interval.count() + 1,
                 qPrintable(u"%1 reads in %2 ms"_s.arg(polls).arg(elapsed)));
        QCOMPARE(unauthorised(log), 0);
        QVERIFY(tracker.pending().isEmpty());
    }

    void anIntentLeftByAQuitIsFoundOnResume() {
        sim::SimLaunch launch;
        launch.options.timeScale = 3600; // 15 minutes take a quarter of a second
        auto sim = test::startSim(m_token, launch);
        auto session = test::sessionOn(*sim, u"followers"_s, m_token);
        FleetStore store;
        FleetActions actions(session.get(), &store);
        sim::Organisation &org = sim->server().organisation();
        QString staging;
        for (const QString &id : org.controlPlanes[u"eu"_s].ids())
            staging = id;
        org.configurationFor(staging)->insert(u"version"_s, u"3.14"_s);
        const auto planes = QCoro::waitFor(session->client().controlPlanes(Geo::Eu));
        QVERIFY(planes);
        store.replaceControlPlanes(Geo::Eu, *planes);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pending.ini"_s);
        {
            // The app quits while its POST is on the way: the intent is in the file.
            ProvisionTracker tracker(&actions, &store, path);
            auto post = tracker.provision(staging, Geo::Eu, u"staging-cache"_s, CacheTier::Small);
            QVERIFY(tracker.intentPending(staging));
        }
        QTRY_COMPARE(org.addOns.values().size(), 2); // the POST still reached Konnect
        ProvisionTracker restarted(&actions, &store, path);
        restarted.setFollowInterval(interval);
        QVERIFY(restarted.intentPending(staging));
        QSignalSpy settled(&restarted, &ProvisionTracker::settled);
        restarted.resume();
        QVERIFY(settled.wait(20000));
        QCOMPARE(settled.first().at(2).toBool(), true);
        QCOMPARE(store.cacheOf(staging)->name, u"staging-cache"_s);
        QVERIFY(restarted.pending().isEmpty());
    }

    void destroyedOwnerStopsItsFollowers() {
        auto sim = test::startSim(m_token);
        auto session = test::sessionOn(*sim, u"followers"_s, m_token);
        FleetStore store;
        auto actions = std::make_unique<FleetActions>(session.get(), &store);
        QString cacheId;
        for (const QString &id : sim->server().organisation().controlPlanes[u"eu"_s].ids())
            cacheId = id; // any id: the follower only has to start polling
        QCoro::connect(actions->followConfiguration(cacheId, interval), this, [] {});
        const CallLog &log = session->transport().callLog();
        QTRY_VERIFY(!log.records().isEmpty());
        actions.reset();
        const qsizetype gone = log.records().size();
        QTest::qWait(5 * interval.count());
        QCOMPARE(log.records().size(), gone);
    }
};

} // namespace kd

QTEST_GUILESS_MAIN(kd::TestFollowers)
#include "tst_followers.moc"
