#include "ui/theme/ThemeController.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QSettings>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
constexpr auto themeKey = "View/theme";
const auto portalService = u"org.freedesktop.portal.Desktop"_s;
const auto portalPath = u"/org/freedesktop/portal/desktop"_s;
const auto portalInterface = u"org.freedesktop.portal.Settings"_s;
const auto appearance = u"org.freedesktop.appearance"_s;
const auto colorScheme = u"color-scheme"_s;
constexpr uint preferDark = 1; // 0 no preference, 1 prefer dark, 2 prefer light

// Read() answers a variant inside a variant (the portal's v1 signature); unwrap all of them.
QVariant unwrap(QVariant value) {
    while (value.canConvert<QDBusVariant>()
           && value.metaType() == QMetaType::fromType<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value;
}
} // namespace

ThemeController::ThemeController(QObject *parent)
    : QObject(parent)
    , m_theme(themeFromId(QSettings().value(QLatin1StringView(themeKey)).toString())) {
    if (const QStyle *style = QApplication::style())
        m_lightStyle = style->name();
    watchPortal();
    apply();
}

QString ThemeController::themeId(Theme theme) {
    switch (theme) {
    case Theme::Light:
        return u"light"_s;
    case Theme::Dark:
        return u"dark"_s;
    case Theme::System:
        break;
    }
    return u"system"_s;
}

ThemeController::Theme ThemeController::themeFromId(const QString &id) {
    if (id == u"light")
        return Theme::Light;
    if (id == u"dark")
        return Theme::Dark;
    return Theme::System;
}

void ThemeController::setTheme(Theme theme) {
    m_theme = theme;
    QSettings().setValue(QLatin1StringView(themeKey), themeId(theme));
    apply();
}

void ThemeController::watchPortal() {
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    bus.connect(portalService, portalPath, portalInterface, u"SettingChanged"_s, this,
                SLOT(onPortalSettingChanged(QString, QString, QDBusVariant)));
    QDBusMessage read =
        QDBusMessage::createMethodCall(portalService, portalPath, portalInterface, u"Read"_s);
    read << appearance << colorScheme;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(read), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                const QDBusPendingReply<QVariant> reply = *call;
                // No portal, or one without the setting: the desktop expressed no preference.
                if (!reply.isError())
                    setSystemScheme(unwrap(reply.value()).toUInt());
            });
}

void ThemeController::onPortalSettingChanged(const QString &group, const QString &key,
                                             const QDBusVariant &value) {
    if (group == appearance && key == colorScheme)
        setSystemScheme(unwrap(value.variant()).toUInt());
}

void ThemeController::setSystemScheme(uint scheme) {
    m_systemDark = scheme == preferDark;
    if (m_theme == Theme::System)
        apply();
}

QPalette ThemeController::darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3e, 0x42));
    p.setColor(QPalette::Mid, QColor(0x27, 0x28, 0x2b));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xdb));
    for (const auto role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4c, 0x50));
    return p;
}

void ThemeController::apply() {
    const bool dark = m_theme == Theme::Dark || (m_theme == Theme::System && m_systemDark);
    // The platform's own style may ignore a dark palette in parts; Fusion honours all of it.
    const QString style = dark || m_lightStyle.isEmpty() ? u"fusion"_s : m_lightStyle;
    if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(style);
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    if (dark != m_appliedDark) {
        m_appliedDark = dark;
        Q_EMIT darkChanged(dark);
    }
}

} // namespace kd
