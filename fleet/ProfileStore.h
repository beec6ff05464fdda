#pragma once

#include "fleet/Profile.h"

#include <QStringList>

#include <optional>

namespace kd {

// Saved profiles in QSettings: name, geos, endpoint template, CA file. Never the token.
class ProfileStore final {
public:
    QStringList names() const;
    std::optional<Profile> load(const QString &name) const;
    void save(const Profile &profile);
    void remove(const QString &name);
    QString lastUsed() const;
    void setLastUsed(const QString &name);
};

} // namespace kd
