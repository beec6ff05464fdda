#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/ProfileStore.h"
#include "fleet/ProvisionTracker.h"
#include "fleet/SecretStore.h"
#include "fleet/Session.h"
#include "fleet/SyncEngine.h"
#include "fleet/TelemetryFeed.h"
#include "ui/Pane.h"
#include "ui/caches/CachesPane.h"
#include "ui/controlplanes/ControlPlanesPane.h"
#include "ui/gateways/GatewaysPane.h"
#include "ui/plugins/PartialsPane.h"
#include "ui/plugins/PluginsPane.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Shell.h"
#include "ui/telemetry/TelemetryChart.h"
#include "ui/topology/TopologyPane.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QListView>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "common/SimSession.h"

using namespace Qt::StringLiterals;

namespace kd {

namespace {
class FakePane final : public Pane {
public:
    FakePane(QString id, QString title)
        : m_id(std::move(id))
        , m_title(std::move(title)) {
        m_action = new QAction(u"Do something"_s, this);
    }
    QString paneId() const override { return m_id; }
    QString title() const override { return m_title; }
    QString iconPath() const override { return u":/icons/activity.svg"_s; }
    QList<QAction *> paneActions() const override { return {m_action}; }
    void announce(const QString &badge) { Q_EMIT badgeChanged(badge, false); }

private:
    QString m_id;
    QString m_title;
    QAction *m_action;
};

QMenu *menuNamed(MainWindow &window, const QString &name) {
    return window.menuBar()->findChild<QMenu *>(name);
}

// The services the app's composition root makes, on konnect-sim.
struct Services {
    QString token = u"kpat_shell-fixture-not-a-token"_s;
    QTemporaryDir dir;
    std::unique_ptr<sim::SimInstance> sim = test::startSim(token);
    std::unique_ptr<Session> session = test::sessionOn(*sim, u"Shell"_s, token);
    FleetStore store;
    SyncEngine sync{session.get(), &store};
    FleetActions actions{session.get(), &store};
    ProvisionTracker tracker{&actions, &store, dir.filePath(u"pending.ini"_s)};
    TelemetryFeed telemetry{session.get(), &store};
    SecretStore secrets{u"konnect-desk-tst-mainwindow"_s};
    ProfileStore profiles;

    ShellServices shell() {
        return {session.get(), &store, &sync, &actions, &tracker, &telemetry, &secrets, &profiles};
    }
};

// The text of the details browser of the pane shown now.
QString detailsShown(MainWindow *window, const QString &name) {
    auto *details = window->currentPane()->findChild<QTextBrowser *>(name);
    return details ? details->toPlainText() : QString();
}
} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"konnect-desk-tests"_s);
        QApplication::setApplicationName(u"tst_mainwindow"_s);
        QSettings().clear();
    }

    void navigatorSwitchesPanes() {
        MainWindow window;
        auto *first = new FakePane(u"first"_s, u"First"_s);
        auto *second = new FakePane(u"second"_s, u"Second"_s);
        window.addPane(first);
        window.addPane(second);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *navigator = window.findChild<QListView *>(u"navigator"_s);
        QVERIFY(navigator);
        QCOMPARE(navigator->model()->rowCount(), 2);
        QCOMPARE(window.currentPane(), first);

        navigator->setCurrentIndex(navigator->model()->index(1, 0));
        QCOMPARE(window.currentPane(), second);
        QCOMPARE(window.findChild<QStackedWidget *>(u"paneStack"_s)->currentWidget(), second);

        second->announce(u"12"_s);
        QVERIFY(navigator->model()->index(1, 0).data().toString().contains(u"12"_s));

        QVERIFY(window.showPane(u"first"_s));
        QVERIFY(!window.showPane(u"nope"_s));
        QCOMPARE(window.currentPane(), first);

        // Ctrl+2 goes to the second pane through the Go menu.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPane(), second);
    }

    void menusHaveStandardActions() {
        MainWindow window;
        window.addPane(new FakePane(u"p"_s, u"Pane"_s));
        for (const auto &name : {u"fileMenu"_s, u"viewMenu"_s, u"goMenu"_s, u"helpMenu"_s})
            QVERIFY2(menuNamed(window, name), qPrintable(name));
        auto *quit = window.findChild<QAction *>(u"quitAction"_s);
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
        QVERIFY(window.findChild<QAction *>(u"aboutAction"_s));
        QVERIFY(window.findChild<QAction *>(u"fullScreenAction"_s));

        QMenu *paneMenu = menuNamed(window, u"paneMenu"_s);
        QVERIFY(paneMenu);
        QCOMPARE(paneMenu->actions().size(), 1);
        QCOMPARE(paneMenu->title(), u"&Pane"_s);

        auto *toggle = window.findChild<QAction *>(u"toggleNavigatorAction"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        toggle->trigger();
        QVERIFY(!window.findChild<QListView *>(u"navigator"_s)->isVisible());
    }

    void aboutNamesVersionsAndLicences() {
        const QString html = AboutDialog::aboutHtml();
        QVERIFY(html.contains(QString::fromLatin1(qVersion())));
        for (const auto &name : {u"QCoro"_s, u"QtKeychain"_s, u"OpenSSL"_s, u"Qt Charts"_s})
            QVERIFY2(html.contains(name), qPrintable(name));
    }

    void sessionActionsGoAboveQuitWhereverItIs() {
        MainWindow window;
        QMenu *file = window.fileMenu();
        // Another part of the app added its own action after Quit.
        QAction *later = file->addAction(u"Export…"_s);
        auto *signIn = new QAction(u"Sign in"_s, &window);
        auto *signOut = new QAction(u"Sign out"_s, &window);
        window.addSessionActions({signIn, signOut});
        const QList<QAction *> actions = file->actions();
        auto *quit = window.findChild<QAction *>(u"quitAction"_s);
        QCOMPARE(actions.indexOf(signIn) + 1, actions.indexOf(signOut));
        QVERIFY(actions.at(actions.indexOf(signOut) + 1)->isSeparator());
        QCOMPARE(actions.indexOf(signOut) + 2, actions.indexOf(quit));
        QCOMPARE(actions.constLast(), later);
    }

    void shellBuildsEveryPaneInOrder() {
        Services services;
        Shell shell(services.shell());
        MainWindow *window = shell.window();
        auto *navigator = window->findChild<QListView *>(u"navigator"_s);
        QCOMPARE(navigator->model()->rowCount(), Shell::paneIds().size());
        for (const QString &id : Shell::paneIds()) {
            QVERIFY2(window->showPane(id), qPrintable(id));
            QCOMPARE(window->currentPane()->paneId(), id);
        }
        QMenu *file = window->fileMenu();
        const QList<QAction *> actions = file->actions();
        QCOMPARE(actions.indexOf(window->findChild<QAction *>(u"exportCodeAction"_s)), 0);
        QCOMPARE(actions.indexOf(window->findChild<QAction *>(u"signInAction"_s)), 1);
        QCOMPARE(actions.indexOf(window->findChild<QAction *>(u"signOutAction"_s)), 2);
        QCOMPARE(actions.indexOf(window->findChild<QAction *>(u"quitAction"_s)), 4);
    }

    void actionsUseTitleCase() {
        Services services;
        Shell shell(services.shell());
        // One capitalisation for every menu entry and button of an action, as KDE and Qt
        // Creator write them: each word capitalised but the short joining ones.
        static const QStringList small{u"a"_s,  u"an"_s,  u"and"_s, u"as"_s,  u"at"_s,
                                       u"by"_s, u"for"_s, u"in"_s,  u"of"_s,  u"on"_s,
                                       u"or"_s, u"the"_s, u"to"_s,  u"with"_s};
        QStringList wrong;
        const auto actions = shell.window()->findChildren<QAction *>();
        const QMenu *go = shell.window()->findChild<QMenu *>(u"goMenu"_s);
        for (const QAction *action : actions) {
            // Menu titles and the Go menu name panes, as the navigator writes them.
            if (action->menu() || go->actions().contains(action))
                continue;
            QString text = action->text();
            text.remove(u'&');
            text.remove(u'…');
            const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
            for (qsizetype i = 0; i < words.size(); ++i) {
                const QString &word = words.at(i);
                if (!word.at(0).isLetter() || word.at(0).isUpper())
                    continue;
                if (i > 0 && small.contains(word))
                    continue;
                if (word == u"curl" || word == u"decK")
                    continue; // names of tools keep their own spelling
                wrong.append(action->text());
                break;
            }
        }
        wrong.removeDuplicates();
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u" | "_s)));
    }

    void customWidgetsHaveAccessibleNames() {
        Services services;
        Shell shell(services.shell());
        MainWindow *window = shell.window();
        // The widgets Qt cannot describe by itself: the navigator, every chart, the map.
        QList<QWidget *> custom{window->findChild<QListView *>(u"navigator"_s),
                                window->findChild<QWidget *>(u"topologyView"_s)};
        window->showPane(u"telemetry"_s);
        const auto charts = window->findChildren<TelemetryChart *>();
        QVERIFY2(charts.size() >= 4, qPrintable(QString::number(charts.size())));
        for (TelemetryChart *chart : charts)
            custom.append(chart);
        for (QWidget *widget : std::as_const(custom)) {
            QVERIFY(widget);
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(accessible);
            QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(),
                     qPrintable(widget->objectName()));
            QVERIFY2(!accessible->text(QAccessible::Description).isEmpty(),
                     qPrintable(widget->objectName()));
        }
    }

    void shellWiresThePanesToEachOther() {
        Services services;
        Shell shell(services.shell());
        MainWindow *window = shell.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QSignalSpy synced(&services.sync, &SyncEngine::syncFinished);
        shell.startPrepared(u" (test)"_s);
        QVERIFY(synced.wait(20000));
        QVERIFY(!window->findChild<QAction *>(u"signInAction"_s)->isEnabled());
        FleetStore &store = services.store;
        QTRY_VERIFY(!store.pluginIds().isEmpty() && !store.partialIds().isEmpty());

        // A cache or a partial jumps to a plugin; a plugin to its partial.
        const QString pluginId = store.pluginIds().constLast();
        Q_EMIT window->findChild<CachesPane *>()->showPluginRequested(pluginId);
        QCOMPARE(window->currentPane()->paneId(), u"plugins"_s);
        QVERIFY(detailsShown(window, u"pluginDetails"_s).contains(store.plugin(pluginId)->name));
        window->showPane(u"caches"_s);
        Q_EMIT window->findChild<PartialsPane *>()->showPluginRequested(pluginId);
        QCOMPARE(window->currentPane()->paneId(), u"plugins"_s);
        const QString partialId = store.partialIds().constFirst();
        Q_EMIT window->findChild<PluginsPane *>()->showPartialRequested(partialId);
        QCOMPARE(window->currentPane()->paneId(), u"partials"_s);
        QVERIFY(detailsShown(window, u"partialDetails"_s).contains(store.partial(partialId)->name));

        // A group's control plane, from the gateways pane.
        const QString planeId = store.controlPlaneIds().constLast();
        const QString planeName = store.controlPlane(planeId)->name;
        Q_EMIT window->findChild<GatewaysPane *>()->showControlPlaneRequested(planeId);
        QCOMPARE(window->currentPane()->paneId(), u"control-planes"_s);
        QVERIFY(detailsShown(window, u"controlPlaneDetails"_s).contains(planeName));

        // A control plane picked on the map is selected in the control planes pane.
        auto *topology = window->findChild<TopologyPane *>();
        const QString otherId = store.controlPlaneIds().constFirst();
        Q_EMIT topology->controlPlaneSelected(otherId);
        QVERIFY(detailsShown(window, u"controlPlaneDetails"_s)
                    .contains(store.controlPlane(otherId)->name));

        // A cache operation that settles says so in the window.
        Q_EMIT services.tracker.settled(planeId, u"cache"_s, true, u"The cache is ready."_s);
        QCOMPARE(window->statusBar()->currentMessage(), u"The cache is ready."_s);

        // Sign out from the File menu (disabled for a session given on the command line, so
        // enabled here): no token left, the store empty.
        auto *signOut = window->findChild<QAction *>(u"signOutAction"_s);
        signOut->setEnabled(true);
        signOut->trigger();
        QVERIFY(!services.session->transport().hasToken());
        QVERIFY(store.controlPlaneIds().isEmpty());
    }

    void geometryAndPaneRestored() {
        {
            MainWindow window;
            window.addPane(new FakePane(u"a"_s, u"A"_s));
            window.addPane(new FakePane(u"b"_s, u"B"_s));
            window.restoreSession();
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            window.showPane(u"b"_s);
            window.close();
        }
        MainWindow again;
        again.addPane(new FakePane(u"a"_s, u"A"_s));
        again.addPane(new FakePane(u"b"_s, u"B"_s));
        again.restoreSession();
        QCOMPARE(again.currentPane()->paneId(), u"b"_s);
        QCOMPARE(again.size(), QSize(900, 640));
    }
};

} // namespace kd

QTEST_MAIN(kd::TestMainWindow)
#include "tst_mainwindow.moc"
