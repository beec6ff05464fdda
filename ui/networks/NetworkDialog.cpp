#include "ui/networks/NetworkDialog.h"

#include "fleet/FleetStore.h"
#include "fleet/NetworkRules.h"
#include "ui/common/ErrorLabel.h"
#include "ui/theme/ApplyTone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
ErrorLabel *fieldError(const QString &objectName, QWidget *parent) {
    auto *label = new ErrorLabel(parent);
    label->setObjectName(objectName);
    return label;
}
} // namespace

NetworkDialog::NetworkDialog(const FleetStore *store, const Availability &availability,
                             QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_accounts(store->providerAccounts())
    , m_availability(availability) {
    std::sort(m_accounts.begin(), m_accounts.end(),
              [](const ProviderAccount &a, const ProviderAccount &b) {
                  return std::pair(a.provider.raw, a.providerAccountId)
                         < std::pair(b.provider.raw, b.providerAccountId);
              });
    setWindowTitle(tr("New network"));
    build(true);
}

NetworkDialog::NetworkDialog(const FleetStore *store, const Network &existing, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_existingId(existing.id) {
    setWindowTitle(tr("Rename %1").arg(existing.name));
    build(false);
    m_name->setText(existing.name);
    m_name->selectAll();
}

void NetworkDialog::build(bool create) {
    setObjectName(u"networkDialog"_s);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"name"_s);
    m_name->setMaxLength(120);
    m_nameWarning = new QLabel(this);
    m_nameWarning->setObjectName(u"nameWarning"_s);
    m_nameWarning->setWordWrap(true);
    applyTone(m_nameWarning, Tone::Warning);
    m_nameWarning->hide();
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameWarning);
    connect(m_name, &QLineEdit::textChanged, this, [this] { check(); });
    if (create) {
        m_account = new QComboBox(this);
        m_account->setObjectName(u"account"_s);
        for (const ProviderAccount &account : std::as_const(m_accounts))
            m_account->addItem(providerDisplayName(account.provider) + u" · "_s
                                   + account.providerAccountId,
                               account.id);
        m_region = new QComboBox(this);
        m_region->setObjectName(u"region"_s);
        m_zonesBox = new QWidget(this);
        new QHBoxLayout(m_zonesBox);
        m_zonesBox->layout()->setContentsMargins(0, 0, 0, 0);
        m_zonesError = fieldError(u"zonesError"_s, this);
        m_cidr = new QLineEdit(this);
        m_cidr->setObjectName(u"cidr"_s);
        m_cidrError = fieldError(u"cidrError"_s, this);
        form->addRow(tr("Cloud &account:"), m_account);
        form->addRow(tr("&Region:"), m_region);
        form->addRow(tr("Availability &zones:"), m_zonesBox);
        form->addRow(QString(), m_zonesError);
        form->addRow(tr("&CIDR block:"), m_cidr);
        form->addRow(QString(), m_cidrError);
        connect(m_account, &QComboBox::currentIndexChanged, this, &NetworkDialog::fillRegions);
        connect(m_region, &QComboBox::currentIndexChanged, this, &NetworkDialog::fillZones);
        connect(m_cidr, &QLineEdit::textEdited, this, [this] { m_cidrTyped = true; });
        connect(m_cidr, &QLineEdit::textChanged, this, [this] { check(); });
    }
    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(create ? tr("Create") : tr("Rename"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (validate())
            Q_EMIT submitted();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (create) {
        auto *note =
            new QLabel(tr("A network takes 30 to 40 minutes to become ready on Konnect."), this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    setMaximumWidth(640);
    if (create)
        fillRegions();
    check();
}

bool NetworkDialog::prefill(CloudProvider provider, const QString &region) {
    if (!m_account)
        return false;
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).provider.value != provider)
            continue;
        m_account->setCurrentIndex(i);
        const int index = m_region->findData(region);
        if (index < 0)
            return false;
        m_region->setCurrentIndex(index);
        if (m_name->text().isEmpty())
            m_name->setText(region + u"-network"_s);
        return true;
    }
    return false;
}

void NetworkDialog::fillRegions() {
    {
        const QSignalBlocker blocker(m_region);
        m_region->clear();
        const int index = m_account->currentIndex();
        if (index >= 0 && index < m_accounts.size()) {
            for (const AvailabilityRegion &region :
                 m_availability.regions.value(m_accounts.at(index).provider.value))
                m_region->addItem(region.name.isEmpty() ? region.region
                                                        : region.region + u" · "_s + region.name,
                                  region.region);
        }
    }
    fillZones();
}

AvailabilityRegion NetworkDialog::currentRegion() const {
    const int index = m_account ? m_account->currentIndex() : -1;
    if (index < 0 || index >= m_accounts.size())
        return {};
    for (const AvailabilityRegion &region :
         m_availability.regions.value(m_accounts.at(index).provider.value)) {
        if (region.region == m_region->currentData().toString())
            return region;
    }
    return {};
}

QString NetworkDialog::currentAccountId() const {
    return m_account ? m_account->currentData().toString() : QString();
}

void NetworkDialog::fillZones() {
    qDeleteAll(m_zones);
    m_zones.clear();
    const AvailabilityRegion region = currentRegion();
    for (const QString &zone : region.availabilityZones) {
        auto *box = new QCheckBox(zone, m_zonesBox);
        box->setChecked(true);
        m_zonesBox->layout()->addWidget(box);
        m_zones.append(box);
        connect(box, &QCheckBox::toggled, this, [this] { check(); });
    }
    // A suggestion follows the account and region; what the user typed stays.
    if (!m_cidrTyped && !region.region.isEmpty()) {
        const QSignalBlocker blocker(m_cidr);
        m_cidr->setText(NetworkRules::suggestedCidr(*m_store, currentAccountId(), region));
    }
    check();
}

QString NetworkDialog::name() const {
    return m_name->text().trimmed();
}

NetworkCreate NetworkDialog::createRequest() const {
    NetworkCreate create;
    create.name = name();
    create.providerAccountId = currentAccountId();
    create.region = m_region->currentData().toString();
    for (const QCheckBox *box : m_zones) {
        if (box->isChecked())
            create.availabilityZones.append(box->text());
    }
    create.cidrBlock = m_cidr->text().trimmed();
    return create;
}

QStringList NetworkDialog::check() {
    m_error->showMessage({}); // it was about the inputs before this change
    QStringList wrong;
    QString nameNote;
    if (name().isEmpty()) {
        wrong.append(tr("the name"));
    } else if (const Network *same = NetworkRules::sameName(*m_store, name(), m_existingId)) {
        nameNote = tr("Another network is called %1 (in %2). Konnect allows it, but the two "
                      "are easy to confuse; a name that says the region helps.")
                       .arg(same->name, same->region);
    }
    m_nameWarning->setText(ErrorLabel::breakable(nameNote));
    m_nameWarning->setVisible(!nameNote.isEmpty());
    ErrorLabel::fitWindowHeight(this);
    if (renaming())
        return wrong;

    const AvailabilityRegion region = currentRegion();
    QString zones;
    if (region.region.isEmpty())
        zones = tr("Choose a cloud account and a region Konnect offers for it.");
    else if (createRequest().availabilityZones.isEmpty())
        zones = tr("Choose at least one availability zone of %1.").arg(region.region);
    m_zonesError->showMessage(zones);
    if (!zones.isEmpty())
        wrong.append(tr("the availability zones"));

    QString cidr = NetworkRules::cidrProblem(m_cidr->text(), region);
    if (cidr.isEmpty()) {
        const QStringList overlaps =
            NetworkRules::overlapping(*m_store, currentAccountId(), m_cidr->text());
        if (!overlaps.isEmpty())
            cidr = tr("Overlaps another network of this cloud account: %1. Networks of one "
                      "account need ranges apart.")
                       .arg(overlaps.join(u"; "_s));
    }
    m_cidrError->showMessage(cidr);
    if (!cidr.isEmpty())
        wrong.append(tr("the CIDR block"));
    return wrong;
}

bool NetworkDialog::validate() {
    const QStringList wrong = check();
    if (!wrong.isEmpty())
        showError(tr("Nothing was sent: check %1.").arg(wrong.join(u", "_s)));
    return wrong.isEmpty();
}

void NetworkDialog::setBusy(bool busy) {
    m_ok->setEnabled(!busy);
}

void NetworkDialog::showError(const QString &message) {
    m_error->showMessage(message);
}

} // namespace kd
