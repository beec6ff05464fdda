#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

namespace kd::sim {

// Kong answers a plugin or a partial with its whole configuration: what was sent, the schema's
// defaults for the rest, null where the schema has none. The schemas are Kong's, copied into
// sim/schemas/ (see the README there).
class SchemaDefaults final {
public:
    static const SchemaDefaults &instance();

    // The config of a plugin as Kong stores it; a plugin without a schema here keeps its own.
    QJsonObject pluginConfig(const QString &plugin, const QJsonObject &config) const;
    // The config of a partial as Konnect answers it: the spec has no null there, so fields
    // without a default stay absent.
    QJsonObject partialConfig(const QString &type, const QJsonObject &config) const;
    // The config fields a partial type has; empty for an unknown type.
    QStringList partialFields(const QString &type) const;

private:
    SchemaDefaults();
    QJsonObject fill(const QJsonObject &schema, const QJsonObject &value,
                     const QSet<QString> &nullableRecords, const QString &path) const;

    QHash<QString, QJsonObject> m_plugins;           // plugin name -> schema of its config
    QHash<QString, QJsonObject> m_partials;          // partial type -> schema of its config
    QHash<QString, QSet<QString>> m_nullableRecords; // "plugin" or "partial:type" -> paths
    // Filled configurations by plugin and sent JSON: a seeded fleet sends the same few
    // thousands of times (fleet:2000 took seconds to start without it). Bounded.
    mutable QHash<QByteArray, QJsonObject> m_filled;
    mutable QMutex m_filledLock;
};

} // namespace kd::sim
