#pragma once

#include <QDialog>

namespace kd {

// Help → Keyboard Shortcuts: every key the panes bind, from keyboardShortcuts().
class KeyboardShortcutsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit KeyboardShortcutsDialog(QWidget *parent = nullptr);
};

} // namespace kd
