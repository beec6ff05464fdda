#include "fleet/Snapshot.h"

#include "client/SnapshotCodec.h"
#include "fleet/FleetStore.h"
#include "fleet/TurnBudget.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>
#include <qcoro/qcorofuture.h>
#include <qcoro/qcorotimer.h>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("kd::SnapshotStore", text);
}

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
    return Error::invalid(u"snapshot"_s,
                          tr("The offline snapshot could not be %1: %2").arg(what, error.text()));
}
} // namespace

QString SnapshotStore::pathFor(const QString &profileName) {
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const QByteArray key =
        QCryptographicHash::hash(profileName.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return directory + u"/snapshot-"_s + QString::fromLatin1(key) + u".sqlite"_s;
}

Status SnapshotStore::write(const QString &path, const SnapshotData &data) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString temporary = path + u".new"_s;
    QFile::remove(temporary);
    {
        Connection connection(temporary);
        QSqlDatabase &db = connection.db();
        if (!db.open())
            return sqlError(tr("written"), db.lastError());
        QSqlQuery query(db);
        if (!query.exec(
                u"CREATE TABLE entities (kind TEXT NOT NULL, geo TEXT, owner TEXT, body BLOB NOT NULL)"_s)
            || !query.exec(u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"_s))
            return sqlError(tr("written"), query.lastError());
        db.transaction();
        query.prepare(u"INSERT INTO entities (kind, geo, owner, body) VALUES (?, ?, ?, ?)"_s);
        const auto insert = [&query](const QString &kind, const QString &geo,
                                     const QByteArray &body, const QString &owner = {}) {
            query.addBindValue(kind);
            query.addBindValue(geo);
            query.addBindValue(owner);
            query.addBindValue(body);
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
        for (const Plugin &p : data.plugins)
            ok = ok && insert(u"plugin"_s, geoId(p.geo), snapshot::encode(p), p.controlPlaneId);
        QSqlQuery meta(db);
        meta.prepare(u"INSERT INTO meta (key, value) VALUES ('saved_at', ?)"_s);
        meta.addBindValue(data.savedAt.toUTC().toString(Qt::ISODateWithMs));
        ok = ok && meta.exec();
        if (!ok) {
            db.rollback();
            return sqlError(tr("written"), query.lastError());
        }
        db.commit();
    }
    // Replace the old snapshot only once the new one is complete.
    QFile::remove(path);
    if (!QFile::rename(temporary, path))
        return Error::invalid(u"snapshot"_s,
                              tr("The offline snapshot could not be moved to %1.").arg(path));
    return Done{};
}

Result<SnapshotData> SnapshotStore::read(const QString &path, Part part) {
    if (!QFile::exists(path))
        return Error::invalid(u"snapshot"_s, tr("There is no offline snapshot yet."));
    Connection connection(path);
    QSqlDatabase &db = connection.db();
    if (!db.open())
        return sqlError(tr("read"), db.lastError());
    SnapshotData data;
    QSqlQuery meta(u"SELECT value FROM meta WHERE key = 'saved_at'"_s, db);
    if (meta.next())
        data.savedAt = QDateTime::fromString(meta.value(0).toString(), Qt::ISODateWithMs);
    QString select = u"SELECT kind, geo, owner, body FROM entities"_s;
    if (part == Part::Inventory)
        select += u" WHERE kind NOT IN ('partial', 'plugin')"_s;
    else if (part == Part::CoreEntities)
        select += u" WHERE kind IN ('partial', 'plugin')"_s;
    QSqlQuery query(select, db);
    if (!query.isActive())
        return sqlError(tr("read"), query.lastError());
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
        else if (kind == u"plugin"_s)
            take(snapshot::decodePlugin(body, geo, owner), data.plugins);
        if (error)
            return *error;
    }
    return data;
}

// The future is named and awaited on its own line: GCC 12 destroys coroutine parameters twice
// in `co_return co_await QtConcurrent::run(…)`.
QCoro::Task<Status> SnapshotStore::save(QString path, SnapshotData data) {
    QFuture<Status> future =
        QtConcurrent::run([path, data = std::move(data)] { return write(path, data); });
    Status result = co_await future;
    co_return result;
}

QCoro::Task<Result<SnapshotData>> SnapshotStore::load(QString path, Part part) {
    QFuture<Result<SnapshotData>> future =
        QtConcurrent::run([path, part] { return read(path, part); });
    Result<SnapshotData> result = co_await future;
    co_return result;
}

QCoro::Task<> restoreCoreEntitiesGradually(FleetStore *store, SnapshotData data) {
    QPointer<FleetStore> guard(store);
    CoreEntitiesByPlane byPlane;
    TurnBudget turn;
    for (Partial &p : data.partials)
        byPlane.add(std::move(p));
    for (qsizetype i = 0; i < data.plugins.size(); ++i) {
        if (i % 1024 == 0)
            co_await turn.pause();
        byPlane.add(std::move(data.plugins[i]));
    }
    if (!guard)
        co_return;
    for (const QString &plane : std::as_const(byPlane.planes)) {
        co_await turn.pause();
        if (!guard)
            co_return;
        const auto &[partials, plugins] = byPlane.entities.value(plane);
        store->restoreCoreEntitiesOf(plane, partials, plugins);
    }
}

} // namespace kd
