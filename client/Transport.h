#pragma once

#include "client/CallLog.h"
#include "client/EndpointTemplate.h"
#include "client/Limits.h"
#include "client/RequestBudget.h"
#include "client/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrlQuery>
#include <qcoro/qcorotask.h>

#include <chrono>
#include <memory>

// Qt Network stays inside client/: the layers above see none of it.
class QNetworkRequest;
class QSslCertificate;

namespace kd::handoff {
class Relay;
}
namespace kd::net {
class NetworkThread;
}

namespace kd {

struct ApiRequest {
    QByteArray method = "GET";
    Geo geo = Geo::Global;
    QString path; // from the version on, e.g. "/v2/control-planes"
    QUrlQuery query;
    QByteArray body; // JSON, for POST/PUT/PATCH
    Priority priority = Priority::Background;
    bool analytics = false; // POST /v2/metrics: a query, so retried, on its own budget;
                            // its 429s go back to the telemetry planner at once
    QString what;           // for OutcomeUnknown messages, e.g. "create managed cache"
    qint64 maxBytes = limits::maxEntityBytes; // a larger answer is refused unread

    // How a person calls this request: `what`, or the method and path.
    QString label() const {
        return what.isEmpty() ? QString::fromLatin1(method) + u' ' + path : what;
    }
};

struct ApiResponse {
    int status = 0;
    QByteArray body;
};

// The retry budget of one request. Idempotent calls (GET, PUT, DELETE, analytics queries)
// retry transient failures: timeouts, resets, cut-off answers, 408, 500, 502, 503, 504. A
// 429 is waited out for every call, as Konnect asks, and does not count as an attempt.
struct RetryPolicy {
    // Eight attempts: at 20 % transient failures one read in 390,000 still fails.
    int maxAttempts = 8;
    std::chrono::milliseconds initialBackoff{250}; // doubled per attempt, jittered ±25 %
    std::chrono::milliseconds maxBackoff{8000};
    // Time one request may spend on transient failures (waits for 429s not counted).
    std::chrono::milliseconds totalBudget{90000};
    // Retry-After is honoured up to this; a longer one fails the call and says when.
    std::chrono::milliseconds maxRetryAfter{180000};
    // A 429 without Retry-After: this request backs off from here, doubling per 429.
    std::chrono::milliseconds rateLimitBackoff{1000};
    int maxRateLimitWaits = 12;
};

// The budget of one sync across all its requests (limits::sync…): retries allowed grow with
// the requests made, and the request ceiling with what the lists announced. Shared by the
// requests of that sync; a new sync gets a new one.
class SyncAllowance final {
public:
    void countRequest() { ++m_requests; }
    // Takes one retry if the sync has one left.
    bool takeRetry();
    // What the sync's lists announced, in requests (list pages, per-plane reads).
    void expect(qint64 requests) { m_expected += requests; }
    qint64 ceiling() const;
    bool overCeiling() const { return m_requests >= ceiling(); }
    qint64 requests() const { return m_requests; }
    qint64 retries() const { return m_retries; }
    qint64 rateLimited() const { return m_rateLimited; }
    void countRateLimited() { ++m_rateLimited; }

private:
    qint64 m_requests = 0;
    qint64 m_retries = 0;
    qint64 m_expected = 0;
    qint64 m_rateLimited = 0;
};

// The one way to Konnect: endpoints from a template, TLS through OpenSSL with the system CAs
// plus an optional extra CA, the token only for Konnect hosts, retries for idempotent calls,
// one shared budget, and a log of every call. The bytes move on a network thread of its own;
// budget, retries and log stay on the thread that owns the transport, which sees one event
// per exchange.
class Transport final : public QObject {
    Q_OBJECT
public:
    explicit Transport(EndpointTemplate endpoints, QObject *parent = nullptr);
    ~Transport() override;

    const EndpointTemplate &endpoints() const { return m_endpoints; }
    void setEndpoints(const EndpointTemplate &endpoints);
    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    // Silence allowed while an answer arrives, and the whole transfer of one answer.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    // Background reads (not analytics) from now on count against this sync's allowance.
    void setBackgroundAllowance(std::shared_ptr<SyncAllowance> allowance) {
        m_allowance = std::move(allowance);
    }
    // A list announced how many more requests reading it takes.
    void expectRequests(const ApiRequest &request, qint64 requests);
    // Trust these CAs in addition to the system's. Certificate errors are never ignored.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    bool loadExtraCaFile(const QString &path, QString *error);

    RequestBudget &budget() { return m_budget; }
    CallLog &callLog() { return m_log; }
    static QByteArray userAgent();

    QCoro::Task<Result<ApiResponse>> send(ApiRequest request);
    // Brings calls made on other threads back to this transport's thread, while it lives.
    const std::shared_ptr<handoff::Relay> &relay() const { return m_relay; }

private:
    struct Attempt {
        std::optional<ApiResponse> response;
        std::optional<Error> error;
        std::chrono::milliseconds retryAfter{-1};
        bool reachedServer = false;
        CallRecord record; // logged by send(), which knows what happens next
    };
    QCoro::Task<Attempt> attempt(const ApiRequest &request, const QUrl &url, int retries);
    // The sync's allowance when the request is one of its background reads (user actions and
    // analytics are not the sync's), else null.
    std::shared_ptr<SyncAllowance> allowanceFor(const ApiRequest &request) const;
    QNetworkRequest makeRequest(const QUrl &url, const ApiRequest &request) const;

    EndpointTemplate m_endpoints;
    static constexpr int http1ConnectionsPerManager = 6;
    void clearConnections();
    std::shared_ptr<handoff::Relay> m_relay;
    std::unique_ptr<net::NetworkThread> m_network;
    RequestBudget m_budget;
    CallLog m_log;
    QString m_token;
    QList<QSslCertificate> m_extraCas;
    std::chrono::milliseconds m_timeout = limits::idleTimeout;
    std::chrono::milliseconds m_deadline = limits::transferDeadline;
    RetryPolicy m_retry;
    std::shared_ptr<SyncAllowance> m_allowance;
};

// Parses a Konnect error body: problem+json or the Kong/Koko dialects of core entities.
// `reason` (the status line's phrase) titles a body that says nothing.
Error errorFromResponse(int status, const QByteArray &body, const QString &reason = {});

} // namespace kd
