#include "sim/Paging.h"

#include "sim/SimLimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kd::sim {

namespace {
std::optional<int> intParameter(const SimRequest &request, const QString &key, int fallback,
                                int minimum, int maximum, SimResponse *error, bool problem) {
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
        *error = SimResponse::kongError(
            400, 3, u"validation error"_s, key,
            u"%1 must be an integer between %2 and %3"_s.arg(key).arg(minimum).arg(maximum));
    }
    return std::nullopt;
}
} // namespace

QList<QByteArray> serialized(const QList<QJsonObject> &items) {
    QList<QByteArray> result;
    result.reserve(items.size());
    for (const QJsonObject &item : items)
        result.append(QJsonDocument(item).toJson(QJsonDocument::Compact));
    return result;
}

namespace {
QByteArray joinData(const QList<QByteArray> &items, qsizetype first, qsizetype count) {
    QByteArray data = "[";
    for (qsizetype i = first; i < items.size() && i < first + count; ++i) {
        if (i > first)
            data += ',';
        data += items.at(i);
    }
    return data + ']';
}

SimResponse rawJson(const QByteArray &body) {
    SimResponse response;
    response.body = body;
    return response;
}
} // namespace

SimResponse pageNumberList(const SimRequest &request, const QList<QJsonObject> &items) {
    return pageNumberList(request, serialized(items));
}

SimResponse pageNumberList(const SimRequest &request, const QList<QByteArray> &items) {
    SimResponse error;
    const auto size = intParameter(request, u"page[size]"_s, limits::pageSizeDefault, 1,
                                   limits::pageSizeMax, &error, true);
    if (!size)
        return error;
    const auto number = intParameter(request, u"page[number]"_s, 1, 1,
                                     std::numeric_limits<int>::max(), &error, true);
    if (!number)
        return error;
    const qint64 first = static_cast<qint64>(*number - 1) * *size;
    return rawJson("{\"data\":" + joinData(items, first, *size) + ",\"meta\":{\"page\":{\"number\":"
                   + QByteArray::number(*number) + ",\"size\":" + QByteArray::number(*size)
                   + ",\"total\":" + QByteArray::number(items.size()) + "}}}");
}

SimResponse offsetList(const SimRequest &request, const QList<QJsonObject> &items,
                       const QString &path, const QByteArray &extraFields) {
    return offsetList(request, serialized(items), path, extraFields);
}

SimResponse offsetList(const SimRequest &request, const QList<QByteArray> &items,
                       const QString &path, const QByteArray &extraFields) {
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
        // Past the end is an empty last page; clamped, first + size cannot overflow.
        first = std::min(first, items.size());
    }
    QByteArray body = "{\"data\":" + joinData(items, first, *size) + extraFields;
    const qsizetype next = first + *size;
    if (next < items.size()) {
        // The spec types next as a string: on the last page both next and offset are absent.
        const QByteArray offset = QByteArray::number(next).toBase64(QByteArray::Base64UrlEncoding);
        body += ",\"offset\":\"" + offset + "\",\"next\":\"" + path.toUtf8()
                + "?size=" + QByteArray::number(*size) + "&offset=" + offset + '"';
    }
    return rawJson(body + '}');
}

FilterSet::FilterSet(const SimRequest &request, const QStringList &fields) {
    static const QStringList operators{u"eq"_s, u"neq"_s, u"contains"_s, u"oeq"_s, u"ocontains"_s};
    for (const QString &field : fields) {
        const QString base = u"filter["_s + field + u']';
        if (request.hasQuery(base))
            m_filters.append({field, u"eq"_s, request.queryValue(base), {}});
        for (const QString &op : operators) {
            const QString key = base + u'[' + op + u']';
            if (request.hasQuery(key)) {
                const QString value = request.queryValue(key);
                m_filters.append({field, op, value, value.split(u',')});
            }
        }
    }
}

bool FilterSet::matches(const QString &field, const QString &value) const {
    for (const Filter &filter : m_filters) {
        if (filter.field != field)
            continue;
        if (filter.op == u"eq"_s && value != filter.value)
            return false;
        if (filter.op == u"neq"_s && value == filter.value)
            return false;
        if (filter.op == u"contains"_s && !value.contains(filter.value, Qt::CaseInsensitive))
            return false;
        if (filter.op == u"oeq"_s && !filter.values.contains(value))
            return false;
        if (filter.op == u"ocontains"_s
            && std::none_of(filter.values.begin(), filter.values.end(), [&](const QString &part) {
                   return value.contains(part, Qt::CaseInsensitive);
               }))
            return false;
    }
    return true;
}

std::optional<SimResponse>
checkUnknownProperties(const QJsonObject &body, const QStringList &allowed, const QString &prefix) {
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

std::optional<SimResponse> checkLabels(const QJsonValue &labels, const QString &field) {
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

bool isUuid(const QString &text) {
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

} // namespace kd::sim
