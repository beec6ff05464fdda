#pragma once

#include "sim/SimHttp.h"

#include <QByteArray>
#include <QMultiMap>
#include <QString>

namespace kd::sim {

// A query string as sent ("a=1&b=x%20y+z") to fully decoded keys and values.
QMultiMap<QString, QString> decodeQuery(const QByteArray &encoded);

// The host prefix, path and query of a request target: "/us/v2/control-planes" with query
// "page%5Bsize%5D=10" is host "us", path "/v2/control-planes", query {page[size]: 10}.
// decodedPath is QUrl::path() of the target; only host, path and query are set.
SimRequest parseRequestTarget(const QString &decodedPath, const QByteArray &encodedQuery);

} // namespace kd::sim
