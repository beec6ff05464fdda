#include "ui/gateways/DeployGroupWizard.h"

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "ui/common/DialogAction.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/GatedPage.h"
#include "ui/common/PaneParts.h"
#include "ui/networks/NetworkDialog.h"
#include "ui/theme/ApplyTone.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QWizardPage>

using namespace Qt::StringLiterals;

namespace kd {

DeployGroupWizard::DeployGroupWizard(const FleetStore *store, const Availability &availability,
                                     const QString &controlPlaneId, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
    , m_availability(availability)
    , m_plane(new QComboBox(this))
    , m_provider(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_network(new QComboBox(this))
    , m_version(new QComboBox(this))
    , m_baseRps(new QSpinBox(this))
    , m_networkHint(new QLabel(this))
    , m_review(new QTextBrowser(this))
    , m_error(new ErrorLabel(this))
    , m_createNetwork(new QPushButton(tr("Create Network…"), this)) {
    setObjectName(u"deployGroupWizard"_s);
    setWindowTitle(tr("Deploy a data-plane group"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("Deploy"));

    m_plane->setObjectName(u"controlPlane"_s);
    addCloudGatewayPlanes(m_plane, store, controlPlaneId);
    m_provider->setObjectName(u"provider"_s);
    for (CloudProvider provider : {CloudProvider::Aws, CloudProvider::Azure, CloudProvider::Gcp}) {
        if (!availability.regions.value(provider).isEmpty())
            m_provider->addItem(providerDisplayName({provider, providerId(provider)}),
                                providerId(provider));
    }
    m_region->setObjectName(u"region"_s);
    m_network->setObjectName(u"network"_s);
    m_networkHint->setWordWrap(true);
    applyTone(m_networkHint, Tone::Warning);

    m_createNetwork->setObjectName(u"createNetwork"_s);
    m_createNetwork->hide();
    connect(m_createNetwork, &QPushButton::clicked, this, &DeployGroupWizard::createNetwork);
    auto *networkRow = new QHBoxLayout;
    networkRow->addWidget(m_network, 1);
    networkRow->addWidget(m_createNetwork);

    m_placement = new GatedPage([this] { return placementComplete(); }, this);
    auto *placement = m_placement;
    placement->setTitle(tr("Where"));
    placement->setSubTitle(tr("The group runs in the cloud and region you pick, attached to a "
                              "ready network there."));
    auto *placementForm = new QFormLayout(placement);
    placementForm->addRow(tr("&Control plane:"), m_plane);
    placementForm->addRow(tr("C&loud:"), m_provider);
    placementForm->addRow(tr("&Region:"), m_region);
    auto *networkLabel = new QLabel(tr("&Network:"), placement);
    networkLabel->setBuddy(m_network); // a layout row gets no buddy by itself
    placementForm->addRow(networkLabel, networkRow);
    placementForm->addRow(QString(), m_networkHint);
    addPage(placement);

    m_baseRps->setObjectName(u"baseRps"_s);
    m_baseRps->setRange(1, 1000000);
    m_baseRps->setValue(100);
    m_baseRps->setSuffix(tr(" requests/s"));
    m_version->setObjectName(u"version"_s);
    m_review->setObjectName(u"review"_s);
    m_capacity = new GatedPage([this] { return placementComplete(); }, this);
    auto *capacity = m_capacity;
    capacity->setTitle(tr("Capacity and review"));
    capacity->setSubTitle(tr("Autopilot scales from the base load you expect. The whole desired "
                             "list of groups is sent; existing groups are kept."));
    auto *capacityForm = new QFormLayout;
    capacityForm->addRow(tr("&Base load:"), m_baseRps);
    capacityForm->addRow(tr("Gateway &version:"), m_version);
    auto *capacityLayout = new QVBoxLayout(capacity);
    capacityLayout->addLayout(capacityForm);
    capacityLayout->addWidget(m_review, 1);
    capacityLayout->addWidget(m_error);
    addPage(capacity);

    connect(m_plane, &QComboBox::currentIndexChanged, this, [this] {
        m_version->clear();
        const CloudGatewayConfiguration *configuration =
            m_store->configurationOf(m_plane->currentData().toString());
        if (configuration)
            m_version->addItem(tr("%1 (current)").arg(configuration->version), QString());
        for (qsizetype i = m_availability.versions.size() - 1; i >= 0; --i) {
            const QString version = m_availability.versions.at(i);
            if (!configuration || configuration->version != version)
                m_version->addItem(version, version);
        }
        updateReview();
    });
    connect(m_provider, &QComboBox::currentIndexChanged, this, &DeployGroupWizard::fillRegions);
    connect(m_region, &QComboBox::currentIndexChanged, this, &DeployGroupWizard::fillNetworks);
    for (QObject *field : {static_cast<QObject *>(m_network), static_cast<QObject *>(m_version)})
        connect(qobject_cast<QComboBox *>(field), &QComboBox::currentIndexChanged, this,
                &DeployGroupWizard::updateReview);
    connect(m_baseRps, &QSpinBox::valueChanged, this, &DeployGroupWizard::updateReview);
    // A network created meanwhile (here or by sync) is offered as soon as the store has it.
    for (auto signal :
         {&FleetStore::networksAdded, &FleetStore::networksChanged, &FleetStore::networksRemoved})
        connect(store, signal, this, &DeployGroupWizard::fillNetworks);
    Q_EMIT m_plane->currentIndexChanged(m_plane->currentIndex());
    fillRegions();

    // Deploy is asynchronous: the wizard stays open until Konnect has answered.
    disconnect(button(QWizard::FinishButton), nullptr, this, nullptr);
    connect(button(QWizard::FinishButton), &QAbstractButton::clicked, this,
            &DeployGroupWizard::deployRequested);
    resize(620, 480);
}

void DeployGroupWizard::fillRegions() {
    m_region->clear();
    const auto provider = providerFrom(m_provider->currentData().toString()).value;
    for (const AvailabilityRegion &region : m_availability.regions.value(provider))
        m_region->addItem(region.name.isEmpty() ? region.region
                                                : region.region + u" · "_s + region.name,
                          region.region);
    fillNetworks();
}

void DeployGroupWizard::enableCreateNetwork(FleetActions *actions) {
    m_actions = actions;
    m_createNetwork->setVisible(actions != nullptr);
}

bool DeployGroupWizard::placementComplete() const {
    return !controlPlaneId().isEmpty() && !m_region->currentData().toString().isEmpty()
           && !m_network->currentData().toString().isEmpty();
}

void DeployGroupWizard::fillNetworks() {
    const QString chosen = m_network->currentData().toString();
    const QSignalBlocker blocker(m_network);
    m_network->clear();
    const QString region = m_region->currentData().toString();
    const CloudProvider provider = providerFrom(m_provider->currentData().toString()).value;
    QHash<QString, CloudProvider> providerOf; // provider account id -> its cloud
    for (const ProviderAccount &account : m_store->providerAccounts())
        providerOf.insert(account.id, account.provider.value);
    int unready = 0;
    QStringList names;
    for (const QString &id : m_store->networkIds()) {
        const Network *network = m_store->network(id);
        // A group attaches only to a network of its own cloud and region.
        if (network->region != region
            || providerOf.value(network->providerAccountId, CloudProvider::Unknown) != provider)
            continue;
        if (network->state.value != NetworkState::Ready) {
            ++unready;
            names.append(network->name);
            continue;
        }
        m_network->addItem(network->name + u" · "_s + network->cidrBlock, network->id);
    }
    m_network->setCurrentIndex(std::max(0, m_network->findData(chosen)));
    const QString cloud = providerDisplayName({provider, providerId(provider)});
    if (m_network->count() > 0)
        m_networkHint->clear();
    else if (unready > 0)
        m_networkHint->setText(tr("%1 in %2 %3 is still being created (30 to 40 minutes on "
                                  "Konnect); deploy when it is ready.")
                                   .arg(names.join(u", "_s), cloud, region));
    else
        m_networkHint->setText(
            m_actions ? tr("There is no %1 network in %2 yet: a group needs a ready network of "
                           "its cloud and region. Create one here; it takes 30 to 40 minutes.")
                            .arg(cloud, region)
                      : tr("There is no %1 network in %2 yet: a group needs a ready network of "
                           "its cloud and region.")
                            .arg(cloud, region));
    m_networkHint->setVisible(!m_networkHint->text().isEmpty());
    updateReview();
}

void DeployGroupWizard::createNetwork() {
    if (!m_actions)
        return;
    const CloudProvider provider = providerFrom(m_provider->currentData().toString()).value;
    const QString region = m_region->currentData().toString();
    auto *dialog = new NetworkDialog(m_store, m_availability, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->prefill(provider, region);
    connect(dialog, &NetworkDialog::submitted, this, [this, dialog] {
        runInDialog(dialog, m_actions->createNetwork(dialog->createRequest()),
                    [this](const Network &) { fillNetworks(); });
    });
    dialog->open();
}

QString DeployGroupWizard::controlPlaneId() const {
    return m_plane->currentData().toString();
}

Geo DeployGroupWizard::geo() const {
    const ControlPlane *cp = m_store->controlPlane(controlPlaneId());
    return cp ? cp->geo : Geo::Us;
}

DataPlaneGroup DeployGroupWizard::group() const {
    DataPlaneGroup group;
    group.provider = providerFrom(m_provider->currentData().toString());
    group.region = m_region->currentData().toString();
    group.networkId = m_network->currentData().toString();
    group.autoscale.autopilot = true;
    group.autoscale.baseRps = m_baseRps->value();
    return group;
}

QString DeployGroupWizard::version() const {
    return m_version->currentData().toString();
}

void DeployGroupWizard::updateReview() {
    m_error->showMessage({}); // whatever Konnect said was about the inputs before this change
    for (GatedPage *page : {m_placement, m_capacity}) {
        if (page)
            page->recheck();
    }
    const ControlPlane *cp = m_store->controlPlane(controlPlaneId());
    const DataPlaneGroup g = group();
    const bool complete = cp && !g.region.isEmpty() && !g.networkId.isEmpty();
    if (!complete) {
        m_review->setHtml(tr("<p>Choose a control plane, a region and a ready network.</p>"));
        return;
    }
    const CloudGatewayConfiguration *configuration = m_store->configurationOf(cp->id);
    QString html = tr("<p><b>PUT /v2/cloud-gateways/configurations</b> for <b>%1</b> (%2):</p><ul>")
                       .arg(cp->name.toHtmlEscaped(), geoId(cp->geo));
    if (configuration) {
        for (const DataPlaneGroup &existing : configuration->desired)
            html += tr("<li>keep %1 %2</li>")
                        .arg(providerDisplayName(existing.provider), existing.region);
    }
    html += tr("<li><b>add %1 %2</b>, autopilot from %3 requests/s, network %4</li></ul>")
                .arg(providerDisplayName(g.provider), g.region)
                .arg(g.autoscale.baseRps)
                .arg(m_network->currentText().toHtmlEscaped());
    html += tr("<p>Gateway version: %1. The group goes created → initializing → ready; the "
               "Gateways pane follows it.</p>")
                .arg(version().isEmpty() ? (configuration ? configuration->version : QString())
                                         : version());
    m_review->setHtml(html);
}

void DeployGroupWizard::showError(const QString &message) {
    m_error->showMessage(message);
}

void DeployGroupWizard::setBusy(bool busy) {
    button(QWizard::FinishButton)->setEnabled(!busy && placementComplete());
    button(QWizard::FinishButton)->setText(busy ? tr("Deploying…") : tr("Deploy"));
}

} // namespace kd
