#pragma once

#include <QString>

class QMenu;
class QWidget;

namespace kd {

class ThemeController;

// View → Theme (System, Light, Dark) and View → Language (System, English, Deutsch).
void addAppearanceMenus(QMenu *viewMenu, ThemeController *theme, QWidget *window);

// The language chosen in View → Language ("" for the system's), read at start-up.
QString savedLanguage();

} // namespace kd
