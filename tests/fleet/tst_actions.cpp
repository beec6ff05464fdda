#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/Session.h"
#include "sim/SimInstance.h"

#include <QTest>
#include <QTimer>
#include <qcoro/qcorotask.h>

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

    std::unique_ptr<Fixture> start() {
        auto f = std::make_unique<Fixture>();
        sim::SimLaunch launch;
        launch.options.tokens = {m_token};
        launch.options.timeScale = 3600;
        QString error;
        f->sim = sim::SimInstance::start(launch, &error);
        if (!f->sim)
            qFatal("%s", qPrintable(error));
        Profile profile;
        profile.name = u"actions"_s;
        profile.endpointTemplate = f->sim->endpointTemplate();
        f->session = std::make_unique<Session>(profile);
        f->session->setToken(m_token);
        f->actions = std::make_unique<FleetActions>(f->session.get(), &f->store);
        sim::Organisation &org = f->sim->server().organisation();
        for (const QString &id : org.controlPlanes[u"eu"_s].ids())
            f->staging = id;
        org.configurationFor(f->staging)->insert(u"version"_s, u"3.14"_s);
        return f;
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
};

} // namespace kd

QTEST_GUILESS_MAIN(kd::TestActions)
#include "tst_actions.moc"
