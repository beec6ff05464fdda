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
    parser.addOptions({screenshot, pane, language});

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
    return options;
}

} // namespace kd
