#include "ui/theme/AppearanceMenus.h"

#include "ui/theme/ThemeController.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
constexpr auto languageKey = "View/language";

struct Text {
    Q_DECLARE_TR_FUNCTIONS(kd::AppearanceMenus)
};

void addThemeMenu(QMenu *viewMenu, ThemeController *theme) {
    QMenu *menu = viewMenu->addMenu(Text::tr("&Theme"));
    menu->setObjectName(u"themeMenu"_s);
    auto *group = new QActionGroup(menu);
    const std::pair<ThemeController::Theme, QString> choices[] = {
        {ThemeController::Theme::System, Text::tr("&System")},
        {ThemeController::Theme::Light, Text::tr("&Light")},
        {ThemeController::Theme::Dark, Text::tr("&Dark")},
    };
    for (const auto &[value, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setObjectName(u"theme-"_s + ThemeController::themeId(value));
        action->setCheckable(true);
        action->setChecked(theme->theme() == value);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, theme,
                         [theme, value = value] { theme->setTheme(value); });
    }
}

void addLanguageMenu(QMenu *viewMenu, QWidget *window) {
    QMenu *menu = viewMenu->addMenu(Text::tr("&Language"));
    menu->setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(menu);
    // Each language is named in itself, so that a user who cannot read the current one
    // still finds theirs.
    const std::pair<QString, QString> choices[] = {
        {QString(), Text::tr("&System")},
        {u"en"_s, u"English"_s},
        {u"de"_s, u"Deutsch"_s},
    };
    const QString current = savedLanguage();
    for (const auto &[code, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setObjectName(u"language-"_s + (code.isEmpty() ? u"system"_s : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, window, [window, code = code, text = text] {
            if (code == savedLanguage())
                return;
            QSettings().setValue(QLatin1StringView(languageKey), code);
            QMessageBox::information(window, Text::tr("Language"),
                                     Text::tr("Konnect Desk will use %1 from its next start.")
                                         .arg(QString(text).remove(u'&')));
        });
    }
}
} // namespace

QString savedLanguage() {
    return QSettings().value(QLatin1StringView(languageKey)).toString();
}

void addAppearanceMenus(QMenu *viewMenu, ThemeController *theme, QWidget *window) {
    viewMenu->addSeparator();
    addThemeMenu(viewMenu, theme);
    addLanguageMenu(viewMenu, window);
}

} // namespace kd
