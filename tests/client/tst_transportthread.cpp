#include "client/KonnectClient.h"
#include "client/TurnBudget.h"
#include "sim/SimInstance.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>
#include <qcoro/qcorotask.h>

using namespace Qt::StringLiterals;

namespace kd::test {

namespace {
const QString token = u"kpat_transport-thread-fixture-not-a-token"_s;

std::unique_ptr<sim::SimInstance> startSim() {
    sim::SimLaunch launch;
    launch.options.tokens = {token};
    launch.seed = u"fleet:240"_s;
    QString error;
    auto instance = sim::SimInstance::start(launch, &error);
    if (!instance)
        qFatal("sim: %s", qPrintable(error));
    return instance;
}

// A transport and client signed in to a simulator, with the control planes of one geo.
struct Connected {
    std::unique_ptr<sim::SimInstance> sim = startSim();
    Transport transport{*EndpointTemplate::parse(sim->endpointTemplate())};
    KonnectClient client{&transport};
    QList<ControlPlane> planes;

    Connected() {
        transport.setToken(token);
        if (auto read = QCoro::waitFor(client.controlPlanes(Geo::Us)))
            planes = *read;
    }
};

// Counts the events the caller's (main) thread delivers, by kind of receiver.
class EventCounter final : public QObject {
public:
    int network = 0;   // to Qt Network's replies and managers
    int transport = 0; // to the transport: one per exchange or parse handed back
    bool eventFilter(QObject *receiver, QEvent *event) override {
        Q_UNUSED(event)
        if (receiver->inherits("QNetworkReply") || receiver->inherits("QNetworkAccessManager"))
            ++network;
        else if (receiver->inherits("kd::Transport"))
            ++transport;
        return false;
    }
};

void busyFor(std::chrono::microseconds work) {
    QElapsedTimer clock;
    clock.start();
    while (clock.nsecsElapsed() < work.count() * 1000) {
    }
}

// Sends `request` and then works 2 ms on the caller's thread, as a sync's continuation does.
QCoro::Task<bool> readAndWork(Transport &transport, ApiRequest request, int *running,
                              int *worstBetweenTicks) {
    const auto response = co_await transport.send(std::move(request));
    busyFor(std::chrono::microseconds(2000));
    *worstBetweenTicks = std::max(*worstBetweenTicks, ++*running);
    co_return static_cast<bool>(response);
}
} // namespace

// The transport's network thread: Qt Network's events stay off the caller's thread, and
// answers resume their callers in the turns of TurnBudget.
class TestTransportThread final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void networkEventsStayOffTheCallersThread() {
        Connected c;
        QVERIFY(!c.planes.isEmpty());
        EventCounter counter;
        QCoreApplication::instance()->installEventFilter(&counter);
        int read = 0;
        for (qsizetype i = 0; i < std::min<qsizetype>(c.planes.size(), 40); ++i)
            read += QCoro::waitFor(c.client.plugins(Geo::Us, c.planes.at(i).id)) ? 1 : 0;
        QCoreApplication::instance()->removeEventFilter(&counter);
        QCOMPARE(read, 40);
        qInfo("40 reads: %d network events, %d transport events on the caller's thread",
              counter.network, counter.transport);
        // On the caller's thread Qt posted 5-10 events per reply to it.
        QCOMPARE(counter.network, 0);
        QVERIFY(counter.transport >= 40);
        QVERIFY(counter.transport <= 2 * 40); // the answer, and a parse handed back
    }

    void answersThatArriveTogetherAreSpreadOverTurns() {
        Connected c;
        QVERIFY(!c.planes.isEmpty());
        c.transport.budget().setConcurrency(32);
        // A zero timer fires once per pass of the event loop; between two of its ticks no more
        // continuations run than a turn's budget (4 ms) holds, plus the one that passes it.
        int running = 0;
        int worst = 0;
        QTimer probe;
        probe.setInterval(0);
        connect(&probe, &QTimer::timeout, this, [&running] { running = 0; });
        probe.start();
        std::vector<QCoro::Task<bool>> reads;
        for (const ControlPlane &plane : std::as_const(c.planes)) {
            ApiRequest request;
            request.geo = Geo::Us;
            request.path = u"/v2/control-planes/"_s + plane.id + u"/expected-config-hash"_s;
            reads.push_back(readAndWork(c.transport, request, &running, &worst));
        }
        int ok = 0;
        for (auto &task : reads)
            ok += QCoro::waitFor(std::move(task)) ? 1 : 0;
        probe.stop();
        QCOMPARE(ok, static_cast<int>(c.planes.size()));
        qInfo("%d answers of 2 ms work each: at most %d between two passes of the event loop", ok,
              worst);
        QVERIFY2(worst <= 3, qPrintable(u"%1 continuations in one pass"_s.arg(worst)));
    }

    void aTurnTaskStopsWithItsOwner() {
        int runs = 0;
        {
            TurnTask task([&runs] { ++runs; });
            task.schedule();
            task.schedule(); // once, however often asked
            QVERIFY(task.isScheduled());
            QTRY_COMPARE(runs, 1);
            QVERIFY(!task.isScheduled());
            task.schedule();
        } // gone before its turn
        QTest::qWait(20);
        QCOMPARE(runs, 1);
    }
};

} // namespace kd::test

QTEST_GUILESS_MAIN(kd::test::TestTransportThread)
#include "tst_transportthread.moc"
