#include "ui/caches/CachesPane.h"

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/ProvisionTracker.h"
#include "models/CacheModel.h"
#include "models/FleetFilterProxy.h"
#include "ui/caches/ProvisionCacheWizard.h"
#include "ui/caches/ProvisionProgress.h"
#include "ui/common/ConfirmDeleteDialog.h"
#include "ui/common/DialogAction.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/PaneParts.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

CachesPane::CachesPane(FleetStore *store, FleetActions *actions, ProvisionTracker *tracker,
                       QWidget *parent)
    : Pane(parent)
    , m_store(store)
    , m_actions(actions)
    , m_tracker(tracker)
    , m_model(new CacheModel(store, this))
    , m_proxy(new FleetFilterProxy(this))
    , m_view(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_resize(new QAction(QIcon::fromTheme(u"zoom-in"_s), tr("&Resize…"), this))
    , m_delete(new QAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete…"), this))
    , m_provision(new QAction(QIcon::fromTheme(u"list-add"_s), tr("&Provision…"), this)) {
    setObjectName(u"cachesPane"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CacheModel::RawValueRole);
    m_view->setObjectName(u"cachesView"_s);
    m_view->setModel(m_proxy);
    configureEntityTable(m_view);
    m_view->sortByColumn(CacheModel::NameColumn, Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Group states and partial names are long; the details show them in full.
    m_view->horizontalHeader()->setMaximumSectionSize(fontMetrics().averageCharWidth() * 30);
    m_details->setObjectName(u"cacheDetails"_s);
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"plugin"_s)
            Q_EMIT showPluginRequested(url.path());
    });

    m_resize->setObjectName(u"resizeCacheAction"_s);
    m_delete->setObjectName(u"deleteCacheAction"_s);
    m_delete->setShortcut(QKeySequence::Delete);
    m_provision->setObjectName(u"provisionCacheAction"_s);
    m_provision->setShortcut(QKeySequence::New);
    connect(m_provision, &QAction::triggered, this, &CachesPane::provisionCache);
    connect(m_resize, &QAction::triggered, this, &CachesPane::resizeCache);
    connect(m_delete, &QAction::triggered, this, &CachesPane::deleteCache);
    addEditActions(this, store, {m_provision, m_resize, m_delete});
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CachesPane::showDetails);

    QToolBar *toolbar =
        makePaneToolbar(this, u"cachesToolbar"_s, {m_provision, m_resize, m_delete}, m_proxy,
                        tr("Filter: name, control plane, tier, state, region…"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    // A bar per group of each cache on its way up, under the details (dialogs engineer).
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_details, 1);
    sideLayout->addWidget(new ProvisionProgress(store, tracker, side));
    splitter->addWidget(side);
    splitter->setSizes({850, 350});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);

    trackRows(this, m_model, m_view);
    showDetails();
    showDetailsOfCurrentRow(m_model, m_view, this, [this] { showDetails(); });
    // Elapsed time of caches on their way up moves on.
    auto *clock = new QTimer(this);
    clock->setInterval(std::chrono::seconds(30));
    connect(clock, &QTimer::timeout, this, [this] {
        const ManagedCache *cache = m_store->cacheOf(currentOwner());
        if (cache && cache->state.value == CacheState::Initializing && isVisible())
            showDetails();
    });
    clock->start();
}

bool CachesPane::selectCache(const QString &ownerControlPlaneId) {
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfId(ownerControlPlaneId));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

QString CachesPane::currentOwner() const {
    return m_view->currentIndex().data(CacheModel::OwnerIdRole).toString();
}

void CachesPane::showDetails() {
    const QString owner = currentOwner();
    const ManagedCache *cache = m_store->cacheOf(owner);
    if (!cache) {
        setDetailsHtml(m_details, tr("<p>Select a managed cache to see its details.</p>"));
        return;
    }
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
    const Partial *partial = m_store->partial(cache->cacheConfigId);
    html += detailsRow(tr("Redis configuration"),
                       cache->cacheConfigId.isEmpty()
                           ? tr("not yet created (Konnect makes it once the cache is ready)")
                           : (partial ? partial->name : cache->cacheConfigId));
    html += u"</table>"_s;
    // The plugins that link it, as the last sync saw them (a delete asks Konnect again).
    const QStringList users = m_store->pluginsUsing(cache->cacheConfigId);
    if (cache->cacheConfigId.isEmpty()) {
        // nothing can use it yet
    } else if (users.isEmpty()) {
        html += u"<p>"_s + tr("No plugin uses this cache.") + u"</p>"_s;
    } else {
        html += pluginLinks(
            m_store, tr("Used by %n plugin(s):", nullptr, static_cast<int>(users.size())), users);
    }
    setDetailsHtml(m_details, html);
}

void CachesPane::provisionCache() {
    auto *wizard = new ProvisionCacheWizard(m_store, m_actions, currentOwner(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ProvisionCacheWizard::provisionRequested, this, [this, wizard] {
        wizard->showError({});
        const QString owner = wizard->controlPlaneId();
        // Through the tracker the cache is followed even when the wizard is cancelled mid-POST.
        runInDialog(
            wizard,
            m_tracker
                ? m_tracker->provision(owner, wizard->geo(), wizard->cacheName(), wizard->tier())
                : m_actions->provisionCache(owner, wizard->geo(), wizard->cacheName(),
                                            wizard->tier()),
            [this, owner](const ManagedCache &created) {
                Q_EMIT statusMessage(tr("Provisioning %1: about 15 minutes on Konnect; this "
                                        "pane follows it.")
                                         .arg(created.name));
                follow(created.id, owner, created.name, ProvisionTracker::Operation::Provision);
            });
    });
    wizard->open();
}

void CachesPane::resizeCache() {
    const QString owner = currentOwner();
    const ManagedCache *cache = m_store->cacheOf(owner);
    if (!cache)
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"resizeCacheDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Resize %1").arg(cache->name));
    auto *tiers = new QComboBox(dialog);
    tiers->setObjectName(u"tier"_s);
    for (CacheTier tier : cacheTiers()) {
        if (tier > cache->tier.value) // Konnect only grows caches
            tiers->addItem(tr("%1 · about %2 GiB").arg(cacheTierId(tier)).arg(cacheTierGiB(tier)),
                           static_cast<int>(tier));
    }
    auto *text = new QLabel(tr("Now %1. Tiers only grow; the resize applies at once and keeps "
                               "the data, with interruptions of a few seconds. About 70–75% of "
                               "the memory is usable.")
                                .arg(cache->tier.raw),
                            dialog);
    text->setWordWrap(true);
    auto *error = new ErrorLabel(dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Resize"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(tiers->count() > 0);
    if (tiers->count() == 0)
        error->showMessage(tr("This cache already has the largest tier."));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(tiers);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, dialog, tiers, error, owner] {
        const auto tier = static_cast<CacheTier>(tiers->currentData().toInt());
        QCoro::connect(m_actions->resizeCache(owner, tier), dialog,
                       [this, dialog, error](const Result<ManagedCache> &resized) {
                           if (!resized) {
                               error->showMessage(resized.error().message());
                               return;
                           }
                           dialog->accept();
                           showDetails();
                       });
    });
    dialog->open();
}

void CachesPane::deleteCache() {
    const QString owner = currentOwner();
    const ManagedCache *cache = m_store->cacheOf(owner);
    if (!cache)
        return;
    const QString name = cache->name;
    // Look at the blast radius first: Konnect refuses while plugins use the cache.
    QCoro::connect(m_actions->cacheLinks(owner), this,
                   [this, owner, name](const Result<QList<PartialLink>> &links) {
                       if (links && !links->isEmpty()) {
                           showBlastRadius(name, *links);
                           return;
                       }
                       auto *dialog = new ConfirmDeleteDialog(
                           tr("managed cache"), name,
                           tr("Konnect tears it down over a few minutes, with its Redis "
                              "configuration."),
                           this);
                       dialog->setAttribute(Qt::WA_DeleteOnClose);
                       const QString cacheId = m_store->cacheOf(owner)->id;
                       connect(dialog, &ConfirmDeleteDialog::confirmed, this,
                               [this, dialog, owner, cacheId, name] {
                                   runInDialog(dialog, m_actions->deleteCache(owner),
                                               [this, owner, cacheId, name](const Done &) {
                                                   // It shows `terminating` until Konnect removes
                                                   // it.
                                                   if (m_store->cacheOf(owner))
                                                       follow(cacheId, owner, name,
                                                              ProvisionTracker::Operation::Delete);
                                               });
                               });
                       dialog->open();
                   });
}

void CachesPane::follow(const QString &cacheId, const QString &owner, const QString &name,
                        ProvisionTracker::Operation operation) {
    if (m_tracker)
        m_tracker->track(cacheId, owner, name, operation);
    else
        QCoro::connect(m_actions->followCache(cacheId, owner, m_followInterval), this, [] {});
}

void CachesPane::showBlastRadius(const QString &cacheName, const QList<PartialLink> &links) {
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"cacheInUse"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Cache in use"));
    dialog->resize(480, 300);
    auto *text = new QLabel(tr("%1 cannot be deleted while %n plugin(s) use its Redis "
                               "configuration. Remove them, or point them at another "
                               "configuration, first.",
                               nullptr, static_cast<int>(links.size()))
                                .arg(cacheName),
                            dialog);
    text->setWordWrap(true);
    auto *list = new QListWidget(dialog);
    list->setObjectName(u"linkedPlugins"_s);
    for (const PartialLink &link : links) {
        auto *item = new QListWidgetItem(link.instanceName.isEmpty()
                                             ? link.pluginName
                                             : u"%1 (%2)"_s.arg(link.instanceName, link.pluginName),
                                         list);
        item->setData(Qt::UserRole, link.pluginId);
    }
    list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *show = buttons->addButton(tr("&Show Plugin"), QDialogButtonBox::ActionRole);
    show->setObjectName(u"showPlugin"_s);
    const auto jump = [this, dialog, list] {
        if (QListWidgetItem *item = list->currentItem()) {
            const QString pluginId = item->data(Qt::UserRole).toString();
            dialog->accept();
            Q_EMIT showPluginRequested(pluginId);
        }
    };
    connect(show, &QPushButton::clicked, dialog, jump);
    connect(list, &QListWidget::itemActivated, dialog, jump);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog->open();
}

} // namespace kd
