#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace kd {

// What the command line asked for. parse() prints --help / --version itself and hands back
// usage errors for the caller to print (as text, or as JSON with --no-gui --json).
struct AppOptions {
    QString screenshotFile;
    QString initialPane;
    QString language;
    bool demo = false;        // start konnect-sim in-process and sign in to it
    QString tokenEnv;         // read the token from this environment variable
    QString endpointTemplate; // default: real Konnect
    QString caFile;           // extra CA to trust
    bool noGui = false;       // headless: with --sync, sync once and print
    bool sync = false;
    bool json = false;
    // Infrastructure as code (issue 16), headless.
    QString exportFormat;      // --export terraform|deck
    QString outDir;            // --out
    QStringList controlPlanes; // --control-plane, repeatable
    QStringList diff;          // --diff A B

    // std::nullopt means: exit now with *exitCode (help, version, or a usage error, which is
    // then in *usageError).
    static std::optional<AppOptions> parse(const QStringList &arguments, int *exitCode,
                                           QString *usageError);
    // Decided before the application object exists: widgets or not.
    static bool wantsNoGui(int argc, char *argv[]);
    static bool wantsHelpOrVersion(int argc, char *argv[]);
    // Headless with --json: every way out prints one JSON object, usage errors included.
    static bool wantsJson(int argc, char *argv[]);
};

} // namespace kd
