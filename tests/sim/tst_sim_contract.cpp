#include "sim/SimInstance.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace kd::sim::test {

namespace {
const QString token = u"kpat_contract-fixture-not-a-token"_s;

quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

// Puts konnect-sim behind Prism in proxy mode with --errors: every request and response of
// the scenario is validated against Kong's official OpenAPI files, and any violation fails.
class TestSimContract final : public QObject {
    Q_OBJECT
private:
    struct Proxy {
        std::unique_ptr<QProcess> process;
        quint16 port = 0;
        QByteArray log;
    };

    std::unique_ptr<SimInstance> m_sim;
    Proxy m_regional, m_global, m_analytics;
    QNetworkAccessManager m_manager;
    int m_checked = 0;

    void startProxy(Proxy &proxy, const QString &spec, const QString &upstream) {
        proxy.port = freePort();
        proxy.process = std::make_unique<QProcess>();
        proxy.process->setProcessChannelMode(QProcess::MergedChannels);
        proxy.process->start(QString::fromUtf8(KD_PRISM_BINARY),
                             {u"proxy"_s, spec, upstream, u"--errors"_s, u"-h"_s, u"127.0.0.1"_s,
                              u"-p"_s, QString::number(proxy.port)});
    }

    bool waitForProxies() {
        QElapsedTimer timer;
        timer.start();
        for (Proxy *proxy : {&m_regional, &m_global, &m_analytics}) {
            while (!proxy->log.contains("Prism is listening")) {
                if (timer.elapsed() > 240000 || proxy->process->state() == QProcess::NotRunning)
                    return false;
                proxy->process->waitForReadyRead(1000);
                proxy->log += proxy->process->readAll();
            }
        }
        return true;
    }

    QJsonObject call(Proxy &proxy, const QByteArray &method, const QString &path,
                     const QJsonObject &body = {}, int expected = 200) {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port) + path));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", "application/json");
        QNetworkReply *reply = m_manager.sendCustomRequest(
            request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray violations = reply->rawHeader("sl-violations");
        const QByteArray payload = reply->readAll();
        const QString transportError =
            reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
        reply->deleteLater();
        ++m_checked;
        const QString where = QString::fromLatin1(method) + u' ' + path;
        if (!violations.isEmpty() || payload.contains("stoplight.io/prism/errors"))
            QTest::qFail(
                qPrintable(where + u" broke the spec: "_s
                           + QString::fromUtf8(violations.isEmpty() ? payload : violations)),
                __FILE__, __LINE__);
        else if (status != expected)
            QTest::qFail(qPrintable(where
                                    + u": status %1, expected %2: "_s.arg(status).arg(expected)
                                    + QString::fromUtf8(payload) + transportError),
                         __FILE__, __LINE__);
        return QJsonDocument::fromJson(payload).object();
    }

    // Moves the simulated clock past every pending transition, so that a scenario sees each
    // state of an asynchronous resource without waiting.
    void elapse() {
        m_sim->server().clock().advance(std::chrono::hours(1));
        for (int i = 0; i < 3; ++i) // one transition a tick: created, initializing, ready
            m_sim->server().organisation().tick();
    }

    static QString firstId(const QJsonObject &list) {
        return list.value(u"data"_s).toArray().at(0).toObject().value(u"id"_s).toString();
    }

private Q_SLOTS:
    void initTestCase() {
        const QString specs = QString::fromUtf8(KD_SPEC_DIR);
        if (!QFileInfo::exists(specs + u"/sdk-konnect-go.openapi.yaml"_s))
            QSKIP(qPrintable(
                u"Kong's specs are not at %1; the contract cannot be checked."_s.arg(specs)));
        QVERIFY2(QFileInfo(QString::fromUtf8(KD_PRISM_BINARY)).isExecutable(),
                 "Prism is missing: scripts/dev.sh test installs it into tests/tools.");
        SimLaunch launch;
        launch.options.tokens = {token};
        launch.options.timeScale = 60; // the clock is moved on by hand: see elapse()
        QString error;
        m_sim = SimInstance::start(launch, &error);
        QVERIFY2(m_sim, qPrintable(error));
        const QString origin = m_sim->origin();
        startProxy(m_regional, specs + u"/sdk-konnect-go.openapi.yaml"_s, origin + u"/us"_s);
        startProxy(m_global, specs + u"/sdk-konnect-go.openapi.yaml"_s, origin + u"/global"_s);
        startProxy(m_analytics, specs + u"/konnect-analytics-metrics-v2.openapi.yaml"_s,
                   origin + u"/us/v2"_s);
        QVERIFY2(waitForProxies(), (m_regional.log + m_global.log + m_analytics.log).constData());
    }

    void cleanupTestCase() {
        for (Proxy *proxy : {&m_regional, &m_global, &m_analytics}) {
            if (proxy->process) {
                proxy->process->terminate();
                proxy->process->waitForFinished(5000);
            }
        }
        qInfo("%d requests and responses checked against the specs", m_checked);
    }

    // The client's list calls, page by page as it pages.
    void identityAndAvailability() {
        call(m_global, "GET", u"/v3/users/me"_s);
        call(m_global, "GET", u"/v3/organizations/me"_s);
        call(m_global, "GET", u"/v2/cloud-gateways/availability.json"_s);
        call(m_global, "GET",
             u"/v2/cloud-gateways/provider-accounts?page%5Bsize%5D=100&page%5Bnumber%5D=1"_s);
        const QJsonObject accounts =
            call(m_global, "GET",
                 u"/v2/cloud-gateways/provider-accounts?filter%5Bprovider%5D%5Beq%5D=aws"_s);
        call(m_global, "GET", u"/v2/cloud-gateways/provider-accounts/"_s + firstId(accounts));
    }

    void controlPlanes() {
        call(m_regional, "GET", u"/v2/control-planes?page%5Bsize%5D=2&page%5Bnumber%5D=1"_s);
        call(m_regional, "GET",
             u"/v2/control-planes?filter%5Bname%5D%5Beq%5D=prod-billing-svcs&sort=created_at"
             u"&page%5Bsize%5D=100&page%5Bnumber%5D=1"_s);
        call(
            m_regional, "GET",
            u"/v2/control-planes?filter%5Bname%5D%5Bcontains%5D=billing&labels=env:prod&sort=created_at%20desc"_s);
        call(
            m_regional, "GET",
            u"/v2/control-planes?filter%5Bcloud_gateway%5D=true&filter%5Bcluster_type%5D%5Beq%5D=CLUSTER_TYPE_CONTROL_PLANE"_s);
        const QString minimal = call(m_regional, "POST", u"/v2/control-planes"_s,
                                     {{u"name"_s, u"contract-minimal"_s}}, 201)
                                    .value(u"id"_s)
                                    .toString();
        const QJsonObject created =
            call(m_regional, "POST", u"/v2/control-planes"_s,
                 {{u"name"_s, u"contract-cp"_s},
                  {u"description"_s, u"made by the contract test"_s},
                  {u"cluster_type"_s, u"CLUSTER_TYPE_CONTROL_PLANE"_s},
                  {u"auth_type"_s, u"pki_client_certs"_s},
                  {u"cloud_gateway"_s, false},
                  {u"labels"_s, QJsonObject{{u"env"_s, u"test"_s}}},
                  {u"proxy_urls"_s, QJsonArray{QJsonObject{{u"host"_s, u"gw.example.com"_s},
                                                           {u"port"_s, 443},
                                                           {u"protocol"_s, u"https"_s}}}}},
                 201);
        const QString id = created.value(u"id"_s).toString();
        call(m_regional, "POST", u"/v2/control-planes"_s, {{u"name"_s, u"contract-cp"_s}}, 409);
        call(m_regional, "GET", u"/v2/control-planes/"_s + id);
        call(m_regional, "GET", u"/v2/control-planes/"_s + minimal);
        call(m_regional, "PATCH", u"/v2/control-planes/"_s + id,
             {{u"labels"_s, QJsonObject{{u"env"_s, u"staging"_s}}}});
        call(m_regional, "PATCH", u"/v2/control-planes/"_s + minimal,
             {{u"name"_s, u"contract-renamed"_s},
              {u"description"_s, u"renamed"_s},
              {u"auth_type"_s, u"pinned_client_certs"_s},
              {u"proxy_urls"_s, QJsonArray{}}});
        call(m_regional, "GET", u"/v2/control-planes/00000000-0000-4000-8000-000000000000"_s, {},
             404);
        call(m_regional, "DELETE", u"/v2/control-planes/"_s + id, {}, 204);
        call(m_regional, "DELETE", u"/v2/control-planes/"_s + minimal, {}, 204);
    }

    void networks() {
        const QString aws = firstId(
            call(m_global, "GET",
                 u"/v2/cloud-gateways/provider-accounts?filter%5Bprovider%5D%5Beq%5D=aws"_s));
        call(m_global, "GET",
             u"/v2/cloud-gateways/networks?page%5Bsize%5D=100&page%5Bnumber%5D=1"_s);
        QStringList paths;
        for (const QString &state : {u"initializing"_s, u"offline"_s}) {
            const QJsonObject network = call(
                m_global, "POST", u"/v2/cloud-gateways/networks"_s,
                {{u"name"_s, u"contract-network-"_s + state},
                 {u"cloud_gateway_provider_account_id"_s, aws},
                 {u"region"_s, u"us-west-2"_s},
                 {u"availability_zones"_s, QJsonArray{u"usw2-az1"_s, u"usw2-az2"_s}},
                 {u"cidr_block"_s, state == u"offline"_s ? u"10.21.0.0/16"_s : u"10.20.0.0/16"_s},
                 {u"state"_s, state}},
                201);
            paths.append(u"/v2/cloud-gateways/networks/"_s + network.value(u"id"_s).toString());
            call(m_global, "GET", paths.constLast());
        }
        call(
            m_global, "GET",
            u"/v2/cloud-gateways/networks?filter%5Bname%5D%5Bcontains%5D=network&page%5Bsize%5D=100"_s);
        call(m_global, "PATCH", paths.at(0), {{u"name"_s, u"contract-network-2"_s}});
        elapse(); // the network becomes ready
        call(m_global, "GET", paths.at(0));
        call(m_global, "GET", paths.at(0) + u"/configuration-references"_s);
        const QString seeded = firstId(
            call(m_global, "GET",
                 u"/v2/cloud-gateways/networks?filter%5Bname%5D%5Beq%5D=us-east-2-network"_s));
        call(m_global, "GET",
             u"/v2/cloud-gateways/networks/"_s + seeded + u"/configuration-references"_s);
        for (const QString &path : std::as_const(paths))
            call(m_global, "DELETE", path, {}, 204);
    }

    // Data-plane groups of both autoscale kinds through their states, and a managed cache
    // initializing, ready with its partial, with a group in error, and terminating.
    void configurationsAndCaches() {
        const QString cpId = call(m_regional, "POST", u"/v2/control-planes"_s,
                                  {{u"name"_s, u"contract-dcgw"_s},
                                   {u"cluster_type"_s, u"CLUSTER_TYPE_CONTROL_PLANE"_s},
                                   {u"cloud_gateway"_s, true}},
                                  201)
                                 .value(u"id"_s)
                                 .toString();
        const auto network = [this](const QString &name) {
            return firstId(call(m_global, "GET",
                                u"/v2/cloud-gateways/networks?filter%5Bname%5D%5Beq%5D="_s + name));
        };
        const QJsonObject autopilot{
            {u"provider"_s, u"aws"_s},
            {u"region"_s, u"us-east-2"_s},
            {u"cloud_gateway_network_id"_s, network(u"us-east-2-network"_s)},
            {u"autoscale"_s, QJsonObject{{u"kind"_s, u"autopilot"_s}, {u"base_rps"_s, 50}}},
            {u"environment"_s,
             QJsonArray{QJsonObject{{u"name"_s, u"KONG_LOG_LEVEL"_s}, {u"value"_s, u"info"_s}}}}};
        const QJsonObject fixed{{u"provider"_s, u"aws"_s},
                                {u"region"_s, u"eu-central-1"_s},
                                {u"cloud_gateway_network_id"_s, network(u"eu-central-1-network"_s)},
                                {u"autoscale"_s, QJsonObject{{u"kind"_s, u"static"_s},
                                                             {u"instance_type"_s, u"small"_s},
                                                             {u"requested_instances"_s, 2}}}};
        const auto put = [&](const QJsonArray &groups) {
            return call(m_global, "PUT", u"/v2/cloud-gateways/configurations"_s,
                        {{u"control_plane_id"_s, cpId},
                         {u"control_plane_geo"_s, u"us"_s},
                         {u"version"_s, u"3.14"_s},
                         {u"api_access"_s, u"private+public"_s},
                         {u"dataplane_groups"_s, groups}});
        };
        QString configurationPath = u"/v2/cloud-gateways/configurations/"_s
                                    + put({autopilot, fixed}).value(u"id"_s).toString();
        call(m_global, "GET", configurationPath); // groups created
        call(m_global, "GET",
             u"/v2/cloud-gateways/configurations?filter%5Bcontrol_plane_id%5D%5Beq%5D="_s + cpId
                 + u"&filter%5Bcontrol_plane_geo%5D=us"_s);
        elapse();
        call(m_global, "GET", configurationPath); // groups ready, with addresses
        call(m_global, "GET",
             u"/v2/cloud-gateways/configurations?page%5Bsize%5D=100&page%5Bnumber%5D=1"_s);

        const QJsonObject addOn =
            call(m_global, "POST", u"/v2/cloud-gateways/add-ons"_s,
                 {{u"name"_s, u"contract-cache"_s},
                  {u"owner"_s, QJsonObject{{u"kind"_s, u"control-plane"_s},
                                           {u"control_plane_id"_s, cpId},
                                           {u"control_plane_geo"_s, u"us"_s}}},
                  {u"config"_s,
                   QJsonObject{{u"kind"_s, u"managed-cache.v0"_s},
                               {u"capacity_config"_s,
                                QJsonObject{{u"kind"_s, u"tiered"_s}, {u"tier"_s, u"small"_s}}}}}},
                 201);
        const QString addOnPath =
            u"/v2/cloud-gateways/add-ons/"_s + addOn.value(u"id"_s).toString();
        call(m_global, "GET", addOnPath); // initializing, no partial yet
        call(m_global, "GET",
             u"/v2/cloud-gateways/add-ons?filter%5Bowner.control_plane_id%5D%5Beq%5D="_s + cpId
                 + u"&filter%5Bconfig.kind%5D%5Beq%5D=managed-cache.v0"_s);
        elapse();
        const QJsonObject ready = call(m_global, "GET", addOnPath);
        QCOMPARE(ready.value(u"state"_s).toString(), u"ready"_s);
        const QJsonObject tier{{u"config"_s, QJsonObject{{u"kind"_s, u"managed-cache.v0"_s},
                                                         {u"capacity_config"_s,
                                                          QJsonObject{{u"kind"_s, u"tiered"_s},
                                                                      {u"tier"_s, u"medium"_s}}}}}};
        call(m_global, "PATCH", addOnPath, tier);
        call(m_global, "PATCH", addOnPath, tier, 400); // identical tier

        // Every PUT makes a new configuration id; the static group terminates.
        configurationPath =
            u"/v2/cloud-gateways/configurations/"_s + put({autopilot}).value(u"id"_s).toString();
        call(m_global, "GET", configurationPath);
        elapse();
        call(m_global, "GET", configurationPath);
        const QJsonObject lost = call(m_global, "GET", addOnPath);
        QVERIFY(QJsonDocument(lost).toJson().contains("error_reason"));
        call(m_global, "GET",
             u"/v2/cloud-gateways/add-ons?filter%5Bconfig.kind%5D%5Beq%5D=managed-cache.v0"
             u"&page%5Bsize%5D=100&page%5Bnumber%5D=1"_s);

        const QString partialId = ready.value(u"config"_s)
                                      .toObject()
                                      .value(u"state_metadata"_s)
                                      .toObject()
                                      .value(u"cache_config_id"_s)
                                      .toString();
        const QString core = u"/v2/control-planes/"_s + cpId + u"/core-entities/"_s;
        const QJsonObject plugin =
            call(m_regional, "POST", core + u"plugins"_s,
                 {{u"name"_s, u"rate-limiting-advanced"_s},
                  {u"partials"_s, QJsonArray{QJsonObject{{u"id"_s, partialId}}}},
                  {u"config"_s, QJsonObject{{u"limit"_s, QJsonArray{100}},
                                            {u"window_size"_s, QJsonArray{60}},
                                            {u"strategy"_s, u"redis"_s},
                                            {u"sync_rate"_s, 0.5}}}},
                 201);
        call(m_global, "DELETE", addOnPath, {}, 400);
        call(m_regional, "DELETE", core + u"plugins/"_s + plugin.value(u"id"_s).toString(), {},
             204);
        call(m_global, "DELETE", addOnPath, {}, 204);
        call(m_global, "GET", addOnPath); // terminating
        call(m_regional, "DELETE", u"/v2/control-planes/"_s + cpId, {}, 204);
    }

    // Every optional field of partials, plugins and links both present and absent.
    void partialsPluginsAndLinks() {
        const QString cpId = firstId(call(
            m_regional, "GET", u"/v2/control-planes?filter%5Bname%5D%5Beq%5D=prod-billing-svcs"_s));
        const QString core = u"/v2/control-planes/"_s + cpId + u"/core-entities/"_s;
        call(m_regional, "GET", core + u"partials?size=100"_s);
        const QString managed =
            firstId(call(m_regional, "GET", core + u"partials?size=10&tags=konnect-managed"_s));
        call(m_regional, "GET", core + u"partials/"_s + managed);
        call(m_regional, "GET", core + u"partials/"_s + managed + u"/links"_s);

        const QList<QJsonObject> partialBodies{
            {{u"name"_s, u"contract-redis"_s},
             {u"type"_s, u"redis-ee"_s},
             {u"tags"_s, QJsonArray{u"contract"_s}},
             {u"config"_s, QJsonObject{{u"host"_s, u"redis.example"_s},
                                       {u"port"_s, 6379},
                                       {u"password"_s, u"{vault://env/REDIS_PASSWORD}"_s}}}},
            {{u"type"_s, u"redis-ee"_s}, {u"config"_s, QJsonObject{}}},
            {{u"type"_s, u"redis-ee"_s},
             {u"config"_s,
              QJsonObject{
                  {u"port"_s, u"{vault://env/REDIS_PORT}"_s},
                  {u"cluster_nodes"_s,
                   QJsonArray{QJsonObject{{u"ip"_s, u"10.0.0.1"_s}, {u"port"_s, 7000}}}},
                  {u"cloud_authentication"_s, QJsonObject{{u"auth_provider"_s, u"azure"_s},
                                                          {u"azure_tenant_id"_s, u"tenant"_s}}}}}},
            {{u"name"_s, u"contract-sentinel"_s},
             {u"type"_s, u"redis-ee"_s},
             {u"config"_s,
              QJsonObject{{u"sentinel_master"_s, u"mymaster"_s},
                          {u"sentinel_role"_s, u"master"_s},
                          {u"sentinel_nodes"_s,
                           QJsonArray{QJsonObject{{u"host"_s, u"s1"_s}, {u"port"_s, 26379}}}}}}},
            {{u"name"_s, u"contract-ce"_s},
             {u"type"_s, u"redis-ce"_s},
             {u"config"_s, QJsonObject{{u"host"_s, u"ce.example"_s}}}}};
        QStringList partials;
        for (const QJsonObject &body : partialBodies) {
            const QJsonObject partial = call(m_regional, "POST", core + u"partials"_s, body, 201);
            partials.append(partial.value(u"id"_s).toString());
            QJsonObject changed = partial;
            changed.insert(u"tags"_s, QJsonArray{u"edited"_s});
            call(m_regional, "PUT", core + u"partials/"_s + partials.constLast(), changed);
        }
        call(m_regional, "GET", core + u"partials/"_s + partials.at(0) + u"/links"_s); // none

        // What plugins apply to: a service, one of its routes and a consumer, each written,
        // read and listed through the spec (a consumer group is not checked by the sim).
        const QJsonObject service = call(m_regional, "POST", core + u"services"_s,
                                         {{u"name"_s, u"contract-orders"_s},
                                          {u"protocol"_s, u"https"_s},
                                          {u"host"_s, u"orders.internal"_s},
                                          {u"port"_s, 8443},
                                          {u"path"_s, u"/v1"_s},
                                          {u"tags"_s, QJsonArray{u"contract"_s}}},
                                         201);
        const QString serviceId = service.value(u"id"_s).toString();
        const QJsonObject bare =
            call(m_regional, "POST", core + u"services"_s, {{u"host"_s, u"bare.internal"_s}}, 201);
        QJsonObject changedService = service;
        changedService.insert(u"retries"_s, 3);
        call(m_regional, "PUT", core + u"services/"_s + serviceId, changedService);
        call(m_regional, "GET", core + u"services/"_s + serviceId);
        const QJsonObject route =
            call(m_regional, "POST", core + u"routes"_s,
                 {{u"name"_s, u"contract-orders-get"_s},
                  {u"paths"_s, QJsonArray{u"/orders"_s}},
                  {u"methods"_s, QJsonArray{u"GET"_s}},
                  {u"headers"_s, QJsonObject{{u"x-team"_s, QJsonArray{u"billing"_s}}}},
                  {u"service"_s, QJsonObject{{u"id"_s, serviceId}}}},
                 201);
        const QString routeId = route.value(u"id"_s).toString();
        call(m_regional, "GET", core + u"routes/"_s + routeId);
        const QJsonObject consumer =
            call(m_regional, "POST", core + u"consumers"_s,
                 {{u"username"_s, u"contract-alice"_s}, {u"custom_id"_s, u"4200"_s}}, 201);
        const QString consumerId = consumer.value(u"id"_s).toString();
        call(m_regional, "POST", core + u"consumers"_s, {{u"custom_id"_s, u"4201"_s}}, 201);
        call(m_regional, "GET", core + u"consumers/"_s + consumerId);
        call(m_regional, "GET", core + u"services?size=100"_s);
        call(m_regional, "GET", core + u"routes?size=100"_s);
        call(m_regional, "GET", core + u"consumers?size=1"_s);

        const QJsonObject id{{u"id"_s, u"6f8a2c1e-0000-4000-8000-00000000000a"_s}};
        const QJsonArray link{QJsonObject{{u"id"_s, partials.at(0)}}};
        const QList<QJsonObject> pluginBodies{
            {{u"name"_s, u"rate-limiting-advanced"_s},
             {u"instance_name"_s, u"contract-rla"_s},
             {u"tags"_s, QJsonArray{u"contract"_s}},
             {u"partials"_s, link},
             {u"config"_s, QJsonObject{{u"limit"_s, QJsonArray{100}},
                                       {u"window_size"_s, QJsonArray{60}},
                                       {u"strategy"_s, u"redis"_s}}}},
            {{u"name"_s, u"proxy-cache-advanced"_s},
             {u"partials"_s, link},
             {u"service"_s, QJsonObject{{u"id"_s, serviceId}}},
             {u"config"_s, QJsonObject{{u"strategy"_s, u"redis"_s}}}},
            {{u"name"_s, u"key-auth"_s},
             {u"route"_s, QJsonObject{{u"id"_s, routeId}}},
             {u"enabled"_s, false}},
            {{u"name"_s, u"cors"_s},
             {u"consumer"_s, QJsonObject{{u"id"_s, consumerId}}},
             {u"protocols"_s, QJsonArray{u"https"_s}}},
            {{u"name"_s, u"request-transformer"_s},
             {u"consumer_group"_s, id},
             {u"condition"_s, u"http.path == \"/x\""_s},
             {u"ordering"_s,
              QJsonObject{{u"before"_s, QJsonObject{{u"access"_s, QJsonArray{u"key-auth"_s}}}}}}},
            {{u"name"_s, u"openid-connect"_s},
             {u"instance_name"_s, u"contract-oidc"_s},
             {u"config"_s, QJsonObject{{u"issuer"_s, u"https://idp.example/"_s}}}}};
        QStringList plugins;
        for (const QJsonObject &body : pluginBodies) {
            const QJsonObject plugin = call(m_regional, "POST", core + u"plugins"_s, body, 201);
            plugins.append(plugin.value(u"id"_s).toString());
            call(m_regional, "GET", core + u"plugins/"_s + plugins.constLast());
            QJsonObject changed = plugin;
            changed.insert(u"enabled"_s, !plugin.value(u"enabled"_s).toBool());
            call(m_regional, "PUT", core + u"plugins/"_s + plugins.constLast(), changed);
        }
        call(m_regional, "GET", core + u"partials/"_s + partials.at(0) + u"/links?size=1"_s);
        call(m_regional, "GET", core + u"partials/"_s + partials.at(0) + u"/links"_s);
        call(m_regional, "GET", core + u"plugins?size=100"_s);
        const QJsonObject page = call(m_regional, "GET", core + u"plugins?size=2"_s);
        call(m_regional, "GET",
             core + u"plugins?size=2&offset="_s + page.value(u"offset"_s).toString());
        call(m_regional, "GET",
             core + u"plugins?size=100&filter%5Bname%5D%5Beq%5D=rate-limiting-advanced"_s);
        for (const QString &plugin : std::as_const(plugins))
            call(m_regional, "DELETE", core + u"plugins/"_s + plugin, {}, 204);
        for (const QString &partial : std::as_const(partials))
            call(m_regional, "DELETE", core + u"partials/"_s + partial, {}, 204);
        call(m_regional, "DELETE", core + u"routes/"_s + routeId, {}, 204);
        call(m_regional, "DELETE", core + u"services/"_s + serviceId, {}, 204);
        call(m_regional, "DELETE", core + u"services/"_s + bare.value(u"id"_s).toString(), {}, 204);
        call(m_regional, "DELETE", core + u"consumers/"_s + consumerId, {}, 204);
        call(m_regional, "GET", core + u"partials/"_s + partials.at(0), {}, 404);
    }

    void nodes() {
        const QString prod = firstId(call(
            m_regional, "GET", u"/v2/control-planes?filter%5Bname%5D%5Beq%5D=prod-billing-svcs"_s));
        const QJsonObject first =
            call(m_regional, "GET", u"/v2/control-planes/"_s + prod + u"/nodes?page%5Bsize%5D=1"_s);
        const QString next = first.value(u"page"_s).toObject().value(u"next"_s).toString();
        QVERIFY(!next.isEmpty());
        call(m_regional, "GET", next);
        const QString dev = firstId(call(
            m_regional, "GET", u"/v2/control-planes?filter%5Bname%5D%5Beq%5D=dev-billing-svcs"_s));
        call(m_regional, "GET", u"/v2/control-planes/"_s + dev + u"/nodes?page%5Bsize%5D=100"_s);
    }

    // What the refresh asks of every control plane before it reads plugins and partials.
    void expectedConfigHash() {
        const QString prod = firstId(call(
            m_regional, "GET", u"/v2/control-planes?filter%5Bname%5D%5Beq%5D=prod-billing-svcs"_s));
        const QJsonObject hash =
            call(m_regional, "GET", u"/v2/control-planes/"_s + prod + u"/expected-config-hash"_s);
        QVERIFY(!hash.value(u"expected_hash"_s).toString().isEmpty());
        // The spec gives only the 200 answer; the sim's 404 for an unknown plane is [INFER].
    }

    // The queries the telemetry feed sends (at most 10: the per-minute limit).
    void metrics() {
        const QJsonObject lastHour{
            {u"type"_s, u"relative"_s}, {u"time_range"_s, u"1h"_s}, {u"tz"_s, u"Etc/UTC"_s}};
        const QString prod = firstId(call(
            m_regional, "GET", u"/v2/control-planes?filter%5Bname%5D%5Beq%5D=prod-billing-svcs"_s));
        const QList<QJsonObject> queries{
            {{u"datasource"_s, u"api_usage"_s},
             {u"metrics"_s, QJsonArray{u"response_latency_p50"_s, u"response_latency_p95"_s,
                                       u"response_latency_p99"_s}},
             {u"dimensions"_s, QJsonArray{u"time"_s, u"control_plane"_s}},
             {u"granularity"_s, u"minutely"_s},
             {u"time_range"_s,
              QJsonObject{{u"type"_s, u"relative"_s}, {u"time_range"_s, u"15m"_s}}}},
            {{u"datasource"_s, u"api_usage"_s},
             {u"metrics"_s, QJsonArray{u"request_count"_s}},
             {u"dimensions"_s, QJsonArray{u"time"_s, u"status_code_grouped"_s}},
             {u"filters"_s, QJsonArray{QJsonObject{{u"operator"_s, u"in"_s},
                                                   {u"field"_s, u"status_code"_s},
                                                   {u"value"_s, QJsonArray{429}}}}},
             {u"granularity"_s, u"fiveMinutely"_s},
             {u"limit"_s, 1000},
             {u"time_range"_s, lastHour}},
            {{u"datasource"_s, u"api_usage"_s},
             {u"metrics"_s, QJsonArray{u"error_rate"_s, u"cache_hit_rate"_s}},
             {u"filters"_s, QJsonArray{QJsonObject{{u"operator"_s, u"in"_s},
                                                   {u"field"_s, u"control_plane"_s},
                                                   {u"value"_s, QJsonArray{prod}}}}},
             {u"limit"_s, 100},
             {u"time_range"_s, lastHour}},
            {{u"datasource"_s, u"managed_cache_usage"_s},
             {u"metrics"_s, QJsonArray{u"cache_memory_utilization_max"_s, u"cache_eviction_rate"_s,
                                       u"cache_expiration_rate"_s}},
             {u"dimensions"_s, QJsonArray{u"time"_s, u"provider_region"_s}},
             {u"granularity"_s, u"hourly"_s},
             {u"time_range"_s,
              QJsonObject{{u"type"_s, u"relative"_s}, {u"time_range"_s, u"24h"_s}}}},
            {{u"datasource"_s, u"managed_cache_usage"_s},
             {u"metrics"_s, QJsonArray{u"cache_items_average"_s}},
             {u"dimensions"_s, QJsonArray{u"time"_s}},
             {u"filters"_s, QJsonArray{QJsonObject{{u"operator"_s, u"in"_s},
                                                   {u"field"_s, u"control_plane"_s},
                                                   {u"value"_s, QJsonArray{prod}}}}},
             {u"granularity"_s, u"minutely"_s},
             {u"time_range"_s, lastHour}}};
        for (const QJsonObject &query : queries)
            call(m_analytics, "POST", u"/metrics"_s, query);
    }
};

} // namespace kd::sim::test

QTEST_GUILESS_MAIN(kd::sim::test::TestSimContract)
#include "tst_sim_contract.moc"
