// Opt-in benchmark (not a test): the topology map of `konnect-sim --seed fleet:N` (2,000
// control planes, 6,000 data-plane groups by default). Prints how long building the scene
// takes and the frame times while panning, far out (clusters) and close in (clusters open
// where the zoom leaves room for their members), aiming at 16 ms or less per frame.
//   cmake --build --preset ci --target bench_topology
//   QT_QPA_PLATFORM=offscreen build/ci/tests/bench/bench_topology [control-planes]
#include "fleet/FleetStore.h"
#include "fleet/Session.h"
#include "fleet/SyncEngine.h"
#include "ui/topology/MapData.h"
#include "ui/topology/TopologyPane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include "BenchSim.h"
#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {
struct Frames {
    double median;
    double p95;
    double worst;
    double cpuMedian; // CPU time of this process: what the frame costs when others share the CPU
    double cpuWorst;
};

double cpuMs() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// Pans `steps` times by `stride` pixels (right, then down, then back) and times each
// repaint of the viewport.
Frames pan(kd::TopologyView *view, int steps, int stride) {
    QList<double> times;
    QList<double> cpu;
    for (int i = 0; i < steps; ++i) {
        QScrollBar *bar =
            (i / 10) % 2 == 0 ? view->horizontalScrollBar() : view->verticalScrollBar();
        bar->setValue(bar->value() + ((i / 20) % 2 == 0 ? stride : -stride));
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        view->viewport()->repaint();
        times.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        cpu.append(cpuMs() - cpuStart);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    return {times.at(times.size() / 2), times.at(times.size() * 95 / 100), times.constLast(),
            cpu.at(cpu.size() / 2), cpu.constLast()};
}
} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    const QString count = app.arguments().value(1, QStringLiteral("2000"));
    QProcess sim;
    const QString origin = kd::bench::startSim(sim, count);
    if (origin.isEmpty())
        return 1;
    kd::Profile profile;
    profile.name = QStringLiteral("bench");
    profile.endpointTemplate = origin + QStringLiteral("/{geo}");
    kd::Session session(profile);
    session.setToken(kd::bench::token);
    kd::FleetStore store;
    kd::SyncEngine sync(&session, &store);
    QSignalSpy finished(&sync, &kd::SyncEngine::syncFinished);
    sync.refreshNow(); // once: no periodic refresh while the map is measured
    finished.wait(600000);

    kd::TopologyPane pane(&store);
    pane.resize(1600, 1000);
    pane.show();
    QElapsedTimer timer;
    timer.start();
    pane.rebuild();
    const qint64 buildMs = timer.elapsed();
    QCoreApplication::processEvents();
    const kd::TopologyGraph &graph = pane.graph();
    std::printf("map: fleet:%s  %lld control planes  %lld groups  %lld regions  %lld cache nodes  "
                "%lld scene items  built in %lld ms\n",
                qPrintable(count), static_cast<long long>(graph.planes().size()),
                static_cast<long long>(graph.groups().size()),
                static_cast<long long>(graph.regions().size()),
                static_cast<long long>(graph.caches().size()),
                static_cast<long long>(pane.scene()->items().size()),
                static_cast<long long>(buildMs));

    kd::TopologyView *view = pane.view();
    view->fitRect(kd::mapdata::inhabitedWorld()); // the world, whatever "Fit" shows
    view->viewport()->repaint();                  // the land is drawn once per zoom
    Frames far = pan(view, 80, 20);
    std::printf("pan, whole world (clusters, zoom %.1f): median %.1f ms, p95 %.1f ms, worst %.1f "
                "ms (CPU median %.1f ms, worst %.1f ms)\n",
                view->zoom(), far.median, far.p95, far.worst, far.cpuMedian, far.cpuWorst);
    for (const double zoom : {4.0, 16.0}) {
        view->zoomBy(zoom / view->zoom(), view->viewport()->rect().center());
        view->centerOn(kd::TopologyGraph::project(45, -40)); // the North Atlantic: US and EU
        if (zoom > 10)
            view->centerOn(kd::TopologyGraph::project(39, -80)); // the US east coast
        view->viewport()->repaint();
        QTest::qWait(300); // the land is drawn anew once the zoom rests
        const Frames close = pan(view, 80, 20);
        const auto [open, clusters] = pane.openClusters();
        std::printf("pan, close in (zoom %.0f, %d of %d clusters open): median %.1f ms, p95 %.1f "
                    "ms, worst %.1f ms (CPU median %.1f ms, worst %.1f ms)\n",
                    view->zoom(), open, clusters, close.median, close.p95, close.worst,
                    close.cpuMedian, close.cpuWorst);
    }
    timer.restart();
    view->zoomBy(0.5, view->viewport()->rect().center());
    view->viewport()->repaint();
    std::printf("zoom out one step (detail to clusters): %.1f ms\n",
                static_cast<double>(timer.nsecsElapsed()) / 1e6);
    std::printf("peak RSS: %ld MB\n", kd::bench::peakRssMb());
    sim.terminate();
    sim.waitForFinished(10000);
    return 0;
}
