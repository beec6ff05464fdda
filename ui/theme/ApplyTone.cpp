#include "ui/theme/ApplyTone.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace kd {

namespace {
void colour(QWidget *widget, Tone tone) {
    const QColor c = toneColor(tone, QApplication::palette(widget));
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, c);
    palette.setColor(QPalette::Text, c);
    widget->setPalette(palette);
}

class ToneFollower final : public QObject {
public:
    ToneFollower(QWidget *widget, Tone tone)
        : QObject(widget)
        , m_tone(tone) {}
    Tone m_tone;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::ApplicationPaletteChange)
            colour(static_cast<QWidget *>(watched), m_tone);
        return false;
    }
};
} // namespace

void applyTone(QWidget *widget, Tone tone) {
    auto *follower = widget->findChild<ToneFollower *>(QString(), Qt::FindDirectChildrenOnly);
    if (!follower) {
        follower = new ToneFollower(widget, tone);
        widget->installEventFilter(follower);
    }
    follower->m_tone = tone;
    colour(widget, tone);
}

} // namespace kd
