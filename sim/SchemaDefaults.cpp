#include "sim/SchemaDefaults.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kd::sim {

namespace {
QJsonObject readJson(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("konnect-sim: the schema resource %s is missing", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Each file holds {"properties": {"config": <schema of config>}}.
QHash<QString, QJsonObject> readConfigSchemas(const QString &folder) {
    QHash<QString, QJsonObject> schemas;
    const QDir dir(folder);
    for (const QString &file : dir.entryList({u"*.json"_s}, QDir::Files))
        schemas.insert(file.chopped(5), readJson(dir.filePath(file))
                                            .value(u"properties"_s)
                                            .toObject()
                                            .value(u"config"_s)
                                            .toObject());
    return schemas;
}

bool isRecord(const QJsonObject &field) {
    return field.value(u"type"_s).toString() == u"object"_s
           && !field.value(u"properties"_s).toObject().isEmpty();
}

QJsonObject withoutNulls(const QJsonObject &object) {
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isNull())
            continue;
        result.insert(it.key(), it.value().isObject()
                                    ? QJsonValue(withoutNulls(it.value().toObject()))
                                    : QJsonValue(it.value()));
    }
    return result;
}
} // namespace

const SchemaDefaults &SchemaDefaults::instance() {
    static const SchemaDefaults defaults;
    return defaults;
}

SchemaDefaults::SchemaDefaults()
    : m_plugins(readConfigSchemas(u":/sim/schemas/plugins"_s))
    , m_partials(readConfigSchemas(u":/sim/schemas/partials"_s)) {
    const QJsonObject nullable = readJson(u":/sim/schemas/nullable-records.json"_s);
    for (auto it = nullable.begin(); it != nullable.end(); ++it) {
        QSet<QString> &paths = m_nullableRecords[it.key()];
        for (const QJsonValue &path : it.value().toArray())
            paths.insert(path.toString());
    }
}

QJsonObject SchemaDefaults::fill(const QJsonObject &schema, const QJsonObject &value,
                                 const QSet<QString> &nullableRecords, const QString &path) const {
    QJsonObject result = value; // fields the schema does not know stay as sent
    const QJsonObject fields = schema.value(u"properties"_s).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonObject field = it.value().toObject();
        const QString fieldPath = path.isEmpty() ? it.key() : path + u'.' + it.key();
        const auto sent = value.constFind(it.key());
        if (sent != value.constEnd()) {
            // Arrays stay as sent; a record sent as an object gets its own defaults.
            if (isRecord(field) && sent->isObject())
                result.insert(it.key(), fill(field, sent->toObject(), nullableRecords, fieldPath));
        } else if (field.contains(u"default"_s)) {
            result.insert(it.key(), field.value(u"default"_s));
        } else if (isRecord(field) && !nullableRecords.contains(fieldPath)) {
            result.insert(it.key(), fill(field, {}, nullableRecords, fieldPath));
        } else {
            result.insert(it.key(), QJsonValue::Null);
        }
    }
    return result;
}

QJsonObject SchemaDefaults::pluginConfig(const QString &plugin, const QJsonObject &config) const {
    const auto schema = m_plugins.constFind(plugin);
    if (schema == m_plugins.cend())
        return config;
    const QByteArray key =
        plugin.toUtf8() + '\n' + QJsonDocument(config).toJson(QJsonDocument::Compact);
    {
        const QMutexLocker lock(&m_filledLock);
        if (const auto hit = m_filled.constFind(key); hit != m_filled.cend())
            return *hit;
    }
    QJsonObject filled = fill(*schema, config, m_nullableRecords.value(plugin), {});
    const QMutexLocker lock(&m_filledLock);
    if (m_filled.size() >= 4096)
        m_filled.clear();
    m_filled.insert(key, filled);
    return filled;
}

QJsonObject SchemaDefaults::partialConfig(const QString &type, const QJsonObject &config) const {
    const auto schema = m_partials.constFind(type);
    if (schema == m_partials.cend())
        return config;
    return withoutNulls(fill(*schema, config, m_nullableRecords.value(u"partial:"_s + type), {}));
}

QStringList SchemaDefaults::partialFields(const QString &type) const {
    return m_partials.value(type).value(u"properties"_s).toObject().keys();
}

} // namespace kd::sim
