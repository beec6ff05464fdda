#include "ui/controlplanes/ControlPlanesPane.h"

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/SyncEngine.h"
#include "models/ControlPlaneModel.h"
#include "models/FleetFilterProxy.h"
#include "ui/common/ConfirmDeleteDialog.h"
#include "ui/common/DialogAction.h"
#include "ui/common/PaneParts.h"
#include "ui/controlplanes/ControlPlaneDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
QString stateText(const OpenEnum<GroupState> &state) {
    return state.raw.isEmpty() ? ControlPlanesPane::tr("unknown") : state.raw;
}

} // namespace

ControlPlanesPane::ControlPlanesPane(FleetStore *store, SyncEngine *sync, FleetActions *actions,
                                     QWidget *parent)
    : Pane(parent)
    , m_store(store)
    , m_sync(sync)
    , m_actions(actions)
    , m_model(new ControlPlaneModel(store, this))
    , m_proxy(new FleetFilterProxy(this))
    , m_view(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_banner(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_refresh(new QAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh"), this))
    , m_create(new QAction(QIcon::fromTheme(u"list-add"_s), tr("&New…"), this))
    , m_edit(new QAction(QIcon::fromTheme(u"document-edit"_s), tr("&Edit…"), this))
    , m_delete(new QAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete…"), this)) {
    setObjectName(u"controlPlanesPane"_s);
    m_proxy->setSourceModel(m_model);

    m_view->setObjectName(u"controlPlanesView"_s);
    m_view->setModel(m_proxy);
    configureEntityTable(m_view);
    fitColumnsToRows(m_model, m_view);
    m_view->sortByColumn(ControlPlaneModel::NameColumn, Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ControlPlanesPane::showDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (const QString id = currentId(); !id.isEmpty() && !m_selecting)
            Q_EMIT controlPlaneSelected(id);
    });
    showDetailsOfCurrentRow(m_model, m_view, this, [this] { showDetails(); });

    m_details->setObjectName(u"controlPlaneDetails"_s);
    m_details->setOpenLinks(false);
    m_details->setMinimumWidth(280);

    m_refresh->setObjectName(u"refreshAction"_s);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::ApplicationShortcut);
    m_refresh->setToolTip(tr("Read every geo from Konnect now (F5)"));
    connect(m_refresh, &QAction::triggered, sync, &SyncEngine::refreshNow);

    m_create->setObjectName(u"createControlPlaneAction"_s);
    m_create->setShortcut(QKeySequence::New);
    m_create->setToolTip(tr("Create a control plane (Ctrl+N)"));
    connect(m_create, &QAction::triggered, this, &ControlPlanesPane::createControlPlane);
    m_edit->setObjectName(u"editControlPlaneAction"_s);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_edit, &QAction::triggered, this, &ControlPlanesPane::editControlPlane);
    connect(m_view, &QTableView::doubleClicked, m_edit, &QAction::trigger);
    m_delete->setObjectName(u"deleteControlPlaneAction"_s);
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, &ControlPlanesPane::deleteControlPlane);
    addEditActions(this, store, {m_create, m_edit, m_delete});

    QToolBar *toolbar =
        makePaneToolbar(this, u"controlPlanesToolbar"_s, {m_create, m_edit, m_delete, m_refresh},
                        m_proxy, tr("Filter: name, geo, type, label (env:prod)…"));

    m_banner->setObjectName(u"geoBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(u"QLabel { background: #fff3cd; color: #664d03; padding: 6px; "
                            u"border: 1px solid #ffda6a; border-radius: 4px; }"_s);
    m_banner->hide();
    m_empty->setObjectName(u"emptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 300});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_banner);
    layout->addWidget(m_empty);
    layout->addWidget(splitter, 1);

    connect(sync, &SyncEngine::geoStatusChanged, this, &ControlPlanesPane::updateBanner);
    connect(sync, &SyncEngine::syncFinished, this, &ControlPlanesPane::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateEmptyState();
        Q_EMIT badgeChanged(QString::number(m_model->rowCount()), false);
        if (!m_view->currentIndex().isValid())
            m_view->selectRow(0);
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
            [this] { Q_EMIT badgeChanged(QString::number(m_model->rowCount()), false); });
    updateEmptyState();
    showDetails();
}

void ControlPlanesPane::selectControlPlane(const QString &id) {
    const QModelIndex source = m_model->indexOfId(id);
    if (!source.isValid())
        return;
    const QModelIndex index = m_proxy->mapFromSource(source);
    m_selecting = true;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_selecting = false;
}

QString ControlPlanesPane::currentId() const {
    return m_view->currentIndex().data(ControlPlaneModel::IdRole).toString();
}

void ControlPlanesPane::createControlPlane() {
    QList<Geo> geos = m_sync->geos();
    geos.removeAll(Geo::Global);
    auto *dialog = new ControlPlaneDialog(geos, this);
    dialog->setInventory(m_store);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ControlPlaneDialog::submitted, this, [this, dialog] {
        runInDialog(dialog, m_actions->createControlPlane(dialog->geo(), dialog->createRequest()),
                    [this](const ControlPlane &created) {
                        selectControlPlane(created.id);
                        Q_EMIT statusMessage(tr("Created %1.").arg(created.name));
                    });
    });
    dialog->open();
}

void ControlPlanesPane::editControlPlane() {
    const ControlPlane *cp = m_store->controlPlane(currentId());
    if (!cp)
        return;
    auto *dialog = new ControlPlaneDialog(*cp, this);
    dialog->setInventory(m_store);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = cp->id;
    const Geo geo = cp->geo;
    connect(dialog, &ControlPlaneDialog::submitted, this, [this, dialog, id, geo] {
        runInDialog(dialog, m_actions->updateControlPlane(geo, id, dialog->patchRequest()),
                    [this](const ControlPlane &updated) {
                        Q_EMIT statusMessage(tr("Saved %1.").arg(updated.name));
                    });
    });
    dialog->open();
}

void ControlPlanesPane::deleteControlPlane() {
    const ControlPlane *cp = m_store->controlPlane(currentId());
    if (!cp)
        return;
    QString consequences = tr("Its configuration, plugins and Redis configurations go with it.");
    if (m_store->dataPlaneGroupCount(cp->id) > 0)
        consequences += u' '
                        + tr("Its %n data-plane group(s) will be torn down.", nullptr,
                             m_store->dataPlaneGroupCount(cp->id));
    if (m_store->cacheOf(cp->id))
        consequences += u' ' + tr("Its managed cache will be deleted.");
    auto *dialog = new ConfirmDeleteDialog(tr("control plane"), cp->name, consequences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = cp->id;
    const QString name = cp->name;
    const Geo geo = cp->geo;
    connect(dialog, &ConfirmDeleteDialog::confirmed, this, [this, dialog, id, name, geo] {
        runInDialog(dialog, m_actions->deleteControlPlane(geo, id), [this, name](const Done &) {
            Q_EMIT statusMessage(tr("Deleted %1.").arg(name));
        });
    });
    dialog->open();
}

void ControlPlanesPane::updateEmptyState() {
    const bool empty = m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    if (!empty)
        return;
    m_empty->setText(m_sync->running() ? tr("Reading control planes from every geo…")
                                       : tr("No control planes in the geos this profile uses."));
}

void ControlPlanesPane::updateBanner() {
    QStringList problems;
    for (Geo geo : m_sync->geos()) {
        const GeoStatus status = m_sync->status(geo);
        if (status.state == GeoStatus::State::Failed && status.error)
            problems.append(tr("<b>%1</b>: %2")
                                .arg(geoDisplayName(geo), status.error->message().toHtmlEscaped()));
    }
    m_banner->setVisible(!problems.isEmpty());
    if (!problems.isEmpty())
        m_banner->setText(tr("Some geos could not be read; the rest is current.<br>%1")
                              .arg(problems.join(u"<br>"_s)));
    updateEmptyState();
}

void ControlPlanesPane::showDetails() {
    const QModelIndex current = m_view->currentIndex();
    const QString id = current.data(ControlPlaneModel::IdRole).toString();
    const ControlPlane *cp = m_store->controlPlane(id);
    if (!cp) {
        setDetailsHtml(m_details, tr("<p>Select a control plane to see its details.</p>"));
        return;
    }
    QString html = u"<h3>%1</h3>"_s.arg(cp->name.toHtmlEscaped());
    if (!cp->description.isEmpty())
        html += u"<p>%1</p>"_s.arg(cp->description.toHtmlEscaped());
    html += u"<table>"_s;
    html += detailsRow(tr("ID"), cp->id);
    html += detailsRow(tr("Geo"), geoDisplayName(cp->geo));
    html +=
        detailsRow(tr("Type"),
                   current.siblingAtColumn(ControlPlaneModel::ClusterTypeColumn).data().toString());
    html += detailsRow(tr("Cloud gateway"), cp->cloudGateway ? tr("yes") : tr("no"));
    html += detailsRow(tr("Control plane endpoint"), cp->controlPlaneEndpoint);
    html += detailsRow(tr("Telemetry endpoint"), cp->telemetryEndpoint);
    QStringList labels;
    for (auto it = cp->labels.cbegin(); it != cp->labels.cend(); ++it)
        labels.append(it.key() + u':' + it.value());
    html += detailsRow(tr("Labels"), labels.join(u", "_s));
    html += detailsRow(tr("Created"),
                       QLocale().toString(cp->createdAt.toLocalTime(), QLocale::LongFormat));
    html += u"</table>"_s;

    if (const CloudGatewayConfiguration *configuration = m_store->configurationOf(id)) {
        html += tr("<h4>Data-plane groups (Gateway %1)</h4>").arg(configuration->version);
        html += u"<table>"_s;
        for (const DataPlaneGroup &group : configuration->groups)
            html += detailsRow(providerDisplayName(group.provider) + u' ' + group.region,
                               stateText(group.state)
                                   + (group.egressIps.isEmpty()
                                          ? QString()
                                          : u" · "_s + group.egressIps.join(u", "_s)));
        html += u"</table>"_s;
    }
    if (const ManagedCache *cache = m_store->cacheOf(id)) {
        html += tr("<h4>Managed cache</h4>");
        html += u"<table>"_s;
        html += detailsRow(tr("Name"), cache->name);
        html += detailsRow(
            tr("Tier"),
            tr("%1 (about %2 GiB)").arg(cache->tier.raw).arg(cacheTierGiB(cache->tier.value)));
        html += detailsRow(tr("State"), cache->state.raw);
        for (const CacheGroupState &group : cache->groups)
            html += detailsRow(
                providerDisplayName(group.provider) + u' ' + group.region,
                group.state.raw
                    + (group.errorReason.isEmpty() ? QString() : u": "_s + group.errorReason));
        html += u"</table>"_s;
    }
    setDetailsHtml(m_details, html);
}

} // namespace kd
