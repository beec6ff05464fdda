#include "HeadlessSync.h"

#include "fleet/FleetStore.h"
#include "fleet/Session.h"
#include "fleet/Snapshot.h"
#include "fleet/SyncEngine.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

#include "Headless.h"
#include <cstdio>

using namespace Qt::StringLiterals;

namespace kd {

HeadlessSync::HeadlessSync(Session *session, FleetStore *store, SyncEngine *sync, bool json,
                           QString snapshotPath, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
    , m_sync(sync)
    , m_json(json)
    , m_snapshotPath(std::move(snapshotPath)) {
    if (m_snapshotPath.isEmpty()) {
        connect(sync, &SyncEngine::syncFinished, this, [this](bool allSucceeded) {
            stepDone(u"sync"_s);
            report(allSucceeded);
        });
        return;
    }
    // The next run's baseline is saved before the report: the process ends with it.
    m_sync->setSnapshotPath(m_snapshotPath);
    connect(sync, &SyncEngine::syncFinished, this, [this](bool allSucceeded) {
        stepDone(u"sync"_s);
        if (!allSucceeded)
            report(false);
    });
    connect(sync, &SyncEngine::snapshotSaved, this, [this](const QString &error) {
        stepDone(u"snapshot_save"_s);
        if (!error.isEmpty())
            m_snapshotNote = error;
        report(true);
    });
}

QCoro::Task<> HeadlessSync::syncFromBaseline() {
    const SnapshotOpening opening = co_await SnapshotStore::open(m_snapshotPath);
    stepDone(u"snapshot_read"_s);
    m_snapshotNote = opening.recovery.message;
    if (opening.found && opening.data) {
        m_store->restore(*opening.data);
        m_fromSnapshot = true;
        stepDone(u"snapshot_restore"_s);
    } else if (opening.found) {
        m_snapshotNote = opening.data.error().message();
    }
    if (m_fromSnapshot)
        m_sync->refreshChanged();
    else
        m_sync->refreshNow();
}

void HeadlessSync::stepDone(const QString &step) {
    m_steps.insert(step, static_cast<double>(m_timer.elapsed()) / 1000.0);
}

void HeadlessSync::start() {
    m_timer.start();
    headless::signIn(this, m_session, m_json, 3, [this] {
        stepDone(u"sign_in"_s);
        if (m_snapshotPath.isEmpty())
            m_sync->refreshNow();
        else
            QCoro::connect(syncFromBaseline(), this, [] {});
    });
}

void HeadlessSync::report(bool allSucceeded) {
    int groups = 0;
    for (const CloudGatewayConfiguration &configuration : m_store->configurations())
        groups += static_cast<int>(configuration.groups.size());
    int caches = 0;
    for (const QString &id : m_store->controlPlaneIds())
        caches += m_store->cacheOf(id) ? 1 : 0;
    const double seconds = static_cast<double>(m_timer.elapsed()) / 1000.0;
    const auto requests = m_session->transport().callLog().totalCalls();
    const auto bytes = m_session->transport().callLog().totalBytes();
    const auto allowance = m_sync->lastAllowance();

    QJsonObject perGeo;
    QStringList failures;
    for (Geo geo : m_sync->geos()) {
        const GeoStatus status = m_sync->status(geo);
        QJsonObject entry{
            {u"state"_s, status.state == GeoStatus::State::InSync ? u"in-sync"_s : u"failed"_s}};
        if (geo != Geo::Global)
            entry.insert(u"control_planes"_s, status.controlPlanes);
        if (status.error) {
            entry.insert(u"error"_s, status.error->message());
            failures.append(geoId(geo) + u": "_s + status.error->message());
        }
        perGeo.insert(geoId(geo), entry);
    }
    const QJsonObject counts{
        {u"control_planes"_s, static_cast<int>(m_store->controlPlaneIds().size())},
        {u"data_plane_groups"_s, groups},
        {u"managed_caches"_s, caches},
        {u"networks"_s, static_cast<int>(m_store->networkIds().size())},
        {u"plugins"_s, static_cast<int>(m_store->pluginIds().size())},
        {u"partials"_s, static_cast<int>(m_store->partialIds().size())}};
    const int exitCode = allSucceeded ? 0 : 1;
    if (m_json) {
        QJsonObject out{
            {u"organization"_s, m_session->organization().name},
            {u"counts"_s, counts},
            {u"geos"_s, perGeo},
            {u"requests"_s, static_cast<qint64>(requests)},
            {u"bytes"_s, bytes},
            {u"baseline"_s, m_fromSnapshot ? u"snapshot"_s : u"none"_s},
            {u"skipped_unchanged"_s, m_sync->unchangedPlanes()},
            {u"retries"_s, allowance->retries()},
            {u"rate_limited"_s, allowance->rateLimited()},
            {u"concurrency_max"_s, m_session->transport().budget().maxConcurrencyReached()},
            {u"seconds"_s, seconds},
            {u"steps_done_at"_s, m_steps},
            {u"ok"_s, allSucceeded},
            {u"exit_code"_s, exitCode}};
        if (!m_snapshotNote.isEmpty())
            out.insert(u"snapshot"_s, m_snapshotNote);
        if (!allSucceeded)
            out.insert(u"error"_s,
                       QJsonObject{{u"kind"_s, u"sync"_s},
                                   {u"message"_s, tr("%n geos failed to sync: %1", nullptr,
                                                     static_cast<int>(failures.size()))
                                                      .arg(failures.join(u"; "_s))}});
        headless::printJson(out);
    } else {
        std::printf("%s\n", qPrintable(m_session->identityText()));
        for (auto it = counts.begin(); it != counts.end(); ++it)
            std::printf("  %-18s %d\n", qPrintable(it.key()), it.value().toInt());
        for (auto it = perGeo.begin(); it != perGeo.end(); ++it) {
            const QJsonObject entry = it.value().toObject();
            std::printf("  geo %-7s %-8s %s\n", qPrintable(it.key()),
                        qPrintable(entry.value(u"state"_s).toString()),
                        entry.contains(u"control_planes"_s) ? qPrintable(
                            tr("%1 control planes").arg(entry.value(u"control_planes"_s).toInt()))
                                                            : "");
        }
        std::printf("  %llu requests in %.2f s, %d control planes unchanged since %s\n",
                    static_cast<unsigned long long>(requests), seconds, m_sync->unchangedPlanes(),
                    m_fromSnapshot ? "the snapshot" : "(no snapshot: a full read)");
        if (!m_snapshotNote.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(m_snapshotNote));
        for (const QString &failure : std::as_const(failures))
            std::fprintf(stderr, "%s\n", qPrintable(failure));
    }
    std::fflush(stdout);
    QCoreApplication::exit(exitCode);
}

} // namespace kd
