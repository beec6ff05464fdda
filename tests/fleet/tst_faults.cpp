#include "fleet/FleetStore.h"
#include "fleet/Session.h"
#include "fleet/SyncEngine.h"
#include "sim/SimInstance.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include "common/SimSession.h"

using namespace Qt::StringLiterals;

namespace kd {

namespace {
// What a sync put in the store, in numbers that must not depend on how the network behaved.
QMap<QString, int> counts(const FleetStore &store) {
    QMap<QString, int> result;
    result[u"control planes"_s] = static_cast<int>(store.controlPlaneIds().size());
    result[u"configurations"_s] = static_cast<int>(store.configurations().size());
    int groups = 0;
    for (const QString &id : store.controlPlaneIds())
        groups += store.dataPlaneGroupCount(id);
    result[u"groups"_s] = groups;
    result[u"caches"_s] = static_cast<int>(store.cacheOwnerIds().size());
    result[u"networks"_s] = static_cast<int>(store.networkIds().size());
    result[u"plugins"_s] = static_cast<int>(store.pluginIds().size());
    result[u"partials"_s] = static_cast<int>(store.partialIds().size());
    return result;
}

QString describe(const QMap<QString, int> &counts) {
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts.append(it.key() + u' ' + QString::number(it.value()));
    return parts.join(u", "_s);
}
} // namespace

// The fault matrix of issue 19 on a small fleet: 10 % 5xx, 5 % 429 without Retry-After,
// 2 % connection resets and 1 % truncated bodies. Every geo must end in sync with the same
// store as a sync over a network that never fails.
class TestFaults final : public QObject {
    Q_OBJECT
private:
    const QString m_token = u"kpat_faults-fixture-not-a-token"_s;

    struct Run {
        bool allInSync = false;
        QStringList failed;
        QMap<QString, int> counts;
        qint64 ms = 0;
        qint64 requests = 0;
        qint64 retries = 0;
        qint64 rateLimited = 0;
    };

    Run syncOnce(sim::SimInstance &sim) {
        auto session = test::sessionOn(sim, u"faults"_s, m_token);
        RetryPolicy quick = session->transport().retryPolicy();
        // The backoffs of a real network, scaled down so that the test stays short.
        quick.initialBackoff = std::chrono::milliseconds(20);
        quick.maxBackoff = std::chrono::milliseconds(400);
        quick.rateLimitBackoff = std::chrono::milliseconds(100);
        session->transport().setRetryPolicy(quick);
        FleetStore store;
        SyncEngine sync(session.get(), &store);
        QSignalSpy finished(&sync, &SyncEngine::syncFinished);
        QElapsedTimer timer;
        timer.start();
        sync.refreshNow();
        Run run;
        if (!finished.wait(120000))
            return run;
        run.ms = timer.elapsed();
        run.allInSync = finished.first().first().toBool();
        for (Geo geo : sync.geos()) {
            const GeoStatus status = sync.status(geo);
            if (status.state != GeoStatus::State::InSync)
                run.failed.append(geoId(geo) + u": "_s
                                  + (status.error ? status.error->message() : u"?"_s));
        }
        run.counts = counts(store);
        run.requests = sync.lastAllowance()->requests();
        run.retries = sync.lastAllowance()->retries();
        run.rateLimited = sync.lastAllowance()->rateLimited();
        return run;
    }

private Q_SLOTS:
    void everyGeoInSyncWithCountsIdenticalToAFaultFreeRun_data() {
        QTest::addColumn<QString>("faults");
        QTest::newRow("issue 19 matrix") << u"5xx=0.10,429=0.05,reset=0.02,truncate=0.01"_s;
        QTest::newRow("20 % transient") << u"5xx=0.12,429=0.04,reset=0.03,truncate=0.01"_s;
    }
    void everyGeoInSyncWithCountsIdenticalToAFaultFreeRun() {
        QFETCH(QString, faults);
        sim::SimLaunch launch;
        launch.seed = u"fleet:150"_s;
        launch.options.retryAfterOnRateLimit = false; // the harder case: no hint when to retry
        auto sim = test::startSim(m_token, launch);

        const Run clean = syncOnce(*sim);
        QVERIFY2(clean.allInSync, qPrintable(clean.failed.join(u"; "_s)));
        QVERIFY(clean.counts.value(u"plugins"_s) > 0);

        QString error;
        const auto parsed = sim::Faults::parse(faults, &error);
        QVERIFY2(parsed, qPrintable(error));
        sim->server().setFaults(*parsed);
        const Run faulty = syncOnce(*sim);
        sim->server().setFaults({});
        qInfo("%s: %lld requests, %lld retries, %lld 429s, %lld ms (fault-free: %lld requests, "
              "%lld ms)",
              qPrintable(faults), faulty.requests, faulty.retries, faulty.rateLimited, faulty.ms,
              clean.requests, clean.ms);
        QVERIFY2(faulty.allInSync, qPrintable(faulty.failed.join(u"; "_s)));
        QVERIFY2(faulty.counts == clean.counts,
                 qPrintable(describe(faulty.counts) + u" vs "_s + describe(clean.counts)));
        QVERIFY(faulty.retries > 0); // the faults were really there
    }
};

} // namespace kd

QTEST_GUILESS_MAIN(kd::TestFaults)
#include "tst_faults.moc"
