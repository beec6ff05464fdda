#include "ui/palette/PaletteController.h"

#include "models/CommandPaletteModel.h"
#include "ui/Pane.h"
#include "ui/palette/CommandPalette.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
QString plainText(const QAction *action) {
    QString text = action->text();
    text.remove(u'&');
    if (text.endsWith(u"…") || text.endsWith(u"..."))
        text = text.left(text.endsWith(u"…") ? text.size() - 1 : text.size() - 3);
    return text;
}

QString detailOf(const QString &where, const QAction *action) {
    const QString keys = action->shortcut().toString(QKeySequence::NativeText);
    return keys.isEmpty() ? where : u"%1 · %2"_s.arg(where, keys);
}
} // namespace

PaletteController::PaletteController(FleetStore *store, MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_model(new CommandPaletteModel(store, this))
    , m_palette(new CommandPalette(m_model, window))
    , m_action(new QAction(tr("Command Palette…"), this)) {
    m_action->setObjectName(u"commandPaletteAction"_s);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_action->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_action, &QAction::triggered, this, &PaletteController::popup);
    window->viewMenu()->addAction(m_action);
    window->addAction(m_action);
    connect(m_palette, &CommandPalette::entryActivated, this, &PaletteController::run);
}

void PaletteController::setOpener(CommandEntry::Kind kind, const QString &paneId, Opener open) {
    m_openers.insert(kind, {paneId, std::move(open)});
}

void PaletteController::popup() {
    collectActions();
    m_palette->popup();
}

void PaletteController::collectActions() {
    m_targets.clear();
    QList<CommandEntry> entries;
    const auto add = [&](QAction *action, const QString &where, const QString &paneId) {
        if (action->isSeparator() || action->menu() || !action->isVisible() || !action->isEnabled()
            || action == m_action || plainText(action).isEmpty())
            return;
        entries.append({CommandEntry::Kind::Action, plainText(action), detailOf(where, action),
                        QString::number(m_targets.size())});
        m_targets.append({action, paneId});
    };
    for (QAction *top : m_window->menuBar()->actions()) {
        QMenu *menu = top->menu();
        // The pane menu shows the current pane's actions: they come with every pane below.
        if (!menu || menu->objectName() == u"paneMenu")
            continue;
        const QString where = plainText(top);
        for (QAction *action : menu->actions()) {
            if (QMenu *sub = action->menu()) {
                for (QAction *inner : sub->actions())
                    add(inner, u"%1 › %2"_s.arg(where, plainText(action)), {});
            } else {
                add(action, where, {});
            }
        }
    }
    for (Pane *pane : m_window->panes())
        for (QAction *action : pane->paneActions())
            add(action, pane->title(), pane->paneId());
    m_model->setActions(entries);
}

void PaletteController::run(int kind, const QString &id) {
    const auto k = CommandEntry::Kind(kind);
    if (k == CommandEntry::Kind::Action) {
        const Target target = m_targets.value(id.toInt());
        if (!target.action)
            return;
        if (!target.paneId.isEmpty())
            m_window->showPane(target.paneId);
        target.action->trigger();
        return;
    }
    const auto opener = m_openers.find(k);
    if (opener == m_openers.end())
        return;
    m_window->showPane(opener->first);
    opener->second(id);
}

} // namespace kd
