#pragma once

#include "sim/Seeds.h"
#include "sim/SimServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace kd::sim::test {

inline const QString token = QStringLiteral("kpat_test-fixture-not-a-token");
inline const QString readOnlyToken = QStringLiteral("kpat_read-fixture-not-a-token");

struct Reply {
    int status = 0;
    QJsonObject json;
    QJsonArray array;
    SimResponse raw;
};

// Drives SimServer::respond(), the same code path every socket request takes.
class SimFixture {
public:
    explicit SimFixture(const QString &seed = QStringLiteral("demo"), SimOptions options = {}) {
        if (options.tokens.isEmpty())
            options.tokens = {token};
        if (options.readOnlyTokens.isEmpty())
            options.readOnlyTokens = {readOnlyToken};
        server = std::make_unique<SimServer>(options);
        QString error;
        if (!seedOrganisation(server->organisation(), seed, &error))
            qFatal("seed failed: %s", qPrintable(error));
    }

    Reply call(const QByteArray &method, const QString &host, const QString &pathAndQuery,
               const QJsonObject &body = {}, const QString &bearer = token) {
        SimRequest request;
        request.method = method;
        request.host = host;
        const QUrl url(QStringLiteral("http://x") + pathAndQuery);
        request.path = url.path();
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            request.query.insert(key, value);
        if (method != "GET" && method != "DELETE")
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.token = bearer;
        Reply reply;
        reply.raw = server->respond(request);
        reply.status = reply.raw.status;
        const QJsonDocument document = QJsonDocument::fromJson(reply.raw.body);
        reply.json = document.object();
        reply.array = document.array();
        return reply;
    }
    Reply get(const QString &host, const QString &path) { return call("GET", host, path); }

    QString controlPlaneId(const QString &geo, const QString &name) {
        const Reply reply =
            get(geo, QStringLiteral("/v2/control-planes?filter%5Bname%5D%5Beq%5D=") + name);
        return reply.json.value(QStringLiteral("data"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    }

    // The cloud gateway configuration of the control plane, as GET lists it.
    QJsonObject configurationOf(const QString &controlPlaneId) {
        return get(QStringLiteral("global"), QStringLiteral("/v2/cloud-gateways/configurations?"
                                                            "filter%5Bcontrol_plane_id%5D%5Beq%5D=")
                                                 + controlPlaneId)
            .json.value(QStringLiteral("data"))
            .toArray()
            .at(0)
            .toObject();
    }

    // The data-plane groups the control plane's managed cache lists, as GET lists them.
    QJsonArray cacheGroupsOf(const QString &controlPlaneId) {
        return get(QStringLiteral("global"),
                   QStringLiteral("/v2/cloud-gateways/add-ons?"
                                  "filter%5Bowner.control_plane_id%5D%5Beq%5D=")
                       + controlPlaneId)
            .json.value(QStringLiteral("data"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("config"))
            .toObject()
            .value(QStringLiteral("data_plane_groups"))
            .toArray();
    }

    std::unique_ptr<SimServer> server;
};

} // namespace kd::sim::test
