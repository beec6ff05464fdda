#include "ui/caches/ProvisionProgress.h"

#include "fleet/FleetStore.h"
#include "fleet/ProvisionTracker.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

ProvisionProgress::ProvisionProgress(const FleetStore *store, const ProvisionTracker *tracker,
                                     QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_tracker(tracker)
    , m_rows(new QVBoxLayout(this)) {
    setObjectName(u"provisionProgress"_s);
    m_rows->setContentsMargins(0, 0, 0, 0);
    for (auto signal :
         {&FleetStore::cachesAdded, &FleetStore::cachesChanged, &FleetStore::cachesRemoved})
        connect(store, signal, this, &ProvisionProgress::refresh);
    // The bars move with the clock between Konnect's answers.
    auto *clock = new QTimer(this);
    clock->setInterval(std::chrono::seconds(10));
    connect(clock, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    clock->start();
    refresh();
}

void ProvisionProgress::refresh() {
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const qint64 expected = std::chrono::seconds(ProvisionTracker::expectedDuration).count();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool any = false;
    for (const QString &owner : m_store->cacheOwnerIds()) {
        const ManagedCache *cache = m_store->cacheOf(owner);
        if (!cache || cache->state.value != CacheState::Initializing)
            continue;
        any = true;
        QDateTime started = m_tracker ? m_tracker->startedAt(owner) : QDateTime();
        if (!started.isValid())
            started = cache->createdAt;
        const qint64 elapsed = started.isValid() ? std::max<qint64>(0, started.secsTo(now)) : 0;
        auto *box = new QWidget(this);
        auto *grid = new QGridLayout(box);
        grid->setContentsMargins(0, 4, 0, 4);
        auto *title = new QLabel(tr("Provisioning %1").arg(cache->name), box);
        title->setWordWrap(true);
        grid->addWidget(title, 0, 0, 1, 2);
        int row = 1;
        for (const CacheGroupState &group : cache->groups) {
            auto *bar = new QProgressBar(box);
            bar->setObjectName(u"groupProgress"_s);
            bar->setRange(0, static_cast<int>(expected));
            const qint64 minutes = elapsed / 60;
            const qint64 total = ProvisionTracker::expectedDuration.count();
            switch (group.state.value) {
            case CacheState::Ready:
                bar->setValue(bar->maximum());
                bar->setFormat(tr("ready"));
                break;
            case CacheState::Error:
                bar->setValue(0);
                bar->setFormat(tr("failed"));
                bar->setToolTip(group.errorReason);
                break;
            default:
                // Never full before Konnect says ready.
                bar->setValue(static_cast<int>(std::min(elapsed, expected - 1)));
                bar->setFormat(
                    minutes <= total
                        ? tr("%1 of about %2 min").arg(minutes).arg(total)
                        : tr("%1 min, longer than the usual %2").arg(minutes).arg(total));
            }
            grid->addWidget(
                new QLabel(providerDisplayName(group.provider) + u' ' + group.region, box), row, 0);
            grid->addWidget(bar, row, 1);
            ++row;
        }
        grid->setColumnStretch(1, 1);
        m_rows->addWidget(box);
    }
    setVisible(any);
}

} // namespace kd
