#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;

namespace kd {

// The actions every pane that has them binds to the same key.
enum class StandardAction { New, Edit, Delete, Refresh, Filter };

QKeySequence standardShortcut(StandardAction action);
// Gives `action` the standard key and says it in the tooltip ("Delete (Del)").
void bindStandardShortcut(QAction *action, StandardAction standard);

// One row of Help → Keyboard Shortcuts.
struct ShortcutEntry {
    QString where; // "Every pane", or the pane's title
    QString action;
    QKeySequence key;
};

// Every key the panes bind, in the order Help → Keyboard Shortcuts lists them.
QList<ShortcutEntry> keyboardShortcuts();

} // namespace kd
