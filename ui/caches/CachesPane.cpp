#include "ui/caches/CachesPane.h"

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "models/CacheModel.h"
#include "models/FleetFilterProxy.h"
#include "ui/caches/ProvisionCacheWizard.h"
#include "ui/common/ConfirmDeleteDialog.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/PaneParts.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

CachesPane::CachesPane(FleetStore *store, FleetActions *actions, QWidget *parent)
    : Pane(parent)
    , m_store(store)
    , m_actions(actions)
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
    m_details->setObjectName(u"cacheDetails"_s);

    m_resize->setObjectName(u"resizeCacheAction"_s);
    m_delete->setObjectName(u"deleteCacheAction"_s);
    m_delete->setShortcut(QKeySequence::Delete);
    m_provision->setObjectName(u"provisionCacheAction"_s);
    m_provision->setShortcut(QKeySequence::New);
    connect(m_provision, &QAction::triggered, this, &CachesPane::provisionCache);
    connect(m_resize, &QAction::triggered, this, &CachesPane::resizeCache);
    connect(m_delete, &QAction::triggered, this, &CachesPane::deleteCache);
    for (QAction *action : {m_provision, m_resize, m_delete}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setEnabled(!store->readOnly());
        addAction(action);
    }
    connect(store, &FleetStore::readOnlyChanged, this, [this](bool readOnly) {
        for (QAction *action : {m_provision, m_resize, m_delete})
            action->setEnabled(!readOnly);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CachesPane::showDetails);

    QToolBar *toolbar =
        makePaneToolbar(this, u"cachesToolbar"_s, {m_provision, m_resize, m_delete}, m_proxy,
                        tr("Filter: name, control plane, tier, state, region…"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setSizes({850, 350});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(splitter, 1);

    trackRows(this, m_model, m_view);
    showDetails();
}

QString CachesPane::currentOwner() const {
    return m_view->currentIndex().data(CacheModel::OwnerIdRole).toString();
}

void CachesPane::showDetails() {
    const QString owner = currentOwner();
    const ManagedCache *cache = m_store->cacheOf(owner);
    if (!cache) {
        m_details->setHtml(tr("<p>Select a managed cache to see its details.</p>"));
        return;
    }
    QString html = u"<h3>%1</h3><table>"_s.arg(cache->name.toHtmlEscaped());
    html += detailsRow(tr("Tier"), tr("%1, about %2 GiB (70–75% usable)")
                                       .arg(cache->tier.raw)
                                       .arg(cacheTierGiB(cache->tier.value)));
    html += detailsRow(tr("State"), cache->state.raw);
    for (const CacheGroupState &group : cache->groups)
        html += detailsRow(
            providerDisplayName(group.provider) + u' ' + group.region,
            group.state.raw
                + (group.errorReason.isEmpty() ? QString() : u": "_s + group.errorReason));
    html +=
        detailsRow(tr("Redis configuration"),
                   cache->cacheConfigId.isEmpty() ? tr("not yet created") : cache->cacheConfigId);
    html += u"</table><p id='links'>"_s + tr("Looking up the plugins that use it…") + u"</p>"_s;
    m_details->setHtml(html);
    QCoro::connect(
        m_actions->cacheLinks(owner), this,
        [this, owner, html](const Result<QList<PartialLink>> &links) {
            if (currentOwner() != owner)
                return; // the selection moved on
            QString text;
            if (!links)
                text = links.error().message().toHtmlEscaped();
            else if (links->isEmpty())
                text = tr("No plugin uses this cache.");
            else {
                QStringList names;
                for (const PartialLink &link : *links)
                    names.append((link.instanceName.isEmpty() ? link.pluginName : link.instanceName)
                                     .toHtmlEscaped()
                                 + u" ("_s + link.pluginName.toHtmlEscaped() + u')');
                text =
                    tr("<b>Used by %n plugin(s):</b><br>", nullptr, static_cast<int>(links->size()))
                    + names.join(u"<br>"_s);
            }
            QString updated = html;
            updated.replace(tr("Looking up the plugins that use it…"), text);
            m_details->setHtml(updated);
        });
}

void CachesPane::provisionCache() {
    auto *wizard = new ProvisionCacheWizard(m_store, m_actions, currentOwner(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ProvisionCacheWizard::provisionRequested, this, [this, wizard] {
        wizard->setBusy(true);
        wizard->showError({});
        const QString owner = wizard->controlPlaneId();
        QCoro::connect(
            m_actions->provisionCache(owner, wizard->geo(), wizard->cacheName(), wizard->tier()),
            wizard, [this, wizard, owner](const Result<ManagedCache> &created) {
                wizard->setBusy(false);
                if (!created) {
                    wizard->showError(created.error().message()); // the choices stay
                    return;
                }
                wizard->accept();
                Q_EMIT statusMessage(tr("Provisioning %1: about 15 minutes on Konnect; this "
                                        "pane follows it.")
                                         .arg(created->name));
                QCoro::connect(m_actions->followCache(created->id, owner, m_followInterval), this,
                               [] {});
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
    QCoro::connect(
        m_actions->cacheLinks(owner), this,
        [this, owner, name](const Result<QList<PartialLink>> &links) {
            if (links && !links->isEmpty()) {
                QStringList names;
                for (const PartialLink &link : *links)
                    names.append(link.instanceName.isEmpty() ? link.pluginName : link.instanceName);
                auto *box =
                    new QMessageBox(QMessageBox::Information, tr("Cache in use"),
                                    tr("%1 cannot be deleted while these plugins use it:\n\n%2\n\n"
                                       "Remove them or point them at another Redis configuration "
                                       "first.")
                                        .arg(name, names.join(u'\n')),
                                    QMessageBox::Ok, this);
                box->setObjectName(u"cacheInUse"_s);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                return;
            }
            auto *dialog = new ConfirmDeleteDialog(
                tr("managed cache"), name,
                tr("Konnect tears it down over a few minutes, with its Redis "
                   "configuration."),
                this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &ConfirmDeleteDialog::confirmed, this, [this, dialog, owner] {
                dialog->setBusy(true);
                QCoro::connect(m_actions->deleteCache(owner), dialog,
                               [dialog](const Status &deleted) {
                                   dialog->setBusy(false);
                                   if (!deleted) {
                                       dialog->showError(deleted.error().message());
                                       return;
                                   }
                                   dialog->accept();
                               });
            });
            dialog->open();
        });
}

} // namespace kd
