#pragma once

#include "models/CommandIndex.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;

namespace kd {

class CommandPalette;
class CommandPaletteModel;
class FleetStore;
class MainWindow;

// Puts "Command Palette…" (Ctrl+K) in the window's View menu and answers what is chosen in
// it: an action of a menu or of any pane runs (showing its pane first), an entity opens in
// the pane that shows its kind.
class PaletteController final : public QObject {
    Q_OBJECT
public:
    using Opener = std::function<void(const QString &id)>;

    PaletteController(FleetStore *store, MainWindow *window);

    // Where an entity of this kind opens: the pane shown first, then `open` selects it.
    void setOpener(CommandEntry::Kind kind, const QString &paneId, Opener open);
    CommandPalette *palette() const { return m_palette; }
    QAction *paletteAction() const { return m_action; }
    void popup();

private:
    void collectActions();
    void run(int kind, const QString &id);

    MainWindow *m_window;
    CommandPaletteModel *m_model;
    CommandPalette *m_palette;
    QAction *m_action;
    struct Target {
        QPointer<QAction> action;
        QString paneId; // empty for the window's own menus
    };
    QList<Target> m_targets; // by action entry id (its index)
    QHash<CommandEntry::Kind, std::pair<QString, Opener>> m_openers;
};

} // namespace kd
