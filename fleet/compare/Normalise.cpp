#include "fleet/compare/Normalise.h"

#include "client/ReviewText.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kd::compare {

namespace {
bool isNumber(const QVariant &value) {
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

QVariant canonicalNumber(const QVariant &value) {
    const double number = value.toDouble();
    if (std::isfinite(number) && std::floor(number) == number && std::abs(number) < 9.0e15)
        return QVariant(static_cast<qlonglong>(number));
    return QVariant(number);
}

QVariant normaliseWith(const QVariant &value, const QVariantMap *schema, const QString &key) {
    if (value.isNull() || !value.isValid())
        return {};
    if (isNumber(value))
        return canonicalNumber(value);
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        const QVariantMap properties =
            schema ? schema->value(u"properties"_s).toMap() : QVariantMap();
        QVariantMap out;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const QVariantMap field = properties.value(it.key()).toMap();
            QVariant item = normaliseWith(it.value(), schema ? &field : nullptr, it.key());
            if (!item.isValid())
                continue;
            if (schema && field.contains(u"default"_s)
                && sameValue(item, normaliseWith(field.value(u"default"_s), nullptr, it.key())))
                continue;
            if (item.typeId() == QMetaType::QVariantMap && item.toMap().isEmpty() && schema)
                continue;
            out.insert(it.key(), item);
        }
        return out;
    }
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
        const QVariantList list = value.toList();
        const QVariantMap items = schema ? schema->value(u"items"_s).toMap() : QVariantMap();
        QVariantList out;
        out.reserve(list.size());
        for (const QVariant &item : list) {
            QVariant normalised = normaliseWith(item, schema ? &items : nullptr, {});
            out.append(normalised.isValid() ? normalised : QVariant());
        }
        return isSetTyped(key) ? QVariant(sortedSet(out)) : QVariant(out);
    }
    return value;
}

QString textOf(const QVariant &value) {
    return jsonText(value);
}
} // namespace

QVariant normalise(const QVariant &value, const QVariantMap &schema, const QString &key) {
    return normaliseWith(value, schema.isEmpty() ? nullptr : &schema, key);
}

QVariant canonical(const QVariant &value, const QString &key) {
    return normaliseWith(value, nullptr, key);
}

bool isSetTyped(const QString &key) {
    static const QSet<QString> sets{u"tags"_s,          u"protocols"_s,    u"consumer_groups"_s,
                                    u"key_names"_s,     u"content_type"_s, u"request_method"_s,
                                    u"response_code"_s, u"allow"_s,        u"deny"_s};
    return sets.contains(key);
}

QVariantList sortedSet(QVariantList items) {
    std::sort(items.begin(), items.end(),
              [](const QVariant &a, const QVariant &b) { return textOf(a) < textOf(b); });
    return items;
}

bool sameValue(const QVariant &a, const QVariant &b) {
    return textOf(canonical(a)) == textOf(canonical(b));
}

void removePath(QVariantMap &map, const QStringList &path) {
    if (path.isEmpty() || !map.contains(path.constFirst()))
        return;
    if (path.size() == 1) {
        map.remove(path.constFirst());
        return;
    }
    QVariantMap child = map.value(path.constFirst()).toMap();
    removePath(child, path.mid(1));
    if (child.isEmpty())
        map.remove(path.constFirst());
    else
        map.insert(path.constFirst(), child);
}

QString displayValue(const QVariant &value) {
    if (!value.isValid())
        return {};
    if (value.typeId() == QMetaType::QString)
        return value.toString();
    return textOf(value);
}

} // namespace kd::compare
