#pragma once

#include <QHash>
#include <QString>
#include <QVariantMap>

namespace kd::compare {

// Kong's plugin and partial schemas (the copies konnect-sim fills defaults from), read once:
// what a field defaults to, so that a spelled-out default and an absent field compare equal.
class SchemaDefaults final {
public:
    static const SchemaDefaults &instance();

    // The schema node of a plugin's `config` or a partial type's `config`; empty when unknown.
    QVariantMap pluginConfigSchema(const QString &plugin) const;
    QVariantMap partialConfigSchema(const QString &type) const;
    // The plugin's top-level schema (protocols and the like); empty when unknown.
    QVariantMap pluginSchema(const QString &plugin) const;

private:
    SchemaDefaults();
    QHash<QString, QVariantMap> m_plugins;
    QHash<QString, QVariantMap> m_partials;
};

} // namespace kd::compare
