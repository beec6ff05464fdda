#include "sim/SimServer.h"

#include "sim/Api.h"
#include "sim/RequestGuard.h"
#include "sim/SimLimits.h"
#include "sim/SimRequestParser.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace kd::sim {

namespace {
const QStringList knownHosts{u"global"_s, u"us"_s, u"eu"_s, u"au"_s, u"me"_s, u"in"_s, u"sg"_s};

QByteArray methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

SimResponse unauthorized(ErrorStyle style) {
    if (style == ErrorStyle::Kong)
        return SimResponse::json(
            401, QJsonObject{{u"message"_s, u"Unauthorized"_s}, {u"status"_s, 401}});
    return SimResponse::problem(401, u"Unauthenticated"_s, u"A valid token is required"_s);
}

bool isWrite(const QByteArray &method, const QString &path) {
    return method != "GET" && !(method == "POST" && path == u"/v2/metrics"_s);
}
} // namespace

std::optional<Faults> Faults::parse(const QString &spec, QString *error) {
    Faults faults;
    for (const QString &item : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString key = item.section(u'=', 0, 0).trimmed();
        QString value = item.section(u'=', 1).trimmed();
        if (key == u"delay"_s && value.contains(u':')) {
            faults.delayMs = value.section(u':', 1).toInt();
            value = value.section(u':', 0, 0);
        }
        bool ok = false;
        const double share = value.toDouble(&ok);
        if (!ok || share < 0 || share > 1) {
            *error = u"fault share for %1 must be between 0 and 1"_s.arg(key);
            return std::nullopt;
        }
        if (key == u"500"_s || key == u"5xx"_s) {
            faults.serverError = share;
        } else if (key == u"502"_s || key == u"503"_s || key == u"504"_s) {
            faults.serverError = share;
            faults.serverErrorCodes = {key.toInt()};
        } else if (key == u"429"_s)
            faults.rateLimited = share;
        else if (key == u"reset"_s)
            faults.reset = share;
        else if (key == u"delay"_s)
            faults.delay = share;
        else if (key == u"truncate"_s)
            faults.truncate = share;
        else {
            *error = u"unknown fault %1 (use 500, 429, reset, delay, truncate)"_s.arg(key);
            return std::nullopt;
        }
    }
    return faults;
}

SimServer::SimServer(SimOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
    , m_clock(m_options.timeScale)
    , m_organisation(&m_clock, m_options.rngSeed)
    , m_faultRandom(static_cast<quint32>(m_options.rngSeed * 2654435761u)) {
    registerIdentityApi(m_router, m_organisation);
    registerControlPlanesApi(m_router, m_organisation);
    registerCloudGatewaysApi(m_router, m_organisation);
    registerCoreEntitiesApi(m_router, m_organisation);
    registerMetricsApi(m_router, m_organisation);
}

SimServer::~SimServer() = default;

std::optional<SimResponse> SimServer::checkRateLimit(const QString &token, bool metrics) {
    const int limit = metrics ? limits::metricsPerMinute : m_options.rateLimitPerMinute;
    if (limit <= 0)
        return std::nullopt;
    std::deque<qint64> &recent = metrics ? m_recentMetrics[token] : m_recent[token];
    const qint64 now = m_clock.nowMs();
    while (!recent.empty() && recent.front() <= now - 60000)
        recent.pop_front();
    const int remaining = limit - static_cast<int>(recent.size());
    const qint64 resetSeconds = recent.empty() ? 60 : (recent.front() + 60000 - now + 999) / 1000;
    if (remaining > 0) {
        recent.push_back(now);
        return std::nullopt;
    }
    SimResponse response =
        metrics ? SimResponse::problem(429, u"Rate Limited"_s, u"Too many requests"_s)
                : SimResponse::json(429, QJsonObject{{u"message"_s, u"API rate limit exceeded"_s}});
    if (m_options.retryAfterOnRateLimit)
        response.headers.append(
            std::pair<QByteArray, QByteArray>("Retry-After", QByteArray::number(resetSeconds)));
    response.headers.append(
        std::pair<QByteArray, QByteArray>("RateLimit-Limit", QByteArray::number(limit)));
    response.headers.append(std::pair<QByteArray, QByteArray>("RateLimit-Remaining", "0"));
    response.headers.append(
        std::pair<QByteArray, QByteArray>("RateLimit-Reset", QByteArray::number(resetSeconds)));
    return response;
}

SimResponse SimServer::respond(SimRequest &request) {
    ++m_requests;
    if (!knownHosts.contains(request.host))
        return SimResponse::problem(404, u"Not Found"_s,
                                    u"Unknown host prefix; use /global or a geo (us, eu, au, "
                                    u"me, in, sg)."_s);
    const Router::Match match = m_router.match(request.method, request.host, request.path);
    if (!match.route) {
        if (match.pathKnown)
            return SimResponse::problem(405, u"Method Not Allowed"_s,
                                        u"This method is not allowed on this path."_s);
        return SimResponse::problem(404, u"Not Found"_s, u"No such path on this host."_s);
    }
    const Router::Route &route = *match.route;
    if (route.needsAuth) {
        const bool readWrite = m_options.tokens.contains(request.token);
        const bool readOnly = m_options.readOnlyTokens.contains(request.token);
        if (!readWrite && !readOnly)
            return unauthorized(route.style);
        if (auto limited = checkRateLimit(request.token, false))
            return *limited;
        if (request.path == u"/v2/metrics"_s) {
            if (auto limited = checkRateLimit(request.token, true))
                return *limited;
        }
        if (readOnly && isWrite(request.method, request.path)) {
            if (route.style == ErrorStyle::Kong)
                return SimResponse::kongError(403, 7, u"usage constraint error"_s, {},
                                              u"operation not permitted for this token"_s);
            return SimResponse::problem(403, u"Permission denied"_s,
                                        u"Insufficient role-set to perform this action."_s);
        }
    }
    if (request.method == "POST" || request.method == "PUT" || request.method == "PATCH") {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (!document.isObject()) {
            if (route.style == ErrorStyle::Kong)
                return SimResponse::kongError(400, 3, u"validation error"_s, {},
                                              u"request body is not a JSON object"_s);
            return SimResponse::problem(
                400, u"Bad Request"_s, u"Request body must be a JSON object"_s,
                QJsonArray{QJsonObject{{u"field"_s, u"body"_s},
                                       {u"reason"_s, parseError.errorString()},
                                       {u"rule"_s, u"is_object"_s}}});
        }
        request.json = document.object();
    }
    request.args = match.args;
    m_organisation.tick();
    return route.handler(request);
}

bool SimServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket) {
    // Headers and body go out in separate writes; without this Nagle's algorithm and
    // delayed ACKs add 40 ms to every large response.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    SimRequest request = parseRequestTarget(httpRequest.url().path(),
                                            httpRequest.url().query(QUrl::FullyEncoded).toUtf8());
    request.method = methodName(httpRequest.method());
    request.body = httpRequest.body();
    const QByteArray authorization = httpRequest.value("Authorization");
    if (authorization.startsWith("Bearer "))
        request.token = QString::fromUtf8(authorization.mid(7).trimmed());

    // One roll picks at most one fault, by cumulative share.
    enum class Fault { None, Reset, ServerError, RateLimited, Truncate, Delay };
    const Faults &faults = m_options.faults;
    Fault fault = Fault::None;
    if (faults.any() && !request.host.isEmpty()) {
        double roll = m_faultRandom.generateDouble();
        for (const auto &[kind, share] :
             {std::pair{Fault::Reset, faults.reset},
              std::pair{Fault::ServerError, faults.serverError},
              std::pair{Fault::RateLimited, faults.rateLimited},
              std::pair{Fault::Truncate, faults.truncate}, std::pair{Fault::Delay, faults.delay}}) {
            if ((roll -= share) < 0) {
                fault = kind;
                break;
            }
        }
    }
    if (fault == Fault::Reset) {
        socket->abort();
        return true;
    }
    SimResponse response;
    if (fault == Fault::ServerError) {
        const QList<int> &codes = faults.serverErrorCodes;
        const int status = codes.at(m_faultRandom.bounded(static_cast<int>(codes.size())));
        response = SimResponse::problem(status,
                                        status == 500   ? u"Internal Server Error"_s
                                        : status == 502 ? u"Bad Gateway"_s
                                        : status == 504 ? u"Gateway Timeout"_s
                                                        : u"Service Unavailable"_s,
                                        u"Injected fault."_s);
    } else if (fault == Fault::RateLimited) {
        response =
            SimResponse::json(429, QJsonObject{{u"message"_s, u"API rate limit exceeded"_s}});
        if (m_options.retryAfterOnRateLimit)
            response.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "1"));
    } else {
        response = respond(request);
    }

    if (fault == Fault::Truncate && response.body.size() > 2) {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status)
                          + " X\r\nContent-Type: " + response.contentType + "\r\nContent-Length: "
                          + QByteArray::number(response.body.size()) + "\r\n\r\n";
        socket->write(head + response.body.left(response.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return true;
    }
    QHttpServerResponder responder = makeResponder(httpRequest, socket);
    if (fault == Fault::Delay) {
        auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
        QTimer::singleShot(faults.delayMs, this,
                           [this, pending, response, guard = QPointer<QTcpSocket>(socket)] {
                               if (guard)
                                   writeResponse(*pending, response);
                           });
        return true;
    }
    writeResponse(responder, response);
    return true;
}

void SimServer::watch(QTcpSocket *socket) {
    RequestGuard::watch(socket, this,
                        [this](int status, const QByteArray &method, const QByteArray &target) {
                            return refusal(status, method, target);
                        });
}

QByteArray SimServer::refusal(int status, const QByteArray &method,
                              const QByteArray &target) const {
    const QString path = QUrl(QString::fromUtf8(target)).path();
    const qsizetype slash = path.indexOf(u'/', 1);
    const Router::Match match = m_router.match(method, path.mid(1, slash < 0 ? -1 : slash - 1),
                                               slash < 0 ? QString() : path.mid(slash));
    const bool kong = match.route && match.route->style == ErrorStyle::Kong;
    const QString detail =
        status == 413 ? u"The request body is larger than %1 bytes."_s.arg(limits::maxRequestBody)
                      : u"The request head is larger than %1 bytes."_s.arg(limits::maxRequestHead);
    const QByteArray reason =
        status == 413 ? "Content Too Large" : "Request Header Fields Too Large";
    // [INFER] Kong answers its own 413 as {message}; the sim's Kong dialect adds the status.
    const SimResponse response =
        kong ? SimResponse::json(status, QJsonObject{{u"message"_s, detail}, {u"status"_s, status}})
             : SimResponse::problem(status, QString::fromLatin1(reason), detail);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
           + "\r\nContent-Type: " + response.contentType
           + "\r\nContent-Length: " + QByteArray::number(response.body.size())
           + "\r\nConnection: close\r\n\r\n" + response.body;
}

void SimServer::writeResponse(QHttpServerResponder &responder, const SimResponse &response) const {
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

void SimServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    QHttpServerResponder responder = makeResponder(request, socket);
    writeResponse(responder, SimResponse::problem(404, u"Not Found"_s, u"No such path."_s));
}

} // namespace kd::sim
