#include "ui/telemetry/ShownWatcher.h"

#include <QEvent>
#include <QWidget>

namespace kd {

ShownWatcher::ShownWatcher(QWidget *watched, std::function<void(bool shown)> changed)
    : QObject(watched)
    , m_changed(std::move(changed)) {
    watched->installEventFilter(this);
    m_changed(watched->isVisible());
}

bool ShownWatcher::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::Show || event->type() == QEvent::Hide)
        m_changed(event->type() == QEvent::Show);
    return QObject::eventFilter(watched, event);
}

} // namespace kd
