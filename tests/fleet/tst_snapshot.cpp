#include "fleet/Snapshot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <qcoro/qcorotask.h>

#include "SnapshotSample.h"

using namespace Qt::StringLiterals;

namespace kd {

// The offline snapshot survives a save cut at any point, and only its user can read it.
class TestSnapshot final : public QObject {
    Q_OBJECT
private:
    static constexpr int before = 3; // control planes in the snapshot already saved
    static constexpr int after = 5;  // … and in the one being saved

    static int planesIn(const QString &path) {
        const auto read = SnapshotStore::read(path);
        return read ? static_cast<int>(read->controlPlanes.size()) : -1;
    }

    static int mode(const QString &path) {
        return static_cast<int>(
            QFileInfo(path).permissions()
            & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
               | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
               | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));
    }
    static constexpr int owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    // A complete snapshot with `planes` control planes at `path`, written beside it and moved.
    static void putComplete(const QString &path, int planes) {
        const QString elsewhere = path + u".elsewhere"_s;
        QVERIFY(SnapshotStore::write(elsewhere, test::sampleSnapshot(planes)));
        QFile::remove(path);
        QVERIFY(QFile::rename(elsewhere, path));
    }

    // Runs the writer child; returns its exit code (-1 when it was killed) and its call count.
    static int runWriter(const QString &path, int planes, const QString &fault, long call,
                         long *calls = nullptr) {
        QProcess writer;
        writer.start(QString::fromUtf8(KD_SNAPSHOT_WRITER),
                     {path, QString::number(planes), fault, QString::number(call)});
        if (!writer.waitForFinished(30000)) {
            writer.kill();
            writer.waitForFinished();
            return -2;
        }
        if (calls)
            *calls = writer.readAllStandardOutput().trimmed().toLong();
        return writer.exitStatus() == QProcess::NormalExit ? writer.exitCode() : -1;
    }

    // Every snapshot file a save left, whatever it holds, is readable by its user only.
    static QStringList notPrivate(const QString &folder) {
        QStringList open;
        const QDir dir(folder);
        for (const QFileInfo &file : dir.entryInfoList(QDir::Files))
            if (mode(file.filePath()) != owner)
                open.append(u"%1 (%2)"_s.arg(file.fileName()).arg(mode(file.filePath()), 0, 8));
        return open;
    }

    // After a save was cut at call `call`, the next start shows the old or the new snapshot.
    static void checkInterrupted(const QString &fault) {
        QTemporaryDir home;
        const QString folder = home.filePath(u"cache"_s);
        const QString path = folder + u"/snapshot.sqlite"_s;
        long calls = 0;
        QCOMPARE(runWriter(path, after, u"none"_s, 0, &calls), 0);
        QVERIFY2(calls > 10, qPrintable(QString::number(calls)));
        for (long call = 1; call <= calls; ++call) {
            QDir(folder).removeRecursively();
            QVERIFY(SnapshotStore::write(path, test::sampleSnapshot(before)));
            const int code = runWriter(path, after, fault, call);
            const QString where = u"%1 at file call %2 of %3"_s.arg(fault).arg(call).arg(calls);
            QVERIFY2(code == (fault == u"kill"_s ? -1 : code), qPrintable(where));
            QVERIFY2(code != -2, qPrintable(where + u": the writer hung"_s));
            const QStringList open = notPrivate(folder);
            QVERIFY2(open.isEmpty(), qPrintable(where + u": "_s + open.join(u", "_s)));
            const SnapshotRecovery recovery = SnapshotStore::recoverNow(path);
            QVERIFY2(recovery.outcome != SnapshotRecovery::Outcome::Failed,
                     qPrintable(where + u": "_s + recovery.message));
            const int planes = planesIn(path);
            QVERIFY2(planes == before || planes == after,
                     qPrintable(where + u": the snapshot is lost, "_s
                                + QDir(folder).entryList(QDir::Files).join(u", "_s)));
            // A save reported as failed kept the old one; one recovered is the new one.
            if (code == 1)
                QVERIFY2(planes == before, qPrintable(where));
            if (recovery.outcome == SnapshotRecovery::Outcome::Recovered)
                QVERIFY2(planes == after, qPrintable(where));
            QVERIFY2(!QFile::exists(SnapshotStore::temporaryPathFor(path)), qPrintable(where));
        }
    }

private Q_SLOTS:
    void savedSnapshotIsPrivate() {
        QTemporaryDir home;
        const QString folder = home.filePath(u"cache/konnect-desk"_s);
        const QString path = folder + u"/snapshot.sqlite"_s;
        QVERIFY(SnapshotStore::write(path, test::sampleSnapshot(before)));
        QCOMPARE(planesIn(path), before);
        QCOMPARE(mode(path), owner);
        QCOMPARE(mode(folder), owner | QFileDevice::ExeOwner);

        // A folder and a file left open by an older version are closed by the next save.
        QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x7755)));
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions(0x6644)));
        QVERIFY(SnapshotStore::write(path, test::sampleSnapshot(after)));
        QCOMPARE(planesIn(path), after);
        QCOMPARE(mode(path), owner);
        QCOMPARE(mode(folder), owner | QFileDevice::ExeOwner);
    }

    void completeLeftoverIsRecovered() {
        QTemporaryDir home;
        const QString path = home.filePath(u"snapshot.sqlite"_s);
        const QString temporary = SnapshotStore::temporaryPathFor(path);
        // Killed between removing the old file and renaming the new one: only the new is left.
        putComplete(temporary, after);
        SnapshotRecovery recovery = SnapshotStore::recoverNow(path);
        QCOMPARE(recovery.outcome, SnapshotRecovery::Outcome::Recovered);
        QVERIFY(!recovery.message.isEmpty());
        QCOMPARE(planesIn(path), after);
        QVERIFY(!QFile::exists(temporary));
        QCOMPARE(mode(path), owner);

        // Killed after the new file was complete but before it replaced the old one.
        putComplete(temporary, before + after);
        recovery = SnapshotStore::recoverNow(path);
        QCOMPARE(recovery.outcome, SnapshotRecovery::Outcome::Recovered);
        QCOMPARE(planesIn(path), before + after);

        // Nothing left over: nothing to say.
        recovery = SnapshotStore::recoverNow(path);
        QCOMPARE(recovery.outcome, SnapshotRecovery::Outcome::Nothing);
        QVERIFY(recovery.message.isEmpty());
        QCOMPARE(planesIn(path), before + after);
    }

    void leftoverOfAnOlderVersionIsRecovered() {
        QTemporaryDir home;
        const QString path = home.filePath(u"snapshot.sqlite"_s);
        const QString temporary = SnapshotStore::temporaryPathFor(path);
        putComplete(temporary, after);
        {
            // Versions before the completion mark wrote saved_at in the rows' transaction.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
            db.setDatabaseName(temporary);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"DELETE FROM meta WHERE key <> 'saved_at'"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"older"_s);
        QVERIFY(QFile::setPermissions(temporary, QFileDevice::Permissions(0x6644)));
        const SnapshotRecovery recovery = SnapshotStore::recoverNow(path);
        QCOMPARE(recovery.outcome, SnapshotRecovery::Outcome::Recovered);
        QCOMPARE(planesIn(path), after);
        QCOMPARE(mode(path), owner);
    }

    void incompleteLeftoverIsRemovedAndReported_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("hadSnapshot");
        const QByteArray garbage = QByteArray("SQLite format 3").append(4000, '\x5a');
        QTest::newRow("garbage, old snapshot kept") << garbage << true;
        QTest::newRow("garbage, no snapshot") << garbage << false;
        QTest::newRow("empty, old snapshot kept") << QByteArray() << true;
        QTest::newRow("unmarked, no snapshot") << QByteArray("unmarked") << false;
    }

    void incompleteLeftoverIsRemovedAndReported() {
        QFETCH(QByteArray, content);
        QFETCH(bool, hadSnapshot);
        QTemporaryDir home;
        const QString path = home.filePath(u"snapshot.sqlite"_s);
        const QString temporary = SnapshotStore::temporaryPathFor(path);
        if (hadSnapshot)
            QVERIFY(SnapshotStore::write(path, test::sampleSnapshot(before)));
        if (content == "unmarked") {
            // Rows written, the transaction that marks it complete never committed.
            putComplete(temporary, after);
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"unmarked"_s);
            db.setDatabaseName(temporary);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"DELETE FROM meta"_s));
            db.close();
            db = {};
            QSqlDatabase::removeDatabase(u"unmarked"_s);
        } else {
            QFile file(temporary);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const SnapshotRecovery recovery = SnapshotStore::recoverNow(path);
        QCOMPARE(recovery.outcome, SnapshotRecovery::Outcome::Discarded);
        QVERIFY2(recovery.message.contains(u"interrupted"_s), qPrintable(recovery.message));
        QVERIFY2(recovery.message.contains(hadSnapshot ? u"previous snapshot is used"_s
                                                       : u"no snapshot to show"_s),
                 qPrintable(recovery.message));
        QVERIFY(!QFile::exists(temporary));
        QVERIFY(!QFile::exists(temporary + u"-journal"_s));
        QCOMPARE(planesIn(path), hadSnapshot ? before : -1);
    }

    // A plugin's compressed JSON goes to the file and comes back as it is: a save does not
    // uncompress it and a load does not parse and compress it again.
    void pluginsKeepTheirCompressedJson() {
        QTemporaryDir home;
        const QString path = home.filePath(u"snapshot.sqlite"_s);
        SnapshotData data = test::sampleSnapshot(2);
        Plugin &plugin = data.plugins.first();
        const QByteArray sent = R"({"id":"plugin-0-0","name":"rate-limiting-advanced",)"
                                R"("route":{"id":"r1"},"partials":[{"id":"pa"}],)"
                                R"("tags":["t"],"config":{"limit":[7]}})";
        plugin.routeId = u"r1"_s;
        plugin.partialIds = {u"pa"_s};
        plugin.tags = {u"t"_s};
        plugin.editedConfig.reset();
        plugin.packedJson = qCompress(sent, 9); // not the level the app compresses at
        QVERIFY(SnapshotStore::write(path, data));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            query.prepare(u"SELECT count(*) FROM entities WHERE kind = 'plugin' AND body = ?"_s);
            query.addBindValue(plugin.packedJson);
            QVERIFY(query.exec() && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        const auto read = SnapshotStore::read(path, SnapshotStore::Part::CoreEntities);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message()));
        QCOMPARE(read->plugins.size(), data.plugins.size());
        const Plugin &back = read->plugins.first();
        QCOMPARE(back.packedJson, plugin.packedJson);
        QCOMPARE(back.json(), sent);
        QCOMPARE(back.id, plugin.id);
        QCOMPARE(back.routeId, u"r1"_s);
        QCOMPARE(back.partialIds, QStringList{u"pa"_s});
        QCOMPARE(back.tags, QStringList{u"t"_s});
        QCOMPARE(back.controlPlaneId, plugin.controlPlaneId);
        QCOMPARE(back.geo, Geo::Eu);
        // A plugin made here (no JSON from Konnect yet) is kept as the body the app would send.
        const QVariantMap config = read->plugins.last().config();
        QCOMPARE(config.value(u"limit"_s).toList().value(0).toInt(), 139);
        QCOMPARE(read->plugins.last().id, data.plugins.last().id);
    }

    // A snapshot saved before plugins were kept compressed (their JSON in the body, no head
    // column) is still read.
    void snapshotOfSchemaTwoIsRead() {
        QTemporaryDir home;
        const QString path = home.filePath(u"snapshot.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema2"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"CREATE TABLE entities (kind TEXT NOT NULL, geo TEXT, owner TEXT, "
                               u"body BLOB NOT NULL)"_s));
            QVERIFY(query.exec(u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"_s));
            QVERIFY(query.exec(u"INSERT INTO meta VALUES ('schema_version', '2'), "
                               u"('saved_at', '2025-01-01T12:00:00.000Z'), ('complete', '1')"_s));
            QVERIFY(query.exec(
                uR"(INSERT INTO entities VALUES ('plugin', 'au', 'cp-9', '{"id":"p9","name":"acl","config":{"allow":["x"]}}'))"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"schema2"_s);
        const auto read = SnapshotStore::read(path);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message()));
        QCOMPARE(read->plugins.size(), 1);
        QCOMPARE(read->plugins.first().id, u"p9"_s);
        QCOMPARE(read->plugins.first().geo, Geo::Au);
        QCOMPARE(read->plugins.first().controlPlaneId, u"cp-9"_s);
        QCOMPARE(read->plugins.first().config().value(u"allow"_s).toStringList(),
                 QStringList{u"x"_s});
    }

    // Start-up's one call: an interrupted complete save is put in place, then read.
    void openRecoversThenLoads() {
        QTemporaryDir home;
        const QString path = home.filePath(u"snapshot.sqlite"_s);
        SnapshotOpening opening = QCoro::waitFor(SnapshotStore::open(path));
        QCOMPARE(opening.recovery.outcome, SnapshotRecovery::Outcome::Nothing);
        QVERIFY(!opening.found);
        putComplete(path, before);
        putComplete(SnapshotStore::temporaryPathFor(path), after);
        opening = QCoro::waitFor(SnapshotStore::open(path, SnapshotStore::Part::Inventory));
        QCOMPARE(opening.recovery.outcome, SnapshotRecovery::Outcome::Recovered);
        QVERIFY(!opening.recovery.message.isEmpty());
        QVERIFY(opening.found);
        QVERIFY(opening.data);
        QCOMPARE(opening.data->controlPlanes.size(), after);
        QVERIFY(opening.data->plugins.isEmpty());
    }

    void killedSaveNeverLosesTheSnapshot() { checkInterrupted(u"kill"_s); }

    void failedSaveKeepsThePreviousSnapshot() { checkInterrupted(u"fail"_s); }
};

} // namespace kd

QTEST_GUILESS_MAIN(kd::TestSnapshot)
#include "tst_snapshot.moc"
