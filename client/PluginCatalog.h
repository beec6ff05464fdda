#pragma once

#include "client/Result.h"
#include "client/Types.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// What Konnect's plugin schemas (gateway 3.15) say about plugins and partials, and the
// plugin document the JSON editor shows. JSON stays in the client: the UI edits text and
// gets a Plugin or a message back.
namespace kd::plugins {

// Where a plugin takes a partial of one type (`x-supported-partials`).
struct PartialSlot {
    PartialType type;
    QString path; // e.g. "config.redis"
};

// Every plugin that takes partials, with its slots; empty for the rest.
QList<PartialSlot> partialSlots(const QString &pluginName);
QStringList pluginsTakingPartials();
// The slot for a partial of this type, if the plugin takes one.
std::optional<PartialSlot> slotFor(const QString &pluginName, PartialType type);

// The Redis-backed plugins the app has a form for.
const QStringList &redisPlugins();
// Plugins the console groups as governance (listed, toggled and edited as JSON).
const QStringList &governancePlugins();

// The `{vault://env/ADDON_MANAGED_CACHE_…}` references of a ready cache, as redis-ee fields
// (host, port, username, server_name, ssl, cloud_authentication.*), for plugins that
// cannot link a partial.
QVariantMap managedCacheRedisFields(const ManagedCache &cache);

// The editable document of a plugin (name, instance_name, enabled, protocols, tags,
// config, partials), indented.
QByteArray toDocument(const Plugin &plugin);
// Reads an edited document back onto `base`. Fails with a message that names the line and
// what is wrong; the plugin name cannot change.
Result<Plugin> fromDocument(const QByteArray &document, const Plugin &base);

// A configuration object as indented JSON, and read back (for partials the app has no form
// for). Fails with the line and what is wrong.
QByteArray configToDocument(const QVariantMap &config);
Result<QVariantMap> configFromDocument(const QByteArray &document);

// `{vault://…}`: a reference Kong resolves on the data plane.
bool isVaultReference(const QString &value);
// Sets a value at a dotted path ("config.redis" sets config["redis"] in a plugin's config).
void setAtPath(QVariantMap &config, const QString &path, const QVariant &value);
QVariant valueAtPath(const QVariantMap &config, const QString &path);

} // namespace kd::plugins
