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
    QString profile;          // --profile: a saved profile, headless (its mutes, its snapshot)
    bool noGui = false;       // headless: with --sync, sync once and print
    bool sync = false;
    bool json = false;
    // Infrastructure as code (issue 16), headless.
    QString exportFormat;      // --export terraform|deck
    QString outDir;            // --out
    QStringList controlPlanes; // --control-plane, repeatable
    QStringList diff;          // --diff A B
    bool advise = false;       // --advise (issue 17): the advisor's findings, headless

    // std::nullopt means: exit now with *exitCode (help, version, or a usage error, which is
    // then in *usageError). Needs no application object: it runs before there is one, so
    // that all of this works without a display.
    static std::optional<AppOptions> parse(const QStringList &arguments, int *exitCode,
                                           QString *usageError);
    // Decided before the application object exists: --help, --help-all or --version.
    static bool wantsHelpOrVersion(const QStringList &arguments);
    // Options of the window system (-platform, -reverse, …): only the application object
    // knows them, so the command line is parsed after it exists.
    static bool hasWindowSystemOptions(const QStringList &arguments);
    // Headless with --json: every way out prints one JSON object, usage errors included.
    static bool wantsJson(int argc, char *argv[]);
};

} // namespace kd
