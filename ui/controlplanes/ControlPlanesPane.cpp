#include "ui/controlplanes/ControlPlanesPane.h"

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/SyncEngine.h"
#include "models/ControlPlaneModel.h"
#include "ui/common/ConfirmDeleteDialog.h"
#include "ui/common/DialogAction.h"
#include "ui/common/PaneParts.h"
#include "ui/common/Shortcuts.h"
#include "ui/controlplanes/ControlPlaneDialog.h"
#include "ui/telemetry/SparklineDelegate.h"
#include "ui/theme/ApplyTone.h"

#include <QAction>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
QString stateText(const OpenEnum<GroupState> &state) {
    return state.raw.isEmpty() ? ControlPlanesPane::tr("unknown") : state.raw;
}

} // namespace

ControlPlanesPane::ControlPlanesPane(FleetStore *store, SyncEngine *sync, FleetActions *actions,
                                     QWidget *parent)
    : TablePane(store, actions, new ControlPlaneModel(store), u"controlPlane"_s,
                ControlPlaneModel::NameColumn, parent)
    , m_sync(sync)
    , m_model(static_cast<ControlPlaneModel *>(model()))
    , m_banner(new QLabel(this))
    , m_refresh(new QAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh"), this))
    , m_deploy(new QAction(QIcon::fromTheme(u"list-add"_s), tr("Deploy a &Group…"), this)) {
    setTexts({tr("Control planes"),
              tr("Filter: name, geo, type, label (env:prod)…"),
              tr("Sign in to see your control planes."),
              {},
              tr("<p>Select a control plane to see its details.</p>")});
    m_deploy->setObjectName(u"deployGroupAction"_s);
    connect(m_deploy, &QAction::triggered, this, [this] {
        if (const QString id = currentId(); !id.isEmpty())
            Q_EMIT deployGroupRequested(id);
    });
    addPaneAction(m_deploy, true);
    m_refresh->setObjectName(u"refreshAction"_s);
    bindStandardShortcut(m_refresh, StandardAction::Refresh);
    m_refresh->setToolTip(tr("Read every geo from Konnect now (F5)"));
    connect(m_refresh, &QAction::triggered, sync, &SyncEngine::refreshNow);
    addTrailingAction(m_refresh);
    // F5 reads Konnect again from whichever pane is shown.
    m_refresh->setShortcutContext(Qt::ApplicationShortcut);
    connect(this, &TablePane::currentIdChanged, this, &ControlPlanesPane::controlPlaneSelected);
    connect(details(), &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"deploy"_s)
            Q_EMIT deployGroupRequested(url.path());
    });
    // A deployment or a new cache changes what the details list.
    connect(store, &FleetStore::dataPlaneGroupsChanged, this, [this] {
        updateActions();
        showDetails();
    });

    m_banner->setObjectName(u"geoBanner"_s);
    m_banner->setWordWrap(true);
    // A warning in the theme's colours: readable in light and dark.
    m_banner->setStyleSheet(
        u"QLabel { padding: 6px; border: 1px solid palette(mid); border-radius: 4px; }"_s);
    applyTone(m_banner, Tone::Warning);
    m_banner->hide();
    insertAboveTable(m_banner);

    connect(sync, &SyncEngine::geoStatusChanged, this, &ControlPlanesPane::updateBanner);
    connect(sync, &SyncEngine::syncFinished, this, &ControlPlanesPane::updateEmptyState);
    updateEmptyState();
    updateActions();
    showDetails();
}

void ControlPlanesPane::updateActions() {
    TablePane::updateActions();
    const ControlPlane *cp = store()->controlPlane(currentId());
    m_deploy->setEnabled(writable() && cp && cp->cloudGateway
                         && store()->dataPlaneGroupCount(cp->id) == 0);
}

void ControlPlanesPane::createItem() {
    QList<Geo> geos = m_sync->geos();
    geos.removeAll(Geo::Global);
    auto *dialog = new ControlPlaneDialog(geos, this);
    dialog->setInventory(store());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ControlPlaneDialog::submitted, this, [this, dialog] {
        runInDialog(dialog,
                    fleetActions()->createControlPlane(dialog->geo(), dialog->createRequest()),
                    [this](const ControlPlane &created) {
                        selectCreated(created.id);
                        Q_EMIT statusMessage(tr("Created %1.").arg(created.name));
                    });
    });
    dialog->open();
}

void ControlPlanesPane::editItem() {
    const ControlPlane *cp = store()->controlPlane(currentId());
    if (!cp)
        return;
    auto *dialog = new ControlPlaneDialog(*cp, this);
    dialog->setInventory(store());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = cp->id;
    const Geo geo = cp->geo;
    connect(dialog, &ControlPlaneDialog::submitted, this, [this, dialog, id, geo] {
        runInDialog(dialog, fleetActions()->updateControlPlane(geo, id, dialog->patchRequest()),
                    [this](const ControlPlane &updated) {
                        Q_EMIT statusMessage(tr("Saved %1.").arg(updated.name));
                    });
    });
    dialog->open();
}

void ControlPlanesPane::deleteItem() {
    const ControlPlane *cp = store()->controlPlane(currentId());
    if (!cp)
        return;
    QString consequences = tr("Its configuration, plugins and Redis configurations go with it.");
    if (const int groups = store()->dataPlaneGroupCount(cp->id); groups > 0)
        consequences += u' ' + tr("Its %n data-plane groups will be torn down.", nullptr, groups);
    if (store()->cacheOf(cp->id))
        consequences += u' ' + tr("Its managed cache will be deleted.");
    auto *dialog = new ConfirmDeleteDialog(tr("control plane"), cp->name, consequences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = cp->id;
    const QString name = cp->name;
    const Geo geo = cp->geo;
    connect(dialog, &ConfirmDeleteDialog::confirmed, this, [this, dialog, id, name, geo] {
        runInDialog(
            dialog, fleetActions()->deleteControlPlane(geo, id),
            [this, name](const Done &) { Q_EMIT statusMessage(tr("Deleted %1.").arg(name)); });
    });
    dialog->open();
}

QString ControlPlanesPane::emptyText() const {
    return m_sync->running() ? tr("Reading control planes from every geo…")
                             : tr("No control planes in the geos this profile uses.");
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

QString ControlPlanesPane::detailsHtml(const QString &id) const {
    const ControlPlane *cp = store()->controlPlane(id);
    if (!cp)
        return {};
    const QModelIndex row = model()->indexOfId(id);
    QString html = u"<h3>%1</h3>"_s.arg(cp->name.toHtmlEscaped());
    if (!cp->description.isEmpty())
        html += u"<p>%1</p>"_s.arg(cp->description.toHtmlEscaped());
    html += u"<table>"_s;
    html += detailsRow(tr("ID"), cp->id);
    html += detailsRow(tr("Geo"), geoDisplayName(cp->geo));
    html += detailsRow(tr("Type"),
                       row.siblingAtColumn(ControlPlaneModel::ClusterTypeColumn).data().toString());
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

    const CloudGatewayConfiguration *configuration = store()->configurationOf(id);
    if (configuration && !configuration->groups.isEmpty()) {
        html += tr("<h4>Data-plane groups (Gateway %1)</h4>").arg(configuration->version);
        html += u"<table>"_s;
        for (const DataPlaneGroup &group : configuration->groups)
            html += detailsRow(providerDisplayName(group.provider) + u' ' + group.region,
                               stateText(group.state)
                                   + (group.egressIps.isEmpty()
                                          ? QString()
                                          : u" · "_s + group.egressIps.join(u", "_s)));
        html += u"</table>"_s;
    } else if (cp->cloudGateway) {
        // A new Dedicated Cloud Gateway control plane runs nothing until a group is deployed.
        html += u"<p>"_s + tr("No data-plane group runs this control plane yet.") + u" "_s
                + (writable() ? u"<a href='deploy:%1'>%2</a>"_s.arg(
                       cp->id, tr("Deploy a group…").toHtmlEscaped())
                              : QString())
                + u"</p>"_s;
    }
    if (const ManagedCache *cache = store()->cacheOf(id)) {
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
    return html;
}

void ControlPlanesPane::setTelemetry(TelemetryFeed *feed) {
    m_model->setTelemetry(feed);
    SparklineDelegate::install(view(), m_model);
}

} // namespace kd
