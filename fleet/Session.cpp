#include "fleet/Session.h"

#include <QFile>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace kd {

Session::Session(Profile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile)) {
    const auto endpoints = EndpointTemplate::parse(m_profile.endpointTemplate);
    m_transport = std::make_unique<Transport>(endpoints.value_or(EndpointTemplate::konnect()));
    m_client = std::make_unique<KonnectClient>(m_transport.get());
}

Session::~Session() = default;

bool Session::setProfile(const Profile &profile, QString *error) {
    if (const QString invalid = profile.validationError(); !invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    QList<QSslCertificate> cas;
    if (!profile.caFile.isEmpty()) {
        QFile file(profile.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the CA file %1: %2").arg(profile.caFile, file.errorString());
            return false;
        }
        cas = QSslCertificate::fromData(file.readAll());
        if (cas.isEmpty()) {
            *error = tr("%1 holds no PEM certificate.").arg(profile.caFile);
            return false;
        }
    }
    m_profile = profile;
    m_transport->setEndpoints(*EndpointTemplate::parse(profile.endpointTemplate));
    if (!cas.isEmpty())
        m_transport->setExtraCaCertificates(cas);
    setToken({});
    return true;
}

void Session::setToken(const QString &token) {
    m_transport->setToken(token);
    m_tokenKind = tokenKindOf(token);
    if (m_signedIn) {
        m_signedIn = false;
        Q_EMIT signedInChanged(false);
    }
}

bool Session::trustCaPem(const QByteArray &pem, QString *error) {
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem);
    if (certificates.isEmpty()) {
        *error = tr("The CA file holds no PEM certificate.");
        return false;
    }
    m_transport->setExtraCaCertificates(certificates);
    return true;
}

QCoro::Task<Status> Session::signIn() {
    if (m_tokenKind == TokenKind::Unknown)
        co_return Error::invalid(u"token"_s,
                                 tr("A Konnect token starts with kpat_ (personal access token) "
                                    "or spat_ (system account token)."));
    if (m_tokenKind == TokenKind::Personal) {
        auto user = co_await m_client->me(Priority::User);
        if (!user)
            co_return user.error();
        m_user = *user;
    } else {
        m_user = {};
    }
    auto organization = co_await m_client->organization(Priority::User);
    if (!organization)
        co_return organization.error();
    m_organization = *organization;
    m_signedIn = true;
    Q_EMIT signedInChanged(true);
    co_return Done{};
}

QString Session::identityText() const {
    if (!m_signedIn)
        return tr("Not signed in");
    if (m_user.id.isEmpty())
        return tr("System account · %1").arg(m_organization.name);
    const QString who = m_user.fullName.isEmpty() ? m_user.email : m_user.fullName;
    return tr("%1 · %2").arg(who, m_organization.name);
}

} // namespace kd
