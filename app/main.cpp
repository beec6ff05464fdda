#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "AppOptions.h"
#include "CompositionRoot.h"

using namespace Qt::StringLiterals;

namespace {
void installTranslations(QApplication &app, const QString &language) {
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, u"konnect-desk"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}
} // namespace

int main(int argc, char *argv[]) {
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"konnect-desk"_s);
    QApplication::setApplicationDisplayName(u"Konnect Desk"_s);
    QApplication::setApplicationVersion(QStringLiteral(KD_VERSION));
    QApplication::setOrganizationName(u"konnect-desk"_s);
    QApplication::setOrganizationDomain(u"konnect-desk.dev"_s);
    QApplication::setDesktopFileName(u"konnect-desk"_s);

    int exitCode = 0;
    const auto options = kd::AppOptions::parse(QApplication::arguments(), &exitCode);
    if (!options)
        return exitCode;
    installTranslations(app, options->language);

    kd::CompositionRoot root(*options);
    if (const int failed = root.start())
        return failed;
    return QApplication::exec();
}
