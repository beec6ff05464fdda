#include "ui/signin/SignInDialog.h"

#include "ui/common/ErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kd {

SignInDialog::SignInDialog(const QStringList &savedProfiles, const Profile &initial,
                           QWidget *parent)
    : QDialog(parent)
    , m_profile(new QComboBox(this))
    , m_token(new QLineEdit(this))
    , m_endpoint(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_error(new ErrorLabel(this)) {
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign in to Konnect"));

    m_profile->setObjectName(u"profile"_s);
    m_profile->setEditable(true);
    m_profile->addItems(savedProfiles);
    m_profile->setToolTip(tr("A name for this organisation; saved profiles are listed."));
    connect(m_profile, &QComboBox::textActivated, this, &SignInDialog::profileChosen);

    m_token->setObjectName(u"token"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("kpat_… (personal) or spat_… (system account)"));
    m_token->setClearButtonEnabled(true);

    auto *intro = new QLabel(tr("Create a personal access token in Konnect under <i>Personal "
                                "access tokens</i>, or use a system account token. It is kept "
                                "in your system keychain, never in a file."),
                             this);
    intro->setWordWrap(true);

    auto *advanced = m_connection = new QGroupBox(tr("Connection"), this);
    advanced->setObjectName(u"connection"_s);
    advanced->setCheckable(true);
    advanced->setChecked(false);
    m_endpoint->setObjectName(u"endpointTemplate"_s);
    m_caFile->setObjectName(u"caFile"_s);
    m_caFile->setPlaceholderText(tr("optional PEM file, for a TLS-inspecting proxy"));
    auto *browse = new QToolButton(this);
    browse->setText(u"…"_s);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificates"), {},
                                                          tr("PEM files (*.pem *.crt);;All (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);
    auto *geoRow = new QHBoxLayout;
    for (Geo geo : regionalGeos()) {
        auto *box = new QCheckBox(geoId(geo).toUpper(), this);
        box->setObjectName(u"geo-"_s + geoId(geo));
        box->setToolTip(geoDisplayName(geo));
        box->setProperty("geo", static_cast<int>(geo));
        m_geos.append(box);
        geoRow->addWidget(box);
    }
    geoRow->addStretch();
    auto *advancedForm = new QFormLayout(advanced);
    advancedForm->addRow(tr("Endpoint template:"), m_endpoint);
    advancedForm->addRow(tr("Extra CA:"), caRow);
    advancedForm->addRow(tr("Geos:"), geoRow);
    const auto toggle = [this, advanced](bool on) {
        for (QWidget *child : advanced->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            child->setVisible(on);
        advanced->setFlat(!on); // closed, it is one line: no empty frame
        fitContents();
    };
    connect(advanced, &QGroupBox::toggled, this, toggle);
    toggle(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(u"signInButton"_s);
    m_signIn->setDefault(true);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::signInRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(tr("&Token:"), m_token);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(advanced);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    showProfile(initial);
}

void SignInDialog::fitContents() {
    if (!isVisible())
        return; // the first show sizes the dialog to its contents
    QLayout *top = layout();
    top->activate();
    const int needed = top->hasHeightForWidth() ? top->totalHeightForWidth(width())
                                                : top->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void SignInDialog::showProfile(const Profile &profile) {
    m_profile->setCurrentText(profile.name);
    // Anything but Konnect's own hosts for every geo is worth seeing before signing in.
    const Profile defaults;
    m_connection->setChecked(m_connection->isChecked()
                             || profile.endpointTemplate != defaults.endpointTemplate
                             || !profile.caFile.isEmpty() || profile.geos != defaults.geos);
    m_endpoint->setText(profile.endpointTemplate);
    m_caFile->setText(profile.caFile);
    for (QCheckBox *box : std::as_const(m_geos))
        box->setChecked(profile.geos.contains(static_cast<Geo>(box->property("geo").toInt())));
}

Profile SignInDialog::profile() const {
    Profile profile;
    profile.name = m_profile->currentText().trimmed();
    profile.endpointTemplate = m_endpoint->text().trimmed();
    profile.caFile = m_caFile->text().trimmed();
    profile.geos.clear();
    for (QCheckBox *box : m_geos) {
        if (box->isChecked())
            profile.geos.append(static_cast<Geo>(box->property("geo").toInt()));
    }
    return profile;
}

QString SignInDialog::token() const {
    return m_token->text().trimmed();
}

void SignInDialog::setBusy(bool busy) {
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Checking…") : tr("Sign in"));
}

void SignInDialog::showError(const QString &message) {
    m_error->showMessage(message);
    fitContents();
}

} // namespace kd
