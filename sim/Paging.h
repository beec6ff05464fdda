#pragma once

#include "sim/SimHttp.h"

#include <QJsonObject>
#include <QList>

namespace kd::sim {

// Style A: page[number]/page[size] with meta.page {number, size, total}.
SimResponse pageNumberList(const SimRequest &request, const QList<QJsonObject> &items);
// Style C (core entities): size/offset with {data, next, offset}.
SimResponse offsetList(const SimRequest &request, const QList<QJsonObject> &items,
                       const QString &path);

// Shared validation helpers, problem+json flavoured.
std::optional<SimResponse> checkUnknownProperties(const QJsonObject &body,
                                                  const QStringList &allowed,
                                                  const QString &prefix = {});
std::optional<SimResponse> checkLabels(const QJsonValue &labels, const QString &field);
bool isUuid(const QString &text);
// filter[field] and filter[field][eq|neq|contains|oeq|ocontains] against one string value.
bool matchesFilter(const SimRequest &request, const QString &field, const QString &value);

} // namespace kd::sim
