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
    parser.addOptions({screenshot, pane, language, demo, tokenEnv, endpoint, caFile});

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
    if (options.demo && !options.tokenEnv.isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "kd::AppOptions", "Use either --demo or --token-env, not both.")));
        *exitCode = 2;
        return std::nullopt;
    }
    return options;
}

} // namespace kd
