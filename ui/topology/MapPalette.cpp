#include "ui/topology/MapPalette.h"

#include <QPalette>

#include <cmath>

namespace kd {

namespace {
bool isDark(const QColor &colour) {
    return colour.lightnessF() < 0.5;
}

Health graded(double value, double warning, double bad) {
    if (std::isnan(value))
        return Health::Unknown;
    return value >= bad ? Health::Bad : value >= warning ? Health::Warning : Health::Good;
}
} // namespace

MapPalette MapPalette::from(const QPalette &palette) {
    MapPalette colours;
    const QColor base = palette.color(QPalette::Base);
    colours.text = palette.color(QPalette::Text);
    colours.halo = base;
    colours.halo.setAlpha(215);
    colours.selection = colours.text;
    if (isDark(base)) {
        colours.sea = QColor(0x1b, 0x26, 0x33);
        colours.land = QColor(0x3a, 0x3d, 0x42);
        colours.coast = QColor(0x5c, 0x60, 0x66);
    } else {
        colours.sea = QColor(0xdd, 0xe9, 0xf3);
        colours.land = QColor(0xf2, 0xef, 0xe6);
        colours.coast = QColor(0xb0, 0xa8, 0x90);
    }
    return colours;
}

QColor MapPalette::health(Health health) {
    switch (health) {
    case Health::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case Health::Warning:
        return QColor(0xe0, 0x8e, 0x0b);
    case Health::Bad:
        return QColor(0xc6, 0x28, 0x28);
    case Health::Unknown:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

Health latencyHealth(double p95Ms) {
    return graded(p95Ms, healthLimits::latencyWarningMs, healthLimits::latencyBadMs);
}

Health errorHealth(double percent) {
    return graded(percent, healthLimits::errorWarningPercent, healthLimits::errorBadPercent);
}

Health memoryHealth(double percent) {
    return graded(percent, healthLimits::memoryWarningPercent, healthLimits::memoryBadPercent);
}

} // namespace kd
