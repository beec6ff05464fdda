#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QWidget;

namespace kd {

// The actions every pane that has them binds to the same key.
enum class StandardAction { New, Edit, Delete, Refresh, Filter };

QKeySequence standardShortcut(StandardAction action);
// Gives `action` the standard key and says it in the tooltip ("Delete (Del)").
void bindStandardShortcut(QAction *action, StandardAction standard);
// A pane's New, Edit or Delete, called `text` there: the standard icon and key, the object
// name tests and the palette know (newAction, editAction, deleteAction), and the key working
// while the focus is in the pane.
QAction *makeStandardAction(StandardAction standard, const QString &text, QWidget *pane);

// One row of Help → Keyboard Shortcuts.
struct ShortcutEntry {
    QString where; // "Every pane", or the pane's title
    QString action;
    QKeySequence key;
};

// Every key the panes bind, in the order Help → Keyboard Shortcuts lists them.
QList<ShortcutEntry> keyboardShortcuts();

} // namespace kd
