#pragma once

#include "client/Geo.h"
#include "client/Transport.h"
#include "client/Types.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>
#include <variant>

// Writes to a control plane and its core entities, built from typed values by a caller that
// holds entities as field trees (the compare's apply makes one environment look like
// another). The JSON of each write is made here, in client/: the layers above get the
// request as method, path and body bytes to show, and send the typed value.
namespace kd {

// A plugin's link to a partial: always with the partial's name and the path it replaces;
// `id` is empty while the partial does not exist yet (a write creates it first).
struct PartialLinkWrite {
    QString id;
    QString name;
    QString path; // "config.redis"
    friend bool operator==(const PartialLinkWrite &, const PartialLinkWrite &) = default;
};

// Everything a plugin POST or PUT sends (a PUT replaces the whole entity).
struct PluginWrite {
    QString name;
    QString instanceName; // empty: none
    bool enabled = true;
    std::optional<QStringList> protocols; // absent: Konnect's default
    std::optional<QStringList> tags;
    QVariantMap config;
    QList<PartialLinkWrite> partials;
    // The scope; all empty for a global plugin.
    QString serviceId;
    QString routeId;
    QString consumerId;
    friend bool operator==(const PluginWrite &, const PluginWrite &) = default;
};

// Everything a partial POST or PUT sends.
struct PartialWrite {
    QString name;
    QString type; // "redis-ee"
    QStringList tags;
    QVariantMap config;
    friend bool operator==(const PartialWrite &, const PartialWrite &) = default;
};

// A PATCH of a control plane's description and labels. `labels` is the whole set the plane
// should have: the PATCH schema is the plain Labels map, string values only, so a label cannot
// be removed by sending null ([SPEC]; whether PATCH merges or replaces the map is not
// specified, konnect-sim replaces it, and the compare reads the plane again afterwards).
struct ControlPlaneWrite {
    std::optional<QString> description;
    std::optional<Labels> labels;
    friend bool operator==(const ControlPlaneWrite &, const ControlPlaneWrite &) = default;
};

// One write. For a partial or a plugin: Create (POST), Replace (PUT of `id`) or Delete (of
// `id`; an empty PartialWrite or PluginWrite names the kind). A ControlPlaneWrite is always a
// PATCH of `controlPlaneId`, whatever `action` says.
struct CoreWrite {
    enum class Action { Create, Replace, Delete };
    Action action = Action::Create;
    Geo geo = Geo::Us;
    QString controlPlaneId;
    QString id;
    std::variant<PartialWrite, PluginWrite, ControlPlaneWrite> entity;
    QString what; // how a person calls it, for messages ("apply plugin rate-limiting")

    // Exactly what is sent: method, path and JSON body (user priority).
    ApiRequest request() const;
    // The entity's kind in the API's words: "partial", "plugin", "control plane".
    QString kind() const;
    friend bool operator==(const CoreWrite &, const CoreWrite &) = default;
};

} // namespace kd
