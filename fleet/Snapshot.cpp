#include "fleet/Snapshot.h"

#include "client/Dispose.h"
#include "client/SnapshotCodec.h"
#include "client/TurnBudget.h"
#include "fleet/FleetStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>
#include <qcoro/qcorofuture.h>
#include <qcoro/qcorotimer.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
struct SnapshotTr {
    Q_DECLARE_TR_FUNCTIONS(kd::SnapshotText)
};

// One connection per call and thread: Qt Sql connections may not cross threads.
class Connection {
public:
    explicit Connection(const QString &path)
        : m_name(u"snapshot-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)) {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(path);
    }
    ~Connection() {
        m_db.close();
        m_db = {};
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

Error sqlError(const QString &what, const QSqlError &error) {
    return Error::invalid(
        u"snapshot"_s,
        SnapshotTr::tr("The offline snapshot could not be %1: %2").arg(what, error.text()));
}

// Files before schema 2 carry no version; their saved_at row was committed with their rows.
// Schema 3 keeps each plugin's compressed JSON as the store holds it, beside a small head.
constexpr int schemaVersion = 3;
constexpr int oldestReadableSchema = 2;

// Saves and recoveries of this process take turns: a recovery must never move a file that a
// save is still writing.
QMutex &fileLock() {
    static QMutex lock;
    return lock;
}

QString journalOf(const QString &database) {
    return database + u"-journal"_s;
}

QString systemError() {
    return QString::fromLocal8Bit(std::strerror(errno));
}

// The snapshot holds whole plugin and partial configurations: only the user may read it.
constexpr QFileDevice::Permissions privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                 | QFileDevice::ReadUser | QFileDevice::WriteUser;
constexpr QFileDevice::Permissions privateFolder =
    privateFile | QFileDevice::ExeOwner | QFileDevice::ExeUser;

bool preparePrivateFolder(const QString &folder, QString *error) {
    const QFileInfo info(folder);
    if (!info.exists()) {
        QDir().mkpath(info.absolutePath());
        if (!QDir().mkdir(folder, privateFolder)) {
            *error = QCoreApplication::translate(
                         "kd::SnapshotText",
                         "The folder %1 could not be created. Check that you may write to %2.")
                         .arg(folder, info.absolutePath());
            return false;
        }
    }
    // A folder made by an older version is 0755: close it.
    if (!QFile::setPermissions(folder, privateFolder)) {
        *error = QCoreApplication::translate(
                     "kd::SnapshotText",
                     "Only you should be able to open %1, but its permissions could not be "
                     "changed. Check who owns it.")
                     .arg(folder);
        return false;
    }
    return true;
}

// Flushes a file or a folder (the record of a rename) to the disk.
bool syncToDisk(const QString &path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

void removeTemporary(const QString &temporary) {
    QFile::remove(temporary);
    QFile::remove(journalOf(temporary));
}

// Atomic on POSIX: at every instant `path` names either the old file or the new one.
bool replace(const QString &temporary, const QString &path, QString *error) {
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData())
        != 0) {
        *error = systemError();
        return false;
    }
    syncToDisk(QFileInfo(path).absolutePath()); // best effort: the rename is done either way
    return true;
}

// Why the file at `path` is not a complete snapshot, or nothing when it is one.
std::optional<QString> incompleteness(const QString &path) {
    Connection connection(path);
    QSqlDatabase &db = connection.db();
    if (!db.open())
        return db.lastError().text();
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA quick_check"_s) || !query.next())
        return query.lastError().text();
    if (query.value(0).toString() != u"ok"_s)
        return query.value(0).toString();
    QHash<QString, QString> meta;
    if (!query.exec(u"SELECT key, value FROM meta"_s))
        return query.lastError().text();
    while (query.next())
        meta.insert(query.value(0).toString(), query.value(1).toString());
    if (!query.exec(u"SELECT count(*) FROM entities"_s))
        return query.lastError().text();
    if (!meta.contains(u"saved_at"_s))
        return SnapshotTr::tr("it has no save time");
    if (meta.contains(u"schema_version"_s)
        && (meta.value(u"schema_version"_s).toInt() < oldestReadableSchema
            || meta.value(u"schema_version"_s).toInt() > schemaVersion
            || meta.value(u"complete"_s) != u"1"_s))
        return SnapshotTr::tr("it has no completion mark");
    return std::nullopt;
}

Status writeTemporary(const QString &temporary, const SnapshotData &data) {
    // Created by us, private and new, before SQLite writes a byte into it.
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, privateFile))
        return Error::invalid(u"snapshot"_s,
                              SnapshotTr::tr("The offline snapshot could not be written to "
                                             "%1: %2. Check that you may write there.")
                                  .arg(temporary, file.errorString()));
    file.close();
    Connection connection(temporary);
    QSqlDatabase &db = connection.db();
    if (!db.open() || !db.transaction())
        return sqlError(SnapshotTr::tr("written"), db.lastError());
    QSqlQuery query(db);
    if (!query.exec(
            u"CREATE TABLE entities (kind TEXT NOT NULL, geo TEXT, owner TEXT, body BLOB NOT NULL, "
            u"head BLOB)"_s)
        || !query.exec(u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"_s)) {
        db.rollback();
        return sqlError(SnapshotTr::tr("written"), query.lastError());
    }
    query.prepare(u"INSERT INTO entities (kind, geo, owner, body, head) VALUES (?, ?, ?, ?, ?)"_s);
    const auto insert = [&query](const QString &kind, const QString &geo, const QByteArray &body,
                                 const QString &owner = {}, const QByteArray &head = {}) {
        query.addBindValue(kind);
        query.addBindValue(geo);
        query.addBindValue(owner);
        query.addBindValue(body);
        query.addBindValue(head.isNull() ? QVariant() : QVariant(head));
        return query.exec();
    };
    bool ok = true;
    for (const ControlPlane &cp : data.controlPlanes)
        ok = ok && insert(u"control_plane"_s, geoId(cp.geo), snapshot::encode(cp));
    for (const CloudGatewayConfiguration &c : data.configurations)
        ok = ok && insert(u"configuration"_s, {}, snapshot::encode(c));
    for (const ManagedCache &c : data.caches)
        ok = ok && insert(u"cache"_s, {}, snapshot::encode(c));
    for (const Network &n : data.networks)
        ok = ok && insert(u"network"_s, {}, snapshot::encode(n));
    for (const ProviderAccount &a : data.accounts)
        ok = ok && insert(u"account"_s, {}, snapshot::encode(a));
    for (const Partial &p : data.partials)
        ok = ok && insert(u"partial"_s, geoId(p.geo), snapshot::encode(p), p.controlPlaneId);
    const auto insertPlugin = [&insert](const Plugin &p) {
        return insert(u"plugin"_s, geoId(p.geo), snapshot::packedPlugin(p), p.controlPlaneId,
                      snapshot::pluginHead(p));
    };
    for (const Plugin &p : data.plugins)
        ok = ok && insertPlugin(p);
    for (const auto &p : data.sharedPlugins)
        ok = ok && insertPlugin(*p);
    for (auto it = data.configHashes.cbegin(); ok && it != data.configHashes.cend(); ++it)
        ok = insert(u"config_hash"_s, {}, it.value().toUtf8(), it.key());
    if (!ok) {
        const QSqlError error = query.lastError();
        db.rollback();
        return sqlError(SnapshotTr::tr("written"), error);
    }
    QSqlQuery meta(db);
    meta.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?)"_s);
    // The completion mark goes last, in the same transaction as every row.
    const QList<std::pair<QString, QString>> entries{
        {u"schema_version"_s, QString::number(schemaVersion)},
        {u"saved_at"_s, data.savedAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"complete"_s, u"1"_s}};
    for (const auto &[key, value] : entries) {
        meta.addBindValue(key);
        meta.addBindValue(value);
        if (!meta.exec()) {
            const QSqlError error = meta.lastError();
            db.rollback();
            return sqlError(SnapshotTr::tr("written"), error);
        }
    }
    if (!db.commit())
        return sqlError(SnapshotTr::tr("written"), db.lastError());
    return Done{};
}
} // namespace

QString SnapshotStore::pathFor(const QString &profileName) {
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const QByteArray key =
        QCryptographicHash::hash(profileName.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return directory + u"/snapshot-"_s + QString::fromLatin1(key) + u".sqlite"_s;
}

QString SnapshotStore::temporaryPathFor(const QString &path) {
    return path + u".new"_s;
}

Status SnapshotStore::write(const QString &path, const SnapshotData &data) {
    const QMutexLocker locker(&fileLock());
    QString error;
    if (!preparePrivateFolder(QFileInfo(path).absolutePath(), &error))
        return Error::invalid(
            u"snapshot"_s,
            SnapshotTr::tr("The offline snapshot could not be saved: %1").arg(error));
    const QString temporary = temporaryPathFor(path);
    removeTemporary(temporary);
    if (Status written = writeTemporary(temporary, data); !written) {
        removeTemporary(temporary);
        return written;
    }
    if (!syncToDisk(temporary)) {
        const QString reason = systemError();
        removeTemporary(temporary);
        return Error::invalid(
            u"snapshot"_s,
            SnapshotTr::tr("The offline snapshot could not be flushed to disk (%1); the "
                           "previous one is kept. Check the free space and the disk.")
                .arg(reason));
    }
    if (!replace(temporary, path, &error)) {
        removeTemporary(temporary);
        return Error::invalid(u"snapshot"_s,
                              SnapshotTr::tr("The offline snapshot could not be moved to %1 "
                                             "(%2); the previous one is kept. Check that you "
                                             "may write to that folder.")
                                  .arg(path, error));
    }
    return Done{};
}

Status SnapshotStore::confirmNow(const QString &path, const QDateTime &checkedAt) {
    const QMutexLocker locker(&fileLock());
    if (!QFile::exists(path))
        return Error::invalid(u"snapshot"_s, SnapshotTr::tr("There is no offline snapshot yet."));
    Connection connection(path);
    QSqlDatabase &db = connection.db();
    if (!db.open() || !db.transaction())
        return sqlError(SnapshotTr::tr("written"), db.lastError());
    QSqlQuery query(db);
    query.prepare(u"UPDATE meta SET value = ? WHERE key = 'saved_at'"_s);
    query.addBindValue(checkedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec() || query.numRowsAffected() != 1) {
        const QSqlError error = query.lastError();
        db.rollback();
        return sqlError(SnapshotTr::tr("written"), error);
    }
    if (!db.commit())
        return sqlError(SnapshotTr::tr("written"), db.lastError());
    return Done{};
}

SnapshotRecovery SnapshotStore::recoverNow(const QString &path) {
    const QMutexLocker locker(&fileLock());
    const QString temporary = temporaryPathFor(path);
    if (!QFile::exists(temporary)) {
        QFile::remove(journalOf(temporary)); // a journal without its database says nothing
        return {};
    }
    const bool hadSnapshot = QFile::exists(path);
    const std::optional<QString> problem = incompleteness(temporary);
    QString error;
    if (!problem) {
        // Older versions made it 0644.
        if (QFile::setPermissions(temporary, privateFile) && syncToDisk(temporary)
            && replace(temporary, path, &error))
            return {SnapshotRecovery::Outcome::Recovered,
                    SnapshotTr::tr(
                        "The last save of the offline snapshot was interrupted before it "
                        "replaced the previous one; its file was complete and is used now.")};
        if (error.isEmpty())
            error = systemError();
        return {SnapshotRecovery::Outcome::Failed,
                SnapshotTr::tr(
                    "The last save of the offline snapshot was interrupted, and its complete "
                    "file %1 could not be put in place (%2). Check that you may write to %3.")
                    .arg(temporary, error, QFileInfo(path).absolutePath())};
    }
    removeTemporary(temporary);
    if (QFile::exists(temporary))
        return {
            SnapshotRecovery::Outcome::Failed,
            SnapshotTr::tr("The last save of the offline snapshot was interrupted and left an "
                           "incomplete file, %1, that could not be removed. Remove it yourself.")
                .arg(temporary)};
    return {
        SnapshotRecovery::Outcome::Discarded,
        hadSnapshot
            ? SnapshotTr::tr("The last save of the offline snapshot was interrupted and left an "
                             "incomplete file (%1); it was removed and the previous snapshot is "
                             "used. A new one is saved after the next successful sync.")
                  .arg(*problem)
            : SnapshotTr::tr("The last save of the offline snapshot was interrupted and left an "
                             "incomplete file (%1); it was removed. There is no snapshot to "
                             "show until the next successful sync.")
                  .arg(*problem)};
}

Result<SnapshotData> SnapshotStore::read(const QString &path, Part part) {
    if (!QFile::exists(path))
        return Error::invalid(u"snapshot"_s, SnapshotTr::tr("There is no offline snapshot yet."));
    Connection connection(path);
    QSqlDatabase &db = connection.db();
    if (!db.open())
        return sqlError(SnapshotTr::tr("read"), db.lastError());
    SnapshotData data;
    int schema = 0;
    QSqlQuery meta(u"SELECT key, value FROM meta"_s, db);
    if (!meta.isActive())
        return sqlError(SnapshotTr::tr("read"), meta.lastError());
    while (meta.next()) {
        const QString key = meta.value(0).toString();
        if (key == u"saved_at"_s)
            data.savedAt = QDateTime::fromString(meta.value(1).toString(), Qt::ISODateWithMs);
        else if (key == u"schema_version"_s)
            schema = meta.value(1).toInt();
        if (schema > schemaVersion)
            return Error::invalid(
                u"snapshot"_s,
                SnapshotTr::tr("The offline snapshot was written by a newer version of "
                               "Konnect Desk; it is replaced after the next successful "
                               "sync."));
    }
    // Plugins are kept compressed with a head since schema 3, which added the column.
    const bool packedPlugins = db.record(u"entities"_s).contains(u"head"_s);
    QString select = packedPlugins ? u"SELECT kind, geo, owner, body, head FROM entities"_s
                                   : u"SELECT kind, geo, owner, body, NULL FROM entities"_s;
    if (part == Part::Inventory)
        select += u" WHERE kind NOT IN ('partial', 'plugin', 'config_hash')"_s;
    else if (part == Part::CoreEntities)
        select += u" WHERE kind IN ('partial', 'plugin', 'config_hash')"_s;
    QSqlQuery query(select, db);
    if (!query.isActive())
        return sqlError(SnapshotTr::tr("read"), query.lastError());
    while (query.next()) {
        const QString kind = query.value(0).toString();
        const QByteArray body = query.value(3).toByteArray();
        const Geo geo = geoFromId(query.value(1).toString()).value_or(Geo::Us);
        const QString owner = query.value(2).toString();
        std::optional<Error> error;
        const auto take = [&error](auto result, auto &list) {
            if (result)
                list.append(std::move(result).value());
            else
                error = result.error();
        };
        if (kind == u"control_plane"_s)
            take(snapshot::decodeControlPlane(body, geo), data.controlPlanes);
        else if (kind == u"configuration"_s)
            take(snapshot::decodeConfiguration(body), data.configurations);
        else if (kind == u"cache"_s)
            take(snapshot::decodeManagedCache(body), data.caches);
        else if (kind == u"network"_s)
            take(snapshot::decodeNetwork(body), data.networks);
        else if (kind == u"account"_s)
            take(snapshot::decodeProviderAccount(body), data.accounts);
        else if (kind == u"partial"_s)
            take(snapshot::decodePartial(body, geo, owner), data.partials);
        else if (kind == u"plugin"_s && packedPlugins)
            take(snapshot::decodePlugin(query.value(4).toByteArray(), body, geo, owner),
                 data.plugins);
        else if (kind == u"plugin"_s)
            take(snapshot::decodePlugin(body, geo, owner), data.plugins);
        else if (kind == u"config_hash"_s)
            data.configHashes.insert(owner, QString::fromUtf8(body));
        if (error)
            return *error;
    }
    return data;
}

// The future is named and awaited on its own line: GCC 12 destroys coroutine parameters twice
// in `co_return co_await QtConcurrent::run(…)`.
QCoro::Task<Status> SnapshotStore::save(QString path, std::function<SnapshotData()> make) {
    QFuture<Status> future =
        QtConcurrent::run([path, make = std::move(make)] { return write(path, make()); });
    Status result = co_await future;
    co_return result;
}

QCoro::Task<Status> SnapshotStore::confirm(QString path, QDateTime checkedAt) {
    QFuture<Status> future =
        QtConcurrent::run([path, checkedAt] { return confirmNow(path, checkedAt); });
    Status result = co_await future;
    co_return result;
}

QCoro::Task<Result<SnapshotData>> SnapshotStore::load(QString path, Part part) {
    QFuture<Result<SnapshotData>> future =
        QtConcurrent::run([path, part] { return read(path, part); });
    Result<SnapshotData> result = co_await future;
    co_return result;
}

QCoro::Task<SnapshotRecovery> SnapshotStore::recover(QString path) {
    QFuture<SnapshotRecovery> future = QtConcurrent::run([path] { return recoverNow(path); });
    SnapshotRecovery result = co_await future;
    co_return result;
}

QCoro::Task<SnapshotOpening> SnapshotStore::open(QString path, Part part) {
    QFuture<SnapshotOpening> future = QtConcurrent::run([path, part] {
        SnapshotOpening opening;
        opening.recovery = recoverNow(path);
        opening.found = QFile::exists(path);
        if (opening.found)
            opening.data = read(path, part);
        return opening;
    });
    SnapshotOpening result = co_await future;
    co_return result;
}

QCoro::Task<> restoreCoreEntitiesGradually(FleetStore *store, SnapshotData data) {
    QPointer<FleetStore> guard(store);
    CoreEntitiesByPlane byPlane;
    TurnBudget turn;
    // Read through const access: the lists may be shared, and writing to a shared list would
    // copy all 60,000 plugins at once on the GUI thread (116 ms); one plugin at a time spreads
    // the copying over turns.
    for (const Partial &p : std::as_const(data.partials))
        byPlane.add(p);
    const QList<Plugin> &plugins = data.plugins;
    for (qsizetype i = 0; i < plugins.size(); ++i) {
        if (i % 1024 == 0)
            co_await turn.pause();
        byPlane.add(plugins.at(i));
    }
    if (!guard)
        co_return;
    for (const QString &plane : std::as_const(byPlane.planes)) {
        co_await turn.pause();
        if (!guard)
            co_return;
        const auto &[partials, plugins] = byPlane.entities.value(plane);
        store->restoreCoreEntitiesOf(plane, partials, plugins);
        store->restoreConfigHash(plane, data.configHashes.value(plane));
    }
    // Freeing 60,000 plugins here stalled the GUI thread 15-20 ms.
    disposeElsewhere(std::move(byPlane));
    disposeElsewhere(std::move(data));
}

} // namespace kd
