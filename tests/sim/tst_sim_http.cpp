#include "sim/SimInstance.h"
#include "sim/SimLimits.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace kd::sim::test {

namespace {
const QString token = u"kpat_http-fixture-not-a-token"_s;

struct Result {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray retryAfter;
};

// Plain QNetworkAccessManager: the simulator is tested without the app's client.
Result fetch(QNetworkAccessManager &manager, const QUrl &url, const QByteArray &method = "GET",
             const QByteArray &body = {}) {
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("Content-Type", "application/json");
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Result result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  reply->error(), reply->readAll(), reply->rawHeader("Retry-After")};
    reply->deleteLater();
    return result;
}

struct RawReply {
    int status = 0;
    QByteArray head;
    QByteArray body;
};

// Reads one HTTP response (Content-Length framed) from the socket while the event loop runs.
RawReply readReply(QTcpSocket &socket, int timeoutMs = 15000) {
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    qsizetype headEnd = -1;
    qint64 length = -1;
    while (timer.elapsed() < timeoutMs) {
        if (!socket.bytesAvailable()) {
            QSignalSpy arrived(&socket, &QIODevice::readyRead);
            arrived.wait(200);
        }
        received += socket.readAll();
        if (headEnd < 0 && (headEnd = received.indexOf("\r\n\r\n")) >= 0) {
            for (const QByteArray &line : received.left(headEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (headEnd >= 0 && received.size() >= headEnd + 4 + length)
            break;
    }
    RawReply reply;
    if (headEnd < 0)
        return reply;
    reply.head = received.left(headEnd);
    reply.status = reply.head.mid(9, 3).toInt();
    reply.body = received.mid(headEnd + 4, length);
    return reply;
}

QByteArray requestHead(const QByteArray &method, const QByteArray &target,
                       const QByteArray &extra) {
    return method + ' ' + target + " HTTP/1.1\r\nHost: sim\r\nAuthorization: Bearer "
           + token.toUtf8() + "\r\nContent-Type: application/json\r\n" + extra + "\r\n";
}

SimLaunch launch() {
    SimLaunch launch;
    launch.options.tokens = {token};
    return launch;
}
} // namespace

class TestSimHttp final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void servesEveryHostOnOnePort() {
        QString error;
        auto sim = SimInstance::start(launch(), &error);
        QVERIFY2(sim, qPrintable(error));
        QNetworkAccessManager manager;
        const QString origin = sim->origin();
        QCOMPARE(fetch(manager, QUrl(origin + u"/global/v3/users/me"_s)).status, 200);
        const Result planes = fetch(manager, QUrl(origin + u"/us/v2/control-planes"_s));
        QCOMPARE(planes.status, 200);
        QVERIFY(planes.body.contains("prod-billing-svcs"));
        QCOMPARE(fetch(manager, QUrl(origin + u"/eu/v2/control-planes"_s, QUrl::StrictMode)).status,
                 200);
        const Result created = fetch(manager, QUrl(origin + u"/us/v2/control-planes"_s), "POST",
                                     R"({"name":"over-http"})");
        QCOMPARE(created.status, 201);
        const Result missing = fetch(manager, QUrl(origin + u"/us/v2/control-planes/nope"_s));
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.body.contains("konnect:trace:"));
        QCOMPARE(sim->endpointTemplate(), origin + u"/{geo}"_s);
    }

    void tlsWithGeneratedCa() {
        SimLaunch options = launch();
        options.tls = true;
        QString error;
        auto sim = SimInstance::start(options, &error);
        QVERIFY2(sim, qPrintable(error));
        QVERIFY(sim->origin().startsWith(u"https://"_s));
        QNetworkAccessManager manager;
        // Without the CA the certificate is not trusted.
        const Result untrusted = fetch(manager, QUrl(sim->origin() + u"/global/v3/users/me"_s));
        QCOMPARE(untrusted.error, QNetworkReply::SslHandshakeFailedError);

        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificates(QSslCertificate::fromData(sim->caPem()));
        QNetworkRequest request(QUrl(sim->origin() + u"/global/v3/users/me"_s));
        request.setSslConfiguration(configuration);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkAccessManager trusting; // a new manager: no cached failed handshake
        QNetworkReply *reply = trusting.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(15000));
        QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;
    }

    void injectedFaults() {
        QString error;
        auto sim = SimInstance::start(launch(), &error);
        QVERIFY(sim);
        QNetworkAccessManager manager;
        const QUrl url(sim->origin() + u"/us/v2/control-planes"_s);

        Faults faults;
        faults.reset = 1;
        sim->server().setFaults(faults);
        QVERIFY(fetch(manager, url).error != QNetworkReply::NoError);

        faults = {};
        faults.serverError = 1;
        sim->server().setFaults(faults);
        const int status = fetch(manager, url).status;
        QVERIFY2(status == 500 || status == 502 || status == 503,
                 qPrintable(QString::number(status)));

        faults = {};
        faults.rateLimited = 1;
        sim->server().setFaults(faults);
        const Result limited = fetch(manager, url);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.retryAfter, QByteArray("1"));

        faults = {};
        faults.truncate = 1;
        sim->server().setFaults(faults);
        const Result truncated = fetch(manager, url);
        QVERIFY(truncated.error != QNetworkReply::NoError
                || QJsonDocument::fromJson(truncated.body).isNull());

        faults = {};
        faults.delay = 1;
        faults.delayMs = 300;
        sim->server().setFaults(faults);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(fetch(manager, url).status, 200);
        QVERIFY(timer.elapsed() >= 250);
    }

    void refusesALargeDeclaredBodyBeforeReadingIt() {
        QString error;
        auto sim = SimInstance::start(launch(), &error);
        QVERIFY2(sim, qPrintable(error));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, sim->port());
        // Only the head and a little of the gigabyte it announces are ever sent.
        socket.write(requestHead("POST", "/us/v2/control-planes", "Content-Length: 1073741824\r\n")
                     + QByteArray(4096, ' '));
        const RawReply problem = readReply(socket);
        QCOMPARE(problem.status, 413);
        QVERIFY(problem.head.contains("Content-Type: application/problem+json"));
        QVERIFY(problem.head.contains("Connection: close"));
        QCOMPARE(QJsonDocument::fromJson(problem.body).object().value(u"status"_s).toInt(), 413);

        // Core entities answer in Kong's dialect, even without a token.
        QTcpSocket kong;
        kong.connectToHost(QHostAddress::LocalHost, sim->port());
        kong.write("POST /us/v2/control-planes/x/core-entities/plugins HTTP/1.1\r\nHost: sim\r\n"
                   "Content-Length: 300000000\r\n\r\n");
        const RawReply kongReply = readReply(kong);
        QCOMPARE(kongReply.status, 413);
        const QJsonObject body = QJsonDocument::fromJson(kongReply.body).object();
        QCOMPARE(body.value(u"status"_s).toInt(), 413);
        QVERIFY(body.value(u"message"_s).toString().contains(u"larger than"_s));
        QVERIFY(!kongReply.head.contains("problem+json"));
    }

    void refusesAChunkedBodyOnceItGrowsTooLarge() {
        QString error;
        auto sim = SimInstance::start(launch(), &error);
        QVERIFY2(sim, qPrintable(error));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, sim->port());
        socket.write(requestHead("PUT", "/global/v2/cloud-gateways/configurations",
                                 "Transfer-Encoding: chunked\r\n"));
        const QByteArray chunk(1024 * 1024, ' ');
        for (qint64 sent = 0; sent <= limits::maxRequestBody; sent += chunk.size())
            socket.write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
        const RawReply reply = readReply(socket);
        QCOMPARE(reply.status, 413);
        QVERIFY(reply.head.contains("application/problem+json"));
    }

    void acceptsBodiesUpToTheLimitAndKeepsTheConnection() {
        QString error;
        auto sim = SimInstance::start(launch(), &error);
        QVERIFY2(sim, qPrintable(error));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, sim->port());
        QByteArray body = R"({"name":"padded")";
        body += QByteArray(limits::maxRequestBody - body.size() - 1, ' ') + '}';
        socket.write(requestHead("POST", "/us/v2/control-planes",
                                 "Content-Length: " + QByteArray::number(body.size()) + "\r\n")
                     + body);
        QCOMPARE(readReply(socket, 30000).status, 201);
        // A chunked body under the limit, then a plain GET, on the same connection.
        socket.write(requestHead("POST", "/us/v2/control-planes", "Transfer-Encoding: chunked\r\n")
                     + "7\r\n{\"name\"\r\n9;x=y\r\n:\"chunky\"\r\n1\r\n}\r\n0\r\n\r\n");
        QCOMPARE(readReply(socket).status, 201);
        socket.write(
            requestHead("GET", "/us/v2/control-planes?filter%5Bname%5D%5Beq%5D=chunky", {}));
        const RawReply listed = readReply(socket);
        QCOMPARE(listed.status, 200);
        QVERIFY(listed.body.contains("chunky"));
    }

    void refusesAnOversizedHead() {
        QString error;
        auto sim = SimInstance::start(launch(), &error);
        QVERIFY2(sim, qPrintable(error));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, sim->port());
        socket.write("GET /us/v2/control-planes HTTP/1.1\r\nX-Padding: "
                     + QByteArray(limits::maxRequestHead, 'a'));
        const RawReply reply = readReply(socket);
        QCOMPARE(reply.status, 431);
    }

    void tlsConnectionsAreGuardedToo() {
        SimLaunch options = launch();
        options.tls = true;
        QString error;
        auto sim = SimInstance::start(options, &error);
        QVERIFY2(sim, qPrintable(error));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificates(QSslCertificate::fromData(sim->caPem()));
        QNetworkRequest request(QUrl(sim->origin() + u"/us/v2/control-planes"_s));
        request.setSslConfiguration(configuration);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setRawHeader("Content-Type", "application/json");
        QNetworkAccessManager manager;
        QNetworkReply *reply = manager.post(request, QByteArray(limits::maxRequestBody + 1, ' '));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);
        delete reply;
    }

    void stateFileRefusesFilesItDidNotWrite() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.json"_s);
        const auto writeFile = [&path](const QByteArray &contents) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
        };
        const auto contents = [&path] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QList<std::pair<QByteArray, QString>> foreign{
            {R"({"theme":"dark"})", u"no \"format\""_s},
            {"[1,2]", u"array"_s},
            {"not json", u"not JSON"_s},
            {R"({"format":"konnect-sim-state","version":7,"organisation":{}})", u"version 7"_s}};
        for (const auto &[bytes, why] : foreign) {
            QVERIFY(writeFile(bytes));
            SimLaunch options = launch();
            options.stateFile = path;
            QString error;
            QVERIFY(!SimInstance::start(options, &error));
            QVERIFY2(error.contains(path) && error.contains(u"not a konnect-sim state file"_s)
                         && error.contains(why),
                     qPrintable(error));
            QCOMPARE(contents(), bytes);
        }

        // The executable says so and exits non-zero, leaving the file as it was.
        QVERIFY(writeFile(R"({"theme":"dark"})"));
        QProcess process;
        process.start(QString::fromUtf8(KD_SIM_BINARY),
                      {u"--port"_s, u"0"_s, u"--token"_s, token, u"--state"_s, path});
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("not a konnect-sim state file"));
        QCOMPARE(contents(), QByteArray(R"({"theme":"dark"})"));
    }

    void stateFileIsNotOverwrittenOnceSomethingElseReplacedIt() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"org.json"_s);
        SimLaunch options = launch();
        options.stateFile = path;
        QString error;
        auto sim = SimInstance::start(options, &error);
        QVERIFY2(sim, qPrintable(error));
        QVERIFY2(sim->saveState(&error), qPrintable(error));
        QVERIFY(SimInstance::start(options, &error)); // reads back what it wrote

        QFile replaced(path);
        QVERIFY(replaced.open(QIODevice::WriteOnly));
        replaced.write(R"({"notes":"mine"})");
        replaced.close();
        QVERIFY(!sim->saveState(&error));
        QVERIFY2(error.contains(u"no longer a konnect-sim state file"_s), qPrintable(error));
        QVERIFY(replaced.open(QIODevice::ReadOnly));
        QCOMPARE(replaced.readAll(), QByteArray(R"({"notes":"mine"})"));
    }

    void stateFileFromBeforeTheMarkerStillLoads() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.json"_s);
        QString error;
        auto seeded = SimInstance::start(launch(), &error);
        QVERIFY(seeded);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(seeded->server().organisation().toJson()).toJson());
        file.close();
        SimLaunch options = launch();
        options.stateFile = path;
        options.seed = u"empty"_s;
        auto restored = SimInstance::start(options, &error);
        QVERIFY2(restored, qPrintable(error));
        QCOMPARE(restored->server().organisation().user, seeded->server().organisation().user);
        QVERIFY2(restored->saveState(&error), qPrintable(error));
    }

    void executablePrintsItsAddressAndKeepsState() {
        QTemporaryDir dir;
        const QString state = dir.filePath(u"org.json"_s);
        const QString ca = dir.filePath(u"ca.pem"_s);
        QProcess process;
        process.start(QString::fromUtf8(KD_SIM_BINARY),
                      {u"--port"_s, u"0"_s, u"--token"_s, token, u"--tls"_s, u"--ca-out"_s, ca,
                       u"--state"_s, state, u"--seed"_s, u"fleet:3"_s});
        QVERIFY(process.waitForReadyRead(15000));
        const QByteArray line = process.readLine();
        QVERIFY2(line.startsWith("konnect-sim listening on https://127.0.0.1:"), line.constData());
        QVERIFY(QFile::exists(ca));
        process.terminate();
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), 0);
        QFile saved(state);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("cp-us-0000"));

        QProcess bad;
        bad.start(QString::fromUtf8(KD_SIM_BINARY), {u"--port"_s, u"0"_s});
        QVERIFY(bad.waitForFinished(15000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("--token"));
    }
};

} // namespace kd::sim::test

QTEST_GUILESS_MAIN(kd::sim::test::TestSimHttp)
#include "tst_sim_http.moc"
