// Opt-in benchmark (not a test): every advisor rule over `konnect-sim --seed fleet:N` (2,000
// control planes, 6,000 groups, 60,000 plugins by default). Prints the time to evaluate all
// rules at once, then the GUI-thread slices of the incremental advisor (aiming at 16 ms or
// less each) for the first evaluation and after one plugin changes.
//   cmake --build --preset ci --target bench_advisor
//   QT_QPA_PLATFORM=offscreen build/ci/tests/bench/bench_advisor [control-planes]
#include "fleet/FleetStore.h"
#include "fleet/Session.h"
#include "fleet/SyncEngine.h"
#include "fleet/advisor/Advisor.h"
#include "fleet/advisor/Rules.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

#include "BenchSim.h"
#include <algorithm>
#include <cstdio>

namespace {
struct Slices {
    qsizetype count = 0;
    double median = 0;
    double worst = 0;
    double total = 0;
};

// Runs the event loop one pass at a time until the advisor has settled, timing each pass.
Slices settle(kd::advisor::Advisor &advisor) {
    QList<double> times;
    QElapsedTimer total;
    total.start();
    do {
        QElapsedTimer timer;
        timer.start();
        QCoreApplication::processEvents();
        times.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    } while (advisor.pending());
    const double all = static_cast<double>(total.nsecsElapsed()) / 1e6;
    std::sort(times.begin(), times.end());
    return {times.size(), times.at(times.size() / 2), times.constLast(), all};
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
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

    kd::advisor::Advisor advisor(&store);
    const Slices first = settle(advisor);
    const auto report = [&advisor](const char *what, const Slices &passes) {
        const auto &stats = advisor.sliceStats();
        std::printf("incremental, %s: %d slices, worst %.1f ms, mean %.1f ms (event-loop passes: "
                    "median %.1f ms, worst %.1f ms), %.0f ms in all, %lld findings\n",
                    what, stats.count, static_cast<double>(stats.worstNs) / 1e6,
                    static_cast<double>(stats.totalNs) / 1e6 / std::max(1, stats.count),
                    passes.median, passes.worst, passes.total,
                    static_cast<long long>(advisor.findings().size()));
        advisor.resetSliceStats();
    };
    report("first evaluation", first);

    // One plugin changes: only its control plane is evaluated again.
    kd::Plugin plugin = *store.plugin(store.pluginIds().constFirst());
    QJsonObject json = QJsonDocument::fromJson(plugin.json()).object();
    json.insert(QStringLiteral("enabled"), !plugin.enabled);
    plugin.enabled = !plugin.enabled;
    plugin.setJson(QJsonDocument(json).toJson(QJsonDocument::Compact));
    store.upsertPlugin(plugin);
    report("one plugin enabled or disabled", settle(advisor));
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
    report("one plugin added", settle(advisor));
    std::printf("peak RSS: %ld MB\n", kd::bench::peakRssMb());
    sim.terminate();
    sim.waitForFinished(10000);
    return 0;
}
