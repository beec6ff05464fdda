#pragma once

#include <QHash>
#include <QString>

namespace kd::advisor {

// Findings accepted with a note, kept per profile (QSettings) by the finding's key.
class MuteStore final {
public:
    explicit MuteStore(QString profileName = {});

    void setProfile(const QString &profileName);
    bool isMuted(const QString &key) const { return m_notes.contains(key); }
    QString note(const QString &key) const { return m_notes.value(key); }
    const QHash<QString, QString> &notes() const { return m_notes; }
    void mute(const QString &key, const QString &note);
    void unmute(const QString &key);

private:
    void save() const;

    QString m_profile;
    QHash<QString, QString> m_notes;
};

} // namespace kd::advisor
