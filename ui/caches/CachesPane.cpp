#include "ui/caches/CachesPane.h"

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/ProvisionTracker.h"
#include "models/CacheModel.h"
#include "ui/caches/ProvisionCacheWizard.h"
#include "ui/caches/ProvisionProgress.h"
#include "ui/caches/ResizeCacheDialog.h"
#include "ui/common/ConfirmDeleteDialog.h"
#include "ui/common/DialogAction.h"
#include "ui/common/PaneParts.h"
#include "ui/telemetry/ShownWatcher.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace kd {

CachesPane::CachesPane(FleetStore *store, FleetActions *actions, ProvisionTracker *tracker,
                       QWidget *parent)
    : TablePane(store, actions, new CacheModel(store), u"cache"_s, CacheModel::NameColumn, parent)
    , m_tracker(tracker)
    , m_resize(editAction()) {
    newAction()->setText(tr("&Provision…"));
    editAction()->setText(tr("&Resize…"));
    setTexts({tr("Managed caches"), tr("Filter: name, control plane, tier, state, region…"),
              tr("Sign in to see your managed caches."),
              tr("No managed cache yet. Provision one for a Dedicated Cloud Gateway control "
                 "plane on AWS or Azure (Ctrl+N)."),
              tr("<p>Select a managed cache to see its details.</p>")});
    // Resizing is the one change a cache takes: it is this pane's Edit.
    m_resize->setIcon(QIcon::fromTheme(u"zoom-in"_s));
    // Group states and partial names are long; the details show them in full.
    view()->horizontalHeader()->setMaximumSectionSize(fontMetrics().averageCharWidth() * 30);
    // A bar per group of each cache on its way up, under the details.
    addBelowDetails(new ProvisionProgress(store, tracker, this));
    // Elapsed time of caches on their way up moves on.
    auto *clock = new QTimer(this);
    clock->setInterval(std::chrono::seconds(30));
    connect(clock, &QTimer::timeout, this, [this] {
        const ManagedCache *cache = this->store()->cacheOf(currentId());
        if (cache && cache->state.value == CacheState::Initializing && isVisible())
            showDetails();
    });
    clock->start();
    updateEmptyState();
    updateActions();
    showDetails();
}

QString CachesPane::detailsHtml(const QString &owner) const {
    const ManagedCache *cache = store()->cacheOf(owner);
    if (!cache)
        return {};
    QString html = u"<h3>%1</h3><table>"_s.arg(cache->name.toHtmlEscaped());
    html += detailsRow(tr("Tier"), tr("%1, about %2 GiB (70–75% usable)")
                                       .arg(cache->tier.raw)
                                       .arg(cacheTierGiB(cache->tier.value)));
    html += detailsRow(tr("State"), cache->state.raw);
    // Provisioning takes about 15 minutes by Konnect's documentation: show how far along.
    QDateTime started = m_tracker ? m_tracker->startedAt(owner) : QDateTime();
    if (!started.isValid())
        started = cache->createdAt;
    const qint64 minutes =
        started.isValid() ? started.secsTo(QDateTime::currentDateTimeUtc()) / 60 : -1;
    const qint64 expected = ProvisionTracker::expectedDuration.count();
    for (const CacheGroupState &group : cache->groups) {
        QString state = group.state.raw;
        if (group.state.value == CacheState::Initializing && minutes >= 0)
            state = minutes <= expected
                        ? tr("%1 · %2 of about %3 min").arg(state).arg(minutes).arg(expected)
                        : tr("%1 · %2 min, longer than the usual %3")
                              .arg(state)
                              .arg(minutes)
                              .arg(expected);
        if (!group.errorReason.isEmpty())
            state += u": "_s + group.errorReason;
        html += detailsRow(providerDisplayName(group.provider) + u' ' + group.region, state);
    }
    const Partial *partial = store()->partial(cache->cacheConfigId);
    html += detailsRow(tr("Redis configuration"),
                       cache->cacheConfigId.isEmpty()
                           ? tr("not yet created (Konnect makes it once the cache is ready)")
                           : (partial ? partial->name : cache->cacheConfigId));
    html += u"</table>"_s;
    // The plugins that link it, as the last sync saw them (a delete asks Konnect again).
    const QStringList users = store()->pluginsUsing(cache->cacheConfigId);
    if (!cache->cacheConfigId.isEmpty() && users.isEmpty())
        html += u"<p>"_s + tr("No plugin uses this cache.") + u"</p>"_s;
    else if (!users.isEmpty())
        html += pluginLinks(
            store(), tr("Used by %n plugins:", nullptr, static_cast<int>(users.size())), users);
    return html;
}

void CachesPane::createItem() {
    auto *wizard = new ProvisionCacheWizard(store(), fleetActions(), currentId(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ProvisionCacheWizard::provisionRequested, this, [this, wizard] {
        wizard->showError({});
        const QString owner = wizard->controlPlaneId();
        // Through the tracker the cache is followed even when the wizard is cancelled mid-POST.
        runInDialog(
            wizard,
            m_tracker
                ? m_tracker->provision(owner, wizard->geo(), wizard->cacheName(), wizard->tier())
                : fleetActions()->provisionCache(owner, wizard->geo(), wizard->cacheName(),
                                                 wizard->tier()),
            [this, owner](const ManagedCache &created) {
                Q_EMIT statusMessage(tr("Provisioning %1: about 15 minutes on Konnect; this "
                                        "pane follows it.")
                                         .arg(created.name));
                selectCreated(owner);
                follow(created.id, owner, created.name, ProvisionTracker::Operation::Provision);
            });
    });
    wizard->open();
}

void CachesPane::editItem() {
    const QString owner = currentId();
    const ManagedCache *cache = store()->cacheOf(owner);
    if (!cache)
        return;
    auto *dialog = new ResizeCacheDialog(*cache, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResizeCacheDialog::submitted, this, [this, dialog, owner] {
        runInDialog(dialog, fleetActions()->resizeCache(owner, dialog->tier()),
                    [this](const ManagedCache &) { showDetails(); });
    });
    dialog->open();
}

void CachesPane::deleteItem() {
    const QString owner = currentId();
    const ManagedCache *cache = store()->cacheOf(owner);
    if (!cache)
        return;
    const QString name = cache->name;
    // Look at the blast radius first: Konnect refuses while plugins use the cache.
    QCoro::connect(fleetActions()->cacheLinks(owner), this,
                   [this, owner, name](const Result<QList<PartialLink>> &links) {
                       if (!links) {
                           stopDeleteOnFailedCheck(name, links.error().message());
                           return;
                       }
                       if (!links->isEmpty()) {
                           refuseDeleteWhileLinked(
                               u"cacheInUse"_s, tr("Cache in use"),
                               tr("%1 cannot be deleted while %n plugins use its Redis "
                                  "configuration. Remove them, or point them at another "
                                  "configuration, first.",
                                  nullptr, static_cast<int>(links->size()))
                                   .arg(name),
                               *links);
                           return;
                       }
                       confirmDelete(owner);
                   });
}

void CachesPane::confirmDelete(const QString &owner) {
    const ManagedCache *cache = store()->cacheOf(owner);
    if (!cache)
        return; // gone while Konnect was asked
    const QString name = cache->name;
    const QString cacheId = cache->id;
    auto *dialog = new ConfirmDeleteDialog(
        tr("managed cache"), name,
        tr("Konnect tears it down over a few minutes, with its Redis configuration."), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConfirmDeleteDialog::confirmed, this, [this, dialog, owner, cacheId, name] {
        runInDialog(dialog, fleetActions()->deleteCache(owner),
                    [this, owner, cacheId, name](const Done &) {
                        // It shows `terminating` until Konnect removes it.
                        if (store()->cacheOf(owner))
                            follow(cacheId, owner, name, ProvisionTracker::Operation::Delete);
                    });
    });
    dialog->open();
}

void CachesPane::follow(const QString &cacheId, const QString &owner, const QString &name,
                        ProvisionTracker::Operation operation) {
    if (m_tracker)
        m_tracker->track(cacheId, owner, name, operation);
    else
        QCoro::connect(fleetActions()->followCache(cacheId, owner, m_followInterval), this, [] {});
}

void CachesPane::setTelemetry(TelemetryFeed *feed) {
    auto *caches = static_cast<CacheModel *>(model());
    caches->setTelemetry(feed);
    new ShownWatcher(view(), [caches](bool shown) { caches->setMemoryShown(shown); });
}

} // namespace kd
