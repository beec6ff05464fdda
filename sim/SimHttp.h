#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMultiMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace kd::sim {

// The two error dialects of Konnect: problem+json on the Konnect-native APIs, Kong/Koko
// bodies on core entities.
enum class ErrorStyle { Problem, Kong };

struct SimRequest {
    QByteArray method;
    QString host;                      // "global" or a geo
    QString path;                      // below the host prefix, e.g. "/v2/control-planes/…"
    QMultiMap<QString, QString> query; // fully decoded keys and values
    QByteArray body;
    QString token;
    QStringList args; // path parameters, in order
    QJsonObject json; // the parsed body of POST/PUT/PATCH

    QString queryValue(const QString &key, const QString &fallback = {}) const {
        return query.value(key, fallback);
    }
    bool hasQuery(const QString &key) const { return query.contains(key); }
};

struct SimResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;

    static SimResponse json(int status, const QJsonValue &value);
    static SimResponse noContent();
    // problem+json; invalidParameters are the spec's `invalid_parameters` items.
    static SimResponse problem(int status, const QString &title, const QString &detail,
                               const QJsonArray &invalidParameters = {});
    static SimResponse invalid(const QString &field, const QString &reason,
                               const QString &rule = {}, const QJsonObject &extra = {});
    static SimResponse notFound(const QString &detail);
    static SimResponse kongError(int status, int code, const QString &message,
                                 const QString &field = {}, const QString &detail = {});
    static SimResponse kongNotFound();
};

QString newTraceInstance();

using Handler = std::function<SimResponse(SimRequest &)>;

enum class HostKind { Global, Regional };

// Method + host kind + path pattern ("/v2/control-planes/{}") -> handler.
class Router final {
public:
    struct Route {
        QByteArray method;
        HostKind host;
        QStringList segments;
        ErrorStyle style;
        bool needsAuth;
        Handler handler;
    };
    struct Match {
        const Route *route = nullptr;
        bool pathKnown = false; // some route has this path under another method
        QStringList args;
    };

    void add(const QByteArray &method, HostKind host, const QString &pattern, Handler handler,
             ErrorStyle style = ErrorStyle::Problem, bool needsAuth = true);
    Match match(const QByteArray &method, const QString &host, const QString &path) const;

private:
    QList<Route> m_routes;
};

} // namespace kd::sim
