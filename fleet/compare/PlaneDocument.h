#pragma once

#include "client/Result.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace kd {
class FleetStore;
}

namespace kd::compare {

struct PlaneGatewayEntities;

// One thing of a control plane, matched with its counterpart by kind and key.
struct Entity {
    QString kind; // control_plane, configuration, data_plane_group, managed_cache, partial, plugin
    QString key;  // unique within the kind: a plugin's "name|scope|instance" (scope "global",
                  // "service:orders", "route:orders-get+consumer:alice"), a group's "aws/us-east-2"
    QString label;      // what a person reads
    QVariantMap fields; // normalised: no ids, timestamps or defaults
    QString id;         // the live entity's id; empty from a file
};

// A control plane as the compare sees it, from the fleet or from a decK file.
struct PlaneDocument {
    QString title;          // "us/prod-billing-svcs" or the file name
    QString controlPlaneId; // empty for a file
    bool cloudSide = false; // a decK file has no control plane, groups or cache
    QList<Entity> entities;
    const Entity *find(const QString &kind, const QString &key) const;
};

// The name a link to the konnect-managed partial is compared by: the partial's own name
// differs in every environment.
inline const QString managedPartialKey = QStringLiteral("konnect-managed");

// Control planes a person named: `name` in any geo, or `geo/name`.
QStringList controlPlanesNamed(const FleetStore &store, const QString &spec);

// `entities`: the plane's services, routes and consumers, so that scoped plugins are matched
// by what they apply to by name (by id when not given).
PlaneDocument documentOf(const FleetStore &store, const QString &controlPlaneId,
                         const PlaneGatewayEntities *entities = nullptr);
// A decK state file already read into maps: partials and plugins at the top level, plugins
// also nested in services, routes and consumers. Fails with a message naming what is wrong.
Result<PlaneDocument> documentOfDeck(const QVariantMap &deck, const QString &title);

} // namespace kd::compare
