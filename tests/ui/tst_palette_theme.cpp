// The command palette driven as a user does (Ctrl+K, typing, arrows, Enter), and the theme:
// View → Theme, and "System" following the desktop's colour scheme live over D-Bus.
#include "fleet/FleetStore.h"
#include "models/CommandIndex.h"
#include "models/Tones.h"
#include "ui/Pane.h"
#include "ui/palette/CommandPalette.h"
#include "ui/palette/PaletteController.h"
#include "ui/shell/MainWindow.h"
#include "ui/telemetry/TelemetryChart.h"
#include "ui/theme/AppearanceMenus.h"
#include "ui/theme/ApplyTone.h"
#include "ui/theme/ThemeController.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
class FakePane final : public Pane {
public:
    FakePane(QString id, QString title, QString actionText)
        : m_id(std::move(id))
        , m_title(std::move(title)) {
        m_action = new QAction(actionText, this);
    }
    QString paneId() const override { return m_id; }
    QString title() const override { return m_title; }
    QString iconPath() const override { return u":/icons/activity.svg"_s; }
    QList<QAction *> paneActions() const override { return {m_action}; }
    QAction *action() const { return m_action; }

private:
    QString m_id;
    QString m_title;
    QAction *m_action;
};

ControlPlane plane(const QString &id, const QString &name) {
    ControlPlane p;
    p.id = id;
    p.name = name;
    p.geo = Geo::Eu;
    return p;
}

// xdg-desktop-portal's Settings interface, as GNOME and KDE serve it.
class FakePortal final : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")
public:
    uint scheme = 0;

public Q_SLOTS:
    QDBusVariant Read(const QString &group, const QString &key) {
        // The portal's Read answers a variant inside a variant.
        if (group == u"org.freedesktop.appearance" && key == u"color-scheme")
            return QDBusVariant(QVariant::fromValue(QDBusVariant(scheme)));
        return QDBusVariant(QVariant::fromValue(QDBusVariant(0u)));
    }
};
} // namespace

class TestPaletteTheme final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"konnect-desk-tests"_s);
        QApplication::setApplicationName(u"tst_palette_theme"_s);
        QSettings().clear();
    }

    void ctrlKFindsAnEntityAndEnterOpensItInItsPane() {
        FleetStore store;
        store.replaceControlPlanes(
            Geo::Eu, {plane(u"cp1"_s, u"prod-payments"_s), plane(u"cp2"_s, u"staging-payments"_s)});
        MainWindow window;
        auto *planes = new FakePane(u"control-planes"_s, u"Control planes"_s, u"New…"_s);
        auto *other = new FakePane(u"activity"_s, u"Activity"_s, u"Clear log"_s);
        window.addPane(planes);
        window.addPane(other);
        PaletteController palette(&store, &window);
        QString opened;
        palette.setOpener(CommandEntry::Kind::ControlPlane, planes->paneId(),
                          [&opened](const QString &id) { opened = id; });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPane(other->paneId());

        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        auto *popup = window.findChild<CommandPalette *>(u"commandPalette"_s);
        QVERIFY(popup);
        QTRY_VERIFY(popup->isVisible());
        auto *input = popup->findChild<QLineEdit *>(u"commandPaletteInput"_s);
        QVERIFY(input);
        QTest::keyClicks(input, u"payments"_s);
        auto *list = popup->findChild<QListView *>(u"commandPaletteList"_s);
        QCOMPARE(list->model()->rowCount(), 2);
        // Down moves the selection while the input keeps the focus; Enter opens it.
        QTest::keyClick(input, Qt::Key_Down);
        QCOMPARE(list->currentIndex().row(), 1);
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(opened, u"cp2"_s);
        QCOMPARE(window.currentPane(), planes);
    }

    void anActionOfAnotherPaneRunsThere() {
        FleetStore store;
        MainWindow window;
        auto *planes = new FakePane(u"control-planes"_s, u"Control planes"_s, u"New…"_s);
        auto *other = new FakePane(u"activity"_s, u"Activity"_s, u"Clear log"_s);
        window.addPane(planes);
        window.addPane(other);
        PaletteController palette(&store, &window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool cleared = false;
        connect(other->action(), &QAction::triggered, this, [&cleared] { cleared = true; });
        // A disabled action is not offered: running it would do nothing.
        planes->action()->setEnabled(false);

        palette.popup();
        auto *input = palette.palette()->findChild<QLineEdit *>(u"commandPaletteInput"_s);
        auto *list = palette.palette()->findChild<QListView *>(u"commandPaletteList"_s);
        QTest::keyClicks(input, u"new"_s);
        for (int row = 0; row < list->model()->rowCount(); ++row)
            QVERIFY(list->model()->index(row, 0).data().toString() != u"New");
        input->clear();
        QTest::keyClicks(input, u"clear log"_s);
        QCOMPARE(list->model()->index(0, 0).data().toString(), u"Clear log"_s);
        QTest::keyClick(input, Qt::Key_Enter);
        QVERIFY(cleared);
        QCOMPARE(window.currentPane(), other);
    }

    void escapeClosesWithoutRunningAnything() {
        FleetStore store;
        store.replaceControlPlanes(Geo::Eu, {plane(u"cp1"_s, u"prod-payments"_s)});
        MainWindow window;
        window.addPane(new FakePane(u"control-planes"_s, u"Control planes"_s, u"New…"_s));
        PaletteController palette(&store, &window);
        bool opened = false;
        palette.setOpener(CommandEntry::Kind::ControlPlane, u"control-planes"_s,
                          [&opened](const QString &) { opened = true; });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        palette.popup();
        auto *input = palette.palette()->findChild<QLineEdit *>(u"commandPaletteInput"_s);
        QTest::keyClicks(input, u"prod"_s);
        QTest::keyClick(input, Qt::Key_Escape);
        QTRY_VERIFY(!palette.palette()->isVisible());
        QVERIFY(!opened);
    }

    void viewThemeSwitchesThePaletteAndTheTones() {
        ThemeController theme;
        MainWindow window;
        addAppearanceMenus(window.viewMenu(), &theme, &window);
        auto *dark = window.viewMenu()->findChild<QAction *>(u"theme-dark"_s);
        auto *light = window.viewMenu()->findChild<QAction *>(u"theme-light"_s);
        QVERIFY(dark && light);
        QLabel probe(u"probe"_s);
        TelemetryChart chart(u"Latency"_s);
        const auto chartBackground = [&chart] {
            return chart.findChild<QChartView *>()->chart()->backgroundBrush().color().lightness();
        };
        QLabel error(u"The CIDR block is an IPv4 range"_s);
        applyTone(&error, Tone::Error);
        light->trigger();
        QTRY_VERIFY(error.palette().color(QPalette::WindowText).lightness() < 120);
        dark->trigger();
        QVERIFY(theme.dark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        // Widgets that exist already follow, charts too: no white box in dark mode.
        QTRY_VERIFY(probe.palette().color(QPalette::Window).lightness() < 80);
        QTRY_VERIFY(chartBackground() < 80);
        QVERIFY(chart.findChild<QChartView *>()->chart()->titleBrush().color().lightness() > 150);
        // An error in dark mode is light enough to read on the dark window.
        QVERIFY(toneColor(Tone::Error).lightness() > 150);
        // A label coloured as an error follows: red on dark becomes light red.
        QTRY_VERIFY(error.palette().color(QPalette::WindowText).lightness() > 150);
        QCOMPARE(QSettings().value(u"View/theme"_s).toString(), u"dark"_s);
        light->trigger();
        QVERIFY(!theme.dark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        QVERIFY(toneColor(Tone::Error).lightness() < 120);
        QTRY_VERIFY(chartBackground() > 180);
        // The choice is remembered for the next start.
        QCOMPARE(ThemeController().theme(), ThemeController::Theme::Light);
    }

    void systemFollowsTheDesktopLive() {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("No D-Bus session bus (the test command runs this under dbus-run-session)");
        // The portal is another process on the desktop: its own connection to the bus.
        QDBusConnection bus =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fake-portal"_s);
        QVERIFY(bus.isConnected());
        FakePortal portal;
        portal.scheme = 1; // prefer dark
        QVERIFY(bus.registerObject(u"/org/freedesktop/portal/desktop"_s, &portal,
                                   QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(u"org.freedesktop.portal.Desktop"_s));

        QSettings().setValue(u"View/theme"_s, u"system"_s);
        ThemeController theme;
        QCOMPARE(theme.theme(), ThemeController::Theme::System);
        QTRY_VERIFY(theme.dark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);

        // The desktop switches to light: the app follows without a restart.
        QDBusMessage changed =
            QDBusMessage::createSignal(u"/org/freedesktop/portal/desktop"_s,
                                       u"org.freedesktop.portal.Settings"_s, u"SettingChanged"_s);
        changed << u"org.freedesktop.appearance"_s << u"color-scheme"_s
                << QVariant::fromValue(QDBusVariant(2u));
        QVERIFY(bus.send(changed));
        QTRY_VERIFY(!theme.dark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);

        // An explicit choice wins over the desktop.
        theme.setTheme(ThemeController::Theme::Dark);
        changed =
            QDBusMessage::createSignal(u"/org/freedesktop/portal/desktop"_s,
                                       u"org.freedesktop.portal.Settings"_s, u"SettingChanged"_s);
        changed << u"org.freedesktop.appearance"_s << u"color-scheme"_s
                << QVariant::fromValue(QDBusVariant(2u));
        QVERIFY(bus.send(changed));
        QTest::qWait(200);
        QVERIFY(theme.dark());
        bus.unregisterService(u"org.freedesktop.portal.Desktop"_s);
        bus.unregisterObject(u"/org/freedesktop/portal/desktop"_s);
        QDBusConnection::disconnectFromBus(u"fake-portal"_s);
        theme.setTheme(ThemeController::Theme::Light);
    }
};

} // namespace kd

QTEST_MAIN(kd::TestPaletteTheme)
#include "tst_palette_theme.moc"
