#include "ui/common/FilterBar.h"

#include <QAction>
#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace kd {

FilterBar::FilterBar(const QString &placeholder, QWidget *parent)
    : QLineEdit(parent) {
    setObjectName(u"filter"_s);
    setPlaceholderText(placeholder);
    setClearButtonEnabled(true);
    setMinimumWidth(260);
    auto *focus = new QAction(this);
    focus->setShortcut(QKeySequence::Find);
    focus->setShortcutContext(Qt::WindowShortcut);
    connect(focus, &QAction::triggered, this, [this] {
        if (window()->isActiveWindow() && isVisible()) {
            setFocus(Qt::ShortcutFocusReason);
            selectAll();
        }
    });
    if (parent)
        parent->addAction(focus);
}

void FilterBar::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace kd
