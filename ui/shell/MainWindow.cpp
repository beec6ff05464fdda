#include "ui/shell/MainWindow.h"

#include "models/NavigatorModel.h"
#include "ui/Pane.h"
#include "ui/common/KeyboardShortcutsDialog.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/NavigatorDelegate.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QIcon>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>

#include <chrono>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
constexpr auto geometryKey = "MainWindow/geometry";
constexpr auto stateKey = "MainWindow/state";
constexpr auto splitterKey = "MainWindow/splitter";
constexpr auto paneKey = "MainWindow/pane";
// How long a pane's message stays in the status bar; the end of long work stays longer.
constexpr std::chrono::milliseconds paneMessageTime{8000};
constexpr std::chrono::milliseconds notificationTime{15000};
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_navigatorModel(new NavigatorModel(this))
    , m_navigator(new QListView(this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_connection(new QLabel(this)) {
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Konnect Desk"));
    setWindowIcon(QIcon(u":/icons/konnect-desk.svg"_s));

    m_navigator->setObjectName(u"navigator"_s);
    m_navigator->setModel(m_navigatorModel);
    // Counts as quiet text, problems as coloured pills.
    m_navigator->setItemDelegate(new NavigatorDelegate(m_navigator));
    m_navigator->setIconSize(QSize(20, 20));
    m_navigator->setSpacing(2);
    m_navigator->setUniformItemSizes(true);
    m_navigator->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigator->setMinimumWidth(170);
    m_navigator->setAccessibleName(tr("Navigator"));
    m_navigator->setAccessibleDescription(tr("The panes of the window; the badge counts what "
                                             "each one shows"));
    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onNavigatorRowChanged(current.row()); });

    m_stack->setObjectName(u"paneStack"_s);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({200, 1000});
    setCentralWidget(m_splitter);

    m_connection->setObjectName(u"connectionStatus"_s);
    statusBar()->addPermanentWidget(m_connection);

    createMenus();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_quit = m_fileMenu->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this,
                                   &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    m_quit->setObjectName(u"quitAction"_s);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(u"viewMenu"_s);
    QAction *navigator = m_viewMenu->addAction(tr("Show &Navigator"));
    navigator->setObjectName(u"toggleNavigatorAction"_s);
    navigator->setCheckable(true);
    navigator->setChecked(true);
    navigator->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(navigator, &QAction::toggled, m_navigator, &QWidget::setVisible);
    QAction *fullScreen = m_viewMenu->addAction(tr("&Full Screen"));
    fullScreen->setObjectName(u"fullScreenAction"_s);
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this,
            [this](bool on) { setWindowState(windowState().setFlag(Qt::WindowFullScreen, on)); });
    m_viewMenu->addSeparator();

    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_goMenu->setObjectName(u"goMenu"_s);

    m_paneMenu = menuBar()->addMenu(tr("&Pane"));
    m_paneMenu->setObjectName(u"paneMenu"_s);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *dialog = new KeyboardShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    keys->setObjectName(u"keyboardShortcutsAction"_s);
    keys->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(tr("&About Konnect Desk"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::addSessionActions(const QList<QAction *> &actions) {
    m_fileMenu->insertActions(m_quit, actions);
    m_fileMenu->insertSeparator(m_quit);
}

void MainWindow::addPane(Pane *pane) {
    Q_ASSERT(pane);
    m_panes.append(pane);
    m_stack->addWidget(pane);
    m_navigatorModel->addSection(pane->paneId(), pane->title(), pane->iconPath());
    // Wide enough for the longest title with its icon and a badge such as " · 60000".
    m_navigator->setMinimumWidth(std::max(
        m_navigator->minimumWidth(),
        m_navigator->fontMetrics().horizontalAdvance(pane->title() + u" · 00000"_s) + 20 + 32));
    connect(pane, &Pane::badgeChanged, this,
            [this, pane](const QString &badge, bool problem, Tone tone) {
                m_navigatorModel->setBadge(pane->paneId(), badge, problem, tone);
            });
    connect(pane, &Pane::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, static_cast<int>(paneMessageTime.count()));
    });

    const auto number = m_panes.size();
    QAction *go = m_goMenu->addAction(QIcon(pane->iconPath()), pane->title(), this,
                                      [this, id = pane->paneId()] { showPane(id); });
    if (number <= 9)
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number)));
    if (m_panes.size() == 1)
        m_navigator->setCurrentIndex(m_navigatorModel->index(0));
}

bool MainWindow::showPane(const QString &paneId) {
    const int row = m_navigatorModel->rowOf(paneId);
    if (row < 0)
        return false;
    m_navigator->setCurrentIndex(m_navigatorModel->index(row));
    return true;
}

Pane *MainWindow::currentPane() const {
    return qobject_cast<Pane *>(m_stack->currentWidget());
}

void MainWindow::setConnectionText(const QString &text, const QString &toolTip) {
    m_connection->setText(text);
    m_connection->setToolTip(toolTip);
}

void MainWindow::onNavigatorRowChanged(int row) {
    if (row < 0 || row >= m_panes.size())
        return;
    Pane *pane = m_panes.at(row);
    m_stack->setCurrentWidget(pane);
    updatePaneMenu();
    Q_EMIT paneShown(pane->paneId());
}

void MainWindow::updatePaneMenu() {
    m_paneMenu->clear();
    Pane *pane = currentPane();
    if (!pane)
        return;
    m_paneMenu->setTitle(u"&"_s + pane->title());
    const auto actions = pane->paneActions();
    for (QAction *action : actions)
        m_paneMenu->addAction(action);
    m_paneMenu->menuAction()->setVisible(!actions.isEmpty());
}

void MainWindow::restoreSession() {
    QSettings settings;
    restoreGeometry(settings.value(QLatin1StringView(geometryKey)).toByteArray());
    restoreState(settings.value(QLatin1StringView(stateKey)).toByteArray());
    m_splitter->restoreState(settings.value(QLatin1StringView(splitterKey)).toByteArray());
    showPane(settings.value(QLatin1StringView(paneKey)).toString());
}

void MainWindow::saveSession() const {
    QSettings settings;
    settings.setValue(QLatin1StringView(geometryKey), saveGeometry());
    settings.setValue(QLatin1StringView(stateKey), saveState());
    settings.setValue(QLatin1StringView(splitterKey), m_splitter->saveState());
    if (const Pane *pane = currentPane())
        settings.setValue(QLatin1StringView(paneKey), pane->paneId());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveSession();
    event->accept();
}

void MainWindow::notify(const QString &title, const QString &message, bool problem) {
    statusBar()->showMessage(message, static_cast<int>(notificationTime.count()));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setToolTip(windowTitle());
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                showNormal();
                raise();
                activateWindow();
            });
        }
        m_tray->show();
        m_tray->showMessage(title, message,
                            problem ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    }
    QApplication::alert(this);
}

} // namespace kd
