#pragma once

#include <QColor>
#include <QPalette>

namespace kd {

// What a colour means, not which colour: each tone is chosen for the palette in use, so red
// text stays readable on a dark window and a warning is not yellow on white.
enum class Tone { Ok, Warning, Error, Muted, Accent };

bool isDarkPalette(const QPalette &palette);
QColor toneColor(Tone tone, const QPalette &palette);
// The same, for the application's palette now.
QColor toneColor(Tone tone);

} // namespace kd
