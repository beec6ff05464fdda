#include "fleet/FleetActions.h"
#include "fleet/compare/ApplyPlan.h"
#include "fleet/compare/Diff.h"
#include "fleet/compare/Normalise.h"
#include "sim/SimServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <qcoro/qcorotask.h>

#include "DemoFleet.h"
#include "iac/DeckWriter.h"
#include "iac/ExportPlan.h"
#include "iac/YamlText.h"

using namespace Qt::StringLiterals;

namespace kd {

// The compare by meaning: pairs built in konnect-sim that differ only by noise (tag and
// protocol order, explicit defaults, ids, another geo) compare equal; pairs that differ by one
// field are reported as exactly that field; a decK file compares against a live plane.
class TestCompare final : public QObject {
    Q_OBJECT
private:
    test::DemoFleet m_demo;
    QString m_a; // us
    QString m_b; // eu, the same by meaning
    QString m_c; // us, one field differs

    QJsonObject call(const QByteArray &method, const QString &host, const QString &path,
                     const QJsonObject &body) {
        sim::SimRequest request;
        request.method = method;
        request.host = host;
        request.path = path;
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.token = m_demo.token;
        const sim::SimResponse response = m_demo.sim->server().respond(request);
        if (response.status >= 300)
            qFatal("%s %s: %d %s", method.constData(), qPrintable(path), response.status,
                   response.body.constData());
        return QJsonDocument::fromJson(response.body).object();
    }

    // A control plane with one redis-ee partial and a rate-limiting-advanced plugin linking it.
    QString plane(const QString &geo, const QString &name, const QJsonObject &partialExtra,
                  const QJsonArray &partialTags, const QJsonObject &pluginExtra,
                  const QJsonArray &protocols, const QJsonArray &pluginTags) {
        const QString id = call("POST", geo, u"/v2/control-planes"_s,
                                {{u"name"_s, name},
                                 {u"description"_s, u"Compare fixture"_s},
                                 {u"labels"_s, QJsonObject{{u"team"_s, u"billing"_s}}}})
                               .value(u"id"_s)
                               .toString();
        QJsonObject partialConfig{{u"host"_s, u"redis.internal"_s}, {u"port"_s, 6380}};
        for (auto it = partialExtra.begin(); it != partialExtra.end(); ++it)
            partialConfig.insert(it.key(), it.value());
        const QJsonObject partial =
            call("POST", geo, u"/v2/control-planes/%1/core-entities/partials"_s.arg(id),
                 {{u"name"_s, u"shared-redis"_s},
                  {u"type"_s, u"redis-ee"_s},
                  {u"tags"_s, partialTags},
                  {u"config"_s, partialConfig}});
        QJsonObject pluginConfig{{u"limit"_s, QJsonArray{10}},
                                 {u"window_size"_s, QJsonArray{60}},
                                 {u"namespace"_s, u"compare"_s},
                                 {u"strategy"_s, u"redis"_s},
                                 {u"sync_rate"_s, 0.5}};
        for (auto it = pluginExtra.begin(); it != pluginExtra.end(); ++it)
            pluginConfig.insert(it.key(), it.value());
        QJsonObject plugin{
            {u"name"_s, u"rate-limiting-advanced"_s},
            {u"instance_name"_s, u"rla-compare"_s},
            {u"config"_s, pluginConfig},
            {u"tags"_s, pluginTags},
            {u"partials"_s, QJsonArray{QJsonObject{{u"id"_s, partial.value(u"id"_s)},
                                                   {u"name"_s, u"shared-redis"_s},
                                                   {u"path"_s, u"config.redis"_s}}}}};
        if (!protocols.isEmpty())
            plugin.insert(u"protocols"_s, protocols);
        call("POST", geo, u"/v2/control-planes/%1/core-entities/plugins"_s.arg(id), plugin);
        return id;
    }

    QList<compare::EntityDifference> between(const QString &a, const QString &b) const {
        return compare::diff(compare::documentOf(*m_demo.store, a),
                             compare::documentOf(*m_demo.store, b));
    }

    static QString describe(const QList<compare::EntityDifference> &differences) {
        QStringList lines;
        for (const auto &d : differences) {
            lines.append(compare::changeName(d.change) + u' ' + d.kind + u' ' + d.key);
            for (const auto &f : d.fields)
                lines.append(u"  "_s + f.path + u": "_s + compare::displayValue(f.left) + u" -> "_s
                             + compare::displayValue(f.right));
        }
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase() {
        m_demo.start();
        m_a = plane(u"us"_s, u"compare-a"_s, {}, {u"x"_s, u"y"_s}, {}, {}, {u"t1"_s, u"t2"_s});
        // Noise only: another geo, tags and protocols in another order, defaults spelled out.
        m_b = plane(
            u"eu"_s, u"compare-b"_s,
            {{u"connect_timeout"_s, 2000}, {u"keepalive_pool_size"_s, 256}, {u"ssl"_s, false}},
            {u"y"_s, u"x"_s}, {{u"error_code"_s, 429}, {u"window_type"_s, u"sliding"_s}},
            {u"https"_s, u"http"_s, u"grpcs"_s, u"grpc"_s}, {u"t2"_s, u"t1"_s});
        m_c = plane(u"us"_s, u"compare-c"_s, {}, {u"x"_s, u"y"_s}, {{u"limit"_s, QJsonArray{20}}},
                    {}, {u"t1"_s, u"t2"_s});
        QVERIFY(m_demo.refresh());
        QVERIFY(!m_demo.store->partialsOf(m_b).isEmpty());
        QCOMPARE(m_demo.store->pluginListOf(m_c).size(), 1);
    }

    void pairsThatDifferOnlyByNoiseCompareEqual() {
        const auto differences = between(m_a, m_b);
        QVERIFY2(differences.isEmpty(), qPrintable(describe(differences)));
        // The pair really differs in ids, geo and spelling.
        QVERIFY(m_demo.store->partialsOf(m_a) != m_demo.store->partialsOf(m_b));
        QCOMPARE(m_demo.store->controlPlane(m_b)->geo, Geo::Eu);
    }

    void oneFieldIsReportedAsExactlyThatField() {
        const auto differences = between(m_a, m_c);
        QCOMPARE(differences.size(), 1);
        const compare::EntityDifference &d = differences.first();
        QCOMPARE(d.kind, u"plugin"_s);
        QCOMPARE(d.key, u"rate-limiting-advanced|global|rla-compare"_s);
        QCOMPARE(d.change, compare::Change::Update);
        QCOMPARE(d.fields.size(), 1);
        QCOMPARE(d.fields.first().path, u"config.limit"_s);
        QCOMPARE(compare::displayValue(d.fields.first().left), u"[10]"_s);
        QCOMPARE(compare::displayValue(d.fields.first().right), u"[20]"_s);
    }

    void theCloudSideIsCompared() {
        const QString prod = m_demo.planeNamed(u"prod-billing-svcs"_s);
        const QString staging = m_demo.planeNamed(u"staging-billing-svcs"_s);
        const auto differences = between(staging, prod);
        const auto find = [&](const QString &kind,
                              const QString &key) -> const compare::EntityDifference * {
            for (const auto &d : differences) {
                if (d.kind == kind && d.key == key)
                    return &d;
            }
            return nullptr;
        };
        const auto *config = find(u"configuration"_s, u"configuration"_s);
        QVERIFY(config);
        QCOMPARE(config->fields.size(), 1);
        QCOMPARE(config->fields.first().path, u"version"_s);
        QVERIFY(find(u"data_plane_group"_s, u"aws/us-east-2"_s));
        QCOMPARE(find(u"data_plane_group"_s, u"aws/us-east-2"_s)->change, compare::Change::Create);
        QCOMPARE(find(u"data_plane_group"_s, u"aws/eu-central-1"_s)->change,
                 compare::Change::Delete);
        QCOMPARE(find(u"managed_cache"_s, u"managed_cache"_s)->change, compare::Change::Create);
        const auto *plane = find(u"control_plane"_s, u"control_plane"_s);
        QVERIFY(plane);
        QStringList paths;
        for (const auto &f : plane->fields)
            paths.append(f.path);
        QCOMPARE(paths, (QStringList{u"description"_s, u"labels.env"_s}));
    }

    void aDeckFileComparesWithALivePlane() {
        QTemporaryDir dir;
        const QList<iac::TextFile> files = iac::DeckWriter(*m_demo.store).write({m_a});
        QVERIFY(iac::writeExport(files, dir.path()).ok());
        const QString path = dir.filePath(files.first().path);
        const auto file = iac::readDeckFile(path);
        QVERIFY(file.ok());
        // The decK file of A against the live B (other geo, other ids): equal by meaning.
        const auto equal = compare::diff(*file, compare::documentOf(*m_demo.store, m_b));
        QVERIFY2(equal.isEmpty(), qPrintable(describe(equal)));
        const auto one = compare::diff(*file, compare::documentOf(*m_demo.store, m_c));
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().fields.size(), 1);
        QCOMPARE(one.first().fields.first().path, u"config.limit"_s);
    }

    void aHandWrittenDeckFileWithoutDefaultsComparesEqual() {
        // As a person writes it: no defaults, sets in any order, one default spelled out.
        const QByteArray text = R"(_format_version: "3.0"
_konnect:
  control_plane_name: whatever-it-is-called-there
partials:
- name: shared-redis
  type: redis-ee
  tags: [y, x]
  config:
    host: redis.internal
    port: 6380
    ssl: false
plugins:
- name: rate-limiting-advanced
  instance_name: rla-compare
  tags: [t2, t1]
  protocols: [https, http, grpcs, grpc]
  partials:
  - name: shared-redis
    path: config.redis
  config:
    limit: [10]
    window_size: [60]
    namespace: compare
    strategy: redis
    sync_rate: 0.5
    error_code: 429
)";
        QTemporaryDir dir;
        QFile file(dir.filePath(u"kong.yaml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        const auto deck = iac::readDeckFile(file.fileName());
        QVERIFY(deck.ok());
        const auto equal = compare::diff(compare::documentOf(*m_demo.store, m_a), *deck);
        QVERIFY2(equal.isEmpty(), qPrintable(describe(equal)));
        const auto one = compare::diff(compare::documentOf(*m_demo.store, m_c), *deck);
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.first().fields.size(), 1);
        QCOMPARE(one.first().fields.first().path, u"config.limit"_s);
    }

    void applyingOneSideMakesTheOtherEqual() {
        const compare::PlaneDocument a = compare::documentOf(*m_demo.store, m_a);
        const compare::PlaneDocument c = compare::documentOf(*m_demo.store, m_c);
        const auto differences = compare::diff(c, a);
        const compare::ApplyPlanResult plan = compare::planApply(*m_demo.store, a, c, differences);
        QVERIFY2(plan.skipped.isEmpty(), qPrintable(plan.skipped.join(u'\n')));
        QCOMPARE(plan.requests.size(), 1);
        const ApiRequest put = plan.requests.first().request();
        QCOMPARE(put.method, QByteArray("PUT"));
        QCOMPARE(put.geo, Geo::Us);
        QCOMPARE(put.path, u"/v2/control-planes/%1/core-entities/plugins/%2"_s.arg(
                               m_c, m_demo.store->pluginListOf(m_c).first().id));
        const QJsonObject body = QJsonDocument::fromJson(put.body).object();
        QCOMPARE(body.value(u"config"_s).toObject().value(u"limit"_s).toArray(), QJsonArray{10});
        // Links always carry name and path (and the target's own partial id).
        const QJsonObject link = body.value(u"partials"_s).toArray().first().toObject();
        QCOMPARE(link.value(u"name"_s).toString(), u"shared-redis"_s);
        QCOMPARE(link.value(u"path"_s).toString(), u"config.redis"_s);
        QCOMPARE(link.value(u"id"_s).toString(), m_demo.store->partialsOf(m_c).first());
        // The subtree the partial replaces is never sent with it (Konnect answers 409).
        QVERIFY(!body.value(u"config"_s).toObject().contains(u"redis"_s));

        FleetActions actions(m_demo.session.get(), m_demo.store.get());
        compare::Applier applier(m_demo.session.get(), m_demo.store.get(), &actions);
        const Result<int> sent = QCoro::waitFor(applier.send(plan.requests, m_c));
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message()));
        QCOMPARE(*sent, 1);
        const auto after = between(m_a, m_c);
        QVERIFY2(after.isEmpty(), qPrintable(describe(after)));
    }

    void applyingTheControlPlaneRemovesALabelOnlyTheTargetHas() {
        const QString target =
            call("POST", u"us"_s, u"/v2/control-planes"_s,
                 {{u"name"_s, u"compare-labels"_s},
                  {u"description"_s, u"Another fixture"_s},
                  {u"labels"_s, QJsonObject{{u"team"_s, u"billing"_s}, {u"stale"_s, u"yes"_s}}}})
                .value(u"id"_s)
                .toString();
        QVERIFY(m_demo.refresh());
        const compare::PlaneDocument a = compare::documentOf(*m_demo.store, m_a);
        const compare::PlaneDocument t = compare::documentOf(*m_demo.store, target);
        QList<compare::EntityDifference> differences;
        for (const auto &d : compare::diff(t, a)) {
            if (d.kind == u"control_plane"_s)
                differences.append(d);
        }
        QCOMPARE(differences.size(), 1);
        const compare::ApplyPlanResult plan = compare::planApply(*m_demo.store, a, t, differences);
        QVERIFY2(plan.skipped.isEmpty(), qPrintable(plan.skipped.join(u'\n')));
        QCOMPARE(plan.requests.size(), 1);
        const ApiRequest patch = plan.requests.first().request();
        QCOMPARE(patch.method, QByteArray("PATCH"));
        // The whole label set, strings only: the PATCH schema has no null to remove one with.
        QCOMPARE(QJsonDocument::fromJson(patch.body).object(),
                 QJsonObject({{u"description"_s, u"Compare fixture"_s},
                              {u"labels"_s, QJsonObject{{u"team"_s, u"billing"_s}}}}));
        FleetActions actions(m_demo.session.get(), m_demo.store.get());
        compare::Applier applier(m_demo.session.get(), m_demo.store.get(), &actions);
        const Result<int> sent = QCoro::waitFor(applier.send(plan.requests, target));
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message()));
        // The store shows it at once, without a sync.
        QCOMPARE(m_demo.store->controlPlane(target)->labels, (Labels{{u"team"_s, u"billing"_s}}));
        for (const auto &d : between(target, m_a))
            QVERIFY2(d.kind != u"control_plane"_s, qPrintable(describe({d})));
    }

    void applyingADeckFileCreatesWhatIsMissing() {
        const QString empty = call("POST", u"eu"_s, u"/v2/control-planes"_s,
                                   {{u"name"_s, u"compare-empty"_s},
                                    {u"description"_s, u"Compare fixture"_s},
                                    {u"labels"_s, QJsonObject{{u"team"_s, u"billing"_s}}}})
                                  .value(u"id"_s)
                                  .toString();
        QVERIFY(m_demo.refresh());
        QTemporaryDir dir;
        const QList<iac::TextFile> files = iac::DeckWriter(*m_demo.store).write({m_a});
        QVERIFY(iac::writeExport(files, dir.path()).ok());
        const auto deck = iac::readDeckFile(dir.filePath(files.first().path));
        QVERIFY(deck.ok());
        const compare::PlaneDocument target = compare::documentOf(*m_demo.store, empty);
        const auto differences = compare::diff(target, *deck);
        QCOMPARE(differences.size(), 2);
        const compare::ApplyPlanResult plan =
            compare::planApply(*m_demo.store, *deck, target, differences);
        QCOMPARE(plan.requests.size(), 2);
        QCOMPARE(plan.requests.at(0).request().method, QByteArray("POST"));
        QVERIFY(plan.requests.at(0).request().path.endsWith(u"/partials"_s));
        QVERIFY(plan.requests.at(1).request().path.endsWith(u"/plugins"_s));
        FleetActions actions(m_demo.session.get(), m_demo.store.get());
        compare::Applier applier(m_demo.session.get(), m_demo.store.get(), &actions);
        const Result<int> sent = QCoro::waitFor(applier.send(plan.requests, empty));
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message()));
        const auto after = compare::diff(compare::documentOf(*m_demo.store, empty), *deck);
        QVERIFY2(after.isEmpty(), qPrintable(describe(after)));
    }

    void notADeckFileIsAnError() {
        QTemporaryDir dir;
        QFile bad(dir.filePath(u"bad.yaml"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("plugins: [unclosed\n");
        bad.close();
        const auto broken = iac::readDeckFile(bad.fileName());
        QVERIFY(!broken.ok());
        QVERIFY(broken.error().detail().contains(u"line"_s));
        QFile other(dir.filePath(u"other.yaml"_s));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("hello: world\n");
        other.close();
        QVERIFY(!iac::readDeckFile(other.fileName()).ok());
    }
};

} // namespace kd

QTEST_GUILESS_MAIN(kd::TestCompare)
#include "tst_compare.moc"
