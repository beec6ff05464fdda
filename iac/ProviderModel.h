#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace kd::iac {

// What the Terraform provider (kong/konnect v3.19) knows of a plugin's or a partial's
// configuration: attribute paths, their types and the provider's defaults, generated from
// terraform-provider-konnect.openapi.yaml (model/generate.js).
class ProviderModel final {
public:
    static const ProviderModel &instance();

    // "plugin:rate_limiting_advanced", "partial:redis_ee".
    bool knows(const QString &resource) const { return m_models.contains(resource); }
    // The configuration in the provider's terms: attributes it does not have left out (their
    // paths in *dropped when `meaningful` holds them, i.e. they are not Kong defaults), values
    // in its types (a Redis port is a string there), and what equals its default left out.
    QVariantMap fit(const QString &resource, const QVariantMap &config,
                    const QVariantMap &meaningful, QStringList *dropped) const;

private:
    ProviderModel();
    struct Attribute {
        QString type; // string, number, boolean, array, object
        QVariant defaultValue;
        bool hasDefault = false;
    };
    QVariant fitValue(const QHash<QString, Attribute> &model, const QString &path,
                      const QVariant &value, const QVariant &meaningful,
                      QStringList *dropped) const;
    QHash<QString, QHash<QString, Attribute>> m_models;
};

} // namespace kd::iac
