#include "ui/theme/AppearanceMenus.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "AppOptions.h"
#include "CompositionRoot.h"
#include "HeadlessSync.h"
#include <memory>

using namespace Qt::StringLiterals;

namespace {
void installTranslations(QCoreApplication &app, const QString &language) {
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, u"konnect-desk"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}
} // namespace

int main(int argc, char *argv[]) {
    std::unique_ptr<QCoreApplication> app;
    // --help and --version need no window system: they work without a display.
    if (kd::AppOptions::wantsNoGui(argc, argv) || kd::AppOptions::wantsHelpOrVersion(argc, argv)) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        QGuiApplication::setHighDpiScaleFactorRoundingPolicy(
            Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
        app = std::make_unique<QApplication>(argc, argv);
        QGuiApplication::setApplicationDisplayName(u"Konnect Desk"_s);
        QGuiApplication::setDesktopFileName(u"konnect-desk"_s);
    }
    QCoreApplication::setApplicationName(u"konnect-desk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KD_VERSION));
    QCoreApplication::setOrganizationName(u"konnect-desk"_s);
    QCoreApplication::setOrganizationDomain(u"konnect-desk.dev"_s);

    int exitCode = 0;
    QString usageError;
    const auto options =
        kd::AppOptions::parse(QCoreApplication::arguments(), &exitCode, &usageError);
    if (!options) {
        if (!usageError.isEmpty())
            kd::HeadlessSync::printFailure(kd::AppOptions::wantsJson(argc, argv), u"usage"_s,
                                           usageError, exitCode);
        return exitCode;
    }
    // --language wins over View → Language for this run.
    installTranslations(*app,
                        options->language.isEmpty() ? kd::savedLanguage() : options->language);

    kd::CompositionRoot root(*options);
    if (const int failed = root.start())
        return failed;
    return QCoreApplication::exec();
}
