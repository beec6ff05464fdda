#pragma once

#include <QList>
#include <QWidget>

class QAction;

namespace kd {

// One page of the main window: what the navigator lists and the central area shows.
class Pane : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString paneId() const = 0;
    virtual QString title() const = 0;
    virtual QString iconPath() const = 0;
    // Actions the main window puts in its "Pane" menu while this pane is shown.
    virtual QList<QAction *> paneActions() const { return {}; }

Q_SIGNALS:
    void badgeChanged(const QString &badge, bool problem);
    void statusMessage(const QString &message);
};

} // namespace kd
