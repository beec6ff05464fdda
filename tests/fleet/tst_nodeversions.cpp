#include "fleet/FleetStore.h"
#include "fleet/NodeVersions.h"
#include "fleet/Session.h"
#include "fleet/SyncEngine.h"
#include "fleet/advisor/Advisor.h"
#include "fleet/advisor/Rules.h"
#include "sim/SimInstance.h"

#include <QSignalSpy>
#include <QTest>

#include "common/SimSession.h"

using namespace Qt::StringLiterals;

namespace kd {

using advisor::Finding;

// The node-version rules over hand-built fleets, and NodeVersions reading the nodes of
// konnect-sim's cloud gateways into the store.
class TestNodeVersions final : public QObject {
    Q_OBJECT
private:
    const QString m_token = u"kpat_nodeversions-fixture-not-a-token"_s;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

    // "version host silentMinutes" per node, e.g. "3.14.0.0 dp-a 0".
    static QList<DataPlaneNode> nodesOf(const QStringList &specs, const QDateTime &now) {
        QList<DataPlaneNode> nodes;
        for (const QString &spec : specs) {
            const QStringList parts = spec.split(u' ');
            DataPlaneNode node;
            node.id = u"node-"_s + parts.at(1);
            node.version = parts.at(0);
            node.hostname = parts.at(1);
            node.type = u"kong-proxy"_s;
            node.lastPing = now.addSecs(-60 * parts.at(2).toInt());
            nodes.append(node);
        }
        return nodes;
    }

    // One control plane "edge" (env=prod) with a cloud gateway configuration on `version`
    // that last changed `configurationAgeMinutes` ago, unless `version` is empty.
    static void buildPlane(FleetStore &store, const QString &version, int configurationAgeMinutes,
                           const QDateTime &now) {
        ControlPlane cp;
        cp.id = u"cp-edge"_s;
        cp.geo = Geo::Us;
        cp.name = u"edge"_s;
        cp.labels.insert(u"env"_s, u"prod"_s);
        cp.cloudGateway = true;
        store.replaceControlPlanes(Geo::Us, {cp});
        if (version.isEmpty())
            return;
        CloudGatewayConfiguration configuration;
        configuration.id = u"cfg-edge"_s;
        configuration.controlPlaneId = cp.id;
        configuration.version = version;
        configuration.kind = u"dedicated.v0"_s;
        for (const QString &region : {u"us-east-2"_s, u"us-west-2"_s}) {
            DataPlaneGroup group;
            group.id = u"group-"_s + region;
            group.provider = providerFrom(u"aws"_s);
            group.region = region;
            group.state = groupStateFrom(u"ready"_s);
            group.createdAt = now.addDays(-30);
            configuration.groups.append(group);
        }
        configuration.createdAt = now.addDays(-30);
        configuration.updatedAt = now.addSecs(-60 * configurationAgeMinutes);
        store.upsertConfiguration(configuration);
    }

    static QList<Finding> of(const QList<Finding> &findings, const QString &rule) {
        QList<Finding> matching;
        for (const Finding &finding : findings) {
            if (finding.ruleId == rule)
                matching.append(finding);
        }
        return matching;
    }

    // The hostnames a finding names, in the order of `candidates`.
    static QStringList named(const Finding &finding, const QStringList &candidates) {
        QStringList hosts;
        for (const QString &host : candidates) {
            if (finding.why.contains(host))
                hosts.append(host);
        }
        return hosts;
    }

private Q_SLOTS:
    void rules_data() {
        QTest::addColumn<QString>("version");      // the configuration's; empty: none
        QTest::addColumn<int>("configurationAge"); // minutes since it last changed
        QTest::addColumn<QStringList>("nodes");    // "version host silentMinutes"
        QTest::addColumn<QStringList>("mixed");    // hosts the warning names; none: quiet
        QTest::addColumn<QStringList>("behind");   // hosts the info names; none: quiet

        QTest::newRow("all on the configuration's release")
            << u"3.14"_s << 600 << QStringList{u"3.14.0.0 dp-a 0"_s, u"3.14.0.0 dp-b 0"_s}
            << QStringList{} << QStringList{};
        QTest::newRow("patch levels are one release")
            << u"3.14"_s << 600 << QStringList{u"3.14.0.0 dp-a 0"_s, u"3.14.0.3 dp-b 0"_s}
            << QStringList{} << QStringList{};
        QTest::newRow("two releases, long after the change")
            << u"3.15"_s << 600
            << QStringList{u"3.15.0.0 dp-a 0"_s, u"3.15.0.0 dp-b 0"_s, u"3.14.0.0 dp-c 0"_s}
            << QStringList{u"dp-a"_s, u"dp-b"_s, u"dp-c"_s} << QStringList{u"dp-c"_s};
        QTest::newRow("two releases, mid roll-out")
            << u"3.15"_s << 5 << QStringList{u"3.15.0.0 dp-a 0"_s, u"3.14.0.0 dp-b 0"_s}
            << QStringList{u"dp-a"_s, u"dp-b"_s} << QStringList{};
        QTest::newRow("all behind, long after the change")
            << u"3.15"_s << 600 << QStringList{u"3.14.0.0 dp-a 0"_s, u"3.14.0.0 dp-b 1"_s}
            << QStringList{} << QStringList{u"dp-a"_s, u"dp-b"_s};
        QTest::newRow("all behind, just changed")
            << u"3.15"_s << 5 << QStringList{u"3.14.0.0 dp-a 0"_s, u"3.14.0.0 dp-b 0"_s}
            << QStringList{} << QStringList{};
        QTest::newRow("a silent old node is not running")
            << u"3.15"_s << 600 << QStringList{u"3.15.0.0 dp-a 0"_s, u"3.14.0.0 dp-d 600"_s}
            << QStringList{} << QStringList{};
        QTest::newRow("nodes not read")
            << u"3.15"_s << 600 << QStringList{} << QStringList{} << QStringList{};
        QTest::newRow("no cloud gateway configuration")
            << QString() << 0 << QStringList{u"3.15.0.0 dp-a 0"_s, u"3.14.0.0 dp-b 0"_s}
            << QStringList{} << QStringList{};
    }

    void rules() {
        QFETCH(QString, version);
        QFETCH(int, configurationAge);
        QFETCH(QStringList, nodes);
        QFETCH(QStringList, mixed);
        QFETCH(QStringList, behind);
        const QStringList hosts{u"dp-a"_s, u"dp-b"_s, u"dp-c"_s, u"dp-d"_s};

        FleetStore store;
        buildPlane(store, version, configurationAge, m_now);
        store.setNodesOf(u"cp-edge"_s, nodesOf(nodes, m_now));
        advisor::AdvisorContext context;
        context.now = m_now;
        const QList<Finding> findings = advisor::evaluateAll(store, context);

        const auto warnings = of(findings, u"standard.node-versions"_s);
        QCOMPARE(warnings.size(), mixed.isEmpty() ? 0 : 1);
        if (!mixed.isEmpty()) {
            QCOMPARE(warnings.first().severity, advisor::Severity::Warning);
            QCOMPARE(named(warnings.first(), hosts), mixed);
            QCOMPARE(warnings.first().entities.first().id, u"cp-edge"_s);
        }
        const auto infos = of(findings, u"standard.node-upgrade"_s);
        QCOMPARE(infos.size(), behind.isEmpty() ? 0 : 1);
        if (!behind.isEmpty()) {
            QCOMPARE(infos.first().severity, advisor::Severity::Info);
            QCOMPARE(named(infos.first(), hosts), behind);
            QVERIFY2(infos.first().why.contains(version), qPrintable(infos.first().why));
        }
    }

    void nodesOfAGonePlaneAreForgotten() {
        FleetStore store;
        buildPlane(store, u"3.14"_s, 600, m_now);
        QSignalSpy changed(&store, &FleetStore::nodesChanged);
        const auto nodes = nodesOf({u"3.14.0.0 dp-a 0"_s}, m_now);
        store.setNodesOf(u"cp-edge"_s, nodes);
        store.setNodesOf(u"cp-edge"_s, nodes); // the same again: no news
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.nodesOf(u"cp-edge"_s), nodes);
        store.replaceControlPlanes(Geo::Us, {});
        QVERIFY(store.nodesOf(u"cp-edge"_s).isEmpty());
    }

    // NodeVersions after a sync of the demo: only planes with a cloud gateway configuration,
    // once per rereadAfter, and the advisor sees what it read.
    void readsNodesOfCloudGatewaysAfterASync() {
        sim::SimLaunch launch;
        launch.options.timeScale = 6000; // groups are ready within a second
        const auto sim = test::startSim(m_token, launch);
        QTest::qWait(1500);
        // Long after the nodes started: a running node has pinged since.
        sim->server().clock().advance(std::chrono::minutes(20));
        auto session = test::sessionOn(*sim, u"nodes"_s, m_token);
        FleetStore store;
        SyncEngine sync(session.get(), &store);
        NodeVersions nodes(session.get(), &store, &sync);
        auto now = std::chrono::steady_clock::now();
        nodes.setClock([&now] { return now; });
        advisor::Advisor advisor(&store);
        QSignalSpy round(&nodes, &NodeVersions::roundFinished);
        sync.refreshNow();
        QVERIFY(round.wait(30000));
        QVERIFY(!nodes.reading());
        QVERIFY(nodes.failures().isEmpty());

        int withConfiguration = 0;
        for (const QString &id : store.controlPlaneIds()) {
            const QList<DataPlaneNode> read = store.nodesOf(id);
            if (!store.configurationOf(id)) {
                QVERIFY(read.isEmpty());
                continue;
            }
            ++withConfiguration;
            const auto *configuration = store.configurationOf(id);
            QCOMPARE(read.size(), 2 * configuration->groups.size()); // two per ready group
            for (const DataPlaneNode &node : read) {
                QVERIFY2(node.version.startsWith(configuration->version + u'.'),
                         qPrintable(node.version));
                QVERIFY(qAbs(node.lastPing.secsTo(sim->server().clock().now())) < 60);
            }
        }
        QVERIFY(withConfiguration >= 2);

        // Within rereadAfter nothing is read again; after it, every such plane is.
        const quint64 requests = sim->server().requestCount();
        QCOMPARE(nodes.readDue(), 0);
        QCOMPARE(sim->server().requestCount(), requests);
        now += NodeVersions::rereadAfter + std::chrono::seconds(1);

        // One node of the first cloud gateway left on an older release: the advisor says so.
        QString edge;
        for (const QString &id : store.controlPlaneIds()) {
            if (store.configurationOf(id) && edge.isEmpty())
                edge = id;
        }
        sim::EntityTable &table = sim->server().organisation().nodes[edge];
        QJsonObject *first = table.find(table.ids().constFirst());
        first->insert(u"version"_s, u"3.9.0.0"_s);
        const QString oldHost = first->value(u"hostname"_s).toString();
        QSignalSpy findings(&advisor, &advisor::Advisor::findingsChanged);
        QCOMPARE(nodes.readDue(), withConfiguration);
        QVERIFY(round.wait(30000));
        QVERIFY(QTest::qWaitFor([&advisor] { return !advisor.pending(); }, 5000));
        const auto mixed = of(advisor.findings(), u"standard.node-versions"_s);
        QCOMPARE(mixed.size(), 1);
        QCOMPARE(mixed.first().entities.first().id, edge);
        QVERIFY2(mixed.first().why.contains(oldHost), qPrintable(mixed.first().why));
        QVERIFY(mixed.first().why.contains(u"3.9"_s));
    }

    void signingOutStopsReading() {
        const auto sim = test::startSim(m_token);
        auto session = test::sessionOn(*sim, u"nodes"_s, m_token);
        FleetStore store;
        SyncEngine sync(session.get(), &store);
        QSignalSpy finished(&sync, &SyncEngine::syncFinished);
        sync.refreshNow();
        QVERIFY(finished.wait(30000));
        NodeVersions nodes(session.get(), &store, nullptr);
        session->setToken({});
        QCOMPARE(nodes.readDue(), 0); // no token: nothing asked
        QVERIFY(!nodes.reading());
    }
};

} // namespace kd

QTEST_GUILESS_MAIN(kd::TestNodeVersions)
#include "tst_nodeversions.moc"
