#include "models/Tones.h"

#include <QGuiApplication>

namespace kd {

bool isDarkPalette(const QPalette &palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor toneColor(Tone tone, const QPalette &palette) {
    const bool dark = isDarkPalette(palette);
    switch (tone) {
    case Tone::Ok:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa1, 0x5c, 0x00);
    case Tone::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    case Tone::Muted:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case Tone::Accent:
        return palette.color(QPalette::Link);
    }
    return palette.color(QPalette::WindowText);
}

QColor toneColor(Tone tone) {
    return toneColor(tone, QGuiApplication::palette());
}

} // namespace kd
