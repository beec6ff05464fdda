#include "client/KonnectClient.h"
#include "sim/SimInstance.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>
#include <qcoro/qcorotask.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace kd::test {

namespace {
const QString token = u"kpat_budget-fixture-not-a-token"_s;

std::unique_ptr<sim::SimInstance> startSim(const QString &seed, int ratePerMinute = 0) {
    sim::SimLaunch launch;
    launch.options.tokens = {token};
    launch.options.rateLimitPerMinute = ratePerMinute;
    launch.options.retryAfterOnRateLimit = false;
    launch.seed = seed;
    QString error;
    auto instance = sim::SimInstance::start(launch, &error);
    if (!instance)
        qFatal("sim: %s", qPrintable(error));
    return instance;
}

// Reads every control plane's plugins in one geo at once, as the sync does.
QCoro::Task<int> readAllPlugins(KonnectClient &client, QStringList ids) {
    std::vector<QCoro::Task<Result<QList<Plugin>>>> reads;
    for (const QString &id : ids)
        reads.push_back(client.plugins(Geo::Us, id));
    int ok = 0;
    for (auto &read : reads)
        ok += (co_await std::move(read)) ? 1 : 0;
    co_return ok;
}

void grant(RequestBudget &budget, int host, RequestBudget::Feedback feedback, qint64 ms) {
    QCoro::waitFor(budget.acquire(Priority::Background, false, host));
    budget.release(host, feedback, ms);
}
} // namespace

// The adaptive budget: grows while a host keeps up, halves on 429/503, per host.
class TestBudget final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void growsWhileFastHalvesWhenRefused() {
        RequestBudget budget;
        budget.setAdaptive(4, 32);
        QCOMPARE(budget.concurrency(1), 4);
        for (int i = 0; i < 10; ++i)
            grant(budget, 1, RequestBudget::Feedback::Fine, 100);
        QCOMPARE(budget.concurrency(1), 14); // slow start: one more per answer
        QCOMPARE(budget.concurrency(2), 4);  // another host is on its own
        grant(budget, 1, RequestBudget::Feedback::Overloaded, 100);
        QCOMPARE(budget.concurrency(1), 7);
        grant(budget, 1, RequestBudget::Feedback::Overloaded, 100);
        QCOMPARE(budget.concurrency(1), 7); // once per round trip: the news was already in
        // After slow start, one more per window of answers.
        for (int i = 0; i < 8; ++i)
            grant(budget, 1, RequestBudget::Feedback::Fine, 100);
        QCOMPARE(budget.concurrency(1), 8);
        // Latency far above the fastest answer: the host queues, so no growth.
        const int before = budget.concurrency(1);
        for (int i = 0; i < 40; ++i)
            grant(budget, 1, RequestBudget::Feedback::Fine, 2000);
        QCOMPARE(budget.concurrency(1), before);
        QCOMPARE(budget.maxConcurrencyReached(), 14);

        for (int i = 0; i < 200; ++i)
            grant(budget, 3, RequestBudget::Feedback::Fine, 10);
        QCOMPARE(budget.concurrency(3), 32); // never past the ceiling

        budget.setConcurrency(6); // fixed: no adaptation
        for (int i = 0; i < 20; ++i)
            grant(budget, 1, RequestBudget::Feedback::Fine, 10);
        QCOMPARE(budget.concurrency(1), 6);
    }

    void growsOverLatencyAgainstTheSimulator() {
        auto sim = startSim(u"fleet:720"_s);
        sim::Faults delay;
        delay.delay = 1;
        delay.delayMs = 60;
        Transport transport(*EndpointTemplate::parse(sim->endpointTemplate()));
        transport.setToken(token);
        KonnectClient client(&transport);
        const auto planes = QCoro::waitFor(client.controlPlanes(Geo::Us));
        QVERIFY(planes);
        QStringList ids;
        for (const ControlPlane &plane : *planes)
            ids.append(plane.id);
        sim->server().setFaults(delay);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(QCoro::waitFor(readAllPlugins(client, ids)), ids.size());
        const qint64 ms = timer.elapsed();
        qInfo("%lld reads at 60 ms each in %lld ms, concurrency reached %d",
              static_cast<qint64>(ids.size()), ms, transport.budget().maxConcurrencyReached());
        // Past the six calls of the old fixed budget (the time it saves is bench-sync's to
        // measure, not a test's on a machine of unknown speed).
        QVERIFY(transport.budget().maxConcurrencyReached() >= 16);
    }

    void settlesUnderARateLimitWithoutFailing() {
        auto sim = startSim(u"fleet:720"_s, 20);
        Transport transport(*EndpointTemplate::parse(sim->endpointTemplate()));
        transport.setToken(token);
        RetryPolicy quick;
        quick.rateLimitBackoff = 20ms;
        quick.maxBackoff = 100ms;
        quick.maxRateLimitWaits = 40;
        transport.setRetryPolicy(quick);
        KonnectClient client(&transport);
        // The limit's minute passes every 300 ms here, so the test stays short.
        QTimer minute;
        connect(&minute, &QTimer::timeout, &sim->server(),
                [&sim] { sim->server().clock().advance(61s); });
        minute.start(300);
        const auto planes = QCoro::waitFor(client.controlPlanes(Geo::Us));
        QVERIFY2(planes, qPrintable(planes ? QString() : planes.error().message()));
        QStringList ids;
        for (const ControlPlane &plane : *planes)
            ids.append(plane.id);
        QCOMPARE(QCoro::waitFor(readAllPlugins(client, ids)), ids.size());
        int rateLimited = 0;
        for (const CallRecord &record : transport.callLog().records())
            rateLimited += record.status == 429 ? 1 : 0;
        qInfo("%d 429s, concurrency reached %d, now %d", rateLimited,
              transport.budget().maxConcurrencyReached(),
              transport.budget().concurrency(static_cast<int>(Geo::Us)));
        QVERIFY(rateLimited > 0);
        QVERIFY(transport.budget().concurrency(static_cast<int>(Geo::Us))
                < transport.budget().maxConcurrencyReached());
    }
};

} // namespace kd::test

QTEST_GUILESS_MAIN(kd::test::TestBudget)
#include "tst_budget.moc"
