#include "iac/ProviderModel.h"

#include "fleet/compare/Normalise.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kd::iac {

const ProviderModel &ProviderModel::instance() {
    static const ProviderModel model;
    return model;
}

ProviderModel::ProviderModel() {
    QFile file(u":/iac/provider-model.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the provider model resource is missing from the build");
    const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = all.begin(); it != all.end(); ++it) {
        QHash<QString, Attribute> attributes;
        const QJsonObject paths = it.value().toObject();
        for (auto p = paths.begin(); p != paths.end(); ++p) {
            const QJsonObject entry = p.value().toObject();
            attributes.insert(p.key(), {entry.value(u"t"_s).toString(),
                                        entry.value(u"d"_s).toVariant(), entry.contains(u"d"_s)});
        }
        m_models.insert(it.key(), attributes);
    }
}

QVariant ProviderModel::fitValue(const QHash<QString, Attribute> &model, const QString &path,
                                 const QVariant &value, const QVariant &meaningful,
                                 QStringList *dropped) const {
    const auto found = model.constFind(path);
    if (found == model.cend()) {
        if (meaningful.isValid())
            dropped->append(path);
        return {};
    }
    const Attribute &attribute = *found;
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        const QVariantMap kept = meaningful.toMap();
        QVariantMap out;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const QVariant item =
                fitValue(model, path + u'.' + it.key(), it.value(), kept.value(it.key()), dropped);
            if (item.isValid())
                out.insert(it.key(), item);
        }
        return out.isEmpty() && !meaningful.isValid() ? QVariant() : QVariant(out);
    }
    QVariant fitted = value;
    if (value.typeId() == QMetaType::QVariantList) {
        QVariantList items = value.toList();
        for (QVariant &item : items) {
            if (item.typeId() != QMetaType::QVariantMap)
                continue;
            QVariantMap fittedItem;
            const QVariantMap map = item.toMap();
            for (auto it = map.cbegin(); it != map.cend(); ++it) {
                const QString itemPath = path + u"[]."_s + it.key();
                if (!model.contains(itemPath)) {
                    dropped->append(itemPath);
                    continue;
                }
                fittedItem.insert(it.key(), it.value());
            }
            item = fittedItem;
        }
        fitted = items;
    } else if (attribute.type == u"string"_s && value.typeId() != QMetaType::QString) {
        fitted = compare::displayValue(value);
    } else if (attribute.type == u"number"_s && value.typeId() == QMetaType::QString) {
        bool ok = false;
        const double number = value.toString().toDouble(&ok);
        if (ok)
            fitted = number;
    }
    // The provider fills its own default: writing it would say nothing.
    if (attribute.hasDefault && !meaningful.isValid()
        && compare::sameValue(fitted, attribute.defaultValue))
        return {};
    return fitted;
}

QVariantMap ProviderModel::fit(const QString &resource, const QVariantMap &config,
                               const QVariantMap &meaningful, QStringList *dropped) const {
    const QHash<QString, Attribute> model = m_models.value(resource);
    QVariantMap out;
    for (auto it = config.cbegin(); it != config.cend(); ++it) {
        const QVariant item =
            fitValue(model, it.key(), it.value(), meaningful.value(it.key()), dropped);
        if (item.isValid())
            out.insert(it.key(), item);
    }
    return out;
}

} // namespace kd::iac
