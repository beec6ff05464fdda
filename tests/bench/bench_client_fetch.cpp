// Opt-in benchmark (not a test): fetch everything of `konnect-sim --seed fleet:N` with the
// client, then the same URLs with `curl --parallel` as a floor, and print both.
//   cmake --build --preset ci --target bench_client_fetch
//   build/ci/tests/bench/bench_client_fetch [control-planes]
#include "client/KonnectClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <qcoro/qcorotask.h>

#include "BenchSim.h"
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
QCoro::Task<int> fetchEverything(kd::KonnectClient &client, QStringList *urls) {
    using namespace kd;
    int failures = 0;
    QList<std::pair<Geo, QString>> planes;
    for (Geo geo : regionalGeos()) {
        const auto list = co_await client.controlPlanes(geo);
        if (!list) {
            ++failures;
            continue;
        }
        for (const ControlPlane &cp : *list)
            planes.append({geo, cp.id});
    }
    failures += (co_await client.configurations()) ? 0 : 1;
    failures += (co_await client.managedCaches()) ? 0 : 1;
    failures += (co_await client.networks()) ? 0 : 1;
    // Partials and plugins of every control plane, all started at once: the transport's
    // shared budget keeps 6 calls in flight, as curl --parallel-max 6 does.
    std::vector<QCoro::Task<Result<QList<Plugin>>>> plugins;
    std::vector<QCoro::Task<Result<QList<Partial>>>> partials;
    for (const auto &[geo, id] : std::as_const(planes)) {
        plugins.push_back(client.plugins(geo, id));
        partials.push_back(client.partials(geo, id));
    }
    for (auto &task : plugins)
        failures += (co_await task) ? 0 : 1;
    for (auto &task : partials)
        failures += (co_await task) ? 0 : 1;
    for (const CallRecord &record : client.transport().callLog().records())
        urls->append(record.url);
    co_return failures;
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QString count = app.arguments().value(1, u"2000"_s);
    QProcess sim;
    const QString origin = kd::bench::startSim(sim, count);
    if (origin.isEmpty())
        return 1;

    kd::Transport transport(*kd::EndpointTemplate::parse(origin + u"/{geo}"_s));
    transport.setToken(kd::bench::token);
    kd::KonnectClient client(&transport);
    QStringList urls;
    QElapsedTimer timer;
    timer.start();
    const int failures = QCoro::waitFor(fetchEverything(client, &urls));
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    const auto requests = static_cast<double>(transport.callLog().totalCalls());
    const double megabytes = static_cast<double>(transport.callLog().totalBytes()) / 1e6;
    std::printf("client: fleet:%s  %d failures  %.0f requests  %.1f MB  %.2f s  %.0f req/s  "
                "%.1f MB/s parsed  peak RSS %ld MB\n",
                qPrintable(count), failures, requests, megabytes, seconds, requests / seconds,
                megabytes / seconds, kd::bench::peakRssMb());

    // The floor: the same URLs with curl --parallel (6 connections, like the client).
    QTemporaryDir dir;
    QFile config(dir.filePath(u"curl.conf"_s));
    if (qEnvironmentVariableIsSet("KD_BENCH_KEEP"))
        config.setFileName(u"/tmp/bench-curl.conf"_s);
    if (config.open(QIODevice::WriteOnly)) {
        QTextStream out(&config);
        out << "header = \"Authorization: Bearer " << kd::bench::token << "\"\n";
        for (const QString &url : std::as_const(urls))
            out << "url = \"" << url << "\"\noutput = \"/dev/null\"\n";
    }
    config.close();
    QProcess curl;
    timer.restart();
    curl.setProcessChannelMode(QProcess::MergedChannels);
    curl.start(u"/bin/sh"_s,
               {u"-c"_s, u"curl -sS -g --fail --parallel --parallel-max 6 -K '%1' 2>&1"_s.arg(
                             config.fileName())});
    curl.waitForFinished(600000);
    const double curlSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
    if (curl.exitCode() != 0)
        std::printf("curl failed with exit code %d: %s\n", curl.exitCode(),
                    curl.readAll().left(300).constData());
    std::printf("curl --parallel: %lld requests  %.2f s  %.0f req/s  (client/curl time %.2fx)\n",
                static_cast<long long>(urls.size()), curlSeconds,
                static_cast<double>(urls.size()) / curlSeconds, seconds / curlSeconds);
    sim.terminate();
    sim.waitForFinished(10000);
    return failures == 0 ? 0 : 1;
}
