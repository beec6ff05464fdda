#pragma once

#include "models/Tones.h"

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
    // A count ("12"), or a problem drawn as a coloured pill in `tone` (error red by default,
    // Tone::Warning amber).
    void badgeChanged(const QString &badge, bool problem, kd::Tone tone = kd::Tone::Error);
    void statusMessage(const QString &message);
};

} // namespace kd
