// Opt-in benchmark (not a test): every advisor rule over `konnect-sim --seed fleet:N` (2,000
// control planes, 6,000 groups, 60,000 plugins by default). Prints the time to evaluate all
// rules at once, then the GUI-thread slices of the incremental advisor (aiming at 16 ms or
// less each) for the first evaluation and after one plugin changes. The advisor is the Advisor
// pane's, so that a slice includes what its findings model, proxies and badge do with it, and
// the map marks the findings as in the app.
// Each event-loop pass is timed on the wall clock and in the thread's CPU time: the machine
// may be shared, and CPU time says what the slice itself cost.
//   cmake --build --preset ci --target bench_advisor
//   QT_QPA_PLATFORM=offscreen build/ci/tests/bench/bench_advisor [control-planes]
#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/Session.h"
#include "fleet/SyncEngine.h"
#include "fleet/advisor/Advisor.h"
#include "fleet/advisor/Rules.h"
#include "models/FindingModel.h"
#include "ui/advisor/AdvisorPane.h"
#include "ui/topology/TopologyPane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

#include "BenchSim.h"
#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {
struct Slices {
    qsizetype count = 0;
    double median = 0;
    double worst = 0;
    double total = 0;
    double cpuMedian = 0; // the thread's CPU time in a pass
    double cpuWorst = 0;
};

double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// Runs the event loop one pass at a time until the advisor has settled (and the badge's
// deferred count after it), timing each pass.
Slices settle(kd::advisor::Advisor &advisor, const kd::FindingModel &model) {
    QList<double> times;
    QList<double> cpu;
    QElapsedTimer total;
    total.start();
    int after = 2; // passes once the advisor is done: what it posted runs there
    do {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        QCoreApplication::processEvents();
        cpu.append(threadCpuMs() - cpuStart);
        times.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!advisor.pending() && !model.pending())
            --after;
    } while (advisor.pending() || model.pending() || after > 0);
    const double all = static_cast<double>(total.nsecsElapsed()) / 1e6;
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    return {times.size(), times.at(times.size() / 2), times.constLast(),
            all,          cpu.at(cpu.size() / 2),     cpu.constLast()};
}

void printLoad() {
    QFile file(QStringLiteral("/proc/loadavg"));
    if (file.open(QIODevice::ReadOnly))
        std::printf("load average: %s", file.readLine().constData());
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
    sync.refreshNow();
    finished.wait(600000);
    qsizetype groups = 0;
    for (const kd::CloudGatewayConfiguration &c : store.configurations())
        groups += c.groups.size();
    std::printf("advisor: fleet:%s  %lld control planes  %lld groups  %lld plugins  %lld caches\n",
                qPrintable(count), static_cast<long long>(store.controlPlaneIds().size()),
                static_cast<long long>(groups), static_cast<long long>(store.pluginIds().size()),
                static_cast<long long>(store.cacheOwnerIds().size()));

    QElapsedTimer timer;
    timer.start();
    const QList<kd::advisor::Finding> all = kd::advisor::evaluateAll(store, {});
    std::printf("all rules at once: %lld findings in %lld ms\n", static_cast<long long>(all.size()),
                static_cast<long long>(timer.elapsed()));

    timer.restart();
    QHash<QString, kd::advisor::PlaneSummary> summaries;
    for (const QString &id : store.controlPlaneIds())
        kd::advisor::evaluatePlane(store, id, {}, &summaries[id]);
    const qint64 planeMs = timer.elapsed();
    timer.restart();
    const auto fleetFindings = kd::advisor::evaluateFleet(store, summaries);
    std::printf("per-plane rules: %lld ms (%.2f ms a plane); fleet-wide rules: %lld ms, %lld "
                "findings\n",
                static_cast<long long>(planeMs),
                static_cast<double>(planeMs) / std::max<qsizetype>(1, summaries.size()),
                static_cast<long long>(timer.elapsed()),
                static_cast<long long>(fleetFindings.size()));

    printLoad();
    kd::FleetActions actions(&session, &store);
    kd::AdvisorPane pane(&store, &actions, QStringLiteral("bench"));
    // The map follows the open findings as the Shell wires it.
    kd::TopologyPane map(&store);
    QObject::connect(&pane, &kd::AdvisorPane::openFindingsChanged, &map,
                     &kd::TopologyPane::setFindings);
    kd::advisor::Advisor &advisor = *pane.advisor();
    const kd::FindingModel &model = *pane.findChild<kd::FindingModel *>();
    const Slices first = settle(advisor, model);
    const auto report = [&advisor](const char *what, const Slices &passes) {
        const auto &stats = advisor.sliceStats();
        std::printf("incremental, %s: %d slices, worst %.1f ms, mean %.1f ms (event-loop passes: "
                    "median %.1f ms, worst %.1f ms; thread CPU median %.1f ms, worst %.1f ms), "
                    "%.0f ms in all, %lld findings; worst step %.1f ms (%s)\n",
                    what, stats.count, static_cast<double>(stats.worstNs) / 1e6,
                    static_cast<double>(stats.totalNs) / 1e6 / std::max(1, stats.count),
                    passes.median, passes.worst, passes.cpuMedian, passes.cpuWorst, passes.total,
                    static_cast<long long>(advisor.findings().size()),
                    static_cast<double>(stats.worstStepNs) / 1e6,
                    qPrintable(stats.worstStep.left(60)));
        advisor.resetSliceStats();
    };
    report("first evaluation", first);
    {
        // On screen: a hidden map marks the findings only when it is shown.
        map.resize(1200, 800);
        map.show();
        QCoreApplication::processEvents();
        map.setFindings({});
        while (map.markingFindings())
            QCoreApplication::processEvents();
        // Every finding marked again: the first pass, then the passes that finish it.
        QList<double> passes;
        QList<double> cpu;
        QElapsedTimer all;
        all.start();
        do {
            QElapsedTimer pass;
            pass.start();
            const double cpuStart = threadCpuMs();
            if (passes.isEmpty())
                map.setFindings(pane.openFindings());
            else
                QCoreApplication::processEvents();
            cpu.append(threadCpuMs() - cpuStart);
            passes.append(static_cast<double>(pass.nsecsElapsed()) / 1e6);
        } while (map.markingFindings());
        QString each;
        for (double ms : std::as_const(passes))
            each += QString::number(ms, 'f', 1) + QLatin1Char(' ');
        std::printf("map passes (ms): %s\n", qPrintable(each));
        std::printf("map: %lld findings marked in %lld passes, worst %.1f ms (thread CPU worst "
                    "%.1f ms), %.0f ms in all\n",
                    static_cast<long long>(pane.openFindings().size()),
                    static_cast<long long>(passes.size()),
                    *std::max_element(passes.cbegin(), passes.cend()),
                    *std::max_element(cpu.cbegin(), cpu.cend()),
                    static_cast<double>(all.nsecsElapsed()) / 1e6);
        map.hide();
    }

    // One plugin changes: only its control plane is evaluated again.
    kd::Plugin plugin = *store.plugin(store.pluginIds().constFirst());
    QJsonObject json = QJsonDocument::fromJson(plugin.json()).object();
    json.insert(QStringLiteral("enabled"), !plugin.enabled);
    plugin.enabled = !plugin.enabled;
    plugin.setJson(QJsonDocument(json).toJson(QJsonDocument::Compact));
    store.upsertPlugin(plugin);
    report("one plugin enabled or disabled", settle(advisor, model));
    // One plugin more: its plane's plugin set moves, so its role is compared again.
    kd::Plugin added = plugin;
    added.id = QStringLiteral("00000000-0000-4000-8000-00000000beef");
    added.name = QStringLiteral("bot-detection");
    added.instanceName.clear();
    json.insert(QStringLiteral("id"), added.id);
    json.insert(QStringLiteral("name"), added.name);
    json.remove(QStringLiteral("instance_name"));
    added.setJson(QJsonDocument(json).toJson(QJsonDocument::Compact));
    store.upsertPlugin(added);
    report("one plugin added", settle(advisor, model));
    printLoad();
    std::printf("peak RSS: %ld MB\n", kd::bench::peakRssMb());
    sim.terminate();
    sim.waitForFinished(10000);
    return 0;
}
