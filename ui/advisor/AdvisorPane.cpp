#include "ui/advisor/AdvisorPane.h"

#include "client/PluginCatalog.h"
#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/advisor/Advisor.h"
#include "fleet/advisor/Fixes.h"
#include "fleet/advisor/MuteStore.h"
#include "models/FindingModel.h"
#include "models/GovernanceModel.h"
#include "ui/advisor/ReviewDialog.h"
#include "ui/common/DialogAction.h"
#include "ui/common/FilterBar.h"
#include "ui/common/PaneParts.h"
#include "ui/plugins/PluginDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
QString kindId(advisor::EntityKind kind) {
    return QString::number(static_cast<int>(kind));
}
} // namespace

AdvisorPane::AdvisorPane(FleetStore *store, FleetActions *actions, const QString &profileName,
                         QWidget *parent)
    : Pane(parent)
    , m_store(store)
    , m_actions(actions)
    , m_advisor(new advisor::Advisor(store, this))
    , m_mutes(std::make_unique<advisor::MuteStore>(profileName))
    , m_model(new FindingModel(m_advisor, m_mutes.get(), this))
    , m_acceptedProxy(new QSortFilterProxyModel(this))
    , m_severityProxy(new QSortFilterProxyModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_severity(new QComboBox(this))
    , m_showAccepted(new QCheckBox(tr("Show &Accepted"), this))
    , m_view(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_fix(new QAction(QIcon::fromTheme(u"tools-check-spelling"_s), tr("&Fix…"), this))
    , m_accept(new QAction(QIcon::fromTheme(u"dialog-ok"_s), tr("A&ccept with a Note…"), this))
    , m_reopen(new QAction(QIcon::fromTheme(u"edit-undo"_s), tr("&Reopen"), this))
    , m_governance(new QTableView(this))
    , m_addPolicy(new QAction(QIcon::fromTheme(u"list-add"_s), tr("Add This &Policy…"), this)) {
    setObjectName(u"advisorPane"_s);
    m_acceptedProxy->setSourceModel(m_model);
    m_acceptedProxy->setFilterRole(FindingModel::AcceptedRole);
    m_severityProxy->setSourceModel(m_acceptedProxy);
    m_severityProxy->setFilterRole(FindingModel::SeverityRole);
    m_proxy->setSourceModel(m_severityProxy);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(FindingModel::RawValueRole);
    m_view->setObjectName(u"advisorView"_s);
    m_view->setModel(m_proxy);
    configureEntityTable(m_view);
    m_view->sortByColumn(FindingModel::SeverityColumn, Qt::AscendingOrder);
    // The why is what people read: last, taking the room; the rest fit what they hold.
    QHeaderView *header = m_view->horizontalHeader();
    header->setMaximumSectionSize(-1);
    header->setStretchLastSection(true);
    header->setSectionResizeMode(FindingModel::SeverityColumn, QHeaderView::ResizeToContents);
    header->resizeSection(FindingModel::RuleColumn, 230);
    header->resizeSection(FindingModel::EntitiesColumn, 210);
    header->resizeSection(FindingModel::AcceptedColumn, 120);
    m_details->setObjectName(u"advisorDetails"_s);
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, &AdvisorPane::openLink);

    m_severity->setObjectName(u"advisorSeverityFilter"_s);
    m_severity->addItem(tr("All severities"), QString());
    m_severity->addItem(tr("Errors"), QString::number(int(advisor::Severity::Error)));
    m_severity->addItem(tr("Warnings"), QString::number(int(advisor::Severity::Warning)));
    m_severity->addItem(tr("Information"), QString::number(int(advisor::Severity::Info)));
    m_showAccepted->setObjectName(u"advisorShowAccepted"_s);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &AdvisorPane::applyFilters);
    connect(m_showAccepted, &QCheckBox::toggled, this, &AdvisorPane::applyFilters);

    m_fix->setObjectName(u"advisorFixAction"_s);
    m_accept->setObjectName(u"advisorAcceptAction"_s);
    m_reopen->setObjectName(u"advisorReopenAction"_s);
    connect(m_fix, &QAction::triggered, this, &AdvisorPane::fix);
    connect(m_accept, &QAction::triggered, this, &AdvisorPane::acceptCurrent);
    connect(m_reopen, &QAction::triggered, this, &AdvisorPane::reopenCurrent);
    connect(m_view, &QTableView::doubleClicked, m_fix, &QAction::trigger);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetails();
        updateActions();
    });
    showDetailsOfCurrentRow(m_model, m_view, this, [this] {
        showDetails();
        updateActions();
    });

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(u"advisorToolbar"_s);
    toolbar->addActions({m_fix, m_accept, m_reopen});
    toolbar->addSeparator();
    toolbar->addWidget(m_severity);
    toolbar->addWidget(m_showAccepted);
    // The filter sits beside the toolbar, not in it: with a long fix label (and longer
    // languages) the toolbar folds its last actions away, never the filter.
    auto *filter = new FilterBar(tr("Filter: rule, entity, why…"), this);
    filter->setObjectName(u"advisorFilter"_s);
    filter->setMinimumWidth(180);
    filter->setMaximumWidth(380);
    connect(filter, &QLineEdit::textChanged, m_proxy,
            [this](const QString &text) { m_proxy->setFilterFixedString(text); });
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(toolbar, 1);
    bar->addWidget(filter);
    // Findings are long lines: the table takes the width, the details sit below it.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setSizes({560, 200});
    auto *findings = new QWidget(this);
    auto *findingsLayout = new QVBoxLayout(findings);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addLayout(bar);
    findingsLayout->addWidget(splitter, 1);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"advisorTabs"_s);
    tabs->addTab(findings, tr("Findings"));
    tabs->addTab(makeGovernanceTab(), tr("Governance"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);

    m_badgeTimer = new QTimer(this);
    m_badgeTimer->setSingleShot(true);
    m_badgeTimer->setInterval(0);
    connect(m_badgeTimer, &QTimer::timeout, this, &AdvisorPane::updateBadge);
    const auto later = [this] { m_badgeTimer->start(); };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, later);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(m_model, &QAbstractItemModel::modelReset, this, later);
    connect(m_model, &QAbstractItemModel::dataChanged, this, later);
    // The first finding is current until someone picks one: findings arrive in batches, and
    // a more severe one may come above the row picked before it came.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        const bool untouched = !m_view->currentIndex().isValid() || m_autoCurrent;
        if (untouched && m_proxy->rowCount() > 0 && m_view->currentIndex().row() != 0) {
            m_choosing = true;
            m_view->setCurrentIndex(m_proxy->index(0, 0));
            m_choosing = false;
            m_autoCurrent = true;
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_choosing)
            m_autoCurrent = false;
    });
    applyFilters();
    showDetails();
    updateActions();
}

AdvisorPane::~AdvisorPane() = default;

QWidget *AdvisorPane::makeGovernanceTab() {
    auto *model = new GovernanceModel(m_store, this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(GovernanceModel::RawValueRole);
    m_governance->setObjectName(u"advisorGovernanceView"_s);
    m_governance->setModel(proxy);
    configureEntityTable(m_governance);
    // Grouped by env, then by name.
    m_governance->sortByColumn(GovernanceModel::EnvColumn, Qt::AscendingOrder);
    m_governance->horizontalHeader()->setStretchLastSection(true);
    m_governance->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_addPolicy->setObjectName(u"advisorAddPolicyAction"_s);
    m_addPolicy->setEnabled(false);
    connect(m_addPolicy, &QAction::triggered, this, &AdvisorPane::addPolicy);
    connect(m_governance->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_addPolicy->setEnabled(current.column() >= GovernanceModel::AuthenticationColumn
                                        && !current.data(GovernanceModel::PresentRole).toBool()
                                        && !m_store->readOnly());
            });
    m_governance->setSelectionBehavior(QAbstractItemView::SelectItems);
    connect(m_governance, &QTableView::doubleClicked, m_addPolicy, &QAction::trigger);
    auto *toolbar = new QToolBar(this);
    toolbar->addAction(m_addPolicy);
    auto *intro = new QLabel(tr("Which control planes apply authentication, rate limits and AI "
                                "policies, and at what scope. Select a gap to add the policy."),
                             this);
    intro->setWordWrap(true);
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(intro);
    layout->addWidget(m_governance, 1);
    return tab;
}

void AdvisorPane::addPolicy() {
    const QModelIndex current = m_governance->currentIndex();
    const QString planeId = current.data(GovernanceModel::IdRole).toString();
    if (planeId.isEmpty() || current.data(GovernanceModel::PresentRole).toBool())
        return;
    auto *dialog = new PluginDialog(m_store, planeId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PluginDialog::submitted, this, [this, dialog] {
        runInDialog(dialog, m_actions->createPlugin(dialog->plugin()),
                    [this](const Plugin &created) {
                        Q_EMIT statusMessage(tr("Added %1.").arg(created.name));
                    });
    });
    dialog->open();
}

void AdvisorPane::setProfile(const QString &profileName) {
    m_mutes->setProfile(profileName);
    m_advisor->reevaluate();
    applyFilters();
}

QString AdvisorPane::currentKey() const {
    return m_view->currentIndex().data(FindingModel::KeyRole).toString();
}

void AdvisorPane::applyFilters() {
    m_acceptedProxy->setFilterFixedString(m_showAccepted->isChecked() ? QString() : u"open"_s);
    const QString severity = m_severity->currentData().toString();
    m_severityProxy->setFilterRegularExpression(severity.isEmpty() ? QString()
                                                                   : u"^"_s + severity + u"$"_s);
    updateBadge();
}

QList<advisor::Finding> AdvisorPane::openFindings() const {
    return m_open;
}

void AdvisorPane::updateBadge() {
    QList<advisor::Finding> open;
    int errors = 0;
    int warnings = 0;
    for (const advisor::Finding &finding : m_advisor->findings()) {
        if (m_mutes->isMuted(finding.key()))
            continue;
        open.append(finding);
        errors += finding.severity == advisor::Severity::Error ? 1 : 0;
        warnings += finding.severity == advisor::Severity::Warning ? 1 : 0;
    }
    // The problem badge counts the open findings of the highest severity, in its colour.
    const int count = errors > 0 ? errors : warnings;
    Q_EMIT badgeChanged(count > 0 ? tr("%1 ⚠").arg(count) : QString(), count > 0,
                        errors > 0 ? Tone::Error : Tone::Warning);
    if (open != m_open) {
        m_open = std::move(open);
        Q_EMIT openFindingsChanged(m_open);
    }
}

void AdvisorPane::updateActions() {
    const advisor::Finding *finding = m_model->finding(currentKey());
    const bool accepted = finding && m_mutes->isMuted(currentKey());
    m_fix->setEnabled(finding != nullptr);
    m_fix->setText(finding ? finding->fix.label + u"…"_s : tr("&Fix…"));
    m_accept->setEnabled(finding && !accepted);
    m_reopen->setEnabled(accepted);
}

void AdvisorPane::showDetails() {
    const advisor::Finding *finding = m_model->finding(currentKey());
    if (!finding) {
        setDetailsHtml(m_details, m_advisor->findings().isEmpty()
                                      ? tr("<p>No findings: the fleet follows every rule the "
                                           "advisor knows.</p>")
                                      : tr("<p>Select a finding to see what it names and how to "
                                           "fix it.</p>"));
        return;
    }
    QString html = u"<h3>%1</h3><p>%2</p><p><b>%3</b> %4</p><ul>"_s.arg(
        advisor::ruleTitle(finding->ruleId).toHtmlEscaped(), finding->why.toHtmlEscaped(),
        tr("Fix:").toHtmlEscaped(), finding->fix.label.toHtmlEscaped());
    for (const advisor::EntityRef &entity : finding->entities)
        html += u"<li><a href='entity:%1:%2:%3'>%4</a></li>"_s.arg(
            kindId(entity.kind), entity.id, entity.controlPlaneId, entity.label.toHtmlEscaped());
    html += u"</ul>"_s;
    if (m_mutes->isMuted(currentKey()))
        html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Accepted:").toHtmlEscaped(),
                                             m_mutes->note(currentKey()).toHtmlEscaped());
    setDetailsHtml(m_details, html);
}

void AdvisorPane::openLink(const QUrl &url) {
    const QStringList parts = url.toString().split(u':');
    if (parts.size() != 4 || parts.first() != u"entity"_s)
        return;
    Q_EMIT showEntityRequested(static_cast<advisor::EntityKind>(parts.at(1).toInt()), parts.at(2),
                               parts.at(3));
}

void AdvisorPane::fix() {
    const advisor::Finding *finding = m_model->finding(currentKey());
    if (!finding)
        return;
    switch (finding->fix.kind) {
    case advisor::FixKind::LinkManagedPartial:
        linkManagedPartial(*finding);
        return;
    case advisor::FixKind::UpgradeCacheTier:
        upgradeCache(*finding);
        return;
    case advisor::FixKind::Show:
        break;
    }
    const advisor::EntityRef &target = finding->fix.target;
    Q_EMIT showEntityRequested(target.kind, target.id, target.controlPlaneId);
}

void AdvisorPane::linkManagedPartial(const advisor::Finding &finding) {
    const Plugin *plugin = m_store->plugin(finding.fix.target.id);
    if (!plugin) {
        Q_EMIT statusMessage(tr("The plugin is gone; refresh to see the fleet as it is."));
        return;
    }
    const Plugin linked = advisor::withManagedPartial(*plugin, finding.fix.partialId);
    auto *dialog = new ReviewDialog(
        tr("Link the Managed Cache"),
        tr("The plugin %1 will count in the managed cache: it links the konnect-managed partial, "
           "uses the Redis strategy and drops the inline Redis settings the partial replaces. "
           "This is sent:")
            .arg(finding.fix.target.label),
        u"PUT /v2/control-planes/%1/core-entities/plugins/%2"_s.arg(plugin->controlPlaneId,
                                                                    plugin->id),
        plugins::toDocument(linked), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReviewDialog::sendRequested, this, [this, dialog, linked] {
        runInDialog(dialog, m_actions->updatePlugin(linked), [this](const Plugin &updated) {
            Q_EMIT statusMessage(
                tr("%1 now uses the managed cache.")
                    .arg(updated.instanceName.isEmpty() ? updated.name : updated.instanceName));
        });
    });
    dialog->open();
}

void AdvisorPane::upgradeCache(const advisor::Finding &finding) {
    const ManagedCache *cache = m_store->cacheOf(finding.fix.target.id);
    if (!cache) {
        Q_EMIT statusMessage(tr("The cache is gone; refresh to see the fleet as it is."));
        return;
    }
    const QString owner = cache->ownerId;
    const CacheTier tier = finding.fix.tier;
    // What the client's resize sends [SPEC cgw PATCH add-ons]; the tier id is a plain word.
    const QByteArray body = u"{\n    \"config\": {\n        \"kind\": \"managed-cache.v0\",\n"
                            u"        \"capacity_config\": { \"kind\": \"tiered\", \"tier\": "
                            u"\"%1\" }\n    }\n}\n"_s.arg(cacheTierId(tier))
                                .toUtf8();
    auto *dialog = new ReviewDialog(
        tr("Upgrade the Managed Cache"),
        tr("%1 moves from %2 to %3. Konnect resizes at once and keeps the data, with "
           "interruptions of a few seconds; tiers cannot be lowered again. This is sent:")
            .arg(cache->name, cache->tier.raw, cacheTierId(tier)),
        u"PATCH /v2/cloud-gateways/add-ons/%1"_s.arg(cache->id), body, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReviewDialog::sendRequested, this, [this, dialog, owner, tier] {
        runInDialog(
            dialog, m_actions->resizeCache(owner, tier), [this](const ManagedCache &resized) {
                Q_EMIT statusMessage(tr("%1 is now %2.").arg(resized.name, resized.tier.raw));
            });
    });
    dialog->open();
}

void AdvisorPane::acceptCurrent() {
    const QString key = currentKey();
    if (!m_model->finding(key))
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"advisorAcceptDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Accept the finding"));
    dialog->setLabelText(tr("Why is this acceptable? The note is kept with this profile and "
                            "shown with the finding."));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, key](const QString &note) {
        m_model->accept(key, note.trimmed());
        applyFilters();
        showDetails();
        updateActions();
    });
    dialog->open();
}

void AdvisorPane::reopenCurrent() {
    const QString key = currentKey();
    if (key.isEmpty())
        return;
    m_model->reopen(key);
    applyFilters();
    showDetails();
    updateActions();
}

} // namespace kd
