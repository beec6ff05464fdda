#include "fleet/ProfileStore.h"
#include "fleet/advisor/MuteStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "common/SimSession.h"

using namespace Qt::StringLiterals;

namespace kd {

// `konnect-desk --no-gui --advise --json` end to end: the conditions the advisor looks for
// are made in konnect-sim through its HTTP API, the way a platform team would make them in
// Konnect, and the real binary has to find them.
class TestAppAdvise final : public QObject {
    Q_OBJECT
private:
    const QString m_token = u"kpat_advise-fixture-not-a-token"_s;
    std::unique_ptr<sim::SimInstance> m_sim;
    QTemporaryDir m_home;
    QNetworkAccessManager m_network;

    struct Reply {
        int status = 0;
        QJsonObject body;
    };

    // One call to the simulator's API: `host` is a geo (us, eu, …) or global.
    Reply call(const QByteArray &verb, const QString &host, const QString &path,
               const QJsonObject &body = {}) {
        QNetworkRequest request(
            QUrl(QString(m_sim->endpointTemplate()).replace(u"{geo}"_s, host) + path));
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(
            request, verb, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            qFatal("konnect-sim did not answer %s %s", verb.constData(), qPrintable(path));
        Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                     QJsonDocument::fromJson(reply->readAll()).object()};
        reply->deleteLater();
        if (result.status >= 300)
            qWarning("%s %s: %d %s", verb.constData(), qPrintable(path), result.status,
                     QJsonDocument(result.body).toJson(QJsonDocument::Compact).constData());
        return result;
    }

    QString createPlane(const QString &name, const QJsonObject &labels, bool cloudGateway) {
        const Reply r =
            call("POST", u"us"_s, u"/v2/control-planes"_s,
                 {{u"name"_s, name}, {u"labels"_s, labels}, {u"cloud_gateway"_s, cloudGateway}});
        return r.status == 201 ? r.body.value(u"id"_s).toString() : QString();
    }

    QString networkIn(const QString &region) {
        const Reply r = call("GET", u"global"_s, u"/v2/cloud-gateways/networks"_s);
        for (const QJsonValue &network : r.body.value(u"data"_s).toArray()) {
            if (network.toObject().value(u"region"_s).toString() == region)
                return network.toObject().value(u"id"_s).toString();
        }
        return {};
    }

    // PUT the configuration: `groups` as "provider region"; waits until every group is ready.
    bool configure(const QString &cp, const QString &version, const QStringList &groups) {
        QJsonArray desired;
        for (const QString &group : groups) {
            const QString region = group.section(u' ', 1);
            desired.append(QJsonObject{
                {u"provider"_s, group.section(u' ', 0, 0)},
                {u"region"_s, region},
                {u"cloud_gateway_network_id"_s, networkIn(region)},
                {u"autoscale"_s, QJsonObject{{u"kind"_s, u"autopilot"_s}, {u"base_rps"_s, 100}}}});
        }
        const Reply put = call("PUT", u"global"_s, u"/v2/cloud-gateways/configurations"_s,
                               {{u"control_plane_id"_s, cp},
                                {u"control_plane_geo"_s, u"us"_s},
                                {u"version"_s, version},
                                {u"kind"_s, u"dedicated.v0"_s},
                                {u"dataplane_groups"_s, desired}});
        if (put.status != 200)
            return false;
        const QString id = put.body.value(u"id"_s).toString();
        return QTest::qWaitFor(
            [&] {
                const Reply r =
                    call("GET", u"global"_s, u"/v2/cloud-gateways/configurations/"_s + id);
                const QJsonArray all = r.body.value(u"dataplane_groups"_s).toArray();
                return !all.isEmpty() && std::all_of(all.begin(), all.end(), [](const auto &g) {
                    return g.toObject().value(u"state"_s).toString() == u"ready"_s;
                });
            },
            20000);
    }

    QString createEntity(const QString &cp, const QString &kind, const QJsonObject &entity) {
        const Reply r = call("POST", u"us"_s,
                             u"/v2/control-planes/%1/core-entities/%2"_s.arg(cp, kind), entity);
        return r.status == 201 ? r.body.value(u"id"_s).toString() : QString();
    }

    struct Run {
        int exitCode = -1;
        QJsonObject report;
        QByteArray out;
        QByteArray err;
    };

    // Signed in with --token-env to the simulator, unless `connection` says otherwise.
    Run advise(const QStringList &extra = {}, const QStringList &connection = {}) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"KD_TEST_TOKEN"_s, m_token);
        env.insert(u"LANGUAGE"_s, u"en"_s);
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(KD_APP_BINARY),
                      QStringList{u"--no-gui"_s, u"--advise"_s, u"--language"_s, u"en"_s}
                          + (connection.isEmpty()
                                 ? QStringList{u"--token-env"_s, u"KD_TEST_TOKEN"_s,
                                               u"--endpoint-template"_s, m_sim->endpointTemplate()}
                                 : connection)
                          + extra);
        Run run;
        // The event loop keeps running meanwhile, so the simulator in this process answers.
        if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; },
                             60000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        run.report = QJsonDocument::fromJson(run.out).object();
        return run;
    }

    static QList<QJsonObject> findings(const QJsonObject &report, const QString &rule) {
        QList<QJsonObject> matching;
        for (const QJsonValue &finding : report.value(u"findings"_s).toArray()) {
            if (finding.toObject().value(u"rule"_s).toString() == rule)
                matching.append(finding.toObject());
        }
        return matching;
    }

    // The finding of `rule` that names the entity called `name` (of any kind), if any.
    static QJsonObject naming(const QJsonObject &report, const QString &rule, const QString &name) {
        for (const QJsonObject &finding : findings(report, rule)) {
            for (const QJsonValue &entity : finding.value(u"entities"_s).toArray()) {
                const QJsonObject e = entity.toObject();
                if (e.value(u"name"_s).toString() == name || e.value(u"label"_s).toString() == name)
                    return finding;
            }
        }
        return {};
    }

    static bool names(const QJsonObject &finding, const QString &kind, const QString &cp) {
        const QJsonArray entities = finding.value(u"entities"_s).toArray();
        return std::any_of(entities.begin(), entities.end(), [&](const QJsonValue &value) {
            const QJsonObject e = value.toObject();
            return e.value(u"kind"_s).toString() == kind
                   && e.value(u"control_plane_id"_s).toString() == cp;
        });
    }

    // Mutes as the Advisor pane does, by default for the profile a --token-env run uses.
    void mute(const QString &key, const QString &reason, const QString &profile = u"Konnect"_s) {
        advisor::MuteStore mutes(profile);
        if (reason.isEmpty())
            mutes.unmute(key);
        else
            mutes.mute(key, reason);
    }

private Q_SLOTS:
    void initTestCase() {
        // This process's settings are the app's: mutes and profiles written here are its.
        QCoreApplication::setOrganizationName(u"konnect-desk"_s);
        QCoreApplication::setApplicationName(u"konnect-desk"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_home.filePath(u"config"_s));
        sim::SimLaunch launch;
        launch.options.timeScale = 6000; // a group is ready in a tenth of a second
        m_sim = test::startSim(m_token, launch);
    }

    void findsTheConditionsMadeInKonnect() {
        // A production gateway with a managed cache, then a Google Cloud group on a newer
        // version: the cache does not serve it, and its nodes run another release.
        const QString payments =
            createPlane(u"payments"_s, {{u"env"_s, u"prod"_s}, {u"team"_s, u"payments"_s}}, true);
        QVERIFY(!payments.isEmpty());
        QVERIFY(configure(payments, u"3.14"_s, {u"aws us-east-2"_s}));
        QCOMPARE(call("POST", u"global"_s, u"/v2/cloud-gateways/add-ons"_s,
                      {{u"name"_s, u"payments-cache"_s},
                       {u"owner"_s, QJsonObject{{u"kind"_s, u"control-plane"_s},
                                                {u"control_plane_id"_s, payments},
                                                {u"control_plane_geo"_s, u"us"_s}}},
                       {u"config"_s,
                        QJsonObject{{u"kind"_s, u"managed-cache.v0"_s},
                                    {u"capacity_config"_s, QJsonObject{{u"kind"_s, u"tiered"_s},
                                                                       {u"tier"_s, u"small"_s}}}}}})
                     .status,
                 201);
        QVERIFY(configure(payments, u"3.15"_s, {u"aws us-east-2"_s, u"gcp us-central1"_s}));
        // Rate limiting counted on each node although the plane has the managed cache.
        QVERIFY(!createEntity(payments, u"plugins"_s,
                              {{u"name"_s, u"rate-limiting-advanced"_s},
                               {u"instance_name"_s, u"payments-local"_s},
                               {u"config"_s, QJsonObject{{u"limit"_s, QJsonArray{100}},
                                                         {u"window_size"_s, QJsonArray{60}},
                                                         {u"strategy"_s, u"local"_s}}}})
                     .isEmpty());
        // A plugin linking a Redis partial and also carrying its own Redis host.
        const QString partial =
            createEntity(payments, u"partials"_s,
                         {{u"name"_s, u"payments-redis"_s},
                          {u"type"_s, u"redis-ee"_s},
                          {u"config"_s, QJsonObject{{u"host"_s, u"redis.payments.internal"_s},
                                                    {u"port"_s, 6379}}}});
        QVERIFY(!partial.isEmpty());
        const QString both = createEntity(
            payments, u"plugins"_s,
            {{u"name"_s, u"rate-limiting-advanced"_s},
             {u"instance_name"_s, u"payments-both"_s},
             {u"partials"_s, QJsonArray{QJsonObject{{u"id"_s, partial}}}},
             {u"config"_s, QJsonObject{{u"limit"_s, QJsonArray{10}},
                                       {u"window_size"_s, QJsonArray{60}},
                                       {u"strategy"_s, u"redis"_s},
                                       {u"redis"_s, QJsonObject{{u"host"_s, u"10.0.0.9"_s},
                                                                {u"port"_s, 6379}}}}}});
        QVERIFY(!both.isEmpty());
        // A control plane nobody labelled, and a production one in a single region.
        const QString sandbox = createPlane(u"sandbox"_s, {}, false);
        QVERIFY(!sandbox.isEmpty());
        const QString orders = createPlane(u"orders"_s, {{u"env"_s, u"prod"_s}}, true);
        QVERIFY(configure(orders, u"3.15"_s, {u"aws us-east-2"_s}));

        Run run = advise({u"--json"_s});
        QVERIFY2(run.exitCode == 1, QByteArray(run.out + run.err).constData());
        QVERIFY(run.report.value(u"ok"_s).toBool());
        QCOMPARE(run.report.value(u"exit_code"_s).toInt(), 1);
        QVERIFY(run.report.value(u"counts"_s).toObject().value(u"error"_s).toInt() >= 1);

        const QJsonObject notServed =
            naming(run.report, u"cache.provider-not-served"_s, u"payments-cache"_s);
        QVERIFY2(names(notServed, u"data_plane_group"_s, payments), run.out.constData());
        QVERIFY(notServed.value(u"entities"_s)
                    .toArray()
                    .first()
                    .toObject()
                    .value(u"label"_s)
                    .toString()
                    .contains(u"us-central1"_s));
        QCOMPARE(notServed.value(u"severity"_s).toString(), u"warning"_s);

        const QJsonObject local =
            naming(run.report, u"plugin.managed-cache-unused"_s, u"payments-local"_s);
        QVERIFY2(!local.isEmpty(), run.out.constData());
        QCOMPARE(local.value(u"fix"_s).toObject().value(u"kind"_s).toString(),
                 u"link-managed-partial"_s);

        const QJsonObject inline_ =
            naming(run.report, u"plugin.partial-and-inline"_s, u"payments-both"_s);
        QVERIFY2(!inline_.isEmpty(), run.out.constData());
        QCOMPARE(inline_.value(u"severity"_s).toString(), u"error"_s);
        QVERIFY(!naming(run.report, u"plugin.partial-and-inline"_s, u"payments-redis"_s).isEmpty());
        QVERIFY(!inline_.value(u"muted"_s).toBool());

        QVERIFY2(!naming(run.report, u"env.missing-label"_s, u"us/sandbox"_s).isEmpty(),
                 run.out.constData());
        QVERIFY2(!naming(run.report, u"resilience.single-region"_s, u"us/orders"_s).isEmpty(),
                 run.out.constData());
        QVERIFY(naming(run.report, u"resilience.single-region"_s, u"us/payments"_s).isEmpty());

        // The nodes of the first group stayed on 3.14; the Google Cloud group's run 3.15.
        const QJsonObject versions =
            naming(run.report, u"standard.node-versions"_s, u"us/payments"_s);
        QVERIFY2(!versions.isEmpty(), run.out.constData());
        const QString why = versions.value(u"why"_s).toString();
        QVERIFY2(why.contains(u"3.14 on dp-"_s) && why.contains(u"3.15 on dp-"_s), qPrintable(why));
        QVERIFY(why.contains(u"us-central1.gcp"_s));
        QVERIFY(naming(run.report, u"standard.node-versions"_s, u"us/orders"_s).isEmpty());

        // Text: by severity, one line each, with entities by geo/name and the fix.
        const Run text = advise();
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.indexOf("plugin.partial-and-inline [error]")
                < text.out.indexOf("env.missing-label [warning]"));
        QVERIFY2(text.out.contains("— us/sandbox → Edit the labels"), text.out.constData());

        // Only one control plane: the single-region warning, nothing at error severity.
        const Run orderOnly = advise({u"--json"_s, u"--control-plane"_s, u"orders"_s});
        QCOMPARE(orderOnly.exitCode, 0);
        for (const QJsonValue &finding : orderOnly.report.value(u"findings"_s).toArray())
            QVERIFY(names(finding.toObject(), u"control_plane"_s, orders));
        QVERIFY(!findings(orderOnly.report, u"resilience.single-region"_s).isEmpty());

        // Muted with a reason: listed as muted, no longer counted.
        const QString key = inline_.value(u"key"_s).toString();
        mute(key, u"migrating this week"_s);
        run = advise({u"--json"_s});
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        const QJsonObject muted =
            naming(run.report, u"plugin.partial-and-inline"_s, u"payments-both"_s);
        QVERIFY(muted.value(u"muted"_s).toBool());
        QCOMPARE(muted.value(u"mute_reason"_s).toString(), u"migrating this week"_s);
        QCOMPARE(run.report.value(u"counts"_s).toObject().value(u"error"_s).toInt(), 0);
        QCOMPARE(run.report.value(u"counts"_s).toObject().value(u"muted"_s).toInt(), 1);

        // Unmuted and fixed in Konnect: gone, and the exit code is 0.
        mute(key, {});
        QCOMPARE(advise({u"--json"_s}).exitCode, 1);
        QCOMPARE(call("DELETE", u"us"_s,
                      u"/v2/control-planes/%1/core-entities/plugins/%2"_s.arg(payments, both))
                     .status,
                 204);
        run = advise({u"--json"_s});
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        QVERIFY(findings(run.report, u"plugin.partial-and-inline"_s).isEmpty());
        QCOMPARE(run.report.value(u"counts"_s).toObject().value(u"error"_s).toInt(), 0);
    }

    // A saved profile gives the endpoint and its own mutes; the token still comes from
    // --token-env (or the keychain).
    void savedProfileGivesItsMutes() {
        Profile saved;
        saved.name = u"Acme CI"_s;
        saved.endpointTemplate = m_sim->endpointTemplate();
        ProfileStore().save(saved);
        const QStringList viaProfile{u"--profile"_s, u"Acme CI"_s, u"--token-env"_s,
                                     u"KD_TEST_TOKEN"_s};
        Run run = advise({u"--json"_s}, viaProfile);
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
        const QJsonObject sandbox = naming(run.report, u"env.missing-label"_s, u"us/sandbox"_s);
        QVERIFY2(!sandbox.isEmpty(), run.out.constData());
        QVERIFY(!sandbox.value(u"muted"_s).toBool());

        mute(sandbox.value(u"key"_s).toString(), u"a scratch plane"_s, u"Acme CI"_s);
        run = advise({u"--json"_s}, viaProfile);
        const QJsonObject muted = naming(run.report, u"env.missing-label"_s, u"us/sandbox"_s);
        QVERIFY(muted.value(u"muted"_s).toBool());
        QCOMPARE(muted.value(u"mute_reason"_s).toString(), u"a scratch plane"_s);
        // Another profile's mutes are its own.
        run = advise({u"--json"_s});
        QVERIFY(!naming(run.report, u"env.missing-label"_s, u"us/sandbox"_s)
                     .value(u"muted"_s)
                     .toBool());

        run = advise({u"--json"_s},
                     {u"--profile"_s, u"No Such"_s, u"--token-env"_s, u"KD_TEST_TOKEN"_s});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.report.value(u"error"_s).toObject().value(u"kind"_s).toString(), u"setup"_s);
        QVERIFY(run.report.value(u"error"_s)
                    .toObject()
                    .value(u"message"_s)
                    .toString()
                    .contains(u"Acme CI"_s));
    }

    void errorsAreOneJsonObjectWithExitCode2() {
        Run run = advise({u"--json"_s, u"--control-plane"_s, u"no-such-plane"_s});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.report.value(u"ok"_s), QJsonValue(false));
        QCOMPARE(run.report.value(u"error"_s).toObject().value(u"kind"_s).toString(), u"usage"_s);

        const auto other = test::startSim(u"kpat_someone-else"_s);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"KD_TEST_TOKEN"_s, m_token);
        process.setProcessEnvironment(env);
        process.start(QString::fromUtf8(KD_APP_BINARY),
                      {u"--no-gui"_s, u"--advise"_s, u"--json"_s, u"--token-env"_s,
                       u"KD_TEST_TOKEN"_s, u"--endpoint-template"_s, other->endpointTemplate()});
        QVERIFY(
            QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000));
        QCOMPARE(process.exitCode(), 2);
        const QJsonObject report =
            QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(report.value(u"error"_s).toObject().value(u"kind"_s).toString(), u"sign-in"_s);
        QCOMPARE(report.value(u"error"_s).toObject().value(u"http_status"_s).toInt(), 401);
        QCOMPARE(report.value(u"exit_code"_s).toInt(), 2);
    }
};

} // namespace kd

QTEST_GUILESS_MAIN(kd::TestAppAdvise)
#include "tst_app_advise.moc"
