#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

class QDBusVariant;

namespace kd {

// View → Theme: System follows the desktop's colour-scheme preference (the freedesktop
// appearance setting that GNOME and KDE publish through xdg-desktop-portal, read over D-Bus
// because Qt 6.4 has no QStyleHints::colorScheme) and changes live when the desktop switches.
class ThemeController final : public QObject {
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    explicit ThemeController(QObject *parent = nullptr);

    Theme theme() const { return m_theme; }
    // Applies it now and remembers it for the next start.
    void setTheme(Theme theme);
    bool dark() const { return m_appliedDark; }
    // What the desktop prefers, as far as the portal said (false when it said nothing).
    bool systemPrefersDark() const { return m_systemDark; }

    static QPalette darkPalette();
    static QString themeId(Theme theme);
    static Theme themeFromId(const QString &id);

Q_SIGNALS:
    // The palette in use changed between light and dark.
    void darkChanged(bool dark);

private Q_SLOTS:
    // org.freedesktop.portal.Settings.SettingChanged(namespace, key, value)
    void onPortalSettingChanged(const QString &group, const QString &key,
                                const QDBusVariant &value);

private:
    void watchPortal();
    void setSystemScheme(uint scheme);
    void apply();

    Theme m_theme = Theme::System;
    bool m_systemDark = false;
    bool m_appliedDark = false;
    QString m_lightStyle; // the style the platform chose, restored for Light
};

} // namespace kd
