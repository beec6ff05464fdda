#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace kd {

// Tells when a widget is shown or hidden (a pane switched to or away from), so that what it
// shows asks the analytics budget only while it can be seen. Lives as the widget's child.
class ShownWatcher final : public QObject {
    Q_OBJECT
public:
    ShownWatcher(QWidget *watched, std::function<void(bool shown)> changed);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void(bool)> m_changed;
};

} // namespace kd
