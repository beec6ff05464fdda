#include "HeadlessSync.h"

#include "fleet/FleetStore.h"
#include "fleet/Session.h"
#include "fleet/SyncEngine.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace kd {

HeadlessSync::HeadlessSync(Session *session, FleetStore *store, SyncEngine *sync, bool json,
                           QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
    , m_sync(sync)
    , m_json(json) {
    connect(sync, &SyncEngine::syncFinished, this, &HeadlessSync::report);
}

void HeadlessSync::start() {
    m_timer.start();
    if (!m_session->transport().hasToken()) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("No token: use --demo or --token-env VAR.")));
        QCoreApplication::exit(2);
        return;
    }
    QCoro::connect(m_session->signIn(), this, [this](const Status &status) {
        if (!status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.error().message()));
            QCoreApplication::exit(3);
            return;
        }
        m_sync->refreshNow();
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
    if (m_json) {
        const QJsonObject out{{u"organization"_s, m_session->organization().name},
                              {u"counts"_s, counts},
                              {u"geos"_s, perGeo},
                              {u"requests"_s, static_cast<qint64>(requests)},
                              {u"seconds"_s, seconds},
                              {u"ok"_s, allSucceeded}};
        std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
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
        std::printf("  %llu requests in %.2f s\n", static_cast<unsigned long long>(requests),
                    seconds);
        for (const QString &failure : std::as_const(failures))
            std::fprintf(stderr, "%s\n", qPrintable(failure));
    }
    std::fflush(stdout);
    QCoreApplication::exit(allSucceeded ? 0 : 1);
}

} // namespace kd
