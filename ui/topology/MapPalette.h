#pragma once

#include <QColor>

class QPalette;

namespace kd {

// How healthy a thing looks in the telemetry overlay.
enum class Health { Unknown, Good, Warning, Bad };

// The map's colours in one place, for the items, the legend and the exports. Colours that
// stand for text or background follow the widget palette (dark mode); the others mean
// something (a cloud, a state, a health) and stay the same.
struct MapPalette final {
    QColor sea;
    QColor land;
    QColor coast;
    QColor text;
    QColor halo; // behind labels, so they read on land, sea and edges alike
    QColor selection;
    QColor plane = QColor(0x6a, 0x8c, 0xc7);
    QColor planeBorder = QColor(0x1f, 0x3a, 0x5f);
    QColor problem = QColor(0xc6, 0x28, 0x28);

    static MapPalette from(const QPalette &palette);
    static QColor health(Health health);
    static Health worst(Health a, Health b) { return a > b ? a : b; }
};

// Where values turn from good to worrying to bad.
namespace healthLimits {
constexpr double latencyWarningMs = 500;
constexpr double latencyBadMs = 1000;
constexpr double errorWarningPercent = 1;
constexpr double errorBadPercent = 5;
// The 70–75 % guidance the provisioning wizard states for managed caches.
constexpr double memoryWarningPercent = 70;
constexpr double memoryBadPercent = 75;
} // namespace healthLimits

Health latencyHealth(double p95Ms);
Health errorHealth(double percent);
Health memoryHealth(double percent);

} // namespace kd
