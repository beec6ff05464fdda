#pragma once

#include <QProcess>
#include <QString>

#include <cstdio>
#include <sys/resource.h>

// What both benchmarks share: konnect-sim in its own process, and peak RSS.
namespace kd::bench {

inline const QString token = QStringLiteral("kpat_bench-fixture-not-a-token");

// Starts `konnect-sim --seed fleet:<count>` and returns its origin, or an empty string.
inline QString startSim(QProcess &sim, const QString &count) {
    sim.start(QStringLiteral(KD_SIM_BINARY),
              {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--token"), token,
               QStringLiteral("--seed"), QStringLiteral("fleet:") + count});
    if (!sim.waitForReadyRead(120000)) {
        std::fprintf(stderr, "konnect-sim did not start\n");
        return {};
    }
    return QString::fromUtf8(sim.readLine()).trimmed().section(QLatin1Char(' '), -1);
}

inline long peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace kd::bench
