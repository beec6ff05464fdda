#include "client/KonnectClient.h"
#include "client/Limits.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <qcoro/qcorotask.h>

#include "RawHttpServer.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace kd::test {

namespace {
const QString token = u"kpat_hostile-fixture-not-a-token"_s;

template <typename T>
T await(QCoro::Task<T> &&task) {
    return QCoro::waitFor(std::move(task));
}

// A server that answers every request with a status line and headers, then feeds the body
// through `feed`, called again each time the socket has written what it was given.
class FeedingServer final : public QTcpServer {
public:
    using Feed = std::function<QByteArray(qint64 sentSoFar)>;
    FeedingServer(QByteArray head, Feed feed, int everyMs = 0)
        : m_head(std::move(head))
        , m_feed(std::move(feed)) {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this, everyMs] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto *sent = new qint64(0);
                connect(socket, &QObject::destroyed, this, [sent] { delete sent; });
                const auto next = [this, socket, sent] {
                    if (socket->state() != QAbstractSocket::ConnectedState)
                        return;
                    const QByteArray chunk = m_feed(*sent);
                    *sent += chunk.size();
                    maxSent = std::max(maxSent, *sent);
                    socket->write(chunk);
                };
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, next, everyMs] {
                    socket->readAll();
                    if (socket->property("answered").toBool())
                        return;
                    socket->setProperty("answered", true);
                    socket->write(m_head);
                    if (everyMs > 0) {
                        auto *timer = new QTimer(socket);
                        connect(timer, &QTimer::timeout, socket, next);
                        timer->start(everyMs);
                    } else {
                        connect(socket, &QTcpSocket::bytesWritten, socket, [socket, next] {
                            if (socket->bytesToWrite() < 256 * 1024)
                                next();
                        });
                        next();
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString origin() const { return u"http://127.0.0.1:%1"_s.arg(serverPort()); }
    qint64 maxSent = 0;

private:
    QByteArray m_head;
    Feed m_feed;
};

struct Client {
    explicit Client(const QString &origin)
        : transport(*EndpointTemplate::parse(origin + u"/{geo}"_s))
        , client(&transport) {
        RetryPolicy fast;
        fast.initialBackoff = 20ms;
        fast.maxBackoff = 100ms;
        transport.setRetryPolicy(fast);
    }
    Transport transport;
    KonnectClient client;
};

QByteArray numberPage(int total, int count, int number = 1, int size = 100) {
    QByteArray items;
    for (int i = 0; i < count; ++i)
        items +=
            (i ? "," : "") + QByteArray(R"({"id":"n)") + QByteArray::number(i)
            + R"(","name":"net","state":"ready","provider_account_id":"a","region":"us-east-2","availability_zones":[],"cidr_block":"10.0.0.0/16","default":false,"entity_version":1,"created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z","transit_gateway_count":0,"configuration_reference_count":0,"cloud_gateway_provider_account_id":"a"})";
    return R"({"meta":{"page":{"number":)" + QByteArray::number(number) + R"(,"size":)"
           + QByteArray::number(size) + R"(,"total":)" + QByteArray::number(total)
           + R"(}},"data":[)" + items + "]}";
}
} // namespace

// The numbered failures of a hostile or broken server (issue 19), each reproduced against a
// raw server or konnect-sim: every one ends with a clear error or a success, in bounded time
// and memory.
class TestHostile final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aListAnnouncingAbillionItemsIsRefusedAtOnce() {
        RawHttpServer server(RawHttpServer::json(numberPage(1000000000, 100)));
        Client c(server.origin());
        const auto networks = await(c.client.networks());
        QVERIFY(!networks);
        QCOMPARE(networks.error().kind(), Error::Kind::Parse);
        QVERIFY2(networks.error().detail().contains(u"1000000000"_s),
                 qPrintable(networks.error().detail()));
        QCOMPARE(server.received.size(), 1);
    }

    void fullPagesPastTheAnnouncedTotalEnd() {
        // Announces 150 items (two pages) but every page is full and claims to be page 1.
        RawHttpServer server(RawHttpServer::json(numberPage(150, 100)));
        Client c(server.origin());
        const auto networks = await(c.client.networks());
        QVERIFY(!networks);
        QVERIFY2(server.received.size() <= 3, qPrintable(QString::number(server.received.size())));
    }

    void aListThatChangesWhileReadIsReadAgainOnce() {
        // A control plane is deleted between page 1 and page 2: the total moves.
        RawHttpServer server({RawHttpServer::json(numberPage(150, 100)),
                              RawHttpServer::json(numberPage(149, 49, 2)),
                              RawHttpServer::json(numberPage(149, 100)),
                              RawHttpServer::json(numberPage(149, 49, 2))});
        Client c(server.origin());
        const auto networks = await(c.client.networks());
        QVERIFY2(networks, qPrintable(networks ? QString() : networks.error().message()));
        QCOMPARE(networks->size(), 149);
        QCOMPARE(server.received.size(), 4);

        // One that never holds still fails after the second read, and says so.
        RawHttpServer restless({RawHttpServer::json(numberPage(150, 100)),
                                RawHttpServer::json(numberPage(151, 51, 2)),
                                RawHttpServer::json(numberPage(152, 100)),
                                RawHttpServer::json(numberPage(153, 53, 2))});
        Client r(restless.origin());
        const auto moving = await(r.client.networks());
        QVERIFY(!moving);
        QVERIFY2(moving.error().detail().contains(u"changed while it was read"_s),
                 qPrintable(moving.error().detail()));
        QCOMPARE(restless.received.size(), 4);
    }

    void alternatingOffsetsAreALoop() {
        const QByteArray a =
            R"({"data":[{"id":"p1","name":"key-auth","config":{},"enabled":true,"protocols":["http"],"tags":[],"created_at":1,"updated_at":1}],"offset":"A"})";
        const QByteArray b =
            R"({"data":[{"id":"p2","name":"key-auth","config":{},"enabled":true,"protocols":["http"],"tags":[],"created_at":1,"updated_at":1}],"offset":"B"})";
        QList<QByteArray> answers;
        for (int i = 0; i < 50; ++i)
            answers.append(RawHttpServer::json(i % 2 ? b : a));
        RawHttpServer server(answers);
        Client c(server.origin());
        const auto plugins = await(c.client.plugins(Geo::Us, u"cp"_s));
        QVERIFY(!plugins);
        QVERIFY2(plugins.error().detail().contains(u"did not advance"_s),
                 qPrintable(plugins.error().message()));
        QCOMPARE(server.received.size(), 3); // A, B, then A again: caught
    }

    void anEndlessBodyIsCutAtTheLimit() {
        const QByteArray chunk(64 * 1024, ' ');
        FeedingServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             "Connection: close\r\n\r\n{\"data\":[",
                             [chunk](qint64) { return chunk; });
        Client c(server.origin());
        QElapsedTimer timer;
        timer.start();
        const auto me = await(c.client.me());
        QVERIFY(!me);
        QCOMPARE(me.error().transportKind(), Error::TransportKind::TooLarge);
        QVERIFY2(me.error().message().contains(u"larger than any real one"_s),
                 qPrintable(me.error().message()));
        // Stopped near the entity limit, not after gigabytes; and only once (not retried).
        QVERIFY2(server.maxSent < 4 * limits::maxEntityBytes,
                 qPrintable(QString::number(server.maxSent)));
        QCOMPARE(c.transport.callLog().totalCalls(), 1ULL);
        QVERIFY(timer.elapsed() < 60000); // not the hours an endless body would take
    }

    void anAnnouncedHugeBodyIsNotRead() {
        FeedingServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                             "Content-Length: 271000000\r\nConnection: close\r\n\r\n",
                             [](qint64) { return QByteArray(64 * 1024, ' '); });
        Client c(server.origin());
        const auto plugins = await(c.client.plugins(Geo::Us, u"cp"_s));
        QVERIFY(!plugins);
        QCOMPARE(plugins.error().transportKind(), Error::TransportKind::TooLarge);
        QVERIFY2(server.maxSent < limits::maxCorePageBytes,
                 qPrintable(QString::number(server.maxSent)));
    }

    void aSlowDripMeetsTheDeadline() {
        FeedingServer server(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            "Content-Length: 100000\r\nConnection: close\r\n\r\n",
            [](qint64) { return QByteArray(" "); }, 100);
        Client c(server.origin());
        c.transport.setDeadline(800ms);
        RetryPolicy twice;
        twice.maxAttempts = 2;
        twice.initialBackoff = 10ms;
        c.transport.setRetryPolicy(twice);
        QElapsedTimer timer;
        timer.start();
        const auto me = await(c.client.me());
        QVERIFY(!me);
        QCOMPARE(me.error().transportKind(), Error::TransportKind::Timeout);
        QVERIFY2(me.error().message().contains(u"longer than"_s), qPrintable(me.error().message()));
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(c.transport.callLog().totalCalls(), 2ULL);
    }

    void aReplyClosedByTheIdleTimeoutIsNotRead() {
        // Half a body, then silence: Qt's idle timeout closes the reply before it finishes,
        // and reading it then printed "QIODevice::read (QNetworkReplyHttpImpl): device not
        // open" on stderr for every attempt.
        QTest::failOnWarning(QRegularExpression(u"QIODevice::read"_s));
        FeedingServer server(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            "Content-Length: 1000\r\nConnection: close\r\n\r\n{\"id\":",
            [](qint64) { return QByteArray(); }, 60000);
        Client c(server.origin());
        c.transport.setTimeout(300ms);
        RetryPolicy once;
        once.maxAttempts = 1;
        c.transport.setRetryPolicy(once);
        const auto me = await(c.client.me());
        QVERIFY(!me);
        QCOMPARE(me.error().transportKind(), Error::TransportKind::Timeout);
    }

    void http500IsRetriedForReadsNotForCreates() {
        const QByteArray error500 =
            "HTTP/1.1 500 Internal Server Error\r\nContent-Type: "
            "text/plain\r\nContent-Length: 4\r\nConnection: close\r\n\r\noops";
        RawHttpServer server(
            {error500, error500, RawHttpServer::json(R"({"id":"u","email":"a@b.c"})")});
        Client c(server.origin());
        const auto me = await(c.client.me());
        QVERIFY2(me, qPrintable(me ? QString() : me.error().message()));
        QCOMPARE(server.received.size(), 3);

        RawHttpServer always(error500);
        Client w(always.origin());
        const auto created = await(w.client.createNetwork(NetworkCreate{}));
        QVERIFY(!created);
        QCOMPARE(always.received.size(), 1); // a create is never sent twice
        // "500 500" no more: the status line's phrase titles a body that says nothing.
        QVERIFY2(created.error().message().contains(u"500 Internal Server Error"_s),
                 qPrintable(created.error().message()));
        QVERIFY(!created.error().message().contains(u"500 500"_s));
    }

    void aRetryAfterLongerThanTheRetryBudgetIsWaitedOut() {
        RawHttpServer server(
            {"HTTP/1.1 429 Too Many Requests\r\nRetry-After: 2\r\nContent-Type: application/json"
             "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
             RawHttpServer::json(R"({"id":"u","email":"a@b.c"})")});
        Client c(server.origin());
        RetryPolicy tight;
        tight.totalBudget = 500ms; // shorter than the wait Konnect asks for
        c.transport.setRetryPolicy(tight);
        QSignalSpy paused(&c.transport.budget(), &RequestBudget::pausedUntilChanged);
        const auto me = await(c.client.me());
        QVERIFY2(me, qPrintable(me ? QString() : me.error().message()));
        QCOMPARE(paused.size(), 1);
        // The activity log says what the app does about it.
        const CallRecord &first = c.transport.callLog().records().constFirst();
        QCOMPARE(first.status, 429);
        QVERIFY2(first.error.contains(u"Waiting 2 s"_s), qPrintable(first.error));
    }

    void aRetryAfterPastTheCapFailsAndSaysSo_data() {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("said");
        QTest::newRow("a day") << QByteArray("86400") << u"86400 s"_s;
        // Clamped before it becomes milliseconds (UBSan: 1e303 ms does not fit in 64 bits).
        QTest::newRow("1e300 s") << QByteArray("1e300") << u"asked to wait"_s;
    }
    void aRetryAfterPastTheCapFailsAndSaysSo() {
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, said);
        RawHttpServer server("HTTP/1.1 429 Too Many Requests\r\nRetry-After: " + retryAfter
                             + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        Client c(server.origin());
        QElapsedTimer timer;
        timer.start();
        const auto me = await(c.client.me());
        QVERIFY(!me);
        QCOMPARE(me.error().status(), 429);
        QVERIFY2(me.error().message().contains(said), qPrintable(me.error().message()));
        QVERIFY(timer.elapsed() < 30000); // not the day it asked for
    }

    void aTruncatedAnswerToACreateIsAnUnknownOutcome() {
        const QByteArray body = R"({"id":"c1","name":"cache","owner":{"kind":"control-plane"}})";
        RawHttpServer server("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n"
                             "Content-Length: 500\r\nConnection: close\r\n\r\n"
                             + body.left(30));
        Client c(server.origin());
        const auto created =
            await(c.client.createManagedCache(u"cache"_s, u"cp"_s, Geo::Us, CacheTier::Small));
        QVERIFY(!created);
        QCOMPARE(created.error().kind(), Error::Kind::OutcomeUnknown);
        QCOMPARE(server.received.size(), 1);
        QVERIFY(!created.error().message().contains(u"Nothing was changed"_s));

        // A whole answer that does not parse says the same: nobody knows what happened.
        RawHttpServer garbage(RawHttpServer::json("{\"id\": \"c1\", \"na", 201));
        Client g(garbage.origin());
        const auto unreadable =
            await(g.client.createManagedCache(u"cache"_s, u"cp"_s, Geo::Us, CacheTier::Small));
        QCOMPARE(unreadable.error().kind(), Error::Kind::OutcomeUnknown);
        QCOMPARE(garbage.received.size(), 1);
    }

    void aTruncatedReadIsReadAgain() {
        const QByteArray whole = R"({"id":"u","email":"a@b.c"})";
        RawHttpServer server({"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Content-Length: 200\r\nConnection: close\r\n\r\n"
                                  + whole.left(10),
                              RawHttpServer::json(whole)});
        Client c(server.origin());
        const auto me = await(c.client.me());
        QVERIFY2(me, qPrintable(me ? QString() : me.error().message()));
        QCOMPARE(server.received.size(), 2);
    }

    void theSyncAllowanceBoundsRetriesAndRequests() {
        SyncAllowance allowance;
        int granted = 0;
        while (allowance.takeRetry())
            ++granted;
        QCOMPARE(granted, limits::syncRetryBase);
        for (int i = 0; i < 100; ++i)
            allowance.countRequest();
        QVERIFY(allowance.takeRetry()); // more requests, more retries
        QCOMPARE(allowance.ceiling(), limits::syncRequestBase);
        allowance.expect(1000);
        QCOMPARE(allowance.ceiling(),
                 limits::syncRequestBase + 1000 * limits::syncRequestsPerExpected);

        // A sync over its ceiling sends nothing more, and says why.
        RawHttpServer server(RawHttpServer::json(R"({"id":"u","email":"a@b.c"})"));
        Client c(server.origin());
        auto spent = std::make_shared<SyncAllowance>();
        for (qint64 i = 0; i < spent->ceiling(); ++i)
            spent->countRequest();
        c.transport.setBackgroundAllowance(spent);
        const auto planes = await(c.client.controlPlanes(Geo::Us));
        QVERIFY(!planes);
        QCOMPARE(planes.error().kind(), Error::Kind::LimitExceeded);
        QVERIFY(server.received.isEmpty());
        QVERIFY(await(c.client.me())); // user actions are not the sync's
    }
};

} // namespace kd::test

QTEST_GUILESS_MAIN(kd::test::TestHostile)
#include "tst_hostile.moc"
