#include "ui/caches/ProvisionCacheWizard.h"

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/advisor/CacheService.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/GatedPage.h"
#include "ui/common/PaneParts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizardPage>

using namespace Qt::StringLiterals;

namespace kd {

ProvisionCacheWizard::ProvisionCacheWizard(const FleetStore *store, const FleetActions *actions,
                                           const QString &controlPlaneId, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
    , m_actions(actions)
    , m_plane(new QComboBox(this))
    , m_checks(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_tier(new QComboBox(this))
    , m_body(new QPlainTextEdit(this))
    , m_curl(new QPlainTextEdit(this))
    , m_error(new ErrorLabel(this))
    , m_nameError(new ErrorLabel(this))
    , m_busyNote(new QLabel(this)) {
    setObjectName(u"provisionCacheWizard"_s);
    setWindowTitle(tr("Provision a managed cache"));
    setWizardStyle(QWizard::ClassicStyle);
    setButtonText(QWizard::FinishButton, tr("Provision"));

    m_plane->setObjectName(u"controlPlane"_s);
    addCloudGatewayPlanes(m_plane, store, controlPlaneId);
    m_checks->setObjectName(u"checks"_s);
    m_checks->setWordWrap(true);
    m_checks->setTextFormat(Qt::RichText);

    m_name->setObjectName(u"name"_s);
    m_name->setMaxLength(70);
    m_nameError->setObjectName(u"nameError"_s);
    auto *choose = new GatedPage([this] { return m_eligible && checkName().isEmpty(); }, this);
    choose->setTitle(tr("Control plane and name"));
    choose->setSubTitle(tr("Managed caches serve AWS and Azure data-plane groups of a Dedicated "
                           "Cloud Gateway running Kong Gateway 3.13 or later."));
    auto *chooseLayout = new QFormLayout(choose);
    chooseLayout->addRow(tr("&Control plane:"), m_plane);
    chooseLayout->addRow(m_checks);
    chooseLayout->addRow(tr("&Name:"), m_name);
    chooseLayout->addRow(QString(), m_nameError);
    connect(m_name, &QLineEdit::textChanged, choose, [this, choose] {
        m_nameError->showMessage(checkName());
        m_error->showMessage({}); // Konnect's answer was about the name before
        choose->recheck();
    });
    addPage(choose);

    m_tier->setObjectName(u"tier"_s);
    for (CacheTier tier : cacheTiers())
        m_tier->addItem(tr("%1 · about %2 GiB").arg(cacheTierId(tier)).arg(cacheTierGiB(tier)),
                        static_cast<int>(tier));
    m_tier->setCurrentIndex(m_tier->findData(static_cast<int>(CacheTier::Small)));
    auto *size = new QWizardPage(this);
    size->setTitle(tr("Size"));
    size->setSubTitle(tr("About 70–75% of the memory is usable. Tiers can grow later, never "
                         "shrink; a tier your organisation has not enabled is refused."));
    auto *sizeLayout = new QFormLayout(size);
    sizeLayout->addRow(tr("&Tier:"), m_tier);
    addPage(size);

    m_body->setObjectName(u"body"_s);
    m_body->setReadOnly(true);
    m_curl->setObjectName(u"curl"_s);
    m_curl->setReadOnly(true);
    m_curl->setMaximumHeight(90);
    auto *copy = new QPushButton(tr("Copy as curl"), this);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_curl->toPlainText()); });
    auto *review = new QWizardPage(this);
    review->setTitle(tr("Review"));
    review->setSubTitle(tr("This is sent to Konnect. Provisioning takes about 15 minutes; the "
                           "Managed caches pane follows it, group by group."));
    auto *reviewLayout = new QVBoxLayout(review);
    reviewLayout->addWidget(new QLabel(tr("POST /v2/cloud-gateways/add-ons"), review));
    reviewLayout->addWidget(m_body, 1);
    reviewLayout->addWidget(m_curl);
    reviewLayout->addWidget(copy, 0, Qt::AlignLeft);
    reviewLayout->addWidget(m_error);
    m_busyNote->setObjectName(u"busyNote"_s);
    m_busyNote->setWordWrap(true);
    m_busyNote->hide();
    reviewLayout->addWidget(m_busyNote);
    addPage(review);

    connect(m_plane, &QComboBox::currentIndexChanged, this, [this, choose] {
        checkControlPlane();
        choose->recheck();
        const ControlPlane *cp = m_store->controlPlane(this->controlPlaneId());
        // A suggested name follows the control plane; a name the user typed stays.
        if (cp && (m_name->text().isEmpty() || m_name->text() == m_suggestedName)) {
            m_suggestedName = cp->name + u"-cache"_s;
            m_name->setText(m_suggestedName);
        }
    });
    connect(this, &QWizard::currentIdChanged, this, &ProvisionCacheWizard::updateReview);
    connect(m_tier, &QComboBox::currentIndexChanged, this, [this] {
        m_error->showMessage({});
        updateReview();
    });
    Q_EMIT m_plane->currentIndexChanged(m_plane->currentIndex());

    // Provisioning is asynchronous: the wizard stays open until Konnect has answered.
    disconnect(button(QWizard::FinishButton), nullptr, this, nullptr);
    connect(button(QWizard::FinishButton), &QAbstractButton::clicked, this,
            &ProvisionCacheWizard::provisionRequested);
    resize(640, 520);
}

void ProvisionCacheWizard::checkControlPlane() {
    const advisor::CacheEligibility eligibility =
        advisor::cacheEligibility(*m_store, controlPlaneId());
    QStringList lines;
    for (const advisor::CacheEligibility::Check &check : eligibility.checks)
        lines.append((check.ok ? u"✔ "_s : u"✘ "_s) + check.text.toHtmlEscaped());
    m_eligible = eligibility.eligible;
    m_checks->setText(lines.join(u"<br>"_s));
}

QString ProvisionCacheWizard::checkName() const {
    const QString name = cacheName();
    if (name.isEmpty())
        return tr("Give the cache a name (1 to 70 characters).");
    for (const QString &owner : m_store->cacheOwnerIds()) {
        const ManagedCache *cache = m_store->cacheOf(owner);
        const ControlPlane *cp = m_store->controlPlane(owner);
        if (cache && cache->name == name)
            return tr("The organisation already has a managed cache called %1%2: names are "
                      "unique across the organisation.")
                .arg(name, cp ? tr(" (on %1)").arg(cp->name) : QString());
    }
    return {};
}

void ProvisionCacheWizard::updateReview() {
    if (controlPlaneId().isEmpty())
        return;
    m_body->setPlainText(
        QString::fromUtf8(m_actions->provisionBody(controlPlaneId(), geo(), cacheName(), tier())));
    m_curl->setPlainText(m_actions->provisionCurl(controlPlaneId(), geo(), cacheName(), tier()));
}

QString ProvisionCacheWizard::controlPlaneId() const {
    return m_plane->currentData().toString();
}

Geo ProvisionCacheWizard::geo() const {
    const ControlPlane *cp = m_store->controlPlane(controlPlaneId());
    return cp ? cp->geo : Geo::Us;
}

QString ProvisionCacheWizard::cacheName() const {
    return m_name->text().trimmed();
}

CacheTier ProvisionCacheWizard::tier() const {
    return static_cast<CacheTier>(m_tier->currentData().toInt());
}

void ProvisionCacheWizard::showError(const QString &message) {
    m_error->showMessage(message);
}

void ProvisionCacheWizard::setBusy(bool busy) {
    button(QWizard::FinishButton)->setEnabled(!busy);
    button(QWizard::FinishButton)->setText(busy ? tr("Sending…") : tr("Provision"));
    button(QWizard::BackButton)->setEnabled(!busy);
    // What Cancel does now: the request is on its way and cannot be taken back.
    m_busyNote->setText(tr("Sent to Konnect. Cancel now only closes this window: the cache is "
                           "still created, and the Managed caches pane follows it to ready."));
    m_busyNote->setVisible(busy);
    button(QWizard::CancelButton)->setText(busy ? tr("Close") : tr("Cancel"));
}

} // namespace kd
