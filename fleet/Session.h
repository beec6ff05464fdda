#pragma once

#include "client/KonnectClient.h"
#include "client/Transport.h"
#include "fleet/Profile.h"

#include <QObject>

#include <memory>

namespace kd {

// One signed-in organisation: the profile, the transport that carries its token (in memory
// only) and who the token belongs to.
class Session final : public QObject {
    Q_OBJECT
public:
    explicit Session(Profile profile, QObject *parent = nullptr);
    ~Session() override;

    const Profile &profile() const { return m_profile; }
    // Switches organisation: new hosts, no token, signed out. Reads the profile's CA file.
    bool setProfile(const Profile &profile, QString *error);
    Transport &transport() { return *m_transport; }
    KonnectClient &client() { return *m_client; }
    void setToken(const QString &token);
    TokenKind tokenKind() const { return m_tokenKind; }
    bool trustCaPem(const QByteArray &pem, QString *error);

    // Checks the token: /v3/users/me for a personal token, /v3/organizations/me for both.
    QCoro::Task<Status> signIn();
    bool signedIn() const { return m_signedIn; }
    const User &user() const { return m_user; }
    const Organization &organization() const { return m_organization; }
    // "Avery Okafor · Acme Billing", or the organisation alone for a system account.
    QString identityText() const;

Q_SIGNALS:
    void signedInChanged(bool signedIn);

private:
    Profile m_profile;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<KonnectClient> m_client;
    TokenKind m_tokenKind = TokenKind::Unknown;
    bool m_signedIn = false;
    User m_user;
    Organization m_organization;
};

} // namespace kd
