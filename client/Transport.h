#pragma once

#include "client/CallLog.h"
#include "client/EndpointTemplate.h"
#include "client/RequestBudget.h"
#include "client/Result.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QUrlQuery>
#include <qcoro/qcorotask.h>

#include <chrono>

namespace kd {

struct ApiRequest {
    QByteArray method = "GET";
    Geo geo = Geo::Global;
    QString path; // from the version on, e.g. "/v2/control-planes"
    QUrlQuery query;
    QByteArray body; // JSON, for POST/PUT/PATCH
    Priority priority = Priority::Background;
    bool analytics = false; // POST /v2/metrics: a query, so retried, on its own budget
    QString what;           // for OutcomeUnknown messages, e.g. "create managed cache"
};

struct ApiResponse {
    int status = 0;
    QByteArray body;
};

struct RetryPolicy {
    int maxAttempts = 4;
    std::chrono::milliseconds initialBackoff{500};
    std::chrono::milliseconds maxBackoff{20000};
    std::chrono::milliseconds totalBudget{60000};
};

// The one way to Konnect: one QNetworkAccessManager, endpoints from a template, TLS through
// OpenSSL with the system CAs plus an optional extra CA, the token only for Konnect hosts,
// retries for idempotent calls, one shared budget, and a log of every call.
class Transport final : public QObject {
    Q_OBJECT
public:
    explicit Transport(EndpointTemplate endpoints, QObject *parent = nullptr);
    ~Transport() override;

    const EndpointTemplate &endpoints() const { return m_endpoints; }
    void setEndpoints(const EndpointTemplate &endpoints);
    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    // Trust these CAs in addition to the system's. Certificate errors are never ignored.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    bool loadExtraCaFile(const QString &path, QString *error);

    RequestBudget &budget() { return m_budget; }
    CallLog &callLog() { return m_log; }
    static QByteArray userAgent();

    QCoro::Task<Result<ApiResponse>> send(ApiRequest request);

private:
    struct Attempt {
        std::optional<ApiResponse> response;
        std::optional<Error> error;
        std::chrono::milliseconds retryAfter{-1};
        bool reachedServer = false;
    };
    QCoro::Task<Attempt> attempt(const ApiRequest &request, const QUrl &url, int retries);
    QNetworkRequest makeRequest(const QUrl &url, const ApiRequest &request) const;

    EndpointTemplate m_endpoints;
    QNetworkAccessManager m_manager;
    RequestBudget m_budget;
    CallLog m_log;
    QString m_token;
    QList<QSslCertificate> m_extraCas;
    std::chrono::milliseconds m_timeout{30000};
    RetryPolicy m_retry;
};

// Parses a Konnect error body: problem+json or the Kong/Koko dialects of core entities.
Error errorFromResponse(int status, const QByteArray &body);

} // namespace kd
