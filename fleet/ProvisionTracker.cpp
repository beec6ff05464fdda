#include "fleet/ProvisionTracker.h"

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QStandardPaths>
#include <qcoro/qcorotask.h>

using namespace Qt::StringLiterals;

namespace kd {

ProvisionTracker::ProvisionTracker(FleetActions *actions, FleetStore *store, QString path,
                                   QObject *parent)
    : QObject(parent)
    , m_actions(actions)
    , m_store(store)
    , m_path(std::move(path)) {
    load();
}

QString ProvisionTracker::pathFor(const QString &profileName) {
    const QByteArray key =
        QCryptographicHash::hash(profileName.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + u"/pending-operations-"_s + QString::fromLatin1(key) + u".ini"_s;
}

QDateTime ProvisionTracker::startedAt(const QString &ownerControlPlaneId) const {
    for (const Pending &p : m_pending) {
        if (p.ownerControlPlaneId == ownerControlPlaneId)
            return p.startedAt;
    }
    return {};
}

void ProvisionTracker::track(const QString &cacheId, const QString &ownerControlPlaneId,
                             const QString &name, Operation operation) {
    const Pending pending{cacheId, ownerControlPlaneId, name, operation,
                          QDateTime::currentDateTimeUtc()};
    m_pending.insert(cacheId, pending);
    save();
    Q_EMIT pendingChanged();
    follow(pending);
}

void ProvisionTracker::resume() {
    load();
    for (const Pending &pending : std::as_const(m_pending))
        follow(pending);
    if (!m_pending.isEmpty())
        Q_EMIT pendingChanged();
}

void ProvisionTracker::pause() {
    ++m_generation;
}

void ProvisionTracker::follow(const Pending &pending) {
    const int generation = m_generation;
    QCoro::connect(
        m_actions->followCache(pending.cacheId, pending.ownerControlPlaneId, m_interval), this,
        [this, pending, generation] {
            if (generation != m_generation || !m_pending.contains(pending.cacheId))
                return;
            const ManagedCache *cache = m_store->cacheOf(pending.ownerControlPlaneId);
            if (cache && cache->id != pending.cacheId)
                cache = nullptr;
            bool succeeded = false;
            QString message;
            if (pending.operation == Operation::Delete) {
                succeeded = cache == nullptr;
                message = succeeded ? tr("The managed cache %1 is deleted.").arg(pending.name)
                                    : tr("The managed cache %1 is still there.").arg(pending.name);
            } else if (!cache) {
                message = tr("The managed cache %1 is gone; it was deleted before it became "
                             "ready.")
                              .arg(pending.name);
            } else {
                QStringList failures;
                for (const CacheGroupState &group : cache->groups) {
                    if (group.state.value == CacheState::Error)
                        failures.append(u"%1 %2: %3"_s.arg(providerDisplayName(group.provider),
                                                           group.region, group.errorReason));
                }
                succeeded = cache->state.value == CacheState::Ready && failures.isEmpty();
                message = succeeded
                              ? tr("The managed cache %1 is ready.").arg(pending.name)
                              : tr("The managed cache %1 failed: %2")
                                    .arg(pending.name, failures.isEmpty() ? cache->state.raw
                                                                          : failures.join(u"; "_s));
            }
            finish(pending.cacheId);
            Q_EMIT settled(pending.ownerControlPlaneId, pending.name, succeeded, message);
        });
}

void ProvisionTracker::finish(const QString &cacheId) {
    if (m_pending.remove(cacheId) > 0) {
        save();
        Q_EMIT pendingChanged();
    }
}

void ProvisionTracker::load() {
    if (m_path.isEmpty())
        return;
    QSettings file(m_path, QSettings::IniFormat);
    const int count = file.beginReadArray(u"pending"_s);
    for (int i = 0; i < count; ++i) {
        file.setArrayIndex(i);
        Pending p;
        p.cacheId = file.value(u"cache_id"_s).toString();
        p.ownerControlPlaneId = file.value(u"owner"_s).toString();
        p.name = file.value(u"name"_s).toString();
        p.operation = file.value(u"operation"_s).toString() == u"delete"_s ? Operation::Delete
                                                                           : Operation::Provision;
        p.startedAt = file.value(u"started_at"_s).toDateTime();
        if (!p.cacheId.isEmpty() && !m_pending.contains(p.cacheId))
            m_pending.insert(p.cacheId, p);
    }
    file.endArray();
}

void ProvisionTracker::save() const {
    if (m_path.isEmpty())
        return;
    QSettings file(m_path, QSettings::IniFormat);
    file.remove(u"pending"_s);
    file.beginWriteArray(u"pending"_s, static_cast<int>(m_pending.size()));
    int i = 0;
    for (const Pending &p : m_pending) {
        file.setArrayIndex(i++);
        file.setValue(u"cache_id"_s, p.cacheId);
        file.setValue(u"owner"_s, p.ownerControlPlaneId);
        file.setValue(u"name"_s, p.name);
        file.setValue(u"operation"_s,
                      p.operation == Operation::Delete ? u"delete"_s : u"provision"_s);
        file.setValue(u"started_at"_s, p.startedAt);
    }
    file.endArray();
    file.sync();
}

} // namespace kd
