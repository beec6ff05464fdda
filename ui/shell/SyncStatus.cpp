#include "ui/shell/SyncStatus.h"

#include "fleet/SyncEngine.h"
#include "models/TimeFormat.h"

#include <QDateTime>
#include <QStatusBar>
#include <QTimer>

#include <chrono>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
// The line is rewritten just after Konnect's wait ends, not on its last millisecond.
constexpr std::chrono::milliseconds afterRateLimitWait{50};
} // namespace

SyncStatus::SyncStatus(SyncEngine *sync, RequestBudget *budget, QStatusBar *bar, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_budget(budget)
    , m_bar(bar) {
    connect(m_sync, &SyncEngine::geoStatusChanged, this, &SyncStatus::update);
    // Konnect asked to wait (429 with Retry-After): say so until the wait is over.
    connect(m_budget, &RequestBudget::pausedUntilChanged, this, [this](const QDateTime &until) {
        update();
        const auto wait = std::chrono::milliseconds(QDateTime::currentDateTimeUtc().msecsTo(until))
                          + afterRateLimitWait;
        QTimer::singleShot(wait, this, &SyncStatus::update);
    });
}

void SyncStatus::update() {
    m_bar->showMessage(text());
}

QString SyncStatus::text() const {
    int syncing = 0;
    int failed = 0;
    QStringList progress;
    const QList<Geo> geos = m_sync->geos();
    for (Geo geo : geos) {
        const GeoStatus status = m_sync->status(geo);
        syncing += status.state == GeoStatus::State::Syncing ? 1 : 0;
        failed += status.state == GeoStatus::State::Failed ? 1 : 0;
        // Per geo: done, failed, or how many control planes' plugins are read so far.
        QString part = geoId(geo) + u' ';
        switch (status.state) {
        case GeoStatus::State::Syncing:
            part += status.coreTotal > 0 ? u"%1/%2"_s.arg(status.coreDone).arg(status.coreTotal)
                                         : u"…"_s;
            break;
        case GeoStatus::State::Failed:
            part += u"✗"_s;
            break;
        default:
            part += u"✓"_s;
        }
        progress.append(part);
    }
    QString text;
    if (syncing > 0)
        text = tr("Syncing %1 of %2 hosts: %3")
                   .arg(syncing)
                   .arg(geos.size())
                   .arg(progress.join(u" · "_s));
    else if (failed > 0)
        text = tr("%n hosts failed to sync: %1", nullptr, failed).arg(progress.join(u" · "_s));
    else
        text = tr("In sync at %1").arg(timeformat::clock(QDateTime::currentDateTime()));
    const QDateTime paused = m_budget->pausedUntil();
    if (syncing > 0 && paused.isValid() && paused > QDateTime::currentDateTimeUtc())
        text += u" · "_s
                + tr("Konnect's rate limit: waiting until %1, as Konnect asked")
                      .arg(timeformat::clock(paused));
    return text;
}

} // namespace kd
