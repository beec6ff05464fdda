#include "fleet/advisor/MuteStore.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace kd::advisor {

namespace {
// One value per profile: finding keys hold '/' and ':', which QSettings reads as groups.
QString settingsKey(const QString &profile) {
    return u"advisor/accepted/"_s + QString::fromLatin1(profile.toUtf8().toHex());
}
} // namespace

MuteStore::MuteStore(QString profileName) {
    setProfile(profileName);
}

void MuteStore::setProfile(const QString &profileName) {
    m_profile = profileName;
    m_notes.clear();
    const QVariantMap stored = QSettings().value(settingsKey(m_profile)).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        m_notes.insert(it.key(), it.value().toString());
}

void MuteStore::mute(const QString &key, const QString &note) {
    m_notes.insert(key, note);
    save();
}

void MuteStore::unmute(const QString &key) {
    if (m_notes.remove(key))
        save();
}

void MuteStore::save() const {
    QVariantMap stored;
    for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it)
        stored.insert(it.key(), it.value());
    QSettings settings;
    if (stored.isEmpty())
        settings.remove(settingsKey(m_profile));
    else
        settings.setValue(settingsKey(m_profile), stored);
}

} // namespace kd::advisor
