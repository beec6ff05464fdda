#include "fleet/compare/Diff.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "DemoFleet.h"
#include "iac/DeckWriter.h"
#include "iac/ExportPlan.h"
#include "iac/TerraformWriter.h"
#include "iac/YamlText.h"

using namespace Qt::StringLiterals;

namespace kd {

// The export of konnect-sim's demo organisation: every .tf parsed by HashiCorp's HCL parser
// and checked against the provider's resource model, every decK file against decK's schema,
// imports, references, secrets, and a decK round trip that compares equal to the live plane.
class TestExport final : public QObject {
    Q_OBJECT
private:
    test::DemoFleet m_demo;
    QTemporaryDir m_dir;
    QList<iac::TextFile> m_files;
    QJsonObject m_terraform; // what check_terraform.js found

    QStringList allPlanes() const { return m_demo.store->controlPlaneIds(); }

    QList<QJsonObject> resourcesOf(const QString &type) const {
        QList<QJsonObject> out;
        for (const QJsonValue &r : m_terraform.value(u"resources"_s).toArray()) {
            if (r.toObject().value(u"type"_s).toString() == type)
                out.append(r.toObject());
        }
        return out;
    }

    QJsonObject resourceNamed(const QString &type, const QString &instance) const {
        for (const QJsonObject &r : resourcesOf(type)) {
            if (r.value(u"body"_s).toObject().value(u"instance_name"_s).toString() == instance)
                return r;
        }
        return {};
    }

    QString importIdOf(const QString &type, const QString &name) const {
        for (const QJsonValue &i : m_terraform.value(u"imports"_s).toArray()) {
            if (i.toObject().value(u"to"_s).toString() == u"${%1.%2}"_s.arg(type, name))
                return i.toObject().value(u"id"_s).toString();
        }
        return {};
    }

    QByteArray everything() const {
        QByteArray all;
        for (const iac::TextFile &file : m_files)
            all += file.contents;
        return all;
    }

private Q_SLOTS:
    void initTestCase() {
        if (!test::toolsInstalled())
            QFAIL("The npm test tools are missing: run `scripts/dev.sh test` (or `npm ci` in "
                  "tests/tools).");
        QVERIFY(QFileInfo::exists(QStringLiteral(KD_TF_MODEL)));
        m_demo.start();
        m_files = iac::buildExport(*m_demo.store, allPlanes(),
                                   {iac::Format::Terraform, iac::Format::Deck});
        QVERIFY(iac::writeExport(m_files, m_dir.path()).ok());
        int exitCode = 0;
        const QByteArray out =
            test::runNode(QStringLiteral(KD_TESTS_DIR "/check_terraform.js"),
                          {m_dir.path(), QStringLiteral(KD_TF_MODEL)}, &exitCode);
        QCOMPARE(exitCode, 0);
        m_terraform = QJsonDocument::fromJson(out).object();
        QVERIFY2(!m_terraform.isEmpty(), out.constData());
    }

    void everyTerraformFileParsesAndMatchesTheProviderModel() {
        const QJsonArray errors = m_terraform.value(u"errors"_s).toArray();
        QVERIFY2(errors.isEmpty(), QJsonDocument(errors).toJson().constData());
        // One root per geo of the selection, each with exactly one provider block.
        const QJsonArray providers = m_terraform.value(u"providers"_s).toArray();
        QCOMPARE(providers.size(), 2); // the demo has control planes in us and eu
        for (const QJsonValue &p : providers) {
            const QJsonObject provider = p.toObject();
            QCOMPARE(provider.value(u"name"_s).toString(), u"konnect"_s);
            const QString geo = provider.value(u"file"_s).toString().section(u'/', 1, 1);
            QCOMPARE(provider.value(u"body"_s).toObject().value(u"server_url"_s).toString(),
                     u"https://%1.api.konghq.com"_s.arg(geo));
        }
    }

    void theResourceSetIsTheDemoOrganisation() {
        QCOMPARE(resourcesOf(u"konnect_gateway_control_plane"_s).size(), 3);
        QCOMPARE(resourcesOf(u"konnect_cloud_gateway_configuration"_s).size(), 2);
        QCOMPARE(resourcesOf(u"konnect_cloud_gateway_network"_s).size(), 4);
        QCOMPARE(resourcesOf(u"konnect_cloud_gateway_addon"_s).size(), 1);
        // The konnect-managed partial is Konnect's: only the self-managed one is a resource.
        QCOMPARE(resourcesOf(u"konnect_gateway_partial"_s).size(), 1);
        QCOMPARE(resourcesOf(u"konnect_gateway_plugin_rate_limiting_advanced"_s).size(), 2);
        QCOMPARE(resourcesOf(u"konnect_gateway_plugin_ai_rate_limiting_advanced"_s).size(), 1);
        QCOMPARE(resourcesOf(u"konnect_gateway_plugin_proxy_cache_advanced"_s).size(), 1);
        QCOMPARE(resourcesOf(u"konnect_gateway_plugin_key_auth"_s).size(), 2);
        QCOMPARE(resourcesOf(u"konnect_gateway_plugin_openid_connect"_s).size(), 1);
        QCOMPARE(resourcesOf(u"konnect_gateway_plugin_request_transformer"_s).size(), 1);
        QCOMPARE(m_terraform.value(u"resources"_s).toArray().size(), 19);
        QVERIFY(m_terraform.value(u"data"_s).toArray().contains(
            u"konnect_cloud_gateway_provider_account_list.all"_s));
    }

    void everyResourceHasAnImportWithTheProvidersIdForm() {
        const FleetStore &store = *m_demo.store;
        const QJsonArray resources = m_terraform.value(u"resources"_s).toArray();
        QCOMPARE(m_terraform.value(u"imports"_s).toArray().size(), resources.size());
        const QString prod = m_demo.planeNamed(u"prod-billing-svcs"_s);
        for (const QJsonObject &r : resourcesOf(u"konnect_gateway_control_plane"_s)) {
            const QString id =
                importIdOf(r.value(u"type"_s).toString(), r.value(u"name"_s).toString());
            QCOMPARE(id,
                     m_demo.planeNamed(r.value(u"body"_s).toObject().value(u"name"_s).toString()));
        }
        // The configuration's id changes on every PUT: the import names the current one.
        for (const QJsonObject &r : resourcesOf(u"konnect_cloud_gateway_configuration"_s)) {
            const QString id =
                importIdOf(r.value(u"type"_s).toString(), r.value(u"name"_s).toString());
            bool current = false;
            for (const CloudGatewayConfiguration &c : store.configurations())
                current = current || c.id == id;
            QVERIFY2(current, qPrintable(id));
        }
        const QJsonObject addon = resourcesOf(u"konnect_cloud_gateway_addon"_s).constFirst();
        QCOMPARE(importIdOf(u"konnect_cloud_gateway_addon"_s, addon.value(u"name"_s).toString()),
                 store.cacheOf(prod)->id);
        for (const QJsonObject &n : resourcesOf(u"konnect_cloud_gateway_network"_s)) {
            const QString id =
                importIdOf(n.value(u"type"_s).toString(), n.value(u"name"_s).toString());
            QVERIFY(store.network(id));
            QCOMPARE(store.network(id)->name,
                     n.value(u"body"_s).toObject().value(u"name"_s).toString());
        }
        // Core entities: jsonencode({control_plane_id, id}).
        const QJsonObject rla =
            resourceNamed(u"konnect_gateway_plugin_rate_limiting_advanced"_s, u"rla-billing-api"_s);
        const QString rlaImport =
            importIdOf(rla.value(u"type"_s).toString(), rla.value(u"name"_s).toString());
        QString rlaId;
        for (const Plugin &p : store.pluginListOf(prod))
            rlaId = p.instanceName == u"rla-billing-api"_s ? p.id : rlaId;
        static const QRegularExpression form(
            uR"re(^\$\{jsonencode\(\{\s*control_plane_id\s*=\s*"([0-9a-f-]+)"\s*id\s*=\s*"([0-9a-f-]+)"\s*\}\)\}$)re"_s);
        const auto match = form.match(rlaImport);
        QVERIFY2(match.hasMatch(), qPrintable(rlaImport));
        QCOMPARE(match.captured(1), prod);
        QCOMPARE(match.captured(2), rlaId);
        const QJsonObject partial = resourcesOf(u"konnect_gateway_partial"_s).constFirst();
        QVERIFY(form.match(importIdOf(u"konnect_gateway_partial"_s,
                                      partial.value(u"name"_s).toString()))
                    .hasMatch());
    }

    void referencesAreReferencesNeverPastedIds() {
        static const QRegularExpression uuid(
            u"\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\""_s);
        for (const QJsonValue &r : m_terraform.value(u"resources"_s).toArray()) {
            const QByteArray body =
                QJsonDocument(r.toObject().value(u"body"_s).toObject()).toJson();
            QVERIFY2(!uuid.match(QString::fromUtf8(body)).hasMatch(), body.constData());
        }
        const QJsonObject rla =
            resourceNamed(u"konnect_gateway_plugin_rate_limiting_advanced"_s, u"rla-billing-api"_s);
        const QJsonObject link =
            rla.value(u"body"_s).toObject().value(u"partials"_s).toArray().first().toObject();
        QVERIFY2(link.value(u"id"_s).toString().startsWith(u"${konnect_cloud_gateway_addon."_s),
                 qPrintable(link.value(u"id"_s).toString()));
        QVERIFY(link.value(u"id"_s).toString().endsWith(
            u".config.managed_cache_add_on_config_response.state_metadata.cache_config_id}"_s));
        QVERIFY(link.value(u"name"_s).toString().startsWith(u"konnect-managed-"_s));
        QCOMPARE(link.value(u"path"_s).toString(), u"config.redis"_s);
        // A linked partial replaces its subtree: the plugin never carries both (Konnect: 409).
        QVERIFY(
            !rla.value(u"body"_s).toObject().value(u"config"_s).toObject().contains(u"redis"_s));
        const QJsonObject pca =
            resourceNamed(u"konnect_gateway_plugin_proxy_cache_advanced"_s, u"pca-invoices"_s);
        const QJsonObject pcaLink =
            pca.value(u"body"_s).toObject().value(u"partials"_s).toArray().first().toObject();
        QVERIFY(pcaLink.value(u"id"_s).toString().startsWith(u"${konnect_gateway_partial."_s));
        QCOMPARE(pcaLink.value(u"name"_s).toString(), u"billing-redis"_s);
        QVERIFY(
            !pca.value(u"body"_s).toObject().value(u"config"_s).toObject().contains(u"redis"_s));
        for (const QJsonObject &c : resourcesOf(u"konnect_cloud_gateway_configuration"_s)) {
            const QJsonObject body = c.value(u"body"_s).toObject();
            QVERIFY(body.value(u"control_plane_id"_s)
                        .toString()
                        .startsWith(u"${konnect_gateway_control_plane."_s));
            for (const QJsonValue &g : body.value(u"dataplane_groups"_s).toArray())
                QVERIFY(g.toObject()
                            .value(u"cloud_gateway_network_id"_s)
                            .toString()
                            .startsWith(u"${konnect_cloud_gateway_network."_s));
        }
        for (const QJsonObject &n : resourcesOf(u"konnect_cloud_gateway_network"_s))
            QVERIFY(n.value(u"body"_s)
                        .toObject()
                        .value(u"cloud_gateway_provider_account_id"_s)
                        .toString()
                        .startsWith(u"${local.provider_account_"_s));
    }

    // HashiCorp's own parser and formatter agree with every file, byte for byte.
    void terraformFmtChangesNothing() {
        const auto fmt = test::terraformFmtCheck(m_dir.filePath(u"terraform"_s));
        if (!fmt)
            QSKIP("terraform is not installed: hcl2json is the only HCL check here.");
        QVERIFY2(fmt->first == 0, fmt->second.constData());
    }

    void setsAreSortedSoExportsAreStable() {
        const QList<iac::TextFile> again = iac::buildExport(
            *m_demo.store, allPlanes(), {iac::Format::Terraform, iac::Format::Deck});
        QCOMPARE(again.size(), m_files.size());
        for (qsizetype i = 0; i < again.size(); ++i)
            QCOMPARE(again.at(i).contents, m_files.at(i).contents);
        const QJsonObject rla =
            resourceNamed(u"konnect_gateway_plugin_rate_limiting_advanced"_s, u"rla-billing-api"_s);
        QCOMPARE(rla.value(u"body"_s).toObject().value(u"protocols"_s).toArray(),
                 (QJsonArray{u"grpc"_s, u"grpcs"_s, u"http"_s, u"https"_s}));
        const QJsonArray groups = resourcesOf(u"konnect_cloud_gateway_configuration"_s)
                                      .constFirst()
                                      .value(u"body"_s)
                                      .toObject()
                                      .value(u"dataplane_groups"_s)
                                      .toArray();
        for (qsizetype i = 1; i < groups.size(); ++i)
            QVERIFY(groups.at(i - 1).toObject().value(u"provider"_s).toString()
                    <= groups.at(i).toObject().value(u"provider"_s).toString());
    }

    void secretsAreNeverWritten() {
        FleetStore &store = *m_demo.store;
        const QString prod = m_demo.planeNamed(u"prod-billing-svcs"_s);
        Partial redis;
        for (const QString &id : store.partialsOf(prod)) {
            if (store.partial(id)->name == u"billing-redis"_s)
                redis = *store.partial(id);
        }
        const QString vault = redis.config.value(u"password"_s).toString();
        QVERIFY(vault.startsWith(u"{vault://"_s));
        const QByteArray plain = "pw-that-must-not-leak-71";
        Partial withPlain = redis;
        withPlain.id = u"00000000-0000-4000-8000-000000000001"_s;
        withPlain.name = u"plain-redis"_s;
        withPlain.config.insert(u"password"_s, QString::fromUtf8(plain));
        withPlain.config.insert(u"sentinel_password"_s, QString::fromUtf8(plain));
        store.upsertPartial(withPlain);
        const QList<iac::TextFile> files =
            iac::buildExport(store, {prod}, {iac::Format::Terraform, iac::Format::Deck});
        store.removePartial(withPlain.id);
        QByteArray all;
        for (const iac::TextFile &file : files)
            all += file.contents;
        QVERIFY(!all.contains(plain));
        QVERIFY(all.contains("var.prod_billing_svcs_plain_redis_password"));
        QVERIFY(all.contains("sensitive = true"));
        QVERIFY(all.contains(R"(${{ env "DECK_PLAIN_REDIS_PASSWORD" }})"));
        // A vault reference is not a secret: it stays as it is.
        QVERIFY(all.contains(vault.toUtf8()));
        QVERIFY(!everything().contains(m_demo.token.toUtf8()));
    }

    void deckFilesValidateAgainstTheDeckSchema() {
        QStringList deckFiles;
        for (const iac::TextFile &file : std::as_const(m_files)) {
            if (file.path.startsWith(u"deck/"_s))
                deckFiles.append(QDir(m_dir.path()).filePath(file.path));
        }
        QCOMPARE(deckFiles.size(), 3); // one per control plane
        int exitCode = 0;
        const QByteArray out = test::runNode(
            QStringLiteral(KD_TESTS_DIR "/check_deck.js"),
            QStringList{QStringLiteral(KD_TESTS_DIR "/reference/deck-kong_json_schema.json")}
                + deckFiles,
            &exitCode);
        QVERIFY2(exitCode == 0, out.constData());
        const auto prod = iac::yaml::read(iac::DeckWriter(*m_demo.store)
                                              .write({m_demo.planeNamed(u"prod-billing-svcs"_s)})
                                              .constFirst()
                                              .contents,
                                          u"prod"_s);
        QVERIFY(prod.ok());
        QCOMPARE(prod->value(u"_format_version"_s).toString(), u"3.0"_s);
        QCOMPARE(prod->value(u"_konnect"_s).toMap().value(u"control_plane_name"_s).toString(),
                 u"prod-billing-svcs"_s);
        QCOMPARE(prod->value(u"_info"_s)
                     .toMap()
                     .value(u"default_lookup_tags"_s)
                     .toMap()
                     .value(u"partials"_s)
                     .toList(),
                 QVariantList{u"konnect-managed"_s});
        for (const QVariant &plugin : prod->value(u"plugins"_s).toList()) {
            for (const QVariant &link : plugin.toMap().value(u"partials"_s).toList()) {
                QVERIFY(!link.toMap().value(u"name"_s).toString().isEmpty());
                QVERIFY(!link.toMap().value(u"path"_s).toString().isEmpty());
                QVERIFY(!link.toMap().contains(u"id"_s));
                QVERIFY(!plugin.toMap().value(u"config"_s).toMap().contains(u"redis"_s));
            }
        }
    }

    void aDeckFileComparesEqualToItsLiveControlPlane() {
        for (const QString &id : allPlanes()) {
            const QString path =
                QDir(m_dir.path())
                    .filePath(iac::DeckWriter::pathFor(*m_demo.store->controlPlane(id)));
            const auto file = iac::readDeckFile(path);
            QVERIFY2(file.ok(), qPrintable(path));
            const auto differences = compare::diff(compare::documentOf(*m_demo.store, id), *file);
            QVERIFY2(differences.isEmpty(),
                     qPrintable(differences.isEmpty()
                                    ? QString()
                                    : differences.first().label + u' '
                                          + (differences.first().fields.isEmpty()
                                                 ? QString()
                                                 : differences.first().fields.first().path)));
        }
    }

    // The whole export of the demo organisation, ids masked (the seed decides them), against
    // the files checked in under golden/. KD_UPDATE_GOLDEN=1 rewrites them after a change that
    // was looked at.
    void theDemoExportMatchesTheGoldenFiles() {
        static const QRegularExpression uuid(
            u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"_s);
        const QDir golden(QStringLiteral(KD_TESTS_DIR "/golden"));
        const bool update = qEnvironmentVariableIntValue("KD_UPDATE_GOLDEN") == 1;
        QStringList expected;
        QDirIterator it(golden.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            expected.append(golden.relativeFilePath(it.next()));
        QStringList written;
        for (const iac::TextFile &file : std::as_const(m_files)) {
            written.append(file.path);
            const QString masked = QString::fromUtf8(file.contents).replace(uuid, u"<id>"_s);
            QFile stored(golden.filePath(file.path));
            if (update) {
                QVERIFY(QDir().mkpath(QFileInfo(stored).absolutePath()));
                QVERIFY(stored.open(QIODevice::WriteOnly));
                stored.write(masked.toUtf8());
                continue;
            }
            QVERIFY2(stored.open(QIODevice::ReadOnly), qPrintable(file.path));
            QCOMPARE(masked, QString::fromUtf8(stored.readAll()));
        }
        if (!update) {
            expected.sort();
            written.sort();
            QCOMPARE(written, expected);
        }
    }

    void pluginsWithoutATypedResourceAreSaidSo() {
        QCOMPARE(iac::TerraformWriter::pluginResourceType(u"key-auth"_s),
                 u"konnect_gateway_plugin_key_auth"_s);
        QCOMPARE(iac::TerraformWriter::pluginResourceType(u"acl"_s),
                 u"konnect_gateway_plugin_acl"_s);
        QVERIFY(iac::TerraformWriter::pluginResourceType(u"my-custom-plugin"_s).isEmpty());
    }
};

} // namespace kd

QTEST_GUILESS_MAIN(kd::TestExport)
#include "tst_export.moc"
