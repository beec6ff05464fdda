#include "ui/Pane.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QListView>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

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
