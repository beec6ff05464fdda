#pragma once

#include "sim/Organisation.h"
#include "sim/SimClock.h"
#include "sim/SimHttp.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <deque>
#include <memory>

namespace kd::sim {

// Shares of requests that fail on purpose, for tests of retries and error handling.
struct Faults {
    double serverError = 0;                     // answered with one of serverErrorCodes
    QList<int> serverErrorCodes{500, 502, 503}; // "500=" all three, "503=" only 503
    double rateLimited = 0;                     // 429
    double reset = 0;                           // connection closed without a response
    double delay = 0;                           // answered after delayMs
    int delayMs = 1500;
    double truncate = 0; // body cut short

    // "500=0.05,503=0.02,429=0.02,reset=0.01,delay=0.05:1500,truncate=0.01"
    static std::optional<Faults> parse(const QString &spec, QString *error);
    bool any() const { return serverError + rateLimited + reset + delay + truncate > 0; }
};

struct SimOptions {
    QStringList tokens;
    QStringList readOnlyTokens;
    int rateLimitPerMinute = 0; // 0: no general limit
    bool retryAfterOnRateLimit = true;
    Faults faults;
    quint64 rngSeed = 1;
    double timeScale = 60.0;
};

// konnect-sim: one port, every host, selected by the first path segment.
class SimServer final : public QAbstractHttpServer {
    Q_OBJECT
public:
    explicit SimServer(SimOptions options, QObject *parent = nullptr);
    ~SimServer() override;

    Organisation &organisation() { return m_organisation; }
    SimClock &clock() { return m_clock; }
    const SimOptions &options() const { return m_options; }
    void setFaults(const Faults &faults) { m_options.faults = faults; }
    quint64 requestCount() const { return m_requests; }

    // Answers one request without sockets: the core that handleRequest wraps.
    SimResponse respond(SimRequest &request);
    // Follows a new connection's requests as they arrive and refuses those that are too large
    // before they are buffered; call before bind() hands the socket to the HTTP server.
    void watch(QTcpSocket *socket);
    // The raw HTTP response refusing a request (413, 431) in the error dialect of its route.
    QByteArray refusal(int status, const QByteArray &method, const QByteArray &target) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    std::optional<SimResponse> checkRateLimit(const QString &token, bool metrics);
    void writeResponse(QHttpServerResponder &responder, const SimResponse &response) const;

    SimOptions m_options;
    SimClock m_clock;
    Organisation m_organisation;
    Router m_router;
    QRandomGenerator m_faultRandom;
    QHash<QString, std::deque<qint64>> m_recent;        // token -> request times (ms)
    QHash<QString, std::deque<qint64>> m_recentMetrics; // token -> metrics query times
    quint64 m_requests = 0;
};

} // namespace kd::sim
