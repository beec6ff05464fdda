#pragma once

#include <QDateTime>

#include <chrono>

namespace kd::sim {

// Wall time for the simulator, with an offset tests can move forward. Asynchronous state
// machines divide their real-world durations by timeScale, so a cache that takes 15 minutes
// on Konnect takes 15 s at the demo scale of 60.
class SimClock final {
public:
    explicit SimClock(double timeScale = 60.0);

    QDateTime now() const;
    qint64 nowMs() const;
    double timeScale() const { return m_timeScale; }
    void setTimeScale(double scale);
    // Milliseconds of simulated waiting for something that takes `real` on Konnect.
    qint64 scaled(std::chrono::milliseconds real) const;
    void advance(std::chrono::milliseconds by) { m_offsetMs += by.count(); }

private:
    double m_timeScale;
    qint64 m_offsetMs = 0;
};

} // namespace kd::sim
