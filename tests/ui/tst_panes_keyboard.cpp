#include "ui/common/KeyboardShortcutsDialog.h"
#include "ui/common/Shortcuts.h"
#include "ui/plugins/PluginDialog.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeView>

#include "PanesFixture.h"

using namespace Qt::StringLiterals;

namespace kd {

// The keys, row menus, focus, saved header state and signed-out state every pane shares.
class TestPanesKeyboard final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::PanesFixture> m_f;

    QList<Pane *> tablePanes() const {
        return {m_f->planes, m_f->networks, m_f->caches, m_f->partials, m_f->plugins};
    }

    // Opens the row menu as a right-click on the first row does.
    static QMenu *rowMenuOf(Pane *pane, QAbstractItemView *view) {
        const QPoint at = view->visualRect(view->model()->index(0, 0)).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &event);
        return pane->findChild<QMenu *>(u"rowMenu"_s);
    }

private Q_SLOTS:
    void initTestCase() { test::PanesFixture::isolateSettings(m_dir); }

    void init() {
        QSettings().clear();
        m_f = std::make_unique<test::PanesFixture>();
    }

    void cleanup() { m_f.reset(); }

    void theSameActionHasTheSameKeyInEveryPane() {
        QVERIFY(m_f->start(m_dir.filePath(u"pending.ini"_s)));
        for (Pane *pane : tablePanes() + QList<Pane *>{m_f->gateways}) {
            const auto key = [pane](const QString &name) {
                QAction *action = test::PanesFixture::action(pane, name);
                return action ? action->shortcut() : QKeySequence();
            };
            QCOMPARE(key(u"newAction"_s), QKeySequence(Qt::CTRL | Qt::Key_N));
            QCOMPARE(key(u"editAction"_s), QKeySequence(Qt::Key_F2));
            QCOMPARE(key(u"deleteAction"_s), QKeySequence(Qt::Key_Delete));
            // No two of a pane's actions share a key.
            QSet<QKeySequence> keys;
            for (QAction *action : pane->paneActions()) {
                if (action->shortcut().isEmpty())
                    continue;
                QVERIFY2(!keys.contains(action->shortcut()),
                         qPrintable(pane->paneId() + u": "_s + action->text()));
                keys.insert(action->shortcut());
            }
        }
        QCOMPARE(test::PanesFixture::action(m_f->planes, u"refreshAction"_s)->shortcut(),
                 QKeySequence(Qt::Key_F5));
        // The list Help shows names each key once for each place.
        QSet<QString> seen;
        for (const ShortcutEntry &entry : keyboardShortcuts()) {
            const QString where = entry.where + entry.key.toString();
            QVERIFY2(!seen.contains(where), qPrintable(where));
            seen.insert(where);
        }
    }

    void f2EditsTheSelectedRow() {
        QVERIFY(m_f->start(m_dir.filePath(u"pending.ini"_s)));
        QVERIFY(m_f->window->showPane(u"plugins"_s));
        QTableView *view = test::PanesFixture::viewOf(m_f->plugins);
        view->setCurrentIndex(test::PanesFixture::rowWith(view, u"openid-connect"_s));
        m_f->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_f->window));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F2);
        QPointer<PluginDialog> edit;
        QTRY_VERIFY((edit = m_f->plugins->findChild<PluginDialog *>()));
        edit->reject();
    }

    void everyRowHasAMenuWithItsPanesActions() {
        QVERIFY(m_f->start(m_dir.filePath(u"pending.ini"_s)));
        for (Pane *pane : tablePanes()) {
            QVERIFY(m_f->window->showPane(pane->paneId()));
            QTableView *view = test::PanesFixture::viewOf(pane);
            QVERIFY2(view->model()->rowCount() > 0, qPrintable(pane->paneId()));
            view->clearSelection();
            view->setCurrentIndex({});
            QPointer<QMenu> menu = rowMenuOf(pane, view);
            QVERIFY2(menu, qPrintable(pane->paneId()));
            QCOMPARE(menu->actions(), pane->paneActions());
            QVERIFY(view->currentIndex().isValid()); // the row clicked became current
            QVERIFY(test::PanesFixture::action(pane, u"editAction"_s)->isEnabled());
            if (pane == m_f->caches) {
                m_f->window->grab().save(QStringLiteral(KD_SHOT_DIR "/panes-row-menu.png"));
                menu->grab().save(QStringLiteral(KD_SHOT_DIR "/panes-row-menu-only.png"));
            }
            menu->close();
            QTRY_VERIFY(!menu);
        }
        QVERIFY(m_f->window->showPane(u"gateways"_s));
        auto *tree = test::PanesFixture::viewOf<QTreeView>(m_f->gateways);
        QTRY_VERIFY(tree->model()->rowCount() > 0);
        QPointer<QMenu> menu = rowMenuOf(m_f->gateways, tree);
        QVERIFY(menu);
        QCOMPARE(menu->actions(), m_f->gateways->paneActions());
        menu->close();
        QVERIFY(m_f->window->showPane(u"activity"_s));
        QPointer<QMenu> activity =
            rowMenuOf(m_f->activity, test::PanesFixture::viewOf(m_f->activity));
        QVERIFY(activity);
        QCOMPARE(activity->actions(), m_f->activity->paneActions());
        activity->close();
    }

    void tabLeavesTheTableAndFocusShows() {
        QVERIFY(m_f->start(m_dir.filePath(u"pending.ini"_s)));
        m_f->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_f->window));
        for (Pane *pane : tablePanes()) {
            QVERIFY(m_f->window->showPane(pane->paneId()));
            QTableView *view = test::PanesFixture::viewOf(pane);
            view->setFocus();
            QTRY_VERIFY(view->hasFocus());
            const QImage focused = view->grab().toImage();
            QTest::keyClick(view, Qt::Key_Tab);
            QTRY_VERIFY2(!view->hasFocus(), qPrintable(pane->paneId()));
            // The focus ring: the table's frame looks different with and without focus.
            const QImage unfocused = view->grab().toImage();
            bool differs = false;
            for (int x = 0; x < focused.width() && !differs; ++x)
                differs = focused.pixel(x, 0) != unfocused.pixel(x, 0);
            QVERIFY2(differs, qPrintable(pane->paneId()));
        }
    }

    void ctrlFFocusesTheFilter() {
        QVERIFY(m_f->start(m_dir.filePath(u"pending.ini"_s)));
        m_f->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_f->window));
        QVERIFY(m_f->window->showPane(u"networks"_s));
        QTableView *view = test::PanesFixture::viewOf(m_f->networks);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_f->networks->findChild<QLineEdit *>(u"filter"_s)->hasFocus());
    }

    void theTableAndDetailsDividerIsRememberedPerPane() {
        QVERIFY(m_f->start(m_dir.filePath(u"pending.ini"_s)));
        QVERIFY(m_f->window->showPane(u"plugins"_s));
        auto *splitter = m_f->plugins->findChild<QSplitter *>();
        QVERIFY(splitter);
        const QList<int> before = splitter->sizes();
        // The user drags the divider 150 px to the left.
        const QList<int> after{before.at(0) - 150, before.at(1) + 150};
        splitter->setSizes(after);
        Q_EMIT splitter->splitterMoved(after.at(0), 1);
        const QList<int> moved = splitter->sizes();
        const int otherPane = m_f->networks->findChild<QSplitter *>()->sizes().at(0);

        m_f->stop();
        m_f = std::make_unique<test::PanesFixture>();
        QVERIFY(m_f->start(m_dir.filePath(u"pending.ini"_s)));
        QVERIFY(m_f->window->showPane(u"plugins"_s));
        QCOMPARE(m_f->plugins->findChild<QSplitter *>()->sizes(), moved);
        QCOMPARE(m_f->networks->findChild<QSplitter *>()->sizes().at(0), otherPane);
    }

    void columnWidthsAndSortOrderAreRememberedPerPane() {
        QVERIFY(m_f->start(m_dir.filePath(u"pending.ini"_s)));
        QVERIFY(m_f->window->showPane(u"plugins"_s));
        QHeaderView *header = test::PanesFixture::viewOf(m_f->plugins)->horizontalHeader();
        // Sort by the second column, descending, with the mouse.
        const QPoint second(header->sectionViewportPosition(1) + header->sectionSize(1) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, second);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, second);
        QCOMPARE(header->sortIndicatorSection(), 1);
        const Qt::SortOrder order = header->sortIndicatorOrder();
        // Drag the first column's right edge 60 px to the right.
        const int edge = header->sectionViewportPosition(0) + header->sectionSize(0) - 1;
        const int width = header->sectionSize(0);
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, {edge, header->height() / 2});
        QMouseEvent move(QEvent::MouseMove, QPointF(edge + 60, header->height() / 2),
                         header->viewport()->mapToGlobal(QPointF(edge + 60, header->height() / 2)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(header->viewport(), &move);
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {},
                            {edge + 60, header->height() / 2});
        QCOMPARE(header->sectionSize(0), width + 60);
        const int networksSorted =
            test::PanesFixture::viewOf(m_f->networks)->horizontalHeader()->sortIndicatorSection();

        // A new window (the next start of the app) shows the pane as it was left.
        m_f->stop();
        m_f = std::make_unique<test::PanesFixture>();
        QVERIFY(m_f->start(m_dir.filePath(u"pending.ini"_s)));
        header = test::PanesFixture::viewOf(m_f->plugins)->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), 1);
        QCOMPARE(header->sortIndicatorOrder(), order);
        QCOMPARE(header->sectionSize(0), width + 60);
        // Each pane keeps its own.
        QCOMPARE(
            test::PanesFixture::viewOf(m_f->networks)->horizontalHeader()->sortIndicatorSection(),
            networksSorted);
    }

    void theWindowNeverGrowsByItself() {
        QVERIFY(m_f->start(m_dir.filePath(u"pending.ini"_s)));
        m_f->window->resize(1280, 800);
        QTRY_COMPARE(m_f->window->width(), 1280);
        for (const QString &pane : {u"control-planes"_s, u"gateways"_s, u"networks"_s, u"caches"_s,
                                    u"partials"_s, u"plugins"_s, u"activity"_s}) {
            QVERIFY(m_f->window->showPane(pane));
            QCoreApplication::sendPostedEvents(); // the layout requests the pane made
            QCOMPARE(m_f->window->width(), 1280);
        }
        // As narrow as the window goes (the layout's minimum counts every pane, shown or not:
        // 1195 px with the compare pane today): showing a pane leaves it so.
        const int narrow = qMax(900, m_f->window->minimumSizeHint().width());
        m_f->window->resize(narrow, 700);
        QTRY_COMPARE(m_f->window->width(), narrow);
        QVERIFY(m_f->window->showPane(u"gateways"_s));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(m_f->window->width(), narrow);
    }

    void signedOutPanesChangeNothingAndSaySignIn() {
        QVERIFY(m_f->start(m_dir.filePath(u"pending.ini"_s), false));
        for (Pane *pane : tablePanes() + QList<Pane *>{m_f->gateways}) {
            for (const QString &name : {u"newAction"_s, u"editAction"_s, u"deleteAction"_s})
                QVERIFY2(!test::PanesFixture::action(pane, name)->isEnabled(),
                         qPrintable(pane->paneId() + u' ' + name));
        }
        for (Pane *pane : tablePanes()) {
            QVERIFY(m_f->window->showPane(pane->paneId()));
            auto *empty = pane->findChild<QLabel *>(u"emptyState"_s);
            QVERIFY2(empty && empty->isVisible(), qPrintable(pane->paneId()));
            QVERIFY2(empty->text().startsWith(u"Sign in to see"_s), qPrintable(empty->text()));
        }
        QVERIFY(m_f->gateways->findChild<QTextBrowser *>(u"groupDetails"_s)
                    ->toPlainText()
                    .startsWith(u"Sign in to see"_s));
        m_f->window->grab().save(QStringLiteral(KD_SHOT_DIR "/panes-signed-out.png"));

        QVERIFY(m_f->signInAndSync());
        for (Pane *pane : tablePanes()) {
            QVERIFY(test::PanesFixture::action(pane, u"newAction"_s)->isEnabled());
            QTRY_VERIFY(!pane->findChild<QLabel *>(u"emptyState"_s)->isVisible());
        }
        QVERIFY(test::PanesFixture::action(m_f->gateways, u"newAction"_s)->isEnabled());
    }

    void helpListsEveryShortcut() {
        KeyboardShortcutsDialog dialog;
        auto *table = dialog.findChild<QTableWidget *>(u"shortcuts"_s);
        QCOMPARE(table->rowCount(), keyboardShortcuts().size());
        QStringList keys;
        for (int row = 0; row < table->rowCount(); ++row)
            keys.append(table->item(row, 2)->text());
        for (StandardAction action :
             {StandardAction::New, StandardAction::Edit, StandardAction::Delete,
              StandardAction::Refresh, StandardAction::Filter})
            QVERIFY(keys.contains(standardShortcut(action).toString(QKeySequence::NativeText)));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(QStringLiteral(KD_SHOT_DIR "/dialog-keyboard-shortcuts.png"));
    }
};

} // namespace kd

QTEST_MAIN(kd::TestPanesKeyboard)
#include "tst_panes_keyboard.moc"
