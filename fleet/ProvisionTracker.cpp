#include "fleet/ProvisionTracker.h"

#include "fleet/FleetActions.h"
#include "fleet/FleetStore.h"
#include "fleet/Followers.h"

#include <QCryptographicHash>
#include <QPointer>
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
    connect(
        &actions->followers(), &Followers::cacheSettled, this,
        [this](const QString &cacheId, const QString &owner) { onCacheSettled(cacheId, owner); });
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
    Pending pending{cacheId, ownerControlPlaneId, name, operation, QDateTime::currentDateTimeUtc()};
    // The same operation tracked again keeps its start; an intent hands its start on.
    if (const auto known = m_pending.constFind(cacheId);
        known != m_pending.cend() && known->operation == operation)
        pending.startedAt = known->startedAt;
    else if (const auto intent = m_pending.constFind(intentKey(ownerControlPlaneId));
             intent != m_pending.cend() && operation == Operation::Provision)
        pending.startedAt = intent->startedAt;
    m_pending.remove(intentKey(ownerControlPlaneId));
    m_pending.insert(cacheId, pending);
    save();
    Q_EMIT pendingChanged();
    follow(pending);
}

QCoro::Task<Result<ManagedCache>> ProvisionTracker::provision(QString controlPlaneId, Geo geo,
                                                              QString name, CacheTier tier) {
    const Pending intent{QString(), controlPlaneId, name, Operation::Provision,
                         QDateTime::currentDateTimeUtc()};
    m_pending.insert(intentKey(controlPlaneId), intent);
    save();
    Q_EMIT pendingChanged();
    const QPointer<ProvisionTracker> self(this);
    auto created = co_await m_actions->provisionCache(controlPlaneId, geo, name, tier);
    if (!self)
        co_return created; // quitting: the file keeps the intent for the next start
    if (created)
        track(created->id, controlPlaneId, created->name, Operation::Provision);
    else if (created.error().kind() == Error::Kind::OutcomeUnknown)
        findIntended(intent); // Konnect could not be asked: look again until it can
    else
        finish(intentKey(controlPlaneId)); // refused: nothing was created
    co_return created;
}

void ProvisionTracker::findIntended(const Pending &intent) {
    QCoro::connect(m_actions->findCache(intent.ownerControlPlaneId), this,
                   [this, intent](const Result<std::optional<ManagedCache>> &found) {
                       if (!m_pending.contains(intentKey(intent.ownerControlPlaneId)))
                           return; // the POST's own answer came first
                       if (!found)
                           return; // asked again at the next resume
                       if (!*found) {
                           finish(intentKey(intent.ownerControlPlaneId));
                           Q_EMIT settled(intent.ownerControlPlaneId, intent.name, false,
                                          tr("Konnect has no managed cache %1: the request "
                                             "never reached it. You can provision it again.")
                                              .arg(intent.name));
                           return;
                       }
                       track((*found)->id, intent.ownerControlPlaneId, (*found)->name,
                             Operation::Provision);
                   });
}

void ProvisionTracker::resume() {
    load();
    const QList<Pending> all = m_pending.values();
    for (const Pending &pending : all) {
        if (pending.cacheId.isEmpty())
            findIntended(pending);
        else
            follow(pending);
    }
    if (!m_pending.isEmpty())
        Q_EMIT pendingChanged();
}

void ProvisionTracker::pause() {
    m_actions->followers().stopAll();
}

void ProvisionTracker::follow(const Pending &pending) {
    QCoro::connect(m_actions->followCache(pending.cacheId, pending.ownerControlPlaneId, m_interval),
                   this, [] {});
}

void ProvisionTracker::onCacheSettled(const QString &cacheId, const QString &ownerControlPlaneId) {
    const auto found = m_pending.constFind(cacheId);
    if (found == m_pending.cend())
        return;
    // A copy: settling removes the entry from m_pending while this is still read.
    const Pending pending = *found; // NOLINT(performance-unnecessary-copy-initialization)
    const ManagedCache *cache = m_store->cacheOf(ownerControlPlaneId);
    if (cache && cache->id != pending.cacheId)
        cache = nullptr;
    bool succeeded = false;
    QString message;
    if (pending.operation == Operation::Delete) {
        succeeded = cache == nullptr;
        message = succeeded ? tr("The managed cache %1 is deleted.").arg(pending.name)
                            : tr("The managed cache %1 is still there.").arg(pending.name);
    } else if (!cache) {
        message = tr("The managed cache %1 is gone; it was deleted before it became ready.")
                      .arg(pending.name);
    } else {
        QStringList failures;
        for (const CacheGroupState &group : cache->groups) {
            if (group.state.value == CacheState::Error)
                failures.append(u"%1 %2: %3"_s.arg(providerDisplayName(group.provider),
                                                   group.region, group.errorReason));
        }
        succeeded = cache->state.value == CacheState::Ready && failures.isEmpty();
        message = succeeded ? tr("The managed cache %1 is ready.").arg(pending.name)
                            : tr("The managed cache %1 failed: %2")
                                  .arg(pending.name, failures.isEmpty() ? cache->state.raw
                                                                        : failures.join(u"; "_s));
    }
    const QString partialId = cache ? cache->cacheConfigId : QString();
    finish(cacheId);
    Q_EMIT settled(ownerControlPlaneId, pending.name, succeeded, message);
    if (succeeded && pending.operation == Operation::Provision)
        Q_EMIT cacheReady(ownerControlPlaneId, pending.name, partialId);
}

void ProvisionTracker::finish(const QString &key) {
    if (m_pending.remove(key) > 0) {
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
        const QString key = p.cacheId.isEmpty() ? intentKey(p.ownerControlPlaneId) : p.cacheId;
        if (!p.ownerControlPlaneId.isEmpty() && !m_pending.contains(key))
            m_pending.insert(key, p);
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
