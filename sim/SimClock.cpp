#include "sim/SimClock.h"

#include <algorithm>
#include <cmath>

namespace kd::sim {

SimClock::SimClock(double timeScale)
    : m_timeScale(std::max(timeScale, 1e-6)) {
}

QDateTime SimClock::now() const {
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

qint64 SimClock::nowMs() const {
    return QDateTime::currentMSecsSinceEpoch() + m_offsetMs;
}

void SimClock::setTimeScale(double scale) {
    m_timeScale = std::max(scale, 1e-6);
}

qint64 SimClock::scaled(std::chrono::milliseconds real) const {
    return static_cast<qint64>(std::llround(static_cast<double>(real.count()) / m_timeScale));
}

} // namespace kd::sim
