#include "sim/SimHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace kd::sim {

SimResponse SimResponse::json(int status, const QJsonValue &value) {
    SimResponse response;
    response.status = status;
    response.body = value.isArray()
                        ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                        : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return response;
}

SimResponse SimResponse::noContent() {
    SimResponse response;
    response.status = 204;
    response.contentType.clear();
    return response;
}

QString newTraceInstance() {
    return u"konnect:trace:"_s
           + QString::number(QRandomGenerator::global()->bounded(Q_INT64_C(1000000000000000000),
                                                                 Q_INT64_C(9000000000000000000)));
}

SimResponse SimResponse::problem(int status, const QString &title, const QString &detail,
                                 const QJsonArray &invalidParameters) {
    QJsonObject body{{u"status"_s, status},
                     {u"title"_s, title},
                     {u"instance"_s, newTraceInstance()},
                     {u"detail"_s, detail}};
    if (status == 400)
        body.insert(u"invalid_parameters"_s, invalidParameters);
    SimResponse response = json(status, body);
    response.contentType = "application/problem+json";
    return response;
}

SimResponse SimResponse::invalid(const QString &field, const QString &reason, const QString &rule,
                                 const QJsonObject &extra) {
    QJsonObject parameter = extra;
    parameter.insert(u"field"_s, field);
    parameter.insert(u"reason"_s, reason);
    if (!rule.isEmpty())
        parameter.insert(u"rule"_s, rule);
    if (!parameter.contains(u"source"_s))
        parameter.insert(u"source"_s, u"body"_s);
    return problem(400, u"Bad Request"_s, u"Invalid Parameters"_s, QJsonArray{parameter});
}

SimResponse SimResponse::notFound(const QString &detail) {
    return problem(404, u"Not Found"_s, detail);
}

SimResponse SimResponse::kongError(int status, int code, const QString &message,
                                   const QString &field, const QString &detail) {
    QJsonObject errorDetail{
        {u"@type"_s, u"type.googleapis.com/kong.admin.model.v1.ErrorDetail"_s},
        {u"type"_s, field.isEmpty() ? u"ERROR_TYPE_ENTITY"_s : u"ERROR_TYPE_FIELD"_s},
        {u"messages"_s, QJsonArray{detail.isEmpty() ? message : detail}}};
    if (!field.isEmpty())
        errorDetail.insert(u"field"_s, field);
    return json(status, QJsonObject{{u"code"_s, code},
                                    {u"message"_s, message},
                                    {u"details"_s, QJsonArray{errorDetail}}});
}

SimResponse SimResponse::kongNotFound() {
    return json(404, QJsonObject{{u"message"_s, u"Not found"_s}});
}

void Router::add(const QByteArray &method, HostKind host, const QString &pattern, Handler handler,
                 ErrorStyle style, bool needsAuth) {
    m_routes.append({method, host, pattern.split(u'/', Qt::SkipEmptyParts), style, needsAuth,
                     std::move(handler)});
}

Router::Match Router::match(const QByteArray &method, const QString &host,
                            const QString &path) const {
    Match result;
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    const HostKind kind = host == u"global"_s ? HostKind::Global : HostKind::Regional;
    for (const Route &route : m_routes) {
        if (route.host != kind || route.segments.size() != segments.size())
            continue;
        QStringList args;
        bool same = true;
        for (qsizetype i = 0; i < segments.size() && same; ++i) {
            if (route.segments.at(i) == u"{}"_s)
                args.append(segments.at(i));
            else
                same = route.segments.at(i) == segments.at(i);
        }
        if (!same)
            continue;
        result.pathKnown = true;
        if (route.method == method) {
            result.route = &route;
            result.args = args;
            return result;
        }
    }
    return result;
}

} // namespace kd::sim
