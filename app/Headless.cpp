#include "Headless.h"

#include "client/Error.h"
#include "fleet/FleetStore.h"
#include "fleet/Session.h"
#include "fleet/SyncEngine.h"
#include "fleet/compare/PlaneDocument.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace kd::headless {

namespace {
struct HeadlessTr {
    Q_DECLARE_TR_FUNCTIONS(kd::HeadlessSync) // where the strings were first
};

struct HeadlessCodeTr {
    Q_DECLARE_TR_FUNCTIONS(kd::HeadlessCode) // where the strings were first
};

QString causeOf(Error::Kind kind) {
    switch (kind) {
    case Error::Kind::Transport:
        return u"transport"_s;
    case Error::Kind::Http:
        return u"http"_s;
    case Error::Kind::Parse:
        return u"parse"_s;
    case Error::Kind::OutcomeUnknown:
        return u"outcome-unknown"_s;
    case Error::Kind::RedirectRefused:
        return u"redirect-refused"_s;
    case Error::Kind::Invalid:
        return u"invalid"_s;
    case Error::Kind::Cancelled:
        return u"cancelled"_s;
    case Error::Kind::LimitExceeded:
        return u"limit-exceeded"_s;
    }
    return u"other"_s;
}

QString transportOf(Error::TransportKind kind) {
    switch (kind) {
    case Error::TransportKind::HostNotFound:
        return u"host-not-found"_s;
    case Error::TransportKind::ConnectionRefused:
        return u"connection-refused"_s;
    case Error::TransportKind::Tls:
        return u"tls"_s;
    case Error::TransportKind::Timeout:
        return u"timeout"_s;
    case Error::TransportKind::Reset:
        return u"reset"_s;
    case Error::TransportKind::TooLarge:
        return u"too-large"_s;
    case Error::TransportKind::None:
    case Error::TransportKind::Other:
        break;
    }
    return u"other"_s;
}
} // namespace

void printFailure(bool json, const QString &kind, const QString &message, int exitCode,
                  const QJsonObject &details) {
    std::fprintf(stderr, "konnect-desk: %s\n", qPrintable(message));
    if (!json)
        return;
    QJsonObject error = details;
    error.insert(u"kind"_s, kind);
    error.insert(u"message"_s, message);
    printJson({{u"ok"_s, false}, {u"exit_code"_s, exitCode}, {u"error"_s, error}});
}

QJsonObject detailsOf(const Error &error) {
    QJsonObject details{{u"cause"_s, causeOf(error.kind())}};
    if (error.kind() == Error::Kind::Http)
        details.insert(u"http_status"_s, error.status());
    if (error.kind() == Error::Kind::Transport)
        details.insert(u"transport"_s, transportOf(error.transportKind()));
    return details;
}

void printJson(const QJsonObject &out) {
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
}

void signIn(QObject *context, Session *session, bool json, int signInExitCode,
            std::function<void()> signedIn) {
    if (!session->transport().hasToken()) {
        printFailure(json, u"no-token"_s,
                     HeadlessTr::tr("No token: use --demo or --token-env VAR."), 2);
        QCoreApplication::exit(2);
        return;
    }
    QCoro::connect(session->signIn(), context,
                   [json, signInExitCode, signedIn = std::move(signedIn)](const Status &status) {
                       if (!status) {
                           printFailure(json, u"sign-in"_s, status.error().message(),
                                        signInExitCode, detailsOf(status.error()));
                           QCoreApplication::exit(signInExitCode);
                           return;
                       }
                       signedIn();
                   });
}

void signInAndSync(QObject *context, Session *session, SyncEngine *sync, bool json,
                   int signInExitCode, std::function<void(bool allSucceeded)> synced) {
    QObject::connect(sync, &SyncEngine::syncFinished, context, std::move(synced),
                     Qt::SingleShotConnection);
    signIn(context, session, json, signInExitCode, [sync] { sync->refreshNow(); });
}

QString resolveControlPlane(const FleetStore &store, const QString &spec, QString *error) {
    const QStringList ids = compare::controlPlanesNamed(store, spec);
    if (ids.size() == 1)
        return ids.constFirst();
    *error = ids.isEmpty()
                 ? HeadlessCodeTr::tr("There is no control plane called \"%1\".").arg(spec)
                 : HeadlessCodeTr::tr("\"%1\" names control planes in several geos; "
                                      "write geo/name, for example us/%1.")
                       .arg(spec);
    return {};
}

} // namespace kd::headless
