#pragma once

#include "sim/SimHttp.h"

#include <QJsonObject>
#include <QList>

namespace kd::sim {

// Style A: page[number]/page[size] with meta.page {number, size, total}.
// Items are compact JSON objects, so that pages are built without re-serializing entities.
SimResponse pageNumberList(const SimRequest &request, const QList<QByteArray> &items);
SimResponse pageNumberList(const SimRequest &request, const QList<QJsonObject> &items);
// Style C (core entities): size/offset with {data, next, offset}.
SimResponse offsetList(const SimRequest &request, const QList<QByteArray> &items,
                       const QString &path, const QByteArray &extraFields = {});
SimResponse offsetList(const SimRequest &request, const QList<QJsonObject> &items,
                       const QString &path, const QByteArray &extraFields = {});
QList<QByteArray> serialized(const QList<QJsonObject> &items);

// The filter[field][op] parameters of one request, parsed once and matched per entity.
class FilterSet final {
public:
    FilterSet(const SimRequest &request, const QStringList &fields);
    bool matches(const QString &field, const QString &value) const;
    bool isEmpty() const { return m_filters.isEmpty(); }

private:
    struct Filter {
        QString field;
        QString op;
        QString value;
        QStringList values;
    };
    QList<Filter> m_filters;
};

// Shared validation helpers, problem+json flavoured.
std::optional<SimResponse> checkUnknownProperties(const QJsonObject &body,
                                                  const QStringList &allowed,
                                                  const QString &prefix = {});
std::optional<SimResponse> checkLabels(const QJsonValue &labels, const QString &field);
bool isUuid(const QString &text);

} // namespace kd::sim
