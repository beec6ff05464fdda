#include "client/ReviewText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kd {

namespace {
QJsonValue masked(const QJsonValue &value, const QString &key,
                  const std::function<bool(QStringView)> &isSecret) {
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            *it = masked(*it, it.key(), isSecret);
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto item : array)
            item = masked(item, key, isSecret);
        return array;
    }
    if (value.isString() && isSecret(key) && !value.toString().startsWith(u"{vault://"_s))
        return u"••••••"_s;
    return value;
}
} // namespace

QString reviewText(const QByteArray &jsonBody,
                   const std::function<bool(QStringView key)> &isSecret) {
    const QJsonObject object = QJsonDocument::fromJson(jsonBody).object();
    return QString::fromUtf8(
        QJsonDocument(masked(object, {}, isSecret).toObject()).toJson(QJsonDocument::Indented));
}

QString jsonText(const QVariant &value) {
    // An array of one: QJsonDocument writes only objects and arrays.
    return QString::fromUtf8(QJsonDocument::fromVariant(QVariantList{value})
                                 .toJson(QJsonDocument::Compact)
                                 .mid(1)
                                 .chopped(1));
}

} // namespace kd
