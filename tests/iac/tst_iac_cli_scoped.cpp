#include "sim/SimServer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "common/SimSession.h"

using namespace Qt::StringLiterals;

namespace kd {

// The headless export and compare of a control plane whose plugins apply to a service, a
// route and a consumer, against konnect-sim in this process: the decK file konnect-desk
// writes compares equal to the live plane with --diff, and a changed plugin is reported.
class TestIacCliScoped final : public QObject {
    Q_OBJECT
private:
    const QString m_token = u"kpat_cli-scoped-fixture-not-a-token"_s;
    std::unique_ptr<sim::SimInstance> m_sim;
    QTemporaryDir m_home;
    QString m_cp;
    QString m_rateLimiting;

    QJsonObject call(const QByteArray &method, const QString &path, const QJsonObject &body) {
        sim::SimRequest request;
        request.method = method;
        request.host = u"eu"_s;
        request.path = path;
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.token = m_token;
        const sim::SimResponse response = m_sim->server().respond(request);
        if (response.status >= 300)
            qFatal("%s %s: %s", method.constData(), qPrintable(path), response.body.constData());
        return QJsonDocument::fromJson(response.body).object();
    }

    struct Run {
        int exitCode = -1;
        QJsonObject json;
    };

    // The event loop keeps running while konnect-desk runs, so the simulator answers it.
    Run run(const QStringList &arguments) const {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        env.insert(u"KD_TEST_TOKEN"_s, m_token);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(KD_APP_BINARY),
                      QStringList{u"--no-gui"_s, u"--token-env"_s, u"KD_TEST_TOKEN"_s,
                                  u"--endpoint-template"_s, m_sim->endpointTemplate(), u"--json"_s}
                          + arguments);
        Run result;
        if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; },
                             120000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitCode();
        const QByteArray out = process.readAllStandardOutput();
        result.json = QJsonDocument::fromJson(out).object();
        if (result.json.isEmpty())
            qWarning("%s\n%s", out.constData(), process.readAllStandardError().constData());
        return result;
    }

private Q_SLOTS:
    void initTestCase() {
        m_sim = test::startSim(m_token);
        m_cp = call("POST", u"/v2/control-planes"_s, {{u"name"_s, u"cli-scoped"_s}})
                   .value(u"id"_s)
                   .toString();
        const QString core = u"/v2/control-planes/"_s + m_cp + u"/core-entities/"_s;
        const QString orders = call("POST", core + u"services"_s,
                                    {{u"name"_s, u"orders"_s}, {u"host"_s, u"orders.internal"_s}})
                                   .value(u"id"_s)
                                   .toString();
        const QString route = call("POST", core + u"routes"_s,
                                   {{u"name"_s, u"orders-get"_s},
                                    {u"paths"_s, QJsonArray{u"/orders"_s}},
                                    {u"service"_s, QJsonObject{{u"id"_s, orders}}}})
                                  .value(u"id"_s)
                                  .toString();
        const QString alice = call("POST", core + u"consumers"_s, {{u"username"_s, u"alice"_s}})
                                  .value(u"id"_s)
                                  .toString();
        m_rateLimiting = call("POST", core + u"plugins"_s,
                              {{u"name"_s, u"rate-limiting"_s},
                               {u"service"_s, QJsonObject{{u"id"_s, orders}}},
                               {u"config"_s, QJsonObject{{u"minute"_s, 20}}}})
                             .value(u"id"_s)
                             .toString();
        call("POST", core + u"plugins"_s,
             {{u"name"_s, u"key-auth"_s}, {u"route"_s, QJsonObject{{u"id"_s, route}}}});
        call("POST", core + u"plugins"_s,
             {{u"name"_s, u"request-termination"_s},
              {u"consumer"_s, QJsonObject{{u"id"_s, alice}}},
              {u"config"_s, QJsonObject{{u"status_code"_s, 403}}}});
    }

    void anExportedDeckFileComparesEqualToItsPlane() {
        QTemporaryDir out;
        const Run exported = run({u"--export"_s, u"deck"_s, u"--out"_s, out.path(),
                                  u"--control-plane"_s, u"eu/cli-scoped"_s});
        QCOMPARE(exported.exitCode, 0);
        // The service orders, its route, the consumer alice and three plugins.
        QCOMPARE(exported.json.value(u"resources"_s).toInt(), 6);
        const QString file = QDir(out.path()).filePath(u"deck/eu/cli-scoped.yaml"_s);
        QFile deck(file);
        QVERIFY(deck.open(QIODevice::ReadOnly));
        const QByteArray text = deck.readAll();
        QVERIFY2(text.contains("service: orders") && text.contains("route: orders-get")
                     && text.contains("consumer: alice"),
                 text.constData());

        const Run same = run({u"--diff"_s, file, u"eu/cli-scoped"_s});
        QCOMPARE(same.exitCode, 0);
        QCOMPARE(same.json.value(u"equal"_s).toBool(), true);

        // One field of the service's plugin changes: exactly that is reported.
        QJsonObject plugin = call(
            "GET", u"/v2/control-planes/"_s + m_cp + u"/core-entities/plugins/"_s + m_rateLimiting,
            {});
        QJsonObject config = plugin.value(u"config"_s).toObject();
        config.insert(u"minute"_s, 30);
        plugin.insert(u"config"_s, config);
        call("PUT", u"/v2/control-planes/"_s + m_cp + u"/core-entities/plugins/"_s + m_rateLimiting,
             plugin);
        const Run differ = run({u"--diff"_s, file, u"eu/cli-scoped"_s});
        QCOMPARE(differ.exitCode, 1);
        const QJsonArray updating = differ.json.value(u"updating"_s).toArray();
        QCOMPARE(updating.size(), 1);
        const QJsonObject entry = updating.first().toObject();
        QVERIFY2(QJsonDocument(entry).toJson().contains("service orders"),
                 QJsonDocument(entry).toJson().constData());
        const QJsonObject fields = entry.value(u"fields"_s).toObject();
        QCOMPARE(fields.keys(), QStringList{u"config.minute"_s});
        QCOMPARE(fields.value(u"config.minute"_s).toObject().value(u"old"_s).toInt(), 20);
        QCOMPARE(fields.value(u"config.minute"_s).toObject().value(u"new"_s).toInt(), 30);
    }
};

} // namespace kd

QTEST_GUILESS_MAIN(kd::TestIacCliScoped)
#include "tst_iac_cli_scoped.moc"
