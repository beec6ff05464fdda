#include "ui/networks/NetworkDialog.h"

#include "ui/common/ErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

NetworkDialog::NetworkDialog(const QList<ProviderAccount> &accounts,
                             const Availability &availability, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_availability(availability) {
    setWindowTitle(tr("New network"));
    build(true);
}

NetworkDialog::NetworkDialog(const Network &existing, QWidget *parent)
    : QDialog(parent)
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
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
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
        m_cidr = new QLineEdit(u"10.0.0.0/16"_s, this);
        m_cidr->setObjectName(u"cidr"_s);
        form->addRow(tr("Cloud &account:"), m_account);
        form->addRow(tr("&Region:"), m_region);
        form->addRow(tr("Availability &zones:"), m_zonesBox);
        form->addRow(tr("&CIDR block:"), m_cidr);
        connect(m_account, &QComboBox::currentIndexChanged, this, &NetworkDialog::fillRegions);
        connect(m_region, &QComboBox::currentIndexChanged, this, &NetworkDialog::fillZones);
        fillRegions();
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
}

void NetworkDialog::fillRegions() {
    m_region->clear();
    const int index = m_account->currentIndex();
    if (index < 0 || index >= m_accounts.size())
        return;
    for (const AvailabilityRegion &region :
         m_availability.regions.value(m_accounts.at(index).provider.value))
        m_region->addItem(region.name.isEmpty() ? region.region
                                                : region.region + u" · "_s + region.name,
                          region.region);
    fillZones();
}

void NetworkDialog::fillZones() {
    qDeleteAll(m_zones);
    m_zones.clear();
    const int index = m_account->currentIndex();
    if (index < 0 || index >= m_accounts.size())
        return;
    for (const AvailabilityRegion &region :
         m_availability.regions.value(m_accounts.at(index).provider.value)) {
        if (region.region != m_region->currentData().toString())
            continue;
        for (const QString &zone : region.availabilityZones) {
            auto *box = new QCheckBox(zone, m_zonesBox);
            box->setChecked(true);
            m_zonesBox->layout()->addWidget(box);
            m_zones.append(box);
        }
    }
}

QString NetworkDialog::name() const {
    return m_name->text().trimmed();
}

NetworkCreate NetworkDialog::createRequest() const {
    NetworkCreate create;
    create.name = name();
    create.providerAccountId = m_account->currentData().toString();
    create.region = m_region->currentData().toString();
    for (const QCheckBox *box : m_zones) {
        if (box->isChecked())
            create.availabilityZones.append(box->text());
    }
    create.cidrBlock = m_cidr->text().trimmed();
    return create;
}

bool NetworkDialog::validate() {
    QStringList problems;
    if (name().isEmpty() || name().size() > 120)
        problems.append(tr("The name must be 1 to 120 characters long."));
    if (!renaming()) {
        if (m_region->currentData().toString().isEmpty())
            problems.append(tr("Choose a region."));
        if (createRequest().availabilityZones.isEmpty())
            problems.append(tr("Choose at least one availability zone."));
        static const QRegularExpression cidr(u"^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$"_s);
        if (!cidr.match(m_cidr->text().trimmed()).hasMatch())
            problems.append(tr("The CIDR block is an IPv4 range such as 10.0.0.0/16."));
    }
    showError(problems.join(u'\n'));
    return problems.isEmpty();
}

void NetworkDialog::setBusy(bool busy) {
    m_ok->setEnabled(!busy);
}

void NetworkDialog::showError(const QString &message) {
    m_error->showMessage(message);
}

} // namespace kd
