#include "AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace kd {

std::optional<AppOptions> AppOptions::parse(const QStringList &arguments, int *exitCode) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "kd::AppOptions", "Administer Kong Konnect Dedicated Cloud Gateways and managed caches."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        QCoreApplication::translate("kd::AppOptions",
                                    "Render the main window to the PNG <file> after start-up "
                                    "and exit."),
        u"file"_s);
    const QCommandLineOption pane(
        u"pane"_s, QCoreApplication::translate("kd::AppOptions", "Open the pane <id> first."),
        u"id"_s);
    const QCommandLineOption language(
        u"language"_s,
        QCoreApplication::translate("kd::AppOptions",
                                    "Use the translation for <code> (for example de) instead "
                                    "of the system language."),
        u"code"_s);
    const QCommandLineOption demo(
        u"demo"_s, QCoreApplication::translate(
                       "kd::AppOptions",
                       "Open the demo organisation: starts the built-in Konnect simulator over "
                       "HTTPS and signs in to it."));
    const QCommandLineOption tokenEnv(
        u"token-env"_s,
        QCoreApplication::translate("kd::AppOptions",
                                    "Sign in with the token in environment variable <var> "
                                    "(kpat_… or spat_…)."),
        u"var"_s);
    const QCommandLineOption endpoint(
        u"endpoint-template"_s,
        QCoreApplication::translate("kd::AppOptions",
                                    "Konnect hosts, default https://{geo}.api.konghq.com."),
        u"template"_s);
    const QCommandLineOption caFile(
        u"ca-file"_s,
        QCoreApplication::translate("kd::AppOptions",
                                    "Also trust the CA certificates in this PEM <file>."),
        u"file"_s);
    const QCommandLineOption noGui(
        u"no-gui"_s,
        QCoreApplication::translate("kd::AppOptions", "Run without windows (with --sync)."));
    const QCommandLineOption sync(
        u"sync"_s, QCoreApplication::translate(
                       "kd::AppOptions",
                       "With --no-gui: sign in, sync every geo once, print counts per kind and "
                       "geo, and exit non-zero if any geo failed."));
    const QCommandLineOption json(
        u"json"_s, QCoreApplication::translate("kd::AppOptions", "With --sync: print JSON."));
    parser.addOptions(
        {screenshot, pane, language, demo, tokenEnv, endpoint, caFile, noGui, sync, json});

    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n\n%s", qPrintable(parser.errorText()),
                     qPrintable(parser.helpText()));
        *exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = 0;
        return std::nullopt;
    }
    if (parser.isSet(version)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        *exitCode = 0;
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("kd::AppOptions", "Unexpected argument: %1")
                           .arg(parser.positionalArguments().constFirst())));
        *exitCode = 2;
        return std::nullopt;
    }

    AppOptions options;
    options.screenshotFile = parser.value(screenshot);
    options.initialPane = parser.value(pane);
    options.language = parser.value(language);
    options.demo = parser.isSet(demo);
    options.tokenEnv = parser.value(tokenEnv);
    options.endpointTemplate = parser.value(endpoint);
    options.caFile = parser.value(caFile);
    options.noGui = parser.isSet(noGui);
    options.sync = parser.isSet(sync);
    options.json = parser.isSet(json);
    if (options.noGui != options.sync) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("kd::AppOptions",
                                                            "--no-gui and --sync go together.")));
        *exitCode = 2;
        return std::nullopt;
    }
    if (options.demo && !options.tokenEnv.isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "kd::AppOptions", "Use either --demo or --token-env, not both.")));
        *exitCode = 2;
        return std::nullopt;
    }
    return options;
}

bool AppOptions::wantsNoGui(int argc, char *argv[]) {
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--no-gui") == 0)
            return true;
    }
    return false;
}

} // namespace kd
