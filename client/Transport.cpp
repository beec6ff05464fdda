#include "client/Transport.h"

#include "client/internal/Handoff.h"
#include "client/internal/NetworkThread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <qcoro/qcorotimer.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace kd {

namespace {
// The host a message names: with the port when the template gives one (a simulator's).
QString hostAndPort(const QUrl &url) {
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}
} // namespace

namespace {
bool isIdempotent(const ApiRequest &request) {
    return request.analytics || request.method == "GET" || request.method == "PUT"
           || request.method == "DELETE" || request.method == "HEAD";
}

// Retry-After as seconds or as an HTTP date; negative when absent or unreadable.
std::chrono::milliseconds parseRetryAfter(const QByteArray &value) {
    if (value.isEmpty())
        return -1ms;
    bool ok = false;
    const double seconds = value.trimmed().toDouble(&ok);
    // Clamped before the conversion: "1e300" must not overflow; a year is far past the cap.
    if (ok)
        return std::chrono::milliseconds(
            static_cast<qint64>(std::clamp(seconds, 0.0, 86400.0 * 365) * 1000));
    const QDateTime when =
        QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (!when.isValid())
        return -1ms;
    return std::chrono::milliseconds(
        std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
}

Error transportError(const net::Outcome &reply) {
    using K = Error::TransportKind;
    switch (reply.error) {
    case QNetworkReply::HostNotFoundError:
        return Error::transport(K::HostNotFound, reply.errorString);
    case QNetworkReply::ConnectionRefusedError:
        return Error::transport(K::ConnectionRefused, reply.errorString);
    case QNetworkReply::SslHandshakeFailedError:
        return Error::transport(K::Tls,
                                reply.sslDetail.isEmpty() ? reply.errorString : reply.sslDetail);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout cancels the reply
        return Error::transport(K::Timeout, reply.errorString);
    case QNetworkReply::RemoteHostClosedError:
        return Error::transport(K::Reset, reply.errorString);
    default:
        return Error::transport(K::Other, reply.errorString);
    }
}
} // namespace

Error errorFromResponse(int status, const QByteArray &body, const QString &reason) {
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    QString title = json.value(u"title"_s).toString();
    QString detail = json.value(u"detail"_s).toString();
    const QString trace = json.value(u"instance"_s).toString();
    QList<InvalidParameter> invalid;
    for (const QJsonValue &value : json.value(u"invalid_parameters"_s).toArray()) {
        const QJsonObject parameter = value.toObject();
        invalid.append({parameter.value(u"field"_s).toString(),
                        parameter.value(u"reason"_s).toString(),
                        parameter.value(u"rule"_s).toString()});
    }
    // Kong / Koko bodies: {message, code, details[{field, messages}]} or {message, status}.
    if (title.isEmpty() && json.contains(u"message"_s)) {
        title = json.value(u"message"_s).toString();
        for (const QJsonValue &value : json.value(u"details"_s).toArray()) {
            const QJsonObject item = value.toObject();
            QStringList messages;
            for (const QJsonValue &message : item.value(u"messages"_s).toArray())
                messages.append(message.toString());
            if (item.contains(u"field"_s))
                invalid.append({item.value(u"field"_s).toString(), messages.join(u"; "_s),
                                item.value(u"type"_s).toString()});
            else if (detail.isEmpty())
                detail = messages.join(u"; "_s);
        }
    }
    if (title.isEmpty())
        title = reason.isEmpty() ? QString::number(status) : reason;
    return Error::http(status, title, detail, trace, std::move(invalid));
}

Transport::Transport(EndpointTemplate endpoints, QObject *parent)
    : QObject(parent)
    , m_endpoints(std::move(endpoints))
    , m_relay(std::make_shared<handoff::Relay>(this))
    // Qt opens at most six HTTP/1.1 connections per host and manager: enough managers for
    // the budget's ceiling (over HTTP/2 each multiplexes on one connection instead).
    , m_network(std::make_unique<net::NetworkThread>(
          (RequestBudget::defaultCeiling + http1ConnectionsPerManager - 1)
          / http1ConnectionsPerManager)) {
}

Transport::~Transport() {
    // Nothing comes back from other threads from here on; the network thread stops with the
    // transfers still open.
    m_relay->close();
    m_network.reset();
}

void Transport::setEndpoints(const EndpointTemplate &endpoints) {
    m_endpoints = endpoints;
    clearConnections();
}

QByteArray Transport::userAgent() {
    return "konnect-desk/" + QByteArrayLiteral(KD_VERSION);
}

void Transport::setExtraCaCertificates(const QList<QSslCertificate> &certificates) {
    m_extraCas = certificates;
    // Connections made before the CA was trusted stay failed: start afresh.
    clearConnections();
}

void Transport::clearConnections() {
    m_network->clearConnections();
}

bool Transport::loadExtraCaFile(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the CA file %1: %2").arg(path, file.errorString());
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll());
    if (certificates.isEmpty()) {
        *error = tr("%1 holds no PEM certificate.").arg(path);
        return false;
    }
    setExtraCaCertificates(certificates);
    return true;
}

QNetworkRequest Transport::makeRequest(const QUrl &url, const ApiRequest &request) const {
    QNetworkRequest network(url);
    network.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    network.setRawHeader("Accept", "application/json, application/problem+json");
    if (!request.body.isEmpty())
        network.setRawHeader("Content-Type", "application/json");
    // The token goes only to the hosts of the endpoint template.
    if (!m_token.isEmpty() && m_endpoints.covers(url))
        network.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    network.setTransferTimeout(static_cast<int>(m_timeout.count()));
    network.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    if (url.scheme() == u"https"_s) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_extraCas.isEmpty())
            ssl.addCaCertificates(m_extraCas);
        network.setSslConfiguration(ssl);
    }
    return network;
}

QCoro::Task<Transport::Attempt> Transport::attempt(const ApiRequest &request, const QUrl &url,
                                                   int retries) {
    Attempt result;
    CallRecord &record = result.record;
    record.started = QDateTime::currentDateTimeUtc();
    record.method = request.method;
    record.geo = request.geo;
    record.url = url.toString();
    record.path = url.path() + (url.hasQuery() ? u"?"_s + url.query() : QString());
    record.retries = retries;
    record.requestBody = request.body;
    record.background = request.priority == Priority::Background;

    const int host = static_cast<int>(request.geo);
    co_await m_budget.acquire(request.priority, request.analytics, host);
    net::Exchange exchange{makeRequest(url, request), request.method, request.body,
                           request.maxBytes, m_deadline};
    handoff::Awaiter<net::Outcome> exchanging(
        m_relay, [network = m_network.get(), exchange = std::move(exchange)](
                     handoff::Awaiter<net::Outcome>::Deliver deliver) mutable {
            network->send(std::move(exchange), std::move(deliver));
        });
    const net::Outcome reply = co_await exchanging;
    using net::Cut;
    const Cut cut = reply.cut;
    record.durationMs = reply.durationMs;
    const QVariant &statusAttribute = reply.status;
    {
        // 429 and 503 say "too much"; other answers say how fast the host is.
        const int code = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
        using F = RequestBudget::Feedback;
        m_budget.release(host,
                         code == 429 || code == 503     ? F::Overloaded
                         : code > 0 && cut == Cut::None ? F::Fine
                                                        : F::Neutral,
                         record.durationMs);
    }
    const QByteArray &body = reply.body;
    record.bytes = reply.bytes;
    using K = Error::TransportKind;
    if (cut == Cut::Size) {
        result.reachedServer = true;
        result.error = Error::transport(
            K::TooLarge, tr("more than %1 MB").arg(request.maxBytes / limits::mebibyte));
    } else if (cut == Cut::Deadline) {
        result.reachedServer = true;
        result.error = Error::transport(
            K::Timeout, tr("the answer took longer than %1 s").arg(m_deadline.count() / 1000));
    } else if (!statusAttribute.isValid()) {
        result.error = transportError(reply);
        const auto kind = result.error->transportKind();
        result.reachedServer =
            kind != K::HostNotFound && kind != K::ConnectionRefused && kind != K::Tls;
    } else {
        result.reachedServer = true;
        const int status = statusAttribute.toInt();
        record.status = status;
        // Qt takes an answer cut short of its Content-Length for a whole one now and then.
        const bool cutShort = reply.announced >= 0 && reply.contentEncoding.isEmpty()
                              && body.size() < reply.announced;
        if (status >= 300 && status < 400) {
            const QUrl target = url.resolved(QUrl(QString::fromUtf8(reply.location)));
            result.error = Error::redirectRefused(target.toString(QUrl::RemoveQuery));
        } else if (status >= 400) {
            result.error = errorFromResponse(status, body, reply.reason);
            result.retryAfter = parseRetryAfter(reply.retryAfter);
        } else if (reply.error != QNetworkReply::NoError) {
            // A status arrived but the body did not (connection cut mid-body).
            result.error = transportError(reply);
        } else if (cutShort) {
            result.error = Error::transport(
                K::Reset, tr("%1 of %2 bytes").arg(body.size()).arg(reply.announced));
        } else {
            result.response = ApiResponse{status, body};
        }
        if (result.error)
            record.traceId = result.error->traceId();
    }
    if (result.error) {
        result.error->setHost(hostAndPort(url));
        record.error = result.error->message();
    }
    co_return result;
}

namespace {
// Connection refused: tried again twice (a server restarting), not eight times.
constexpr int refusedAttempts = 3;

std::chrono::milliseconds jittered(std::chrono::milliseconds base, int doublings,
                                   std::chrono::milliseconds cap) {
    const double grown = std::min(static_cast<double>(cap.count()),
                                  static_cast<double>(base.count())
                                      * static_cast<double>(1LL << std::min(doublings, 20)));
    const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble();
    return std::chrono::milliseconds(static_cast<qint64>(grown * jitter));
}
} // namespace

QCoro::Task<Result<ApiResponse>> Transport::send(ApiRequest request) {
    const QUrl url = m_endpoints.url(request.geo, request.path, request.query);
    const bool idempotent = isIdempotent(request);
    const std::shared_ptr<SyncAllowance> allowance = allowanceFor(request);
    QElapsedTimer total;
    total.start();
    std::chrono::milliseconds waitedForRateLimit{0};
    int failures = 0;
    int rateLimitWaits = 0;
    for (int attemptNumber = 0;; ++attemptNumber) {
        if (allowance) {
            if (allowance->overCeiling())
                co_return Error::limitExceeded(
                    tr("This sync made %1 requests, more than the organisation's lists call "
                       "for.")
                        .arg(allowance->requests()));
            allowance->countRequest();
        }
        Attempt outcome = co_await attempt(request, url, attemptNumber);
        if (outcome.response) {
            m_log.record(std::move(outcome.record));
            co_return *outcome.response;
        }
        Error error = *outcome.error;
        const bool rateLimited = error.kind() == Error::Kind::Http && error.status() == 429;

        std::chrono::milliseconds delay{-1};
        std::optional<Error> verdict;
        if (rateLimited) {
            if (allowance)
                allowance->countRateLimited();
            if (outcome.retryAfter > m_retry.maxRetryAfter) {
                verdict = Error::http(429, error.title(),
                                      tr("Konnect asked to wait %1 s, longer than the app waits")
                                          .arg(outcome.retryAfter.count() / 1000),
                                      error.traceId());
            } else if (++rateLimitWaits > m_retry.maxRateLimitWaits) {
                verdict = error;
            } else if (request.analytics) {
                // The telemetry planner owns the analytics budget: pause it and hand the 429
                // back, so that the planner says when it will ask again.
                const auto wait =
                    outcome.retryAfter >= 0ms ? outcome.retryAfter : std::chrono::milliseconds(60s);
                m_budget.pauseUntil(QDateTime::currentDateTimeUtc().addMSecs(wait.count()), true);
                verdict = error;
            } else if (outcome.retryAfter >= 0ms) {
                // Konnect said when: nobody sends before then.
                delay = outcome.retryAfter;
                m_budget.pauseUntil(QDateTime::currentDateTimeUtc().addMSecs(delay.count()),
                                    request.analytics);
            } else {
                // No word on how long: this host rests a while, longer after each 429 in a
                // row, so that retries do not arrive as fast as the host refuses them.
                delay = jittered(m_retry.rateLimitBackoff, rateLimitWaits - 1, m_retry.maxBackoff);
                m_budget.pauseHost(static_cast<int>(request.geo), delay);
            }
            if (!verdict) {
                waitedForRateLimit += delay;
                outcome.record.error +=
                    u' '
                    + tr("Waiting %1 s before trying again.").arg((delay.count() + 999) / 1000);
            }
        } else if (!idempotent) {
            // A POST or PATCH is never sent twice: an answer lost after it reached the server
            // leaves the outcome unknown, to be resolved by looking.
            if (error.kind() == Error::Kind::Transport && outcome.reachedServer
                && error.transportKind() != Error::TransportKind::TooLarge)
                verdict = Error::outcomeUnknown(request.label(), error.detail());
            else
                verdict = error;
        } else if (!error.isTransient() || ++failures >= m_retry.maxAttempts) {
            verdict = error;
        } else if (error.transportKind() == Error::TransportKind::ConnectionRefused
                   && failures >= refusedAttempts) {
            verdict = error; // nobody listens there: say so soon (offline, wrong port)
        } else {
            delay = jittered(m_retry.initialBackoff, failures - 1, m_retry.maxBackoff);
            const auto spent = std::chrono::milliseconds(total.elapsed()) - waitedForRateLimit;
            if (spent + delay > m_retry.totalBudget || (allowance && !allowance->takeRetry()))
                verdict = error;
        }
        m_log.record(std::move(outcome.record));
        if (verdict) {
            verdict->setHost(hostAndPort(url));
            co_return *verdict;
        }
        co_await QCoro::sleepFor(delay);
    }
}

std::shared_ptr<SyncAllowance> Transport::allowanceFor(const ApiRequest &request) const {
    return request.priority == Priority::Background && !request.analytics ? m_allowance : nullptr;
}

void Transport::expectRequests(const ApiRequest &request, qint64 requests) {
    if (const auto allowance = allowanceFor(request))
        allowance->expect(requests);
}

bool SyncAllowance::takeRetry() {
    const auto allowed =
        limits::syncRetryBase
        + static_cast<qint64>(limits::syncRetriesPerRequest * static_cast<double>(m_requests));
    if (m_retries >= allowed)
        return false;
    ++m_retries;
    return true;
}

qint64 SyncAllowance::ceiling() const {
    return limits::syncRequestBase + limits::syncRequestsPerExpected * m_expected;
}

} // namespace kd
