#include "ui/theme/AppearanceMenus.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "AppOptions.h"
#include "CompositionRoot.h"
#include "Headless.h"
#include <memory>

using namespace Qt::StringLiterals;

namespace {
void installTranslations(QCoreApplication &app, const QString &language) {
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    auto *ours = new QTranslator(&app);
    // English is the fallback for a language we do not have: its file holds the plural
    // forms ("1 group", "2 groups") that the source strings cannot.
    if (ours->load(locale, u"konnect-desk"_s, u"_"_s, u":/i18n"_s)
        || ours->load(u"konnect-desk_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

QStringList argumentsOf(int argc, char *argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// Help, version and usage errors: printed, and the exit code to use.
int reportExit(int argc, char *argv[], int exitCode, const QString &usageError) {
    if (!usageError.isEmpty())
        kd::headless::printFailure(kd::AppOptions::wantsJson(argc, argv), u"usage"_s, usageError,
                                   exitCode);
    return exitCode;
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication::setApplicationName(u"konnect-desk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KD_VERSION));
    QCoreApplication::setOrganizationName(u"konnect-desk"_s);
    QCoreApplication::setOrganizationDomain(u"konnect-desk.dev"_s);

    // Everything that ends the run before it starts (help, version, a usage error, an unknown
    // pane) is decided before the application object exists: it needs no display.
    const QStringList arguments = argumentsOf(argc, argv);
    int exitCode = 0;
    QString usageError;
    std::optional<kd::AppOptions> options;
    const bool early = kd::AppOptions::wantsHelpOrVersion(arguments)
                       || !kd::AppOptions::hasWindowSystemOptions(arguments);
    if (early) {
        options = kd::AppOptions::parse(arguments, &exitCode, &usageError);
        if (!options)
            return reportExit(argc, argv, exitCode, usageError);
    }

    std::unique_ptr<QCoreApplication> app;
    if (options && options->noGui) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        QGuiApplication::setHighDpiScaleFactorRoundingPolicy(
            Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
        app = std::make_unique<QApplication>(argc, argv);
        QGuiApplication::setApplicationDisplayName(u"Konnect Desk"_s);
        QGuiApplication::setDesktopFileName(u"konnect-desk"_s);
    }
    if (!options) {
        // The application object took its own options (-platform, -reverse, …) off the line.
        options = kd::AppOptions::parse(QCoreApplication::arguments(), &exitCode, &usageError);
        if (!options)
            return reportExit(argc, argv, exitCode, usageError);
    }
    // --language wins over View → Language for this run.
    installTranslations(*app,
                        options->language.isEmpty() ? kd::savedLanguage() : options->language);

    kd::CompositionRoot root(*options);
    if (const int failed = root.start())
        return failed;
    return QCoreApplication::exec();
}
