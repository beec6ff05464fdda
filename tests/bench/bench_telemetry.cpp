// Opt-in benchmark (not a test): the telemetry charts. Prints the time to append one new
// bucket to all five charts (aim: 5 ms) and to redraw a 24-hour minutely view of 12 series
// (1,440 points each; aim: 16 ms).
//   cmake --build --preset ci --target bench_telemetry
//   QT_QPA_PLATFORM=offscreen build/ci/tests/bench/bench_telemetry
#include "ui/telemetry/TelemetryChart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace {
QList<kd::ChartLine> day(int lines, int buckets, qint64 start) {
    QList<kd::ChartLine> result;
    for (int l = 0; l < lines; ++l) {
        kd::ChartLine line;
        line.key = QStringLiteral("line-%1").arg(l);
        line.label = line.key;
        line.unit = QStringLiteral("ms");
        for (int b = 0; b < buckets; ++b) {
            line.times.append(start + b * 60000LL);
            // A daily curve with noise, and a gap now and then, fixed per minute as Konnect's
            // answers are: the next refresh repeats all but the oldest bucket.
            const qint64 minute = start / 60000LL + b;
            line.values.append(minute % 211 == 5 ? std::nan("")
                                                 : 40 + l * 5 + 20 * std::sin(minute / 229.0)
                                                       + static_cast<double>(minute * 7 % 13));
        }
        result.append(line);
    }
    return result;
}

// CPU time of this thread in ms: on a shared, loaded machine wall time says little.
double cpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

double median(QList<double> times) {
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}
} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QWidget window;
    auto *grid = new QGridLayout(&window);
    QList<kd::TelemetryChart *> charts;
    for (int c = 0; c < 5; ++c) {
        charts.append(new kd::TelemetryChart(QStringLiteral("chart %1").arg(c), &window));
        grid->addWidget(charts.last(), c / 2, c % 2);
    }
    window.resize(1600, 1200);
    window.show();
    const qint64 start = 1'800'000'000'000LL;
    // Append: the window moves by one bucket on every chart, as live mode does. Live views
    // are short (1 hour of minutely buckets); the 24-hour case is shown too.
    for (const int buckets : {60, 1440}) {
        for (kd::TelemetryChart *chart : charts)
            chart->setLines(day(12, buckets, start));
        QCoreApplication::processEvents();
        QList<double> appends;
        QList<double> cpu;
        for (int step = 1; step <= 30; ++step) {
            const auto next = day(12, buckets, start + step * 60000LL);
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = cpuMs();
            for (kd::TelemetryChart *chart : charts)
                chart->setLines(next);
            cpu.append(cpuMs() - cpuStart);
            appends.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("append a bucket to 5 charts of 12 series x %d buckets: median %.2f ms "
                    "(CPU %.2f ms), worst %.2f ms\n",
                    buckets, median(appends), median(cpu),
                    *std::max_element(appends.cbegin(), appends.cend()));
    }

    // Redraw: one chart, 24 hours minutely, 12 series.
    kd::TelemetryChart single(QStringLiteral("24 h"));
    single.resize(1000, 500);
    single.setLines(day(12, 1440, start));
    single.show();
    QCoreApplication::processEvents();
    QList<double> redraws;
    QList<double> redrawCpu;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        single.grab(); // renders the whole chart now
        redrawCpu.append(cpuMs() - cpuStart);
        redraws.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("redraw 24 h minutely, 12 series (17,280 points): median %.2f ms (CPU %.2f ms), "
                "worst %.2f ms\n",
                median(redraws), median(redrawCpu),
                *std::max_element(redraws.cbegin(), redraws.cend()));
    return 0;
}
