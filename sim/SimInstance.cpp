#include "sim/SimInstance.h"

#include "sim/GuardedTcpServer.h"
#include "sim/Seeds.h"
#include "sim/SimTls.h"
#include "sim/StateFile.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace kd::sim {

std::optional<SimLaunch> SimLaunch::parse(const QStringList &arguments, int *exitCode) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"konnect-sim: a local Kong Konnect for Konnect Desk. Every host on one port; the "
        u"first path segment selects it (/global/v2/…, /us/v2/…)."_s);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption port(u"port"_s, u"Port to listen on; 0 picks a free one."_s, u"port"_s,
                                  u"0"_s);
    const QCommandLineOption token(u"token"_s, u"Accept this bearer token (repeatable)."_s,
                                   u"token"_s);
    const QCommandLineOption readOnly(
        u"read-only-token"_s, u"Accept this token for reads; writes get 403."_s, u"token"_s);
    const QCommandLineOption seed(u"seed"_s, u"demo, empty or fleet:N."_s, u"seed"_s, u"demo"_s);
    const QCommandLineOption timeScale(u"time-scale"_s,
                                       u"Divide real provisioning times by this (60: a 15-minute "
                                       u"cache takes 15 s; 1: real time)."_s,
                                       u"factor"_s, u"60"_s);
    const QCommandLineOption rateLimit(u"rate-limit"_s, u"General per-token limit, e.g. 600/min."_s,
                                       u"N/min"_s);
    const QCommandLineOption noRetryAfter(u"no-retry-after"_s,
                                          u"Send 429 without Retry-After, as Konnect sometimes "
                                          u"does."_s);
    const QCommandLineOption faults(u"faults"_s,
                                    u"Shares of injected faults: "
                                    u"500=0.05,429=0.02,reset=0.01,delay=0.05:1500,truncate=0.01"_s,
                                    u"spec"_s);
    const QCommandLineOption rngSeed(u"rng-seed"_s, u"Seed for ids and faults."_s, u"n"_s, u"1"_s);
    const QCommandLineOption tls(u"tls"_s, u"Serve HTTPS with a certificate made at start."_s);
    const QCommandLineOption caOut(u"ca-out"_s, u"Write the CA certificate (PEM) here."_s,
                                   u"file"_s);
    const QCommandLineOption state(
        u"state"_s,
        u"Load the organisation from this file and save it on exit; a file konnect-sim did "
        u"not write is refused and left alone."_s,
        u"file"_s);
    parser.addOptions({port, token, readOnly, seed, timeScale, rateLimit, noRetryAfter, faults,
                       rngSeed, tls, caOut, state});

    const auto fail = [&](const QString &message) -> std::optional<SimLaunch> {
        std::fprintf(stderr, "konnect-sim: %s\n", qPrintable(message));
        *exitCode = 2;
        return std::nullopt;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = 0;
        return std::nullopt;
    }
    SimLaunch launch;
    bool ok = false;
    launch.port = static_cast<quint16>(parser.value(port).toUInt(&ok));
    if (!ok)
        return fail(u"--port needs a number"_s);
    launch.options.tokens = parser.values(token);
    launch.options.readOnlyTokens = parser.values(readOnly);
    if (launch.options.tokens.isEmpty() && launch.options.readOnlyTokens.isEmpty())
        return fail(u"give at least one --token (for example --token kpat_…)"_s);
    launch.seed = parser.value(seed);
    launch.options.timeScale = parser.value(timeScale).toDouble(&ok);
    if (!ok || launch.options.timeScale <= 0)
        return fail(u"--time-scale needs a positive number"_s);
    if (parser.isSet(rateLimit)) {
        const QString value = parser.value(rateLimit);
        launch.options.rateLimitPerMinute = value.section(u'/', 0, 0).toInt(&ok);
        if (!ok || launch.options.rateLimitPerMinute <= 0
            || (value.contains(u'/') && value.section(u'/', 1) != u"min"_s))
            return fail(u"--rate-limit takes N/min, for example 600/min"_s);
    }
    launch.options.retryAfterOnRateLimit = !parser.isSet(noRetryAfter);
    if (parser.isSet(faults)) {
        QString error;
        const auto parsed = Faults::parse(parser.value(faults), &error);
        if (!parsed)
            return fail(error);
        launch.options.faults = *parsed;
    }
    launch.options.rngSeed = parser.value(rngSeed).toULongLong(&ok);
    if (!ok)
        return fail(u"--rng-seed needs a number"_s);
    launch.tls = parser.isSet(tls);
    launch.caOut = parser.value(caOut);
    if (!launch.caOut.isEmpty() && !launch.tls)
        return fail(u"--ca-out needs --tls"_s);
    launch.stateFile = parser.value(state);
    return launch;
}

SimInstance::~SimInstance() = default;

std::unique_ptr<SimInstance> SimInstance::start(const SimLaunch &launch, QString *error) {
    std::unique_ptr<SimInstance> instance(new SimInstance);
    instance->m_server = std::make_unique<SimServer>(launch.options);
    instance->m_stateFile = launch.stateFile;
    Organisation &org = instance->m_server->organisation();

    const StateFile stateFile(launch.stateFile);
    if (!launch.stateFile.isEmpty() && stateFile.exists()) {
        const auto state = stateFile.read(error);
        if (!state)
            return nullptr;
        org.fromJson(*state);
    } else if (!seedOrganisation(org, launch.seed, error)) {
        return nullptr;
    }

    std::unique_ptr<QTcpServer> tcp;
    if (launch.tls) {
        const auto material = generateTlsMaterial(error);
        if (!material)
            return nullptr;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(material->certificatePem, QSsl::Pem));
        configuration.setPrivateKey(QSslKey(material->privateKeyPem, QSsl::Ec, QSsl::Pem));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto ssl = std::make_unique<QSslServer>();
        ssl->setSslConfiguration(configuration);
        QObject::connect(
            ssl.get(), &QSslServer::startedEncryptionHandshake, instance->m_server.get(),
            [server = instance->m_server.get()](QSslSocket *socket) { server->watch(socket); });
        tcp = std::move(ssl);
        instance->m_caPem = material->caPem;
        if (!launch.caOut.isEmpty()) {
            QSaveFile file(launch.caOut);
            if (!file.open(QIODevice::WriteOnly) || file.write(material->caPem) < 0
                || !file.commit()) {
                *error = u"cannot write the CA to %1: %2"_s.arg(launch.caOut, file.errorString());
                return nullptr;
            }
        }
    } else {
        tcp = std::make_unique<GuardedTcpServer>(
            [server = instance->m_server.get()](QTcpSocket *socket) { server->watch(socket); });
    }
    if (!tcp->listen(QHostAddress::LocalHost, launch.port)) {
        *error = u"cannot listen on 127.0.0.1:%1: %2"_s.arg(launch.port).arg(tcp->errorString());
        return nullptr;
    }
    instance->m_port = tcp->serverPort();
    tcp->setParent(instance->m_server.get());
    instance->m_server->bind(tcp.release());
    return instance;
}

QString SimInstance::origin() const {
    return (tls() ? u"https"_s : u"http"_s) + u"://127.0.0.1:"_s + QString::number(m_port);
}

QString SimInstance::endpointTemplate() const {
    return origin() + u"/{geo}"_s;
}

bool SimInstance::saveState(QString *error) const {
    if (m_stateFile.isEmpty())
        return true;
    return StateFile(m_stateFile).write(m_server->organisation().toJson(), error);
}

} // namespace kd::sim
