#pragma once

#include "models/Tones.h"

class QWidget;

namespace kd {

// Colours a widget's text with a tone (error, warning, …) that follows the theme: set again
// whenever the application's palette changes, so a red error stays readable in dark mode.
void applyTone(QWidget *widget, Tone tone);

} // namespace kd
