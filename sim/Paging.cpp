#include "sim/Paging.h"

#include "sim/SimLimits.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kd::sim {

namespace {
std::optional<int> intParameter(const SimRequest &request, const QString &key, int fallback,
                                int minimum, int maximum, SimResponse *error, bool problem)
{
    if (!request.hasQuery(key))
        return fallback;
    bool ok = false;
    const int value = request.queryValue(key).toInt(&ok);
    if (ok && value >= minimum && value <= maximum)
        return value;
    if (problem) {
        QJsonObject parameter{{u"field"_s, key}, {u"source"_s, u"query"_s}};
        if (!ok) {
            parameter.insert(u"rule"_s, u"is_integer"_s);
            parameter.insert(u"reason"_s, u"%1 must be an integer"_s.arg(key));
        } else if (value < minimum) {
            parameter.insert(u"rule"_s, u"min"_s);
            parameter.insert(u"minimum"_s, minimum);
            parameter.insert(u"reason"_s, u"%1 must be at least %2"_s.arg(key).arg(minimum));
        } else {
            parameter.insert(u"rule"_s, u"max"_s);
            parameter.insert(u"maximum"_s, maximum);
            parameter.insert(u"reason"_s, u"%1 must be at most %2"_s.arg(key).arg(maximum));
        }
        *error = SimResponse::problem(400, u"Bad Request"_s, u"Invalid Parameters"_s,
                                      QJsonArray{parameter});
    } else {
        *error = SimResponse::kongError(400, 3, u"validation error"_s, key,
                                        u"%1 must be an integer between %2 and %3"_s.arg(key)
                                            .arg(minimum)
                                            .arg(maximum));
    }
    return std::nullopt;
}
} // namespace

SimResponse pageNumberList(const SimRequest &request, const QList<QJsonObject> &items)
{
    SimResponse error;
    const auto size = intParameter(request, u"page[size]"_s, limits::pageSizeDefault, 1,
                                   limits::pageSizeMax, &error, true);
    if (!size)
        return error;
    const auto number =
        intParameter(request, u"page[number]"_s, 1, 1, std::numeric_limits<int>::max(), &error,
                     true);
    if (!number)
        return error;
    QJsonArray data;
    const qint64 first = static_cast<qint64>(*number - 1) * *size;
    for (qint64 i = first; i < items.size() && i < first + *size; ++i)
        data.append(items.at(i));
    return SimResponse::json(
        200, QJsonObject{{u"meta"_s, QJsonObject{{u"page"_s,
                                                  QJsonObject{{u"number"_s, *number},
                                                              {u"size"_s, *size},
                                                              {u"total"_s, items.size()}}}}},
                         {u"data"_s, data}});
}

SimResponse offsetList(const SimRequest &request, const QList<QJsonObject> &items,
                       const QString &path)
{
    SimResponse error;
    const auto size = intParameter(request, u"size"_s, limits::coreSizeDefault, 1,
                                   limits::coreSizeMax, &error, false);
    if (!size)
        return error;
    qsizetype first = 0;
    if (request.hasQuery(u"offset"_s)) {
        // Opaque to clients; here the base64 of the first index.
        bool ok = false;
        first = QByteArray::fromBase64(request.queryValue(u"offset"_s).toLatin1(),
                                       QByteArray::Base64UrlEncoding)
                    .toLongLong(&ok);
        if (!ok || first < 0)
            return SimResponse::kongError(400, 3, u"validation error"_s, u"offset"_s,
                                          u"invalid offset"_s);
    }
    QJsonArray data;
    for (qsizetype i = first; i < items.size() && i < first + *size; ++i)
        data.append(items.at(i));
    QJsonObject body{{u"data"_s, data}};
    const qsizetype next = first + *size;
    if (next < items.size()) {
        const QString offset = QString::fromLatin1(
            QByteArray::number(next).toBase64(QByteArray::Base64UrlEncoding));
        body.insert(u"offset"_s, offset);
        body.insert(u"next"_s, path + u"?size="_s + QString::number(*size) + u"&offset="_s + offset);
    }
    return SimResponse::json(200, body);
}

std::optional<SimResponse> checkUnknownProperties(const QJsonObject &body,
                                                  const QStringList &allowed,
                                                  const QString &prefix)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!allowed.contains(it.key())) {
            return SimResponse::problem(
                400, u"Bad Request"_s, u"Request contains unknown property"_s,
                QJsonArray{QJsonObject{
                    {u"field"_s, prefix + it.key()},
                    {u"rule"_s, u"unknown_property"_s},
                    {u"reason"_s, u"property %1 should not exist"_s.arg(prefix + it.key())},
                    {u"source"_s, u"body"_s}}});
        }
    }
    return std::nullopt;
}

std::optional<SimResponse> checkLabels(const QJsonValue &labels, const QString &field)
{
    if (labels.isUndefined())
        return std::nullopt;
    if (!labels.isObject())
        return SimResponse::invalid(field, u"labels must be an object"_s, u"is_object"_s);
    static const QRegularExpression valuePattern(
        u"^[a-z0-9A-Z]{1}([a-z0-9A-Z\\-\\.\\_]*[a-z0-9A-Z]+)?$"_s);
    static const QStringList reserved{u"kong"_s,     u"konnect"_s, u"mesh"_s, u"kic"_s,
                                      u"insomnia"_s, u"kuma"_s,    u"_"_s};
    const QJsonObject map = labels.toObject();
    if (map.size() > 5)
        return SimResponse::invalid(field, u"at most 5 labels are allowed"_s, u"max_items"_s,
                                    QJsonObject{{u"maximum"_s, 5}});
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString key = it.key();
        const QString name = field + u'.' + key;
        for (const QString &prefix : reserved) {
            if (key.startsWith(prefix))
                return SimResponse::invalid(name, u"label keys cannot start with %1"_s.arg(prefix),
                                            u"is_label"_s);
        }
        if (key.isEmpty() || key.size() > 63 || !valuePattern.match(key).hasMatch())
            return SimResponse::invalid(name, u"label key is not valid"_s, u"is_label"_s);
        if (!it.value().isString())
            return SimResponse::invalid(name, u"label values must be strings"_s, u"is_string"_s);
        const QString value = it.value().toString();
        if (value.isEmpty() || value.size() > 63 || !valuePattern.match(value).hasMatch())
            return SimResponse::invalid(
                name, u"label values are 1 to 63 letters, digits, '-', '.' or '_'"_s,
                u"is_label"_s);
    }
    return std::nullopt;
}

bool matchesFilter(const SimRequest &request, const QString &field, const QString &value)
{
    const QString base = u"filter["_s + field + u']';
    if (request.hasQuery(base) && request.queryValue(base) != value)
        return false;
    if (request.hasQuery(base + u"[eq]"_s) && request.queryValue(base + u"[eq]"_s) != value)
        return false;
    if (request.hasQuery(base + u"[neq]"_s) && request.queryValue(base + u"[neq]"_s) == value)
        return false;
    if (request.hasQuery(base + u"[contains]"_s)
        && !value.contains(request.queryValue(base + u"[contains]"_s), Qt::CaseInsensitive))
        return false;
    if (request.hasQuery(base + u"[oeq]"_s)
        && !request.queryValue(base + u"[oeq]"_s).split(u',').contains(value))
        return false;
    if (request.hasQuery(base + u"[ocontains]"_s)) {
        const QStringList parts = request.queryValue(base + u"[ocontains]"_s).split(u',');
        if (std::none_of(parts.begin(), parts.end(), [&](const QString &part) {
                return value.contains(part, Qt::CaseInsensitive);
            }))
            return false;
    }
    return true;
}

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

} // namespace kd::sim
