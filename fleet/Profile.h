#pragma once

#include "client/EndpointTemplate.h"
#include "client/Geo.h"

#include <QList>
#include <QString>

namespace kd {

enum class TokenKind { Personal, SystemAccount, Unknown };

// kpat_ for a person, spat_ for a system account; anything else Konnect rejects.
TokenKind tokenKindOf(QStringView token);

// What the app needs to reach one Konnect organisation. The token itself lives in the keychain.
struct Profile {
    QString name;
    QList<Geo> geos = regionalGeos();
    QString endpointTemplate = EndpointTemplate::konnectDefault();
    QString caFile; // an extra CA to trust (PEM), for a proxy or a simulator

    // Empty when the profile can be used, otherwise a sentence saying what to fix.
    QString validationError() const;

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace kd
