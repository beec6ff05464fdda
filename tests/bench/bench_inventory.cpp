// Opt-in benchmark (not a test): the inventory against `konnect-sim --seed fleet:N` in its
// own process. Prints full-sync time and requests, the longest GUI-thread stall during sync
// (a 5 ms watchdog timer), filter latency over the control-plane table and the gateway tree,
// start-up from the snapshot to the first painted table, and peak RSS.
//   cmake --build --preset ci --target bench_inventory
//   QT_QPA_PLATFORM=offscreen build/ci/tests/bench/bench_inventory [control-planes]
#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/Session.h"
#include "fleet/Snapshot.h"
#include "fleet/SyncEngine.h"
#include "models/FleetFilterProxy.h"
#include "ui/controlplanes/ControlPlanesPane.h"
#include "ui/gateways/GatewaysPane.h"
#include "ui/plugins/PluginsPane.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include "BenchSim.h"
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {
qint64 threadCpuUs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<qint64>(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
}

qint64 monotonicNs() {
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<qint64>(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// With KD_BENCH_PROFILE=1 the GUI thread's events are timed (thread CPU) and, when the run
// ends, the worst stalls the watchdogs saw are printed with the events inside them: where the
// stalls come from. Without it, nothing is recorded.
struct TimedEvent {
    qint64 startNs;
    qint64 endNs;
    qint64 cpuUs;
    QString what;
};
struct Stall {
    qint64 fromNs;
    qint64 toNs;
    qint64 cpuUs;
};
class ProfilingApp : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override {
        // Events of other threads (Qt's HTTP thread, workers) pass straight through.
        if (!m_profile || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        const QString what = describe(receiver, event);
        const qint64 startNs = monotonicNs();
        const qint64 before = threadCpuUs();
        const bool result = QApplication::notify(receiver, event);
        const qint64 us = threadCpuUs() - before;
        --m_depth;
        m_events.append({startNs, monotonicNs(), us, what});
        return result;
    }
    void stall(const Stall &stall) {
        if (m_profile)
            m_stalls.append(stall);
    }
    // Prints the worst stalls since the last report.
    void report() {
        if (!m_profile)
            return;
        auto stalls = std::exchange(m_stalls, {});
        QList<qint64> paints;
        for (const TimedEvent &event : std::as_const(m_events))
            if (event.what.endsWith(u"event 77"_s))
                paints.append(event.cpuUs);
        std::sort(paints.begin(), paints.end());
        if (!paints.isEmpty())
            std::printf("  %lld window paints: median %.1f ms, worst %.1f ms CPU\n",
                        static_cast<long long>(paints.size()),
                        static_cast<double>(paints.at(paints.size() / 2)) / 1000.0,
                        static_cast<double>(paints.constLast()) / 1000.0);
        std::sort(stalls.begin(), stalls.end(),
                  [](const Stall &a, const Stall &b) { return a.cpuUs > b.cpuUs; });
        for (qsizetype i = 0; i < std::min<qsizetype>(stalls.size(), 4); ++i) {
            const Stall &stall = stalls.at(i);
            qint64 inEvents = 0;
            QHash<QString, std::pair<int, qint64>> byKind; // count, CPU
            for (const TimedEvent &event : m_events) {
                if (event.startNs >= stall.fromNs && event.endNs <= stall.toNs) {
                    inEvents += event.cpuUs;
                    auto &[count, cpu] = byKind[event.what];
                    ++count;
                    cpu += event.cpuUs;
                }
            }
            QList<std::pair<qint64, QString>> kinds;
            for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
                kinds.append({it.value().second, u"%1 x %2"_s.arg(it.value().first).arg(it.key())});
            std::sort(kinds.begin(), kinds.end(),
                      [](const auto &a, const auto &b) { return a.first > b.first; });
            std::printf("  stall %.1f ms CPU from %lld to %lld (%.1f ms in events):\n",
                        static_cast<double>(stall.cpuUs) / 1000.0,
                        static_cast<long long>(stall.fromNs), static_cast<long long>(stall.toNs),
                        static_cast<double>(inEvents) / 1000.0);
            for (qsizetype k = 0; k < std::min<qsizetype>(kinds.size(), 8); ++k)
                std::printf("    %5.1f ms  %s\n", static_cast<double>(kinds.at(k).first) / 1000.0,
                            qPrintable(kinds.at(k).second));
        }
        // KD_BENCH_PROFILE=2: every event over 5 ms, with its monotonic times, for perf.
        if (qEnvironmentVariableIntValue("KD_BENCH_PROFILE") >= 2)
            for (const TimedEvent &event : std::as_const(m_events))
                if (event.cpuUs > 5000)
                    std::printf("  slow event %.1f ms CPU %s [mono %lld %lld]\n",
                                static_cast<double>(event.cpuUs) / 1000.0, qPrintable(event.what),
                                static_cast<long long>(event.startNs),
                                static_cast<long long>(event.endNs));
        m_events.clear();
    }

private:
    static QString describe(QObject *receiver, QEvent *event) {
        QString text = QString::fromLatin1(receiver->metaObject()->className());
        if (!receiver->objectName().isEmpty())
            text += u" \""_s + receiver->objectName() + u'"';
        if (auto *parent = receiver->parent())
            text += u" in "_s + QString::fromLatin1(parent->metaObject()->className());
        return text + u" event "_s + QString::number(static_cast<int>(event->type()));
    }
    bool m_profile = qEnvironmentVariableIsSet("KD_BENCH_PROFILE");
    int m_depth = 0;
    QList<TimedEvent> m_events;
    QList<Stall> m_stalls;
};

// The longest gap between ticks of a 5 ms timer: how long the GUI thread was busy. On a loaded
// machine the wall-clock gap also counts time the thread waited for a core, so the CPU time the
// GUI thread used between two ticks is kept too: that part is the app's own work.
class Watchdog : public QObject {
public:
    Watchdog() {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            m_worst = std::max(m_worst, gap);
            const qint64 cpu = threadCpuUs();
            const qint64 now = monotonicNs();
            m_worstCpuUs = std::max(m_worstCpuUs, cpu - m_lastCpuUs);
            if (cpu - m_lastCpuUs > 16000)
                static_cast<ProfilingApp *>(qApp)->stall({m_lastNs, now, cpu - m_lastCpuUs});
            m_lastCpuUs = cpu;
            m_lastNs = now;
        });
        m_clock.start();
        m_lastCpuUs = threadCpuUs();
        m_lastNs = monotonicNs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 worstMs() const { return m_worst; }
    double worstCpuMs() const { return static_cast<double>(m_worstCpuUs) / 1000.0; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
    qint64 m_lastCpuUs = 0;
    qint64 m_lastNs = 0;
    qint64 m_worstCpuUs = 0;
};

double filterMs(kd::FleetFilterProxy *proxy, const QString &text) {
    QElapsedTimer timer;
    timer.start();
    proxy->setFilterText(text);
    QCoreApplication::processEvents();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char *argv[]) {
    ProfilingApp app(argc, argv);
    const QString count = app.arguments().value(1, u"2000"_s);
    QProcess sim;
    const QString origin = kd::bench::startSim(sim, count);
    if (origin.isEmpty())
        return 1;

    kd::Profile profile;
    profile.name = u"bench"_s;
    profile.endpointTemplate = origin + u"/{geo}"_s;
    kd::Session session(profile);
    session.setToken(kd::bench::token);
    kd::FleetStore store;
    kd::SyncEngine sync(&session, &store);
    kd::FleetActions actions(&session, &store);
    kd::MainWindow window;
    auto *planes = new kd::ControlPlanesPane(&store, &sync, &actions);
    auto *gateways = new kd::GatewaysPane(&store, &actions);
    auto *plugins = new kd::PluginsPane(&store, &actions);
    window.addPane(planes);
    window.addPane(gateways);
    window.addPane(plugins);
    window.show();

    if (!QCoro::waitFor(session.signIn())) {
        std::fprintf(stderr, "sign-in failed\n");
        return 1;
    }
    QSignalSpy finished(&sync, &kd::SyncEngine::syncFinished);
    QElapsedTimer timer;
    timer.start();
    Watchdog watchdog;
    sync.refreshNow();
    finished.wait(600000);
    const double syncSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
    // The watchdog sees a stall when its next tick comes: let it tick once more, so that work
    // done just before syncFinished is counted too.
    QTest::qWait(20);
    int groups = 0;
    for (const auto &configuration : store.configurations())
        groups += static_cast<int>(configuration.groups.size());
    std::printf(
        "sync: fleet:%s  %s  %lld control planes  %d data-plane groups  %lld networks  "
        "%lld plugins  %lld partials  %llu requests  %.2f s  worst GUI stall %lld ms (GUI thread "
        "CPU %.1f ms of it)\n",
        qPrintable(count), finished.value(0).value(0).toBool() ? "ok" : "FAILED",
        static_cast<long long>(store.controlPlaneIds().size()), groups,
        static_cast<long long>(store.networkIds().size()),
        static_cast<long long>(store.pluginIds().size()),
        static_cast<long long>(store.partialIds().size()),
        static_cast<unsigned long long>(session.transport().callLog().totalCalls()), syncSeconds,
        static_cast<long long>(watchdog.worstMs()), watchdog.worstCpuMs());
    watchdog.stop();
    app.report();

    // A user who types the moment the sync ends, before the filters' idle warm-up.
    {
        auto *proxy = plugins->findChild<kd::FleetFilterProxy *>();
        const double ms = filterMs(proxy, u"r"_s);
        proxy->setFilterText({});
        std::printf("filter (plugins) the moment the sync ends: %.1f ms\n", ms);
    }
    // The filters fill their row caches in idle time once the data stops changing; a user
    // types after the sync, so give them that second.
    QTest::qWait(1500);
    auto *planeProxy = planes->findChild<kd::FleetFilterProxy *>();
    // A user opens a pane, sees it, then types: the pane's first paint is not a keystroke.
    const auto open = [&window](kd::Pane *pane) {
        window.showPane(pane->paneId());
        QTest::qWait(100);
    };
    open(planes);
    const auto typeInto = [](kd::FleetFilterProxy *proxy, const QString &text) {
        QList<double> times;
        QString typed;
        for (const QChar c : text) {
            typed += c;
            times.append(filterMs(proxy, typed));
        }
        proxy->setFilterText({});
        const double first = times.takeFirst(); // builds the row-text cache
        std::sort(times.begin(), times.end());
        return std::tuple{first, times.at(times.size() / 2), times.constLast()};
    };
    auto [first, median, worst] = typeInto(planeProxy, u"env:prod team-3"_s);
    std::printf("filter (control planes, %lld rows): first keystroke %.1f ms, then median %.1f "
                "ms, worst %.1f ms\n",
                static_cast<long long>(store.controlPlaneIds().size()), first, median, worst);
    auto *groupProxy = gateways->findChild<kd::FleetFilterProxy *>();
    open(gateways);
    std::tie(first, median, worst) = typeInto(groupProxy, u"westeurope cp-eu"_s);
    std::printf("filter (gateway tree, %d groups): first keystroke %.1f ms, then median %.1f ms, "
                "worst %.1f ms\n",
                groups, first, median, worst);

    auto *pluginProxy = plugins->findChild<kd::FleetFilterProxy *>();
    open(plugins);
    std::tie(first, median, worst) = typeInto(pluginProxy, u"rate-limiting cp-eu-01"_s);
    std::printf("filter (plugins, %lld rows): first keystroke %.1f ms, then median %.1f ms, "
                "worst %.1f ms\n",
                static_cast<long long>(store.pluginIds().size()), first, median, worst);

    std::printf("peak RSS after sync and filtering: %ld MB\n", kd::bench::peakRssMb());

    // The refresh that follows (every minute; plugins every fifth): nothing has changed.
    {
        QSignalSpy again(&sync, &kd::SyncEngine::syncFinished);
        QSignalSpy changed(&store, &kd::FleetStore::controlPlanesChanged);
        QSignalSpy pluginsChanged(&store, &kd::FleetStore::pluginsChanged);
        timer.restart();
        Watchdog refreshWatchdog;
        sync.refreshNow();
        again.wait(600000);
        QTest::qWait(20);
        std::printf("refresh with plugins, nothing changed: %.2f s, worst GUI stall %lld ms (GUI "
                    "thread CPU %.1f ms of it), %lld change signals\n",
                    static_cast<double>(timer.elapsed()) / 1000.0,
                    static_cast<long long>(refreshWatchdog.worstMs()), refreshWatchdog.worstCpuMs(),
                    static_cast<long long>(changed.size() + pluginsChanged.size()));
        refreshWatchdog.stop();
        app.report();
    }

    // Start-up from the snapshot: read it, fill a fresh store, paint the table once.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"snapshot.sqlite"_s);
    if (!kd::SnapshotStore::write(path, store.snapshot())) {
        std::fprintf(stderr, "snapshot write failed\n");
        return 1;
    }
    timer.restart();
    const auto snapshot = kd::SnapshotStore::read(path, kd::SnapshotStore::Part::Inventory);
    const qint64 readMs = timer.elapsed();
    kd::FleetStore restored;
    kd::SyncEngine idle(&session, &restored);
    kd::MainWindow second;
    auto *restoredPane = new kd::ControlPlanesPane(&restored, &idle, &actions);
    second.addPane(restoredPane);
    second.show();
    const qint64 beforeRestore = timer.elapsed();
    restored.restore(*snapshot);
    const qint64 restoreMs = timer.elapsed() - beforeRestore;
    restoredPane->findChild<QTableView *>()->viewport()->repaint();
    std::printf("start-up from snapshot to painted inventory: %lld ms (reading %lld ms, into "
                "the store and models %lld ms)\n",
                static_cast<long long>(timer.elapsed()), static_cast<long long>(readMs),
                static_cast<long long>(restoreMs));
    // Then plugins and partials, read on a worker and put in a few planes at a time.
    timer.restart();
    Watchdog restoreWatchdog;
    auto core =
        QCoro::waitFor(kd::SnapshotStore::load(path, kd::SnapshotStore::Part::CoreEntities));
    QCoro::waitFor(kd::restoreCoreEntitiesGradually(&restored, std::move(*core)));
    std::printf("then %lld plugins and %lld partials from the snapshot: %lld ms, worst GUI "
                "stall %lld ms (GUI thread CPU %.1f ms of it)\n",
                static_cast<long long>(restored.pluginIds().size()),
                static_cast<long long>(restored.partialIds().size()),
                static_cast<long long>(timer.elapsed()),
                static_cast<long long>(restoreWatchdog.worstMs()), restoreWatchdog.worstCpuMs());
    std::printf("peak RSS with the snapshot's second copy of the fleet: %ld MB\n",
                kd::bench::peakRssMb());
    app.report();
    sim.terminate();
    sim.waitForFinished(10000);
    return 0;
}
