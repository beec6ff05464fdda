#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

#include "iac/PlaneExport.h"
#include "iac/TextFile.h"

namespace kd {
class FleetStore;
}

namespace kd::iac {

// Terraform for provider kong/konnect: one root module per geo of the selection (one provider
// block each, its server_url the geo's host; the provider sends cloud-gateway calls to the
// global host itself), an `import {}` block for every resource with the provider's id form.
class TerraformWriter final {
public:
    // `hostTemplate` is where the provider talks to, {geo} replaced.
    // `entities`: the services, routes and consumers read for the export; they become
    // resources that scoped plugins reference (without them, those plugins keep live ids).
    explicit TerraformWriter(const FleetStore &store,
                             QString hostTemplate = QStringLiteral("https://{geo}.api.konghq.com"),
                             const compare::GatewayEntities *entities = nullptr);

    QList<TextFile> write(const QStringList &controlPlaneIds);

    // The provider's typed resource for a plugin, or empty when it has none (v3.19).
    static QString pluginResourceType(const QString &pluginName);

private:
    struct Root; // one geo's module while it is written
    QString name(Root &root, const QString &type, const QString &key, const QString &wanted);
    QString planeFile(Root &root, const PlaneExport &plane);
    // The plane's services, routes and consumers; their references by id into `refs`.
    QString gatewayBlocks(Root &root, const PlaneExport &plane, const QString &cpRef,
                          QHash<QString, QString> &refs);
    QString networkBlock(Root &root, const QString &networkId);
    QString accountReference(Root &root, const QString &accountId);
    QVariant withSecretsAsVariables(Root &root, const QVariant &value, const QString &prefix,
                                    const QString &key);

    const FleetStore &m_store;
    QString m_hostTemplate;
    const compare::GatewayEntities *m_entities;
};

} // namespace kd::iac
