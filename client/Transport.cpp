#include "client/Transport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <qcoro/qcoronetworkreply.h>
#include <qcoro/qcorotimer.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace kd {

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
    if (ok)
        return std::chrono::milliseconds(static_cast<qint64>(std::max(0.0, seconds) * 1000));
    const QDateTime when =
        QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (!when.isValid())
        return -1ms;
    return std::chrono::milliseconds(
        std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
}

Error transportError(QNetworkReply *reply, const QString &sslDetail) {
    using K = Error::TransportKind;
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        return Error::transport(K::HostNotFound, reply->errorString());
    case QNetworkReply::ConnectionRefusedError:
        return Error::transport(K::ConnectionRefused, reply->errorString());
    case QNetworkReply::SslHandshakeFailedError:
        return Error::transport(K::Tls, sslDetail.isEmpty() ? reply->errorString() : sslDetail);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout cancels the reply
        return Error::transport(K::Timeout, reply->errorString());
    case QNetworkReply::RemoteHostClosedError:
        return Error::transport(K::Reset, reply->errorString());
    default:
        return Error::transport(K::Other, reply->errorString());
    }
}
} // namespace

Error errorFromResponse(int status, const QByteArray &body) {
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
        title = QString::number(status);
    return Error::http(status, title, detail, trace, std::move(invalid));
}

Transport::Transport(EndpointTemplate endpoints, QObject *parent)
    : QObject(parent)
    , m_endpoints(std::move(endpoints)) {
    m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_manager.setAutoDeleteReplies(false);
}

Transport::~Transport() = default;

void Transport::setEndpoints(const EndpointTemplate &endpoints) {
    m_endpoints = endpoints;
    m_manager.clearConnectionCache();
}

QByteArray Transport::userAgent() {
    return "konnect-desk/" + QByteArrayLiteral(KD_VERSION);
}

void Transport::setExtraCaCertificates(const QList<QSslCertificate> &certificates) {
    m_extraCas = certificates;
    // Connections made before the CA was trusted stay failed: start afresh.
    m_manager.clearConnectionCache();
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
    CallRecord record;
    record.started = QDateTime::currentDateTimeUtc();
    record.method = request.method;
    record.geo = request.geo;
    record.url = url.toString();
    record.path = url.path() + (url.hasQuery() ? u"?"_s + url.query() : QString());
    record.retries = retries;
    record.requestBody = request.body;
    record.background = request.priority == Priority::Background;

    co_await m_budget.acquire(request.priority, request.analytics);
    QElapsedTimer elapsed;
    elapsed.start();
    QNetworkReply *reply =
        m_manager.sendCustomRequest(makeRequest(url, request), request.method, request.body);
    QString sslDetail;
    connect(reply, &QNetworkReply::sslErrors, reply, [&sslDetail](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        sslDetail = texts.join(u"; "_s);
    });
    co_await reply; // QCoro: suspends until finished; the transfer timeout bounds it
    m_budget.release();

    record.durationMs = elapsed.elapsed();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray body = reply->readAll();
    record.bytes = body.size();
    if (!statusAttribute.isValid()) {
        result.error = transportError(reply, sslDetail);
        const auto kind = result.error->transportKind();
        result.reachedServer = kind != Error::TransportKind::HostNotFound
                               && kind != Error::TransportKind::ConnectionRefused
                               && kind != Error::TransportKind::Tls;
    } else {
        result.reachedServer = true;
        const int status = statusAttribute.toInt();
        record.status = status;
        if (status >= 300 && status < 400) {
            const QUrl target = url.resolved(QUrl(QString::fromUtf8(reply->rawHeader("Location"))));
            result.error = Error::redirectRefused(target.toString(QUrl::RemoveQuery));
        } else if (status >= 400) {
            result.error = errorFromResponse(status, body);
            result.retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"));
        } else if (reply->error() != QNetworkReply::NoError) {
            // A status arrived but the body did not (connection cut mid-body).
            result.error = transportError(reply, sslDetail);
        } else {
            result.response = ApiResponse{status, body};
        }
        if (result.error)
            record.traceId = result.error->traceId();
    }
    if (result.error)
        record.error = result.error->message();
    reply->deleteLater();
    m_log.record(record);
    co_return result;
}

QCoro::Task<Result<ApiResponse>> Transport::send(ApiRequest request) {
    const QUrl url = m_endpoints.url(request.geo, request.path, request.query);
    const bool idempotent = isIdempotent(request);
    QElapsedTimer total;
    total.start();
    for (int attemptNumber = 0;; ++attemptNumber) {
        Attempt outcome = co_await attempt(request, url, attemptNumber);
        if (outcome.response)
            co_return *outcome.response;
        Error error = *outcome.error;

        const bool rateLimited = error.kind() == Error::Kind::Http && error.status() == 429;
        if (rateLimited) {
            const auto wait =
                outcome.retryAfter >= 0ms ? outcome.retryAfter : (request.analytics ? 60s : 5s);
            m_budget.pauseUntil(QDateTime::currentDateTimeUtc().addMSecs(wait.count()),
                                request.analytics);
        }
        // A POST is never retried blindly: only an explicit 429 proves nothing happened.
        const bool mayRetry = idempotent ? error.isTransient() : rateLimited;
        if (!idempotent && !rateLimited && error.kind() == Error::Kind::Transport
            && outcome.reachedServer)
            co_return Error::outcomeUnknown(
                request.what.isEmpty() ? QString::fromLatin1(request.method) + u' ' + request.path
                                       : request.what,
                error.detail());
        if (!mayRetry || attemptNumber + 1 >= m_retry.maxAttempts)
            co_return error;

        std::chrono::milliseconds delay = outcome.retryAfter;
        if (delay < 0ms) {
            const qint64 base = m_retry.initialBackoff.count() << std::min(attemptNumber, 10);
            const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble();
            delay = std::chrono::milliseconds(static_cast<qint64>(
                std::min<double>(static_cast<double>(m_retry.maxBackoff.count()),
                                 static_cast<double>(base))
                * jitter));
        }
        if (total.elapsed() + delay.count() > m_retry.totalBudget.count())
            co_return error;
        co_await QCoro::sleepFor(delay);
    }
}

} // namespace kd
