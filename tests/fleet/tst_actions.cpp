#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/ProvisionTracker.h"
#include "fleet/Session.h"
#include "sim/SimInstance.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <qcoro/qcorotask.h>

#include "common/SimSession.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace kd {

// Fleet actions against konnect-sim: what the store holds after them, and what Konnect holds.
class TestActions final : public QObject {
    Q_OBJECT
private:
    const QString m_token = u"kpat_actions-fixture-not-a-token"_s;

    struct Fixture {
        std::unique_ptr<sim::SimInstance> sim;
        std::unique_ptr<Session> session;
        FleetStore store;
        std::unique_ptr<FleetActions> actions;
        QString staging;
    };

    std::unique_ptr<Fixture> start(double timeScale = 3600) {
        auto f = std::make_unique<Fixture>();
        sim::SimLaunch launch;
        launch.options.timeScale = timeScale;
        f->sim = test::startSim(m_token, launch);
        f->session = test::sessionOn(*f->sim, u"actions"_s, m_token);
        f->actions = std::make_unique<FleetActions>(f->session.get(), &f->store);
        sim::Organisation &org = f->sim->server().organisation();
        for (const QString &id : org.controlPlanes[u"eu"_s].ids())
            f->staging = id;
        org.configurationFor(f->staging)->insert(u"version"_s, u"3.14"_s);
        return f;
    }

    // What a fresh start of the app has after its first sync: the control planes.
    static void syncPlanes(Session &session, FleetStore &store) {
        for (Geo geo : {Geo::Us, Geo::Eu}) {
            const auto planes = QCoro::waitFor(session.client().controlPlanes(geo));
            QVERIFY(planes);
            store.replaceControlPlanes(geo, *planes);
        }
    }

private Q_SLOTS:
    void lostCreateAnswerMakesExactlyOneCache() {
        auto f = start();
        // The add-on is created, but its answer arrives after the client has given up.
        f->session->transport().setTimeout(500ms);
        sim::Faults slow;
        slow.delay = 1;
        slow.delayMs = 1500;
        f->sim->server().setFaults(slow);
        QTimer::singleShot(100, &f->sim->server(), [&f] { f->sim->server().setFaults({}); });

        const auto cache = QCoro::waitFor(
            f->actions->provisionCache(f->staging, Geo::Eu, u"staging-cache"_s, CacheTier::Small));
        QVERIFY2(cache, qPrintable(cache ? QString() : cache.error().message()));
        QCOMPARE(cache->name, u"staging-cache"_s);
        QVERIFY(f->store.cacheOf(f->staging));
        int onStaging = 0;
        for (const QJsonObject &addOn : f->sim->server().organisation().addOns.values())
            onStaging += addOn.value(u"owner"_s).toObject().value(u"control_plane_id"_s).toString()
                                 == f->staging
                             ? 1
                             : 0;
        QCOMPARE(onStaging, 1);
        // The POST was sent once: it is never retried blindly.
        int posts = 0;
        for (const CallRecord &record : f->session->transport().callLog().records())
            posts += record.method == "POST" ? 1 : 0;
        QCOMPARE(posts, 1);
    }

    void followsACacheToReady() {
        auto f = start();
        const auto cache = QCoro::waitFor(
            f->actions->provisionCache(f->staging, Geo::Eu, u"staging-cache"_s, CacheTier::Small));
        QVERIFY(cache);
        QCOMPARE(cache->state.value, CacheState::Initializing);
        QCoro::waitFor(f->actions->followCache(cache->id, f->staging, 100ms));
        QCOMPARE(f->store.cacheOf(f->staging)->state.value, CacheState::Ready);
        QVERIFY(!f->store.cacheOf(f->staging)->cacheConfigId.isEmpty());
    }

    void trackerResumesAfterRestart() {
        // 15 minutes take 3 s here: long enough to quit while the cache is initializing.
        auto f = start(300);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pending.ini"_s);
        QString cacheId;
        {
            syncPlanes(*f->session, f->store);
            ProvisionTracker tracker(f->actions.get(), &f->store, path);
            const auto cache = QCoro::waitFor(f->actions->provisionCache(
                f->staging, Geo::Eu, u"staging-cache"_s, CacheTier::Small));
            QVERIFY(cache);
            cacheId = cache->id;
            tracker.track(cache->id, f->staging, cache->name,
                          ProvisionTracker::Operation::Provision);
            QCOMPARE(tracker.pending().size(), 1);
        } // the app quits: session, store and tracker go away
        f->actions.reset();
        f->session.reset();
        QCOMPARE(f->sim->server().organisation().addOns.find(cacheId)->value(u"state"_s).toString(),
                 u"initializing"_s);
        QSettings file(path, QSettings::IniFormat);
        QVERIFY(file.allKeys().join(u' ').contains(u"cache_id"_s));
        QVERIFY(!file.allKeys().join(u' ').contains(u"token"_s));

        // Start again: a new session and store, the same file.
        const auto restarted = test::sessionOn(*f->sim, u"actions"_s, m_token);
        Session &session = *restarted;
        FleetStore store;
        FleetActions actions(&session, &store);
        syncPlanes(session, store);
        ProvisionTracker tracker(&actions, &store, path);
        tracker.setFollowInterval(200ms);
        QCOMPARE(tracker.pending().size(), 1);
        QSignalSpy settled(&tracker, &ProvisionTracker::settled);
        tracker.resume();
        QVERIFY(settled.wait(20000));
        QCOMPARE(settled.first().at(0).toString(), f->staging);
        QCOMPARE(settled.first().at(2).toBool(), true);
        QVERIFY(settled.first().at(3).toString().contains(u"ready"_s));
        QCOMPARE(store.cacheOf(f->staging)->state.value, CacheState::Ready);
        QVERIFY(tracker.pending().isEmpty());
        QCOMPARE(ProvisionTracker(&actions, &store, path).pending().size(), 0);
        // Konnect's partial for the cache reached the store with it.
        const Partial *partial = store.partial(store.cacheOf(f->staging)->cacheConfigId);
        QVERIFY(partial);
        QVERIFY(partial->konnectManaged());
    }

    void pluginsLinkPartialsAndBlockDeletes() {
        auto f = start();
        syncPlanes(*f->session, f->store);
        const auto cache = QCoro::waitFor(
            f->actions->provisionCache(f->staging, Geo::Eu, u"staging-cache"_s, CacheTier::Small));
        QVERIFY(cache);
        QCoro::waitFor(f->actions->followCache(cache->id, f->staging, 100ms));
        const QString partialId = f->store.cacheOf(f->staging)->cacheConfigId;
        QVERIFY(f->store.partial(partialId));

        Plugin rla;
        rla.name = u"rate-limiting-advanced"_s;
        rla.instanceName = u"rla-staging-orders"_s;
        rla.controlPlaneId = f->staging;
        rla.geo = Geo::Eu;
        rla.partialIds = {partialId};
        rla.setConfig({{u"limit"_s, QVariantList{100}},
                       {u"window_size"_s, QVariantList{60}},
                       {u"strategy"_s, u"redis"_s},
                       {u"sync_rate"_s, 0.5}});
        const auto created = QCoro::waitFor(f->actions->createPlugin(rla));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
        QCOMPARE(f->store.pluginsUsing(partialId), QStringList{created->id});

        // The partial cannot go while the plugin links it, and the refusal names the plugin.
        const Status partialRefused = QCoro::waitFor(f->actions->deletePartial(partialId));
        QVERIFY(!partialRefused);
        QVERIFY(partialRefused.error().message().contains(u"rla-staging-orders"_s));
        // Nor can the cache (Konnect's own refusal).
        const Status cacheRefused = QCoro::waitFor(f->actions->deleteCache(f->staging));
        QVERIFY(!cacheRefused);
        QVERIFY(cacheRefused.error().message().contains(u"1 linked plugin"_s));

        const auto disabled = QCoro::waitFor(f->actions->setPluginEnabled(created->id, false));
        QVERIFY(disabled);
        QCOMPARE(f->store.plugin(created->id)->enabled, false);
        QCOMPARE(f->store.plugin(created->id)->partialIds, QStringList{partialId});

        QVERIFY(QCoro::waitFor(f->actions->deletePlugin(created->id)));
        QVERIFY(!f->store.plugin(created->id));
        QVERIFY(QCoro::waitFor(f->actions->deleteCache(f->staging)));
    }
};

} // namespace kd

QTEST_GUILESS_MAIN(kd::TestActions)
#include "tst_actions.moc"
