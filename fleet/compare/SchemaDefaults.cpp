#include "fleet/compare/SchemaDefaults.h"

#include "client/PluginCatalog.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace kd::compare {

namespace {
QHash<QString, QVariantMap> readAll(const QString &folder) {
    QHash<QString, QVariantMap> schemas;
    const QStringList files = QDir(folder).entryList({u"*.json"_s}, QDir::Files);
    for (const QString &name : files) {
        QFile file(folder + u'/' + name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // The schemas are built into the app: one that does not read is left out (its
        // defaults then count as differences, never hidden).
        if (auto schema = plugins::configFromDocument(file.readAll()))
            schemas.insert(name.chopped(5), *schema);
    }
    return schemas;
}
} // namespace

const SchemaDefaults &SchemaDefaults::instance() {
    static const SchemaDefaults defaults;
    return defaults;
}

SchemaDefaults::SchemaDefaults()
    : m_plugins(readAll(u":/compare/plugins"_s))
    , m_partials(readAll(u":/compare/partials"_s)) {
}

QVariantMap SchemaDefaults::pluginSchema(const QString &plugin) const {
    return m_plugins.value(plugin);
}

QVariantMap SchemaDefaults::pluginConfigSchema(const QString &plugin) const {
    return m_plugins.value(plugin).value(u"properties"_s).toMap().value(u"config"_s).toMap();
}

QVariantMap SchemaDefaults::partialConfigSchema(const QString &type) const {
    return m_partials.value(type).value(u"properties"_s).toMap().value(u"config"_s).toMap();
}

} // namespace kd::compare
