#include "fleet/FleetStore.h"
#include "fleet/Session.h"
#include "fleet/SyncEngine.h"
#include "fleet/advisor/Advisor.h"
#include "fleet/advisor/CacheService.h"
#include "fleet/advisor/MuteStore.h"
#include "fleet/advisor/PluginAdvice.h"
#include "fleet/advisor/Rules.h"
#include "sim/SimInstance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include "common/SimSession.h"

using namespace Qt::StringLiterals;

namespace kd {

using advisor::Finding;

// Each advisor rule over a FleetStore synced from konnect-sim's demo organisation: quiet on
// the demo where the demo is right, firing once the simulator holds the condition.
class TestAdvisor final : public QObject {
    Q_OBJECT
private:
    const QString m_token = u"kpat_advisor-fixture-not-a-token"_s;
    std::unique_ptr<sim::SimInstance> m_sim;

    sim::Organisation &org() { return m_sim->server().organisation(); }

    QString planeNamed(const QString &name) {
        for (const QString &geo : org().controlPlanes.keys()) {
            for (const QJsonObject &cp : org().controlPlanes[geo].values()) {
                if (cp.value(u"name"_s).toString() == name)
                    return cp.value(u"id"_s).toString();
            }
        }
        return {};
    }

    QJsonObject *pluginNamed(const QString &cp, const QString &instance) {
        const QJsonObject *found = org().plugins[cp].findIf([&instance](const QJsonObject &p) {
            return p.value(u"instance_name"_s).toString() == instance;
        });
        return found ? org().plugins[cp].find(found->value(u"id"_s).toString()) : nullptr;
    }

    void setPluginConfig(const QString &cp, const QString &instance, const QString &key,
                         const QJsonValue &value) {
        QJsonObject *plugin = pluginNamed(cp, instance);
        QVERIFY(plugin);
        QJsonObject config = plugin->value(u"config"_s).toObject();
        config.insert(key, value);
        plugin->insert(u"config"_s, config);
    }

    void setLabels(const QString &cp, const QJsonObject &labels) {
        for (const QString &geo : org().controlPlanes.keys()) {
            if (QJsonObject *plane = org().controlPlanes[geo].find(cp))
                plane->insert(u"labels"_s, labels);
        }
    }

    void editGroup(const QString &cp, int index, const QString &key, const QJsonValue &value) {
        QJsonObject *configuration = org().configurationFor(cp);
        QJsonArray groups = configuration->value(u"dataplane_groups"_s).toArray();
        QJsonObject group = groups.at(index).toObject();
        group.insert(key, value);
        groups.replace(index, group);
        configuration->insert(u"dataplane_groups"_s, groups);
    }

    std::unique_ptr<FleetStore> synced() {
        auto session = test::sessionOn(*m_sim, u"advisor"_s, m_token);
        auto store = std::make_unique<FleetStore>();
        SyncEngine sync(session.get(), store.get());
        QSignalSpy finished(&sync, &SyncEngine::syncFinished);
        sync.refreshNow();
        if (!finished.wait(30000) || !finished.first().first().toBool())
            qFatal("the sync from konnect-sim did not finish");
        return store;
    }

    static QList<Finding> of(const QList<Finding> &findings, const QString &rule) {
        QList<Finding> matching;
        for (const Finding &finding : findings) {
            if (finding.ruleId == rule)
                matching.append(finding);
        }
        return matching;
    }

    QList<Finding> evaluate(advisor::AdvisorContext context = {}) {
        const auto store = synced();
        return advisor::evaluateAll(*store, context);
    }

    static bool names(const Finding &finding, const QString &label) {
        return std::any_of(finding.entities.cbegin(), finding.entities.cend(),
                           [&label](const advisor::EntityRef &e) { return e.label == label; });
    }

private Q_SLOTS:
    void init() { m_sim = test::startSim(m_token); }
    void cleanup() { m_sim.reset(); }

    void googleCloudGroupOfACachedPlaneIsNotServed() {
        const auto findings = of(evaluate(), u"cache.provider-not-served"_s);
        QCOMPARE(findings.size(), 1); // prod's us-central1; staging has no cache
        QVERIFY(findings.first().why.contains(u"Google Cloud"_s));
        QCOMPARE(findings.first().entities.first().kind, advisor::EntityKind::DataPlaneGroup);
    }

    void groupMissingFromTheCacheIsNotServed() {
        QVERIFY(of(evaluate(), u"cache.group-not-listed"_s).isEmpty());
        const QString prod = planeNamed(u"prod-billing-svcs"_s);
        QJsonObject *addOn = org().addOnFor(prod);
        QJsonObject config = addOn->value(u"config"_s).toObject();
        QJsonArray groups = config.value(u"data_plane_groups"_s).toArray();
        groups.removeAt(0);
        config.insert(u"data_plane_groups"_s, groups);
        addOn->insert(u"config"_s, config);
        QCOMPARE(of(evaluate(), u"cache.group-not-listed"_s).size(), 1);
    }

    void redisPluginNotOnTheManagedCacheIsOfferedTheLink() {
        const auto findings = of(evaluate(), u"plugin.managed-cache-unused"_s);
        // Only the proxy cache on the self-managed Redis; the two linked ones are fine.
        QCOMPARE(findings.size(), 1);
        QVERIFY(names(findings.first(), u"pca-invoices"_s));
        QCOMPARE(findings.first().fix.kind, advisor::FixKind::LinkManagedPartial);
        QVERIFY(!findings.first().fix.partialId.isEmpty());
        // A local strategy in a plane with a cache fires too.
        setPluginConfig(planeNamed(u"prod-billing-svcs"_s), u"rla-billing-api"_s, u"strategy"_s,
                        u"local"_s);
        QCOMPARE(of(evaluate(), u"plugin.managed-cache-unused"_s).size(), 2);
    }

    void linkedPartialWithInlineRedisIsAnError() {
        QVERIFY(of(evaluate(), u"plugin.partial-and-inline"_s).isEmpty());
        const QString prod = planeNamed(u"prod-billing-svcs"_s);
        QJsonObject *plugin = pluginNamed(prod, u"rla-billing-api"_s);
        QJsonObject config = plugin->value(u"config"_s).toObject();
        QJsonObject redis = config.value(u"redis"_s).toObject();
        redis.insert(u"host"_s, u"redis.elsewhere.internal"_s);
        config.insert(u"redis"_s, redis);
        plugin->insert(u"config"_s, config);
        const auto findings = of(evaluate(), u"plugin.partial-and-inline"_s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().severity, advisor::Severity::Error);
    }

    void syncRateBelowTheTierGuidance() {
        QVERIFY(of(evaluate(), u"plugin.sync-rate"_s).isEmpty()); // 0.5 on a small cache
        setPluginConfig(planeNamed(u"prod-billing-svcs"_s), u"rla-billing-api"_s, u"sync_rate"_s,
                        0.1);
        const auto findings = of(evaluate(), u"plugin.sync-rate"_s);
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.first().why.contains(u"xlarge"_s));
    }

    void syncRateAdviceByTier() {
        QVERIFY(advisor::syncRateAdvice(0.5, CacheTier::Small).isEmpty());
        QVERIFY(advisor::syncRateAdvice(0.1, CacheTier::Small).contains(u"xlarge"_s));
        QVERIFY(advisor::syncRateAdvice(0.1, CacheTier::XLarge).isEmpty());
        QVERIFY(advisor::syncRateAdvice(0.1, CacheTier::X4Large).isEmpty());
        QVERIFY(advisor::syncRateAdvice(0.1, std::nullopt).isEmpty()); // own Redis: no tier rule
        QVERIFY(!advisor::syncRateAdvice(0.01, std::nullopt).isEmpty());
        QVERIFY(!advisor::syncRateAdvice(2, CacheTier::Large).isEmpty());
        QVERIFY(!advisor::syncRateAdvice(-1, CacheTier::Large).isEmpty());
    }

    void namespaceSharedOnOneRedis() {
        QVERIFY(of(evaluate(), u"plugin.shared-namespace"_s).isEmpty());
        setPluginConfig(planeNamed(u"prod-billing-svcs"_s), u"ai-rla-assistant"_s, u"namespace"_s,
                        u"billing"_s);
        const auto findings = of(evaluate(), u"plugin.shared-namespace"_s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().entities.size(), 2);
    }

    void cacheMemoryAboveTheUsablePartOffersTheNextTier() {
        const QString prod = planeNamed(u"prod-billing-svcs"_s);
        advisor::AdvisorContext context;
        context.cacheMemory.insert(prod, 0.6);
        QVERIFY(of(evaluate(context), u"cache.memory-high"_s).isEmpty());
        context.cacheMemory.insert(prod, 0.82);
        const auto findings = of(evaluate(context), u"cache.memory-high"_s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().fix.kind, advisor::FixKind::UpgradeCacheTier);
        QCOMPARE(findings.first().fix.tier, CacheTier::Medium); // the demo's cache is small
    }

    void selfManagedRedisAcrossRegions() {
        const auto findings = of(evaluate(), u"redis.not-regional"_s);
        QCOMPARE(findings.size(), 1);
        QVERIFY(names(findings.first(), u"billing-redis"_s));
        // The same partial in a single-region plane is regional.
        const QString prod = planeNamed(u"prod-billing-svcs"_s);
        QJsonObject *configuration = org().configurationFor(prod);
        QJsonArray groups = configuration->value(u"dataplane_groups"_s).toArray();
        while (groups.size() > 1)
            groups.removeLast();
        configuration->insert(u"dataplane_groups"_s, groups);
        QVERIFY(of(evaluate(), u"redis.not-regional"_s).isEmpty());
    }

    void controlPlaneWithoutEnvLabel() {
        QVERIFY(of(evaluate(), u"env.missing-label"_s).isEmpty());
        setLabels(planeNamed(u"dev-billing-svcs"_s), QJsonObject{{u"team"_s, u"billing"_s}});
        const auto findings = of(evaluate(), u"env.missing-label"_s);
        QCOMPARE(findings.size(), 1);
        QVERIFY(names(findings.first(), u"dev-billing-svcs"_s));
    }

    void productionSharingANetworkWithStaging() {
        QVERIFY(of(evaluate(), u"env.shared"_s).isEmpty());
        const QString prod = planeNamed(u"prod-billing-svcs"_s);
        const QString prodNetwork = org()
                                        .configurationFor(prod)
                                        ->value(u"dataplane_groups"_s)
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(u"cloud_gateway_network_id"_s)
                                        .toString();
        editGroup(planeNamed(u"staging-billing-svcs"_s), 0, u"cloud_gateway_network_id"_s,
                  prodNetwork);
        const auto findings = of(evaluate(), u"env.shared"_s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().entities.first().kind, advisor::EntityKind::Network);
    }

    void versionsDifferWithinARole() {
        const auto findings = of(evaluate(), u"standard.versions"_s);
        QCOMPARE(findings.size(), 1); // staging runs 3.12, prod 3.14: both team=billing
        QVERIFY(names(findings.first(), u"staging-billing-svcs"_s));
        org()
            .configurationFor(planeNamed(u"staging-billing-svcs"_s))
            ->insert(u"version"_s, u"3.14"_s);
        QVERIFY(of(evaluate(), u"standard.versions"_s).isEmpty());
    }

    void pluginSetsDifferWithinARole() {
        const auto findings = of(evaluate(), u"standard.plugins"_s);
        QVERIFY(!findings.isEmpty());
        QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) {
            return names(f, u"staging-billing-svcs"_s) && f.why.contains(u"openid-connect"_s);
        }));
        // Alone in their roles, the planes have nothing to compare with.
        setLabels(planeNamed(u"staging-billing-svcs"_s),
                  QJsonObject{{u"env"_s, u"staging"_s}, {u"team"_s, u"billing-staging"_s}});
        setLabels(planeNamed(u"dev-billing-svcs"_s),
                  QJsonObject{{u"env"_s, u"dev"_s}, {u"team"_s, u"billing-dev"_s}});
        QVERIFY(of(evaluate(), u"standard.plugins"_s).isEmpty());
    }

    void groupInErrorAndGroupStuckInitializing() {
        QVERIFY(of(evaluate(), u"state.error"_s).isEmpty());
        const QString staging = planeNamed(u"staging-billing-svcs"_s);
        editGroup(staging, 0, u"state"_s, u"error"_s);
        QCOMPARE(of(evaluate(), u"state.error"_s).size(), 1);

        editGroup(staging, 0, u"state"_s, u"initializing"_s);
        const auto store = synced();
        const DataPlaneGroup group = store->configurationOf(staging)->groups.first();
        advisor::AdvisorContext context;
        context.now = group.createdAt.addSecs(10 * 60);
        QVERIFY(of(advisor::evaluateAll(*store, context), u"state.stuck"_s).isEmpty());
        context.now = group.createdAt.addSecs(2 * 3600);
        QCOMPARE(of(advisor::evaluateAll(*store, context), u"state.stuck"_s).size(), 1);
    }

    void productionInASingleRegion() {
        QVERIFY(of(evaluate(), u"resilience.single-region"_s).isEmpty()); // prod: 3 regions
        setLabels(planeNamed(u"staging-billing-svcs"_s),
                  QJsonObject{{u"env"_s, u"production"_s}, {u"team"_s, u"billing"_s}});
        const auto findings = of(evaluate(), u"resilience.single-region"_s);
        QCOMPARE(findings.size(), 1);
        QVERIFY(names(findings.first(), u"staging-billing-svcs"_s));
    }

    void everyGroupHasACacheStateWithAReason() {
        const auto store = synced();
        const QString prod = planeNamed(u"prod-billing-svcs"_s);
        const auto services = advisor::groupCacheServices(*store, prod);
        QCOMPARE(services.size(), 3);
        int served = 0;
        for (const advisor::GroupCacheService &service : services) {
            QVERIFY(!service.reason.isEmpty());
            served += service.served() ? 1 : 0;
            if (service.state == advisor::GroupCacheState::ProviderNotServed)
                QVERIFY(!service.fix.isEmpty());
        }
        QCOMPARE(served, 2);
        for (const auto &service :
             advisor::groupCacheServices(*store, planeNamed(u"staging-billing-svcs"_s)))
            QCOMPARE(service.state, advisor::GroupCacheState::NoCache);
    }

    void eligibilityForTheWizard() {
        const auto store = synced();
        const auto prod = advisor::cacheEligibility(*store, planeNamed(u"prod-billing-svcs"_s));
        QVERIFY(!prod.eligible); // it has one already
        const auto staging =
            advisor::cacheEligibility(*store, planeNamed(u"staging-billing-svcs"_s));
        QVERIFY(!staging.eligible); // 3.12
        QVERIFY(std::any_of(staging.checks.cbegin(), staging.checks.cend(),
                            [](const auto &check) { return !check.ok; }));
        org()
            .configurationFor(planeNamed(u"staging-billing-svcs"_s))
            ->insert(u"version"_s, u"3.14"_s);
        const auto store2 = synced();
        QVERIFY(advisor::cacheEligibility(*store2, planeNamed(u"staging-billing-svcs"_s)).eligible);
    }

    void advisorFollowsTheStoreInSlices() {
        auto store = synced();
        advisor::Advisor advisor(store.get());
        advisor.setSliceBudget(std::chrono::milliseconds(0)); // one plane a slice
        QSignalSpy changed(&advisor, &advisor::Advisor::findingsChanged);
        QVERIFY(changed.wait(5000));
        QCOMPARE(advisor.findings(), advisor::evaluateAll(*store, {}));
        // A change to one plugin re-evaluates its plane and the list follows.
        const QString prod = planeNamed(u"prod-billing-svcs"_s);
        Plugin plugin;
        for (const Plugin &p : store->pluginListOf(prod)) {
            if (p.instanceName == u"rla-billing-api"_s)
                plugin = p;
        }
        QJsonObject json = QJsonDocument::fromJson(plugin.json()).object();
        QJsonObject config = json.value(u"config"_s).toObject();
        config.insert(u"sync_rate"_s, 0.1);
        json.insert(u"config"_s, config);
        plugin.setJson(QJsonDocument(json).toJson(QJsonDocument::Compact));
        store->upsertPlugin(plugin);
        QVERIFY(changed.wait(5000));
        QCOMPARE(of(advisor.findings(), u"plugin.sync-rate"_s).size(), 1);
    }

    void acceptedFindingsArePerProfile() {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        advisor::MuteStore one(u"one"_s);
        one.mute(u"rule:a"_s, u"known, moving in Q3"_s);
        QVERIFY(advisor::MuteStore(u"one"_s).isMuted(u"rule:a"_s));
        QCOMPARE(advisor::MuteStore(u"one"_s).note(u"rule:a"_s), u"known, moving in Q3"_s);
        QVERIFY(!advisor::MuteStore(u"two"_s).isMuted(u"rule:a"_s));
        one.unmute(u"rule:a"_s);
        QVERIFY(!advisor::MuteStore(u"one"_s).isMuted(u"rule:a"_s));
    }
};

} // namespace kd

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"konnect-desk-tests"_s);
    QCoreApplication::setApplicationName(u"tst_advisor"_s);
    QStandardPaths::setTestModeEnabled(true);
    kd::TestAdvisor test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_advisor.moc"
