#include "fleet/FleetActions.h"
#include "fleet/compare/ApplyPlan.h"
#include "fleet/compare/Diff.h"
#include "fleet/compare/GatewayEntities.h"
#include "sim/SimServer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <qcoro/qcorotask.h>

#include "DemoFleet.h"
#include "iac/DeckWriter.h"
#include "iac/ExportPlan.h"
#include "iac/YamlText.h"

using namespace Qt::StringLiterals;

namespace kd {

// Plugins scoped to a service, a route or a consumer: the export carries those entities
// (read through the client, not synced) and the plugins reference them (Terraform) or name
// them (decK); a decK file of such a plane compares equal to it; two planes whose entities
// differ only by ids compare equal; the apply sends a scoped plugin to the target's entity of
// the same name.
class TestExportScoped final : public QObject {
    Q_OBJECT
private:
    test::DemoFleet m_demo;
    QString m_a;      // eu: orders (+ route orders-get), a nameless service, consumer alice
    QString m_b;      // us: the same entities and plugins, other ids
    QString m_target; // us: the same entities, no plugins
    compare::GatewayEntities m_entities;
    QTemporaryDir m_dir;
    QList<iac::TextFile> m_files;
    QJsonObject m_terraform;
    QString m_bareServiceId;

    QJsonObject call(const QByteArray &method, const QString &host, const QString &path,
                     const QJsonObject &body) {
        sim::SimRequest request;
        request.method = method;
        request.host = host;
        request.path = path;
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.token = m_demo.token;
        const sim::SimResponse response = m_demo.sim->server().respond(request);
        if (response.status >= 300)
            qFatal("%s %s: %d %s", method.constData(), qPrintable(path), response.status,
                   response.body.constData());
        return QJsonDocument::fromJson(response.body).object();
    }

    QString idOf(const QJsonObject &entity) { return entity.value(u"id"_s).toString(); }

    // A control plane with a service (and its route), a nameless service and a consumer; with
    // `plugins`, one plugin scoped to each.
    QString plane(const QString &geo, const QString &name, bool plugins,
                  QString *bareService = nullptr) {
        const QString cp = idOf(call("POST", geo, u"/v2/control-planes"_s, {{u"name"_s, name}}));
        const QString core = u"/v2/control-planes/"_s + cp + u"/core-entities/"_s;
        const QString orders = idOf(call("POST", geo, core + u"services"_s,
                                         {{u"name"_s, u"orders"_s},
                                          {u"host"_s, u"orders.internal"_s},
                                          {u"port"_s, 8443},
                                          {u"protocol"_s, u"https"_s},
                                          {u"retries"_s, 3},
                                          {u"tags"_s, QJsonArray{u"team-b"_s, u"team-a"_s}}}));
        const QString bare =
            idOf(call("POST", geo, core + u"services"_s, {{u"host"_s, u"bare.internal"_s}}));
        if (bareService)
            *bareService = bare;
        const QString route = idOf(call("POST", geo, core + u"routes"_s,
                                        {{u"name"_s, u"orders-get"_s},
                                         {u"paths"_s, QJsonArray{u"/orders"_s}},
                                         {u"methods"_s, QJsonArray{u"GET"_s}},
                                         {u"strip_path"_s, false},
                                         {u"service"_s, QJsonObject{{u"id"_s, orders}}}}));
        const QString alice = idOf(call("POST", geo, core + u"consumers"_s,
                                        {{u"username"_s, u"alice"_s}, {u"custom_id"_s, u"42"_s}}));
        if (!plugins)
            return cp;
        call("POST", geo, core + u"plugins"_s,
             {{u"name"_s, u"rate-limiting"_s},
              {u"service"_s, QJsonObject{{u"id"_s, orders}}},
              {u"config"_s, QJsonObject{{u"minute"_s, 20}}}});
        call("POST", geo, core + u"plugins"_s,
             {{u"name"_s, u"rate-limiting"_s},
              {u"service"_s, QJsonObject{{u"id"_s, bare}}},
              {u"config"_s, QJsonObject{{u"minute"_s, 5}}}});
        call("POST", geo, core + u"plugins"_s,
             {{u"name"_s, u"key-auth"_s}, {u"route"_s, QJsonObject{{u"id"_s, route}}}});
        call("POST", geo, core + u"plugins"_s,
             {{u"name"_s, u"request-termination"_s},
              {u"consumer"_s, QJsonObject{{u"id"_s, alice}}},
              {u"config"_s, QJsonObject{{u"status_code"_s, 403}}}});
        return cp;
    }

    QList<QJsonObject> resourcesOf(const QString &type) const {
        QList<QJsonObject> out;
        for (const QJsonValue &r : m_terraform.value(u"resources"_s).toArray()) {
            if (r.toObject().value(u"type"_s).toString() == type)
                out.append(r.toObject());
        }
        return out;
    }

    QString importIdOf(const QJsonObject &resource) const {
        const QString to = u"${%1.%2}"_s.arg(resource.value(u"type"_s).toString(),
                                             resource.value(u"name"_s).toString());
        for (const QJsonValue &i : m_terraform.value(u"imports"_s).toArray()) {
            if (i.toObject().value(u"to"_s).toString() == to)
                return i.toObject().value(u"id"_s).toString();
        }
        return {};
    }

    compare::GatewayEntities read(const QStringList &planes) {
        auto read = QCoro::waitFor(
            compare::GatewayEntities::read(m_demo.session->client(), *m_demo.store, planes));
        if (!read)
            qFatal("reading services, routes and consumers: %s",
                   qPrintable(read.error().message()));
        return *read;
    }

    static QString describe(const QList<compare::EntityDifference> &differences) {
        QStringList lines;
        for (const auto &d : differences) {
            lines.append(d.label);
            for (const auto &f : d.fields)
                lines.append(u"  "_s + f.path);
        }
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase() {
        if (!test::toolsInstalled())
            QFAIL("The npm test tools are missing: run `scripts/dev.sh test` (or `npm ci` in "
                  "tests/tools).");
        m_demo.start();
        m_a = plane(u"eu"_s, u"scoped-a"_s, true, &m_bareServiceId);
        m_b = plane(u"us"_s, u"scoped-b"_s, true);
        m_target = plane(u"us"_s, u"scoped-target"_s, false);
        QVERIFY(m_demo.refresh());
        m_entities = read({m_a, m_b, m_target});
        QCOMPARE(m_entities.of(m_a)->services.size(), 2);
        QCOMPARE(m_entities.of(m_a)->routes.size(), 1);
        QCOMPARE(m_entities.of(m_a)->consumers.size(), 1);
        m_files = iac::buildExport(*m_demo.store, {m_a},
                                   {iac::Format::Terraform, iac::Format::Deck}, &m_entities);
        QVERIFY(iac::writeExport(m_files, m_dir.path()).ok());
        int exitCode = 0;
        const QByteArray out =
            test::runNode(QStringLiteral(KD_TESTS_DIR "/check_terraform.js"),
                          {m_dir.path() + u"/terraform"_s, QStringLiteral(KD_TF_MODEL)}, &exitCode);
        QCOMPARE(exitCode, 0);
        m_terraform = QJsonDocument::fromJson(out).object();
        const QJsonArray errors = m_terraform.value(u"errors"_s).toArray();
        QVERIFY2(errors.isEmpty(), QJsonDocument(errors).toJson().constData());
    }

    void servicesRoutesAndConsumersAreResourcesWithImports() {
        QCOMPARE(resourcesOf(u"konnect_gateway_service"_s).size(), 2);
        QCOMPARE(resourcesOf(u"konnect_gateway_route"_s).size(), 1);
        QCOMPARE(resourcesOf(u"konnect_gateway_consumer"_s).size(), 1);
        static const QRegularExpression form(
            uR"re(^\$\{jsonencode\(\{\s*control_plane_id\s*=\s*"([0-9a-f-]+)"\s*id\s*=\s*"([0-9a-f-]+)"\s*\}\)\}$)re"_s);
        for (const QString &type : {u"konnect_gateway_service"_s, u"konnect_gateway_route"_s,
                                    u"konnect_gateway_consumer"_s}) {
            for (const QJsonObject &r : resourcesOf(type)) {
                const auto match = form.match(importIdOf(r));
                QVERIFY2(match.hasMatch(), qPrintable(importIdOf(r)));
                QCOMPARE(match.captured(1), m_a);
            }
        }
        QCOMPARE(m_terraform.value(u"imports"_s).toArray().size(),
                 m_terraform.value(u"resources"_s).toArray().size());
        const QJsonObject orders = resourcesOf(u"konnect_gateway_service"_s).constFirst();
        QCOMPARE(orders.value(u"name"_s).toString(), u"scoped_a_orders"_s);
        const QJsonObject body = orders.value(u"body"_s).toObject();
        QCOMPARE(body.value(u"host"_s).toString(), u"orders.internal"_s);
        QCOMPARE(body.value(u"retries"_s).toInt(), 3);
        QCOMPARE(body.value(u"tags"_s).toArray(), (QJsonArray{u"team-a"_s, u"team-b"_s}));
    }

    void terraformFmtChangesNothing() {
        const auto fmt = test::terraformFmtCheck(m_dir.filePath(u"terraform"_s));
        if (!fmt)
            QSKIP("terraform is not installed: hcl2json is the only HCL check here.");
        QVERIFY2(fmt->first == 0, fmt->second.constData());
    }

    void scopedPluginsReferenceWhatTheyApplyTo() {
        static const QRegularExpression uuid(
            u"\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\""_s);
        for (const QJsonValue &r : m_terraform.value(u"resources"_s).toArray()) {
            const QByteArray body =
                QJsonDocument(r.toObject().value(u"body"_s).toObject()).toJson();
            QVERIFY2(!uuid.match(QString::fromUtf8(body)).hasMatch(), body.constData());
        }
        const QString scopeOf = [&] {
            QStringList refs;
            for (const QJsonObject &p : resourcesOf(u"konnect_gateway_plugin_rate_limiting"_s))
                refs.append(p.value(u"body"_s)
                                .toObject()
                                .value(u"service"_s)
                                .toObject()
                                .value(u"id"_s)
                                .toString());
            refs.sort();
            return refs.join(u' ');
        }();
        QCOMPARE(scopeOf, u"${konnect_gateway_service.scoped_a_orders.id} "
                          u"${konnect_gateway_service.scoped_a_service.id}"_s);
        const QJsonObject keyAuth = resourcesOf(u"konnect_gateway_plugin_key_auth"_s).constFirst();
        QCOMPARE(keyAuth.value(u"body"_s).toObject().value(u"route"_s).toObject().value(u"id"_s),
                 u"${konnect_gateway_route.scoped_a_orders_get.id}"_s);
        const QJsonObject termination =
            resourcesOf(u"konnect_gateway_plugin_request_termination"_s).constFirst();
        QCOMPARE(
            termination.value(u"body"_s).toObject().value(u"consumer"_s).toObject().value(u"id"_s),
            u"${konnect_gateway_consumer.scoped_a_alice.id}"_s);
        const QJsonObject route = resourcesOf(u"konnect_gateway_route"_s).constFirst();
        QCOMPARE(route.value(u"body"_s).toObject().value(u"service"_s).toObject().value(u"id"_s),
                 u"${konnect_gateway_service.scoped_a_orders.id}"_s);
        // Without the entities read, the plugin keeps the live id, and the file says why.
        const QList<iac::TextFile> unread =
            iac::buildExport(*m_demo.store, {m_a}, {iac::Format::Terraform});
        QVERIFY(unread.last().contents.contains("is not in this export; the live id is used"));
    }

    void deckFilesNameWhatPluginsApplyTo() {
        const QString path =
            QDir(m_dir.path()).filePath(iac::DeckWriter::pathFor(*m_demo.store->controlPlane(m_a)));
        int exitCode = 0;
        const QByteArray out = test::runNode(
            QStringLiteral(KD_TESTS_DIR "/check_deck.js"),
            {QStringLiteral(KD_TESTS_DIR "/reference/deck-kong_json_schema.json"), path},
            &exitCode);
        QVERIFY2(exitCode == 0, out.constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto deck = iac::yaml::read(file.readAll(), path);
        QVERIFY(deck.ok());
        const QVariantList services = deck->value(u"services"_s).toList();
        QCOMPARE(services.size(), 2);
        // The nameless service goes by its id; the named one carries its route.
        QCOMPARE(services.at(0).toMap().value(u"id"_s).toString(), m_bareServiceId);
        const QVariantMap orders = services.at(1).toMap();
        QCOMPARE(orders.value(u"name"_s).toString(), u"orders"_s);
        QCOMPARE(orders.value(u"routes"_s).toList().first().toMap().value(u"name"_s).toString(),
                 u"orders-get"_s);
        QVERIFY(!orders.contains(u"connect_timeout"_s)); // Kong's default: decK fills it
        QCOMPARE(deck->value(u"consumers"_s).toList().first().toMap().value(u"username"_s),
                 QVariant(u"alice"_s));
        QStringList scopes;
        for (const QVariant &item : deck->value(u"plugins"_s).toList()) {
            const QVariantMap plugin = item.toMap();
            for (const QString &kind : {u"service"_s, u"route"_s, u"consumer"_s}) {
                if (plugin.contains(kind))
                    scopes.append(plugin.value(u"name"_s).toString() + u' ' + kind + u' '
                                  + plugin.value(kind).toString());
            }
        }
        scopes.sort();
        QStringList expected{
            u"request-termination consumer alice"_s, u"key-auth route orders-get"_s,
            u"rate-limiting service "_s + m_bareServiceId, u"rate-limiting service orders"_s};
        expected.sort();
        QCOMPARE(scopes, expected);
        // The round trip: the file compares equal to the plane it came from.
        const auto document = iac::readDeckFile(path);
        QVERIFY(document.ok());
        const auto differences =
            compare::diff(compare::documentOf(*m_demo.store, m_a, m_entities.of(m_a)), *document);
        QVERIFY2(differences.isEmpty(), qPrintable(describe(differences)));
    }

    void planesThatDifferOnlyByIdsCompareEqual() {
        // The nameless services' plugins are matched by id, so they differ; all else is equal.
        const auto differences =
            compare::diff(compare::documentOf(*m_demo.store, m_a, m_entities.of(m_a)),
                          compare::documentOf(*m_demo.store, m_b, m_entities.of(m_b)));
        QCOMPARE(differences.size(), 2);
        for (const auto &d : differences)
            QVERIFY2(d.key.startsWith(u"rate-limiting|service:"_s) && !d.key.contains(u"orders"_s),
                     qPrintable(d.key));
    }

    void applyingSendsScopedPluginsToTheTargetsEntities() {
        const compare::PlaneDocument source =
            compare::documentOf(*m_demo.store, m_b, m_entities.of(m_b));
        const compare::PlaneDocument target =
            compare::documentOf(*m_demo.store, m_target, m_entities.of(m_target));
        const auto differences = compare::diff(target, source);
        QCOMPARE(differences.size(), 4);
        const compare::ApplyPlanResult plan =
            compare::planApply(*m_demo.store, source, target, differences, m_entities.of(m_target));
        // The nameless service has no counterpart by name: said, not guessed.
        QCOMPARE(plan.skipped.size(), 1);
        QVERIFY2(plan.skipped.first().contains(u"has no service called"_s),
                 qPrintable(plan.skipped.first()));
        QCOMPARE(plan.requests.size(), 3);
        const compare::PlaneGatewayEntities &there = *m_entities.of(m_target);
        QStringList scopes;
        for (const compare::PlannedRequest &planned : plan.requests) {
            const QJsonObject body = QJsonDocument::fromJson(planned.request().body).object();
            for (const QString &kind : {u"service"_s, u"route"_s, u"consumer"_s}) {
                if (body.contains(kind))
                    scopes.append(kind + u' '
                                  + body.value(kind).toObject().value(u"id"_s).toString());
            }
        }
        scopes.sort();
        QString ordersThere;
        for (const GatewayService &service : there.services) {
            if (service.name == u"orders"_s)
                ordersThere = service.id;
        }
        QCOMPARE(scopes,
                 (QStringList{u"consumer "_s + there.consumers.first().id,
                              u"route "_s + there.routes.first().id, u"service "_s + ordersThere}));
        FleetActions actions(m_demo.session.get(), m_demo.store.get());
        compare::Applier applier(m_demo.session.get(), m_demo.store.get(), &actions);
        const Result<int> sent = QCoro::waitFor(applier.send(plan.requests, m_target));
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message()));
        QCOMPARE(*sent, 3);
        const auto after = compare::diff(
            compare::documentOf(*m_demo.store, m_target, m_entities.of(m_target)), source);
        QCOMPARE(after.size(), 1); // the nameless service's plugin, skipped above
    }
};

} // namespace kd

QTEST_GUILESS_MAIN(kd::TestExportScoped)
#include "tst_export_scoped.moc"
