#pragma once

#include "client/Types.h"
#include "fleet/compare/GatewayEntities.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace kd {
class FleetStore;
}

namespace kd::iac {

// A plugin's link to a partial, as both writers need it.
struct PartialLink {
    QString partialId;
    QString name;
    QString path;         // "config.redis"
    bool managed = false; // the managed cache's partial
};

// Two spellings of a configuration: decK fills Kong's schema defaults itself, so its files
// leave them out (as `deck gateway dump --skip-defaults`); the Terraform provider's defaults
// are not always Kong's (redis-ee ssl_verify: true in Kong, false in the provider), so
// Terraform gets every value Konnect holds and `terraform plan` has nothing to change.
struct ExportedPlugin {
    Plugin plugin;
    QVariantMap config;     // defaults and nulls dropped, the linked partials' subtrees removed
    QVariantMap fullConfig; // only nulls dropped, the linked partials' subtrees removed
    QList<PartialLink> links;
    QStringList scope; // what it applies to by name: {"orders"}, {"orders-get", "alice"}; empty
                       // for a global plugin
};

struct ExportedPartial {
    Partial partial;
    QVariantMap config;     // defaults and nulls dropped
    QVariantMap fullConfig; // only nulls dropped
};

// What one control plane exports: read from the store, ready for the Terraform and decK
// writers. Plugins and partials come in name order so that exports are stable.
struct PlaneExport {
    ControlPlane plane;
    std::optional<CloudGatewayConfiguration> configuration;
    std::optional<ManagedCache> cache;
    QString managedPartialName;      // the konnect-managed partial's name, if the store has it
    QList<ExportedPartial> partials; // not Konnect-managed
    QList<ExportedPlugin> plugins;
    // Services, routes and consumers in name order; absent when they were not read (scoped
    // plugins then keep the live ids, and say so).
    std::optional<compare::PlaneGatewayEntities> gateway;
};

PlaneExport gatherPlane(const FleetStore &store, const QString &controlPlaneId,
                        const compare::GatewayEntities *entities = nullptr);

// A service's or route's fields without Kong's defaults, for decK (which fills them itself).
QVariantMap withoutGatewayDefaults(const QString &kind, const QVariantMap &fields);

// Whether a field holds a secret: written as a variable (Terraform) or an environment
// reference (decK) unless it is a `{vault://…}` reference.
bool isSecretField(const QString &key);

} // namespace kd::iac
