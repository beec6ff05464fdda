#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QListView;
class QMenu;
class QSystemTrayIcon;
class QSplitter;
class QStackedWidget;

namespace kd {

class NavigatorModel;
class Pane;

// The shell: navigator on the left, the selected pane in the middle, status at the bottom.
// Panes bring their own actions; the window only arranges them and remembers the layout.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void addPane(Pane *pane);
    // Shows the last pane and the saved geometry; call once all panes are added.
    void restoreSession();
    bool showPane(const QString &paneId);
    Pane *currentPane() const;
    const QList<Pane *> &panes() const { return m_panes; }

    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *fileMenu() const { return m_fileMenu; }
    // Sign in, sign out and the like: in the File menu above Quit, wherever Quit is.
    void addSessionActions(const QList<QAction *> &actions);
    void setConnectionText(const QString &text, const QString &toolTip = {});
    // Long work finished: a desktop notification from the system tray where there is one,
    // else the status bar and the window's alert.
    void notify(const QString &title, const QString &message, bool problem);

Q_SIGNALS:
    void paneShown(const QString &paneId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void onNavigatorRowChanged(int row);
    void updatePaneMenu();
    void saveSession() const;

    NavigatorModel *m_navigatorModel;
    QListView *m_navigator;
    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    QLabel *m_connection;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_quit = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_paneMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QList<Pane *> m_panes;
};

} // namespace kd
