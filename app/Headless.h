#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

class QObject;

namespace kd {

class Error;
class FleetStore;
class Session;
class SyncEngine;

// What every headless command (--sync, --export, --diff, --advise) shares: how a run that
// fails is reported, and the start (a token, then the sign-in).
namespace headless {

// A run that ends before the report: the message on stderr and, with `json`, one object
// {ok: false, exit_code, error: {kind, message, …details}} on stdout. `kind` is stable:
// usage, no-token, setup, sign-in, sync, and the command's own (write, file).
void printFailure(bool json, const QString &kind, const QString &message, int exitCode,
                  const QJsonObject &details = {});
// What went wrong with a call to Konnect, for scripts: cause, http_status, transport.
QJsonObject detailsOf(const Error &error);
// One indented JSON object on stdout, flushed.
void printJson(const QJsonObject &out);

// Checks that there is a token and signs in, then runs `signedIn` (in `context`). Without a
// token it fails with kind no-token and exit code 2; when the sign-in fails, with kind
// sign-in and `signInExitCode`. A failure ends the event loop with its exit code.
void signIn(QObject *context, Session *session, bool json, int signInExitCode,
            std::function<void()> signedIn);
// signIn(), then one full sync; `synced` gets whether every geo was read. The commands that
// work on the whole organisation (--export, --diff, --advise) start this way.
void signInAndSync(QObject *context, Session *session, SyncEngine *sync, bool json,
                   int signInExitCode, std::function<void(bool allSucceeded)> synced);

// One control plane id for a name or geo/name (--control-plane, --diff), or an error message
// for people: none of that name, or one in several geos.
QString resolveControlPlane(const FleetStore &store, const QString &spec, QString *error);

} // namespace headless
} // namespace kd
