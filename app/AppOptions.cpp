#include "AppOptions.h"

#include "ui/shell/Shell.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
struct AppOptionsTr {
    Q_DECLARE_TR_FUNCTIONS(kd::AppOptions)
};

// The command line, built the same way for the early look at --help / --version and the parse.
struct Parser {
    QCommandLineParser parser;
    QCommandLineOption help = parser.addHelpOption();
    QCommandLineOption version = parser.addVersionOption();
    QCommandLineOption screenshot{
        u"screenshot"_s,
        AppOptionsTr::tr("Render the main window to the PNG <file> after start-up and exit."),
        u"file"_s};
    QCommandLineOption pane{
        u"pane"_s,
        AppOptionsTr::tr("Open the pane <id> first; an unknown <id> lists the valid ones."),
        u"id"_s};
    QCommandLineOption language{
        u"language"_s,
        AppOptionsTr::tr("Use the translation for <code> (for example de) instead of "
                         "the system language."),
        u"code"_s};
    QCommandLineOption demo{
        u"demo"_s, AppOptionsTr::tr("Open the demo organisation: starts the built-in Konnect "
                                    "simulator over HTTPS and signs in to it.")};
    QCommandLineOption tokenEnv{
        u"token-env"_s,
        AppOptionsTr::tr(
            "Sign in with the token in environment variable <var> (kpat_… or spat_…)."),
        u"var"_s};
    QCommandLineOption endpoint{
        u"endpoint-template"_s,
        AppOptionsTr::tr("Konnect hosts, default https://{geo}.api.konghq.com."), u"template"_s};
    QCommandLineOption caFile{
        u"ca-file"_s, AppOptionsTr::tr("Also trust the CA certificates in this PEM <file>."),
        u"file"_s};
    QCommandLineOption profile{
        u"profile"_s,
        AppOptionsTr::tr("With --no-gui: use the saved profile <name> (its geos, endpoint "
                         "template, CA, snapshot and muted findings); the token comes from "
                         "--token-env or else from the keychain."),
        u"name"_s};
    QCommandLineOption noGui{
        u"no-gui"_s,
        AppOptionsTr::tr("Run without windows (with --sync, --export, --diff or --advise).")};
    QCommandLineOption sync{
        u"sync"_s, AppOptionsTr::tr("With --no-gui: sign in, sync every geo once, print counts per "
                                    "kind and geo, and exit non-zero if any geo failed.")};
    QCommandLineOption json{
        u"json"_s,
        AppOptionsTr::tr("With --sync, --export, --diff or --advise: print one JSON object, also "
                         "when something fails (then \"ok\" is false and \"error\" says what "
                         "went wrong).")};

    QCommandLineOption exportFormat{
        u"export"_s,
        AppOptionsTr::tr(
            "With --no-gui: write the organisation (or the --control-plane ones) as <format> "
            "terraform or deck to the --out folder; prints a summary (JSON with --json)."),
        u"format"_s};
    QCommandLineOption out{u"out"_s, AppOptionsTr::tr("The folder --export writes to."), u"dir"_s};
    QCommandLineOption controlPlane{
        u"control-plane"_s,
        AppOptionsTr::tr("With --export or --advise: only this control plane (name or "
                         "geo/name); repeat for more."),
        u"name"_s};
    QCommandLineOption diff{
        u"diff"_s,
        AppOptionsTr::tr("With --no-gui and two arguments A B (control planes as name or geo/name, "
                         "or decK files): show what differs; exit 0 when equal, 1 when different, "
                         "2 on error.")};

    QCommandLineOption advise{
        u"advise"_s,
        AppOptionsTr::tr("With --no-gui: sign in, sync, and print the advisor's findings by "
                         "severity and rule (JSON with --json); the profile's muted findings are "
                         "marked and do not count. Exit 0 when no finding is an error, 1 when one "
                         "is, 2 on error.")};

    Parser() {
        parser.setApplicationDescription(AppOptionsTr::tr(
            "Administer Kong Konnect Dedicated Cloud Gateways and managed caches."));
        // "-reverse" and other single-dash Qt options must not read as -r -e -v (--version).
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions({screenshot, pane, language, demo, tokenEnv, endpoint, caFile, profile,
                           noGui, sync, json});
        parser.addOptions({exportFormat, out, controlPlane, diff, advise});
    }
};
} // namespace

std::optional<AppOptions> AppOptions::parse(const QStringList &arguments, int *exitCode,
                                            QString *usageError) {
    Parser p;
    const bool parsed = p.parser.parse(arguments);
    // Asked for help, the rest of the line does not matter.
    if (p.parser.isSet(p.help) || p.parser.isSet(u"help-all"_s)) {
        // Without an application object Qt does not know the program's name: give it.
        QString help = p.parser.helpText();
        if (!arguments.isEmpty())
            help.replace(u"<executable_name>"_s, arguments.constFirst());
        std::fputs(qPrintable(help), stdout);
        *exitCode = 0;
        return std::nullopt;
    }
    if (p.parser.isSet(p.version)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        *exitCode = 0;
        return std::nullopt;
    }
    const auto usage = [exitCode, usageError](const QString &error) {
        *usageError =
            error + u' ' + AppOptionsTr::tr("Run konnect-desk --help to see the options.");
        *exitCode = 2;
        return std::nullopt;
    };
    if (!parsed)
        return usage(p.parser.errorText());
    const bool diff = p.parser.isSet(p.diff);
    if (diff && p.parser.positionalArguments().size() != 2)
        return usage(AppOptionsTr::tr("--diff compares two things: --diff A B."));
    if (!diff && !p.parser.positionalArguments().isEmpty())
        return usage(AppOptionsTr::tr("Unexpected argument: %1")
                         .arg(p.parser.positionalArguments().constFirst()));

    AppOptions options;
    options.screenshotFile = p.parser.value(p.screenshot);
    options.initialPane = p.parser.value(p.pane);
    options.language = p.parser.value(p.language);
    options.demo = p.parser.isSet(p.demo);
    options.tokenEnv = p.parser.value(p.tokenEnv);
    options.endpointTemplate = p.parser.value(p.endpoint);
    options.caFile = p.parser.value(p.caFile);
    options.profile = p.parser.value(p.profile);
    options.noGui = p.parser.isSet(p.noGui);
    options.sync = p.parser.isSet(p.sync);
    options.json = p.parser.isSet(p.json);
    options.exportFormat = p.parser.value(p.exportFormat);
    options.outDir = p.parser.value(p.out);
    options.controlPlanes = p.parser.values(p.controlPlane);
    if (diff)
        options.diff = p.parser.positionalArguments();
    options.advise = p.parser.isSet(p.advise);
    const int commands =
        int(options.sync) + int(!options.exportFormat.isEmpty()) + int(diff) + int(options.advise);
    if (commands > 1)
        return usage(
            AppOptionsTr::tr("Use one of --sync, --export, --diff and --advise at a time."));
    if (options.noGui != (commands == 1))
        return usage(
            AppOptionsTr::tr("--no-gui goes with one of --sync, --export, --diff or --advise."));
    if (!options.exportFormat.isEmpty() && options.exportFormat != u"terraform"_s
        && options.exportFormat != u"deck"_s)
        return usage(AppOptionsTr::tr("--export takes terraform or deck, not \"%1\".")
                         .arg(options.exportFormat));
    if (!options.exportFormat.isEmpty() && options.outDir.isEmpty())
        return usage(AppOptionsTr::tr("--export needs --out DIR: the folder to write to."));
    if (!options.controlPlanes.isEmpty() && options.exportFormat.isEmpty() && !options.advise)
        return usage(AppOptionsTr::tr("--control-plane goes with --export or --advise."));
    if (options.demo && !options.tokenEnv.isEmpty())
        return usage(AppOptionsTr::tr("Use either --demo or --token-env, not both."));
    if (options.demo && !options.profile.isEmpty())
        return usage(AppOptionsTr::tr("Use either --demo or --profile, not both."));
    if (!options.profile.isEmpty() && !options.noGui)
        return usage(AppOptionsTr::tr("--profile goes with --no-gui; in the window, pick the "
                                      "profile when you sign in."));
    const QStringList panes = Shell::paneIds();
    if (!options.initialPane.isEmpty() && !panes.contains(options.initialPane))
        return usage(AppOptionsTr::tr("There is no pane called \"%1\". Use one of: %2.")
                         .arg(options.initialPane, panes.join(u", "_s)));
    return options;
}

bool AppOptions::wantsJson(int argc, char *argv[]) {
    bool json = false;
    bool noGui = false;
    for (int i = 1; i < argc; ++i) {
        json = json || qstrcmp(argv[i], "--json") == 0;
        noGui = noGui || qstrcmp(argv[i], "--no-gui") == 0;
    }
    return json && noGui;
}

bool AppOptions::wantsHelpOrVersion(const QStringList &arguments) {
    Parser p;
    p.parser.parse(arguments); // errors are reported by parse() later
    return p.parser.isSet(p.help) || p.parser.isSet(p.version) || p.parser.isSet(u"help-all"_s);
}

bool AppOptions::hasWindowSystemOptions(const QStringList &arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s)
            return false;
        // Ours are --long (and -h, -v); Qt's own take one dash.
        if (argument.startsWith(u'-') && !argument.startsWith(u"--"_s) && argument.size() > 2)
            return true;
    }
    return false;
}

} // namespace kd
