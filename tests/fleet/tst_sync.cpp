#include "client/TurnBudget.h"
#include "fleet/FleetStore.h"
#include "fleet/Session.h"
#include "fleet/Snapshot.h"
#include "fleet/SyncEngine.h"
#include "sim/SimInstance.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "common/SimSession.h"
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace kd {

// SyncEngine against konnect-sim's demo organisation: what reaches the store, in how many
// steps, and what a stopped sync leaves alone.
class TestSync final : public QObject {
    Q_OBJECT
private:
    const QString m_token = u"kpat_sync-fixture-not-a-token"_s;
    std::unique_ptr<sim::SimInstance> m_sim;

    std::unique_ptr<Session> session() const { return test::sessionOn(*m_sim, u"sync"_s, m_token); }

    int groupsInSim() const {
        int groups = 0;
        sim::Organisation &org = m_sim->server().organisation();
        for (const QString &id : org.configurations.ids())
            groups += static_cast<int>(
                org.configurations.find(id)->value(u"dataplane_groups"_s).toArray().size());
        return groups;
    }

private Q_SLOTS:
    void initTestCase() { m_sim = test::startSim(m_token); }

    // Six loops (a sync's geos) share one budget per turn of the event loop: the window
    // waits for a few milliseconds of their work, not for a few milliseconds of each one's.
    void loopsShareOneTurnBudget() {
        int sinceTurn = 0;
        int mostInOneTurn = 0;
        int finished = 0;
        QTimer turns;
        turns.setInterval(0);
        connect(&turns, &QTimer::timeout, &turns, [&sinceTurn] { sinceTurn = 0; });
        turns.start();
        const auto loop = [&]() -> QCoro::Task<> {
            TurnBudget turn;
            for (int i = 0; i < 30; ++i) {
                co_await turn.pause();
                QElapsedTimer busy; // one item: a millisecond of work
                busy.start();
                while (busy.nsecsElapsed() < 1'000'000) {
                }
                mostInOneTurn = std::max(mostInOneTurn, ++sinceTurn);
            }
            ++finished;
        };
        for (int geo = 0; geo < 6; ++geo)
            QCoro::connect(loop(), &turns, [] {});
        QTRY_COMPARE_WITH_TIMEOUT(finished, 6, 60000);
        // 4 ms of items, and the one that was running when the budget ran out.
        QVERIFY2(mostInOneTurn <= 5, qPrintable(u"%1 items in one turn"_s.arg(mostInOneTurn)));
    }

    void configurationsArriveInSlicesThenNothingRepeats() {
        auto s = session();
        FleetStore store;
        SyncEngine sync(s.get(), &store);
        sync.setSliceSize(1); // the demo has a handful of configurations: one per turn
        QSignalSpy groups(&store, &FleetStore::dataPlaneGroupsChanged);
        QSignalSpy finished(&sync, &SyncEngine::syncFinished);
        sync.refreshNow();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);

        const QList<CloudGatewayConfiguration> configurations = store.configurations();
        QVERIFY(configurations.size() > 1);
        int storeGroups = 0;
        for (const CloudGatewayConfiguration &c : configurations)
            storeGroups += static_cast<int>(c.groups.size());
        QCOMPARE(storeGroups, groupsInSim());
        // One announcement per slice (here, per configuration), never all of them at once.
        int single = 0;
        for (const QList<QVariant> &call : std::as_const(groups))
            single += call.first().toStringList().size() == 1 ? 1 : 0;
        QVERIFY2(single >= configurations.size(),
                 qPrintable(u"%1 of %2 announcements name one control plane; %3 configurations"_s
                                .arg(single)
                                .arg(groups.size())
                                .arg(configurations.size())));

        // A second sync of an unchanged organisation announces nothing.
        groups.clear();
        QSignalSpy planes(&store, &FleetStore::controlPlanesChanged);
        QSignalSpy plugins(&store, &FleetStore::pluginsChanged);
        sync.refreshNow();
        QVERIFY(finished.wait(30000));
        QCOMPARE(groups.size(), 0);
        QCOMPARE(planes.size(), 0);
        QCOMPARE(plugins.size(), 0);
    }

    void aRefreshReadsOnlyTheControlPlanesThatChanged() {
        auto s = session();
        FleetStore store;
        SyncEngine sync(s.get(), &store);
        QSignalSpy finished(&sync, &SyncEngine::syncFinished);
        sync.refreshNow();
        QVERIFY(finished.wait(30000));
        const int planes = static_cast<int>(store.controlPlaneIds().size());
        QVERIFY(planes > 2);
        const CallLog &log = s->transport().callLog();
        const auto coreReadsSince = [&log](qsizetype first) {
            QStringList planes;
            for (qsizetype i = first; i < log.records().size(); ++i) {
                const QString path = log.records().at(i).path;
                if (path.contains(u"/core-entities/"_s))
                    planes.append(path.section(u"control-planes/"_s, 1).section(u'/', 0, 0));
            }
            planes.removeDuplicates();
            return planes;
        };

        // Unchanged: one small request per plane, no plugin or partial read.
        qsizetype before = log.records().size();
        sync.refreshChanged();
        QVERIFY(finished.wait(30000));
        QCOMPARE(sync.unchangedPlanes(), planes);
        QCOMPARE(coreReadsSince(before), QStringList());

        // One plugin changes in Konnect: exactly its plane is read again, and the store has it.
        sim::Organisation &org = m_sim->server().organisation();
        QString changedPlane;
        QString pluginId;
        for (auto it = org.plugins.begin(); it != org.plugins.end() && pluginId.isEmpty(); ++it) {
            if (!it.value().ids().isEmpty()) {
                changedPlane = it.key();
                pluginId = it.value().ids().constFirst();
            }
        }
        QVERIFY(!pluginId.isEmpty());
        QJsonObject *plugin = org.plugins[changedPlane].find(pluginId);
        plugin->insert(u"enabled"_s, !plugin->value(u"enabled"_s).toBool(true));
        const bool enabledNow = plugin->value(u"enabled"_s).toBool();
        before = log.records().size();
        sync.refreshChanged();
        QVERIFY(finished.wait(30000));
        QCOMPARE(sync.unchangedPlanes(), planes - 1);
        QCOMPARE(coreReadsSince(before), QStringList{changedPlane});
        QCOMPARE(store.plugin(pluginId)->enabled, enabledNow);

        // F5 still reads everything.
        before = log.records().size();
        sync.refreshNow();
        QVERIFY(finished.wait(30000));
        QCOMPARE(sync.unchangedPlanes(), 0);
        QCOMPARE(coreReadsSince(before).size(), planes);
    }

    // The snapshot is written whole only when the store changed: an unchanged refresh moves its
    // time in place (same file), a change or a store restored from elsewhere writes it again.
    void anUnchangedRefreshOnlyMovesTheSnapshotsTime() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"snapshot.sqlite"_s);
        auto s = session();
        FleetStore store;
        SyncEngine sync(s.get(), &store);
        sync.setSnapshotPath(path);
        QSignalSpy finished(&sync, &SyncEngine::syncFinished);
        QSignalSpy saved(&sync, &SyncEngine::snapshotSaved);
        const auto inode = [&path] {
            struct stat info {};
            return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
        };
        const auto savedAt = [&path] {
            return SnapshotStore::read(path, SnapshotStore::Part::Inventory)->savedAt;
        };
        const auto syncAndSave = [&](bool full) {
            full ? sync.refreshNow() : sync.refreshChanged();
            return finished.wait(30000) && (saved.size() > 0 || saved.wait(30000))
                   && saved.takeFirst().first().toString().isEmpty();
        };
        QVERIFY(syncAndSave(true));
        const auto written = inode();
        QVERIFY(written != 0);
        const QDateTime firstSave = savedAt();

        QTest::qWait(5);
        QVERIFY(syncAndSave(false));
        QCOMPARE(inode(), written);
        QVERIFY(savedAt() > firstSave);
        QCOMPARE(SnapshotStore::read(path)->plugins.size(), store.pluginIds().size());

        // A plugin changes in Konnect: the next refresh writes the file again.
        sim::Organisation &org = m_sim->server().organisation();
        for (auto it = org.plugins.begin(); it != org.plugins.end(); ++it) {
            if (it.value().ids().isEmpty())
                continue;
            QJsonObject *plugin = it.value().find(it.value().ids().constFirst());
            plugin->insert(u"enabled"_s, !plugin->value(u"enabled"_s).toBool(true));
            break;
        }
        QVERIFY(syncAndSave(false));
        QVERIFY(inode() != written);

        // A store filled from the snapshot is what the file holds: its first refresh confirms.
        FleetStore restored;
        restored.restore(*SnapshotStore::read(path));
        QCOMPARE(restored.revision(), quint64(0));
        SyncEngine second(s.get(), &restored);
        second.setSnapshotPath(path);
        QSignalSpy secondFinished(&second, &SyncEngine::syncFinished);
        QSignalSpy secondSaved(&second, &SyncEngine::snapshotSaved);
        const auto rewritten = inode();
        second.refreshChanged();
        QVERIFY(secondFinished.wait(30000));
        QVERIFY(secondSaved.size() > 0 || secondSaved.wait(30000));
        QCOMPARE(secondSaved.first().first().toString(), QString());
        QCOMPARE(restored.revision(), quint64(0));
        QCOMPARE(inode(), rewritten);
    }

    void stoppedSyncLeavesTheStoreAlone() {
        auto s = session();
        FleetStore store;
        SyncEngine sync(s.get(), &store);
        QSignalSpy finished(&sync, &SyncEngine::syncFinished);
        sync.refreshNow();
        QVERIFY(sync.running());
        // Sign-out: stop, then the store is emptied while the answers are still on the way.
        sync.stop();
        store.clear();
        QVERIFY(!sync.running());
        QTest::qWait(1500);
        QVERIFY(store.controlPlaneIds().isEmpty());
        QVERIFY(store.configurations().isEmpty());
        QVERIFY(store.pluginIds().isEmpty());
        QCOMPARE(finished.size(), 0);
        for (Geo geo : sync.geos())
            QVERIFY(sync.status(geo).state != GeoStatus::State::Syncing);

        // The next sign-in syncs as usual.
        sync.refreshNow();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!store.controlPlaneIds().isEmpty());
    }
};

} // namespace kd

QTEST_MAIN(kd::TestSync)
#include "tst_sync.moc"
